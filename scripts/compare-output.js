// @ts-check
/**
 * Compare the output of two builds: runs `clean()` of a baseline build and of
 * this checkout's `dist/` on every fixture input and on every page of the
 * given dataset folders, and prints the inputs whose Markdown, removals or
 * any other part of the article differ. A refactoring that means to change
 * nothing shows zero differences.
 *
 *   npm run build
 *   node scripts/compare-output.js <baseline/dist/index.js> [<dataset-dir> …] [--show N]
 *
 * A dataset folder holds `html/<id>.html.gz` (see `bench/dataset.js`); pages
 * go to `clean()` as bytes, so both builds read them the same way.
 * `--show N` prints the first N differing lines of each differing part
 * (default 3). Exits with 1 when anything differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const showIndex = args.indexOf('--show')
const show = showIndex === -1 ? 3 : Number(args.splice(showIndex, 2)[1])
const [baselinePath, ...datasets] = args
if (!baselinePath) {
  console.error('Usage: node scripts/compare-output.js <baseline/dist/index.js> [<dataset-dir> …]')
  process.exit(2)
}

/** @typedef {(input: string | Uint8Array, options?: object) => Record<string, unknown>} Clean */
const baseline = /** @type {Clean} */ ((await import(resolve(baselinePath))).clean)
const current = /** @type {Clean} */ (
  (await import(new URL('../dist/index.js', import.meta.url).href)).clean
)

/**
 * Every input to compare: `[name, input, options]`.
 * @type {Array<[string, string | Uint8Array, object]>}
 */
const inputs = []

const fixtures = new URL('../fixtures/', import.meta.url).pathname
/** @param {string} folder */
function collectFixtures(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      collectFixtures(path)
      continue
    }
    if (!/\.(html|txt|md)$/.test(entry.name)) continue
    if (/^(expected|keep|drop)\b/.test(entry.name)) continue
    const optionsPath = join(folder, 'options.json')
    const options = {
      ...(entry.name.endsWith('.md') ? { format: 'markdown' } : {}),
      ...(existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}),
    }
    inputs.push([path.slice(fixtures.length), new Uint8Array(readFileSync(path)), options])
  }
}
collectFixtures(fixtures)

for (const dir of datasets) {
  const html = join(dir, 'html')
  for (const name of readdirSync(html).sort()) {
    if (!name.endsWith('.html.gz')) continue
    inputs.push([
      join(dir, 'html', name),
      new Uint8Array(gunzipSync(readFileSync(join(html, name)))),
      {},
    ])
  }
}

/**
 * The article as comparable parts: the Markdown, the removals, and the rest.
 * @param {Clean} clean
 * @param {string | Uint8Array} input
 * @param {object} options
 * @returns {Record<string, string>}
 */
function run(clean, input, options) {
  try {
    const { markdown, removed, ...rest } = clean(input, options)
    return {
      markdown: String(markdown),
      removed: JSON.stringify(removed, null, 1),
      rest: JSON.stringify(rest, null, 1),
    }
  } catch (error) {
    return { error: String(error) }
  }
}

/**
 * The first lines where two texts differ.
 * @param {string} before
 * @param {string} after
 */
function firstDifferences(before, after) {
  const a = before.split('\n')
  const b = after.split('\n')
  const lines = []
  for (let index = 0; index < Math.max(a.length, b.length) && lines.length < show; index++) {
    if (a[index] === b[index]) continue
    lines.push(`    line ${index + 1}`)
    lines.push(`      - ${(a[index] ?? '').slice(0, 200)}`)
    lines.push(`      + ${(b[index] ?? '').slice(0, 200)}`)
  }
  return lines.join('\n')
}

let differing = 0
for (const [name, input, options] of inputs) {
  const before = run(baseline, input, options)
  const after = run(current, input, options)
  const parts = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (part) => before[part] !== after[part],
  )
  if (parts.length === 0) continue
  differing++
  console.log(`${name}: ${parts.join(', ')} differ`)
  for (const part of parts) {
    console.log(`  ${part}:\n${firstDifferences(before[part] ?? '', after[part] ?? '')}`)
  }
}
console.log(`${inputs.length} inputs compared, ${differing} differ`)
process.exitCode = differing === 0 ? 0 : 1
