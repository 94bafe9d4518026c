// @ts-check
/**
 * Fail on any regular expression in `src/` that can take super-linear time
 * (ReDoS): a page is attacker-controlled input, and one catastrophic
 * pattern hangs a batch job. Collects regex literals and `RegExp(...)` /
 * `new RegExp(...)` calls with literal arguments, with the TypeScript
 * compiler's parser, and each phrase of the phrase packs (from the build),
 * and checks each with recheck, offline (its native
 * binary where npm installed it, else Java, else its pure-JS backend).
 *
 * Checking takes about a minute for all of `src/`, so verdicts are kept in
 * `scripts/regex-verdicts.json`, keyed by recheck's version, the flags and
 * the pattern: only new or changed patterns are checked. Any pattern that
 * is not safe (exponential, polynomial, or not decided in time) fails the
 * check.
 *
 *   node scripts/check-regex.js [--update] [<dir>]   (default: src)
 *
 * `--update` writes the verdicts of new patterns (safe ones, and vulnerable
 * ones as `vulnerable`, which still fail until rewritten).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { checkSync } from 'recheck'
import ts from 'typescript'

const args = process.argv.slice(2)
const update = args.includes('--update')
const root = args.find((arg) => !arg.startsWith('--')) ?? 'src'
const verdictsFile = new URL('regex-verdicts.json', import.meta.url)
const recheckVersion = createRequire(import.meta.url)('recheck/package.json').version
/** @type {Record<string, string>} */
const verdicts = existsSync(verdictsFile) ? JSON.parse(readFileSync(verdictsFile, 'utf8')) : {}

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * @typedef Found
 * @property {string} place
 * @property {string} source
 * @property {string} flags
 */

/** @param {string} path @returns {{found: Found[], dynamic: string[]}} */
function regexesOf(path) {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  /** @type {Found[]} */
  const found = []
  /** @type {string[]} */
  const dynamic = []
  /** @param {ts.Node} node */
  const place = (node) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file))
    return `${relative('.', path)}:${line + 1}:${character + 1}`
  }
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const end = literal.lastIndexOf('/')
      found.push({
        place: place(node),
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ place: place(node), source: pattern.text, flags: flags ? flags.text : '' })
      } else {
        dynamic.push(place(node))
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { found, dynamic }
}

/** @param {string} source @param {string} flags */
const keyOf = (source, flags) =>
  createHash('sha256').update(`${recheckVersion}\n${flags}\n${source}`).digest('hex').slice(0, 16)

let failed = 0
let checked = 0
const dynamicPlaces = []
/**
 * The phrase packs' patterns are strings joined at run time, out of the
 * parser's sight: check each phrase on its own (from the build, which
 * `npm ci` makes).
 * @returns {Promise<Found[]>}
 */
async function phrasePatterns() {
  const built = new URL('../dist/clean/phrases/index.js', import.meta.url)
  if (!existsSync(built)) {
    console.error('dist/ is missing: run `npm run build` to check the phrase packs')
    process.exitCode = 1
    return []
  }
  const { phrasePacks } = await import(built.href)
  /** @type {Found[]} */
  const found = []
  for (const pack of phrasePacks) {
    for (const [category, phrases] of Object.entries(pack)) {
      if (category === 'lang') continue
      for (const source of phrases) {
        found.push({
          place: `src/clean/phrases/${pack.lang}.ts (${category})`,
          source,
          flags: category === 'navigationPrompts' ? 'iu' : 'i',
        })
      }
    }
  }
  return found
}

const sources = sourceFiles(root).map((path) => regexesOf(path))
sources.push({ found: root === 'src' ? await phrasePatterns() : [], dynamic: [] })
for (const { found, dynamic } of sources) {
  dynamicPlaces.push(...dynamic)
  for (const { place, source, flags } of found) {
    const key = keyOf(source, flags)
    let verdict = verdicts[key]
    let detail = ''
    if (!verdict) {
      checked++
      const result = checkSync(source, flags, { timeout: 10_000 })
      verdict = result.status === 'safe' ? 'safe' : 'vulnerable'
      detail =
        result.status === 'vulnerable'
          ? `${result.complexity.type}, attack: ${JSON.stringify(result.attack.pattern)}`
          : result.status
      if (update) verdicts[key] = verdict
    }
    if (verdict === 'safe') continue
    failed++
    console.error(`${place} /${source}/${flags} — ${detail || 'vulnerable'}`)
  }
}
for (const place of dynamicPlaces) {
  console.warn(`${place} RegExp built from a non-literal: check it by hand`)
}
if (update) writeFileSync(verdictsFile, `${JSON.stringify(verdicts, null, 2)}\n`)
console.log(`${checked} regular expressions checked anew, ${failed} vulnerable`)
if (failed > 0) process.exitCode = 1
