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
 * Patterns built at run time from word lists (`new RegExp(words.join('|'))`)
 * are out of the parser's sight: the build is loaded and run on the
 * fixtures with `RegExp` watched, and every pattern built at a place in
 * `src/` (read from the stack, through the build's source maps) is checked
 * like a literal. Only a place that built nothing on that run is left to
 * check by hand.
 *
 * Checking takes about a minute for all of `src/`, so verdicts are kept in
 * `scripts/regex-verdicts.json`, keyed by recheck's version, the flags and
 * the pattern: only new or changed patterns are checked. Any pattern that
 * is not safe (exponential, polynomial, or not decided in time) fails the
 * check, but for one recheck calls polynomial that times linear on its own
 * attack string (see `timeAttack`).
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

/**
 * Time a pattern on recheck's attack string at two sizes, eight times apart.
 * recheck reads a bounded gap (`[^.]{0,40}?`) between words as it would an
 * unbounded one and calls such patterns polynomial; matching takes at most
 * the bound's steps from each start, so the time grows eight times with
 * the input (a quadratic pattern's, sixty-four times). Best of three runs
 * each, so that a busy machine does not decide.
 * @param {string} source
 * @param {string} flags
 * @param {{pumps: {prefix: string, pump: string}[], suffix: string, base: number}} attack
 * @returns {{linear: boolean, note: string}}
 */
function timeAttack(source, flags, attack) {
  const pattern = new RegExp(source, flags.replace(/[gy]/g, ''))
  /** @param {number} repeat */
  const time = (repeat) => {
    const input =
      attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(repeat)).join('') + attack.suffix
    let best = Number.POSITIVE_INFINITY
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      pattern.test(input)
      best = Math.min(best, performance.now() - start)
    }
    return best
  }
  const small = Math.max(1000, Math.floor(attack.base / 4))
  const shorter = time(small)
  const longer = time(small * 8)
  const growth = longer / Math.max(shorter, 0.01)
  return {
    linear: growth < 20 && longer < 1000,
    note: `timed ${shorter.toFixed(1)} ms and ${longer.toFixed(1)} ms on its attack at ${small} and ${small * 8} repeats (${growth.toFixed(1)}x: ${growth < 20 ? 'linear' : 'not linear'})`,
  }
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

/**
 * The patterns the build makes with `RegExp(...)` while it loads and cleans
 * every fixture, by the `src/` file and line that made them.
 * @returns {Promise<Map<string, Found[]>>}
 */
async function builtPatterns() {
  /** @type {Map<string, Found[]>} */
  const byLine = new Map()
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) return byLine
  /** @param {string} source @param {string} flags */
  const note = (source, flags) => {
    // The frame of the caller: the first below this wrapper that is in `src/`.
    const frame = new Error().stack
      ?.split('\n')
      .map((line) => /\((?:file:\/\/)?([^()]*\/src\/[^():]+\.ts):(\d+):\d+\)/.exec(line))
      .find((match) => match !== null)
    if (!frame) return
    const line = `${relative('.', frame[1] ?? '')}:${frame[2]}`
    const list = byLine.get(line) ?? []
    if (!list.some((found) => found.source === source && found.flags === flags))
      list.push({ place: `${line} (built at run time)`, source, flags })
    byLine.set(line, list)
  }
  // Stack frames then name the `src/` lines the build was compiled from.
  process.setSourceMapsEnabled(true)
  const Native = RegExp
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(
        target,
        args,
        newTarget === globalThis.RegExp ? target : newTarget,
      )
      note(made.source, made.flags)
      return made
    },
    apply(target, self, args) {
      const made = Reflect.apply(target, self, args)
      note(made.source, made.flags)
      return made
    },
  })
  try {
    const { clean } = await import(new URL('../dist/index.js', import.meta.url).href)
    const fixtures = new URL('../fixtures/', import.meta.url)
    for (const entry of readdirSync(fixtures, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const folder = join(fixtures.pathname, entry.name)
      for (const name of readdirSync(folder)) {
        if (!name.startsWith('input.')) continue
        clean(readFileSync(join(folder, name), 'utf8'))
      }
    }
  } finally {
    globalThis.RegExp = Native
  }
  return byLine
}

const sources = sourceFiles(root).map((path) => regexesOf(path))
sources.push({ found: root === 'src' ? await phrasePatterns() : [], dynamic: [] })
const built = root === 'src' ? await builtPatterns() : new Map()
for (const source of sources) {
  source.dynamic = source.dynamic.filter((place) => {
    const line = place.replace(/:\d+$/, '')
    const found = built.get(line)
    if (found) source.found.push(...found)
    return !found
  })
}
for (const { found, dynamic } of sources) {
  dynamicPlaces.push(...dynamic)
  for (const { place, source, flags } of found) {
    const key = keyOf(source, flags)
    let verdict = verdicts[key]
    let detail = ''
    if (!verdict) {
      checked++
      const result = checkSync(source, flags, { timeout: 60_000 })
      verdict = result.status === 'safe' ? 'safe' : 'vulnerable'
      detail =
        result.status === 'vulnerable'
          ? `${result.complexity.type}, attack: ${JSON.stringify(result.attack.pattern)}`
          : result.status
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial') {
        const timing = timeAttack(source, flags, result.attack)
        if (timing.linear) verdict = 'linear'
        detail += `; ${timing.note}`
        if (timing.linear) console.warn(`${place}: recheck says polynomial, ${timing.note}`)
      }
      if (update) verdicts[key] = verdict
    }
    if (verdict === 'safe' || verdict === 'linear') continue
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
