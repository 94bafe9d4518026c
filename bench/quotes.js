// @ts-check
/**
 * Quote-extraction benchmark: run unscrape over annotated articles and score
 * `article.quotes` against the gold attributions with `quote-metrics.js`.
 *
 *   npm run build
 *   npm run bench:quotes -- <file.json> [--limit N] [--json report.json]
 *
 * The file is a JSON array of `{id, date, text, quotes: [{id, quote, speaker,
 * cue, kind, quoteSpans, …}]}` (see `GoldArticle`). Each article's text is
 * cleaned as plain text with its date as the publication date. An article on
 * which `clean()` throws is scored as having no quotes; the throw is counted and
 * listed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { clean } from '../dist/index.js'
import { FAMILIES, PRONOUN_WINDOW, scoreArticle, totalScores } from './quote-metrics.js'
import { clip, fixed, median } from './report.js'

/** @typedef {import('./quote-metrics.js').GoldArticle} GoldArticle */
/** @typedef {import('./quote-metrics.js').ArticleScore} ArticleScore */
/** @typedef {import('./quote-metrics.js').LevelScores} LevelScores */

/**
 * @typedef {object} Options
 * @property {string} file
 * @property {string | null} json
 * @property {number | null} limit
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {string[]} */
  const files = []
  /** @type {string | null} */
  let json = null
  /** @type {number | null} */
  let limit = null
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--json') {
      const value = argv[++index]
      if (!value) usage('--json needs a file name')
      json = value
    } else if (arg === '--limit') {
      const value = Number(argv[++index])
      if (!Number.isInteger(value) || value < 1) usage('--limit needs a positive whole number')
      limit = value
    } else if (arg === '--help' || arg === '-h') {
      usage()
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`)
    } else {
      files.push(arg)
    }
  }
  const [file] = files
  if (file === undefined || files.length > 1) usage('name exactly one data file')
  return { file, json, limit }
}

/**
 * Print how to call the benchmark and exit.
 * @param {string} [problem]
 * @returns {never}
 */
function usage(problem) {
  if (problem) console.error(`bench:quotes: ${problem}`)
  console.error('usage: npm run bench:quotes -- <file.json> [--limit N] [--json report.json]')
  process.exit(problem ? 2 : 0)
}

/**
 * Read the data file and check its shape enough to score it.
 * @param {string} file
 * @returns {GoldArticle[]}
 */
function loadArticles(file) {
  /** @type {unknown} */
  let data
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    usage(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!Array.isArray(data)) usage(`${file} is not a JSON array of articles`)
  data.forEach((article, index) => {
    const ok =
      article !== null &&
      typeof article === 'object' &&
      typeof article.id === 'string' &&
      typeof article.text === 'string' &&
      typeof article.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(article.date) &&
      Array.isArray(article.quotes)
    if (!ok) usage(`article ${index} of ${file} lacks a string id, text, YYYY-MM-DD date or quotes`)
  })
  return /** @type {GoldArticle[]} */ (data)
}

/**
 * A share with its counts: `0.750 (3/4)`.
 * @param {number} numerator
 * @param {number} denominator
 */
function share(numerator, denominator) {
  const value = denominator > 0 ? numerator / denominator : 0
  return `${fixed(value)} (${numerator}/${denominator})`
}

/**
 * @typedef {object} ArticleRun
 * @property {string} id
 * @property {number} ms
 * @property {string | null} error
 * @property {ArticleScore} score
 */

/**
 * Clean and score every article.
 * @param {readonly GoldArticle[]} articles
 * @returns {ArticleRun[]}
 */
function runArticles(articles) {
  return articles.map((article) => {
    /** @type {import('../dist/index.js').Article | null} */
    let result = null
    /** @type {string | null} */
    let error = null
    const began = performance.now()
    try {
      result = clean(article.text, { format: 'text', publishedAt: article.date })
    } catch (thrown) {
      error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)
    }
    const ms = performance.now() - began
    if (error !== null) console.error(`!! unscrape THREW on ${article.id}: ${error}`)
    const score = scoreArticle(article, result?.quotes ?? [], result?.text ?? '')
    return { id: article.id, ms, error, score }
  })
}

/**
 * @param {LevelScores} level
 */
function prfCells(level) {
  return `${fixed(level.precision)} ${fixed(level.recall)} ${fixed(level.f1)}`
}

/**
 * Print the results.
 * @param {string} file
 * @param {readonly ArticleRun[]} runs
 * @param {ReturnType<typeof totalScores>} totals
 */
function printResults(file, runs, totals) {
  const errors = runs.filter((run) => run.error !== null)
  const gold = FAMILIES.map(({ kind }) => `${totals.families[kind].exact.gold} ${kind}`)
  const byKind = Object.entries(totals.predictedByKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ')
  console.log('')
  console.log(`== ${file}: ${runs.length} articles`)
  console.log(`gold quotes: ${gold.join(', ')}; predicted: ${totals.predicted} (${byKind})`)
  console.log(
    `clean(): median ${fixed(median(runs.map((run) => run.ms)), 1)} ms/article, ` +
      `${errors.length} errors`,
  )
  console.log('')
  console.log(
    [
      'family (pred kinds)'.padEnd(26),
      'gold'.padStart(5),
      'reach'.padStart(6),
      'pred'.padStart(5),
      ' exact P/R/F1'.padEnd(19),
      ' overlap P/R/F1'.padEnd(19),
      'found ex/ov'.padStart(12),
      'elsewhere'.padStart(10),
      'P(all) ov'.padStart(10),
    ].join(' '),
  )
  for (const family of FAMILIES) {
    const { exact, overlap, reachable } = totals.families[family.kind]
    console.log(
      [
        `${family.kind} (${family.counts.join('+')})`.padEnd(26),
        String(exact.gold).padStart(5),
        String(reachable).padStart(6),
        String(overlap.predicted).padStart(5),
        ` ${prfCells(exact)}`.padEnd(19),
        ` ${prfCells(overlap)}`.padEnd(19),
        `${exact.found}/${overlap.found}`.padStart(12),
        String(overlap.elsewhere).padStart(10),
        fixed(overlap.precisionAll).padStart(10),
      ].join(' '),
    )
  }
  console.log('')
  const { speaker } = totals
  console.log('speaker (direct quotes matched at overlap level):')
  console.log(
    `  named gold speaker:   correct ${share(speaker.named.correct, speaker.named.total)}, ` +
      `given a name ${share(speaker.named.predicted, speaker.named.total)}`,
  )
  console.log(
    `  pronoun gold speaker: given a name ${share(speaker.pronoun.predicted, speaker.pronoun.total)}, ` +
      `plausible ${share(speaker.pronoun.plausible, speaker.pronoun.total)} ` +
      `(rough: the one name in the ${PRONOUN_WINDOW} chars before it that the prediction matches)`,
  )
  console.log(`  no gold speaker: ${speaker.noGold}`)
  console.log(
    `cue (matched quotes, case-insensitive): ${FAMILIES.map(
      ({ kind }) => `${kind} ${share(totals.cue[kind].correct, totals.cue[kind].total)}`,
    ).join(', ')}`,
  )
  const dates = totals.date
  console.log(
    `date (matched quotes): with a value ${share(dates.all.withValue, dates.all.total)}, ` +
      `not after publication ${share(dates.all.notAfter, dates.all.withValue)}; ` +
      `direct ${share(dates.direct.withValue, dates.direct.total)} / ` +
      `${share(dates.direct.notAfter, dates.direct.withValue)}`,
  )

  if (errors.length > 0) {
    console.log('')
    console.log(`!! clean() threw on ${errors.length} articles (scored as no quotes):`)
    for (const run of errors) console.log(`   !! ${run.id}: ${clip(run.error ?? '', 100)}`)
  }

  const worst = runs
    .map((run) => {
      const direct = run.score.families.direct.overlap
      return { id: run.id, missed: direct.gold - direct.found, gold: direct.gold }
    })
    .filter((entry) => entry.missed > 0)
    .sort((a, b) => b.missed - a.missed || a.id.localeCompare(b.id))
    .slice(0, 10)
  if (worst.length > 0) {
    console.log('')
    console.log('most missed direct quotes (overlap level), missed/gold:')
    for (const entry of worst) {
      console.log(`  ${`${entry.missed}/${entry.gold}`.padStart(7)}  ${entry.id}`)
    }
  }
}

const options = parseArgs(process.argv.slice(2))
const allArticles = loadArticles(options.file)
const articles = options.limit === null ? allArticles : allArticles.slice(0, options.limit)
console.error(`running ${articles.length} articles…`)
const runs = runArticles(articles)
const totals = totalScores(runs.map((run) => run.score))
printResults(options.file, runs, totals)

if (options.json) {
  const times = runs.map((run) => run.ms)
  const report = {
    file: options.file,
    node: process.version,
    articles: runs.length,
    limit: options.limit,
    medianMs: median(times),
    totalMs: times.reduce((sum, ms) => sum + ms, 0),
    errors: runs
      .filter((run) => run.error !== null)
      .map((run) => ({ id: run.id, message: run.error })),
    totals,
    perArticle: runs.map((run) => ({ ...run.score, ms: run.ms, error: run.error })),
  }
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
  console.log('')
  console.log(`report written to ${options.json}`)
}
