// @ts-check
/**
 * Scaling benchmark: does cost grow linearly with page size? Builds whole
 * pages of 10 KB to 5 MB that repeat the same story paragraphs (the first
 * ones of a dataset's ground truth that fill the smallest page), with a
 * menu, a related box and a footer around them and a section heading every
 * ten paragraphs, then times `clean()` (everything on, and extraction only)
 * and the rehype-parse + hast-util-to-text floor on each, interleaved, over
 * several rounds after one that warms up. Prints milliseconds per KB and the
 * spread of that cost across sizes (largest over smallest; linear is near 1).
 *
 *   npm run build
 *   npm run bench:scaling -- <dataset-dir> [--sizes 10,100,1000,5000] [--rounds 3] [--json report.json]
 */
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { clean } from '../dist/index.js'
import { loadDataset } from './dataset.js'
import { fixed, median } from './report.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '10,100,1000,5000' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'string' },
  },
})
const dir = positionals[0]
if (!dir) {
  console.error(
    'Usage: npm run bench:scaling -- <dataset-dir> [--sizes 10,100,1000,5000] [--rounds 3] [--json report.json]',
  )
  process.exit(2)
}
const sizes = (values.sizes ?? '').split(',').map(Number)
const rounds = Number(values.rounds)

/** @param {string} value */
const escapeHtml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')

const paragraphs = loadDataset(dir)
  .truths.flatMap((truth) => (truth.articleBody ?? '').split(/\n+/))
  .map((text) => text.trim())
  // Paragraphs as pages have them: a truth without line breaks is one huge "paragraph".
  .filter((text) => text.split(/\s+/).length >= 20 && text.length <= 2000)
/**
 * The paragraphs every page cycles through: the first ones that fill the
 * smallest page, so that pages of every size are the same kind of text and
 * only their length differs.
 */
/** @type {string[]} */
const base = []
for (let length = 0; length < (sizes[0] ?? 10) * 1024 && base.length < paragraphs.length; ) {
  const paragraph = /** @type {string} */ (paragraphs[base.length])
  base.push(paragraph)
  length += paragraph.length
}
if (base.length === 0) {
  console.error(`${dir}: no ground-truth paragraphs to build pages from`)
  process.exit(2)
}

/**
 * A whole page of about `kilobytes` KB: chrome around an article of real
 * paragraphs.
 * @param {number} kilobytes
 */
function buildPage(kilobytes) {
  const menu = `<nav><ul>${['Home', 'World', 'Business', 'Sport', 'Science', 'Culture']
    .map((label) => `<li><a href="/${label.toLowerCase()}">${label}</a></li>`)
    .join('')}</ul></nav>`
  const related = `<aside class="related"><h2>Related stories</h2><ul>${[1, 2, 3, 4]
    .map((n) => `<li><a href="/story-${n}">Another story number ${n} worth reading</a></li>`)
    .join('')}</ul></aside>`
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scaling page | Bench</title></head><body><header>${menu}</header><article><h1>Scaling page</h1>`
  const tail = `</article>${related}<footer><p>© Bench</p></footer></body></html>`
  const target = kilobytes * 1024
  let body = ''
  for (let index = 0; head.length + body.length + tail.length < target; index++) {
    if (index % 10 === 9) body += `<h2>Part ${Math.floor(index / 10) + 1}</h2>`
    body += `<p>${escapeHtml(base[index % base.length] ?? '')}</p>`
  }
  return head + body + tail
}

const parser = unified().use(rehypeParse)
/** @type {Record<string, () => void>} */
const contenders = {}
/** @type {{kilobytes: number, html: string, times: Record<string, number[]>}[]} */
const pages = sizes.map((kilobytes) => ({ kilobytes, html: buildPage(kilobytes), times: {} }))

for (let round = 0; round <= rounds; round++) {
  for (const page of pages) {
    contenders.floor = () => toText(parser.parse(page.html))
    contenders.unscrape = () => clean(page.html, { format: 'html' })
    contenders.extraction = () =>
      clean(page.html, { format: 'html', sentences: false, quotes: false })
    const names = Object.keys(contenders)
    // Small pages run more often per round, so a collector pause weighs as
    // little on them as on large ones.
    const repeats = Math.max(1, Math.round(200 / page.kilobytes))
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (let offset = 0; offset < names.length; offset++) {
        const name = /** @type {string} */ (names[(round + repeat + offset) % names.length])
        const start = performance.now()
        contenders[name]?.()
        const elapsed = performance.now() - start
        // The first round warms the JIT up and is not counted.
        if (round > 0) {
          page.times[name] ??= []
          page.times[name].push(elapsed)
        }
      }
    }
  }
}

const rows = pages.map(({ html, times }) => {
  const actual = html.length / 1024
  /** @type {Record<string, number>} */
  const perKb = {}
  for (const [name, values] of Object.entries(times)) perKb[name] = median(values) / actual
  return { kilobytes: actual, perKb }
})
/** Largest over smallest cost per KB of a contender across the sizes. */
const spread = (/** @type {string} */ name) => {
  const costs = rows.map((row) => row.perKb[name] ?? Number.NaN)
  return Math.max(...costs) / Math.min(...costs)
}

console.log(`${rounds} rounds, median ms per KB (page sizes in KB)`)
console.log(
  `  ${'KB'.padStart(8)}  ${Object.keys(contenders)
    .map((name) => name.padStart(11))
    .join('')}`,
)
for (const row of rows) {
  console.log(
    `  ${row.kilobytes.toFixed(0).padStart(8)}  ${Object.keys(contenders)
      .map((name) => fixed(row.perKb[name] ?? Number.NaN, 4).padStart(11))
      .join('')}`,
  )
}
for (const name of Object.keys(contenders)) {
  console.log(`${name}: cost per KB spread across sizes ${fixed(spread(name), 2)}x`)
}

if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        rounds,
        rows,
        spread: Object.fromEntries(Object.keys(contenders).map((name) => [name, spread(name)])),
      },
      null,
      2,
    )}\n`,
  )
}
