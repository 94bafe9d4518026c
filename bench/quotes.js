// @ts-check
/**
 * Quote-extraction benchmark: run unscrape over annotated articles and score
 * `article.quotes` against the gold attributions with `quote-metrics.js`,
 * several data files side by side (tuning data first, validation after).
 *
 *   npm run build
 *   npm run bench:quotes -- <file.json | folder> [<file.json> …] [--limit N] [--json report.json]
 *
 * A folder stands for the `.json` files in it: `train.json` first, then
 * `dev.json`, then the others by name. Each file is a JSON array of `{id,
 * date, text, quotes: [{id, quote, speaker, cue, kind, quoteSpans, …}]}` (see
 * `GoldArticle`). Each article's text is cleaned as plain text with its date
 * as the publication date. An article on which `clean()` throws is scored as
 * having no quotes; the throw is counted and listed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clean } from '../dist/index.js'
import {
  GOLD_KINDS,
  MATCHING_RULE,
  PRONOUN_WINDOW,
  ratio,
  SPEAKER_RULE,
  scoreArticle,
  totalScores,
} from './quote-metrics.js'
import { clip, fixed, median } from './report.js'

/** @typedef {import('./quote-metrics.js').GoldArticle} GoldArticle */
/** @typedef {import('./quote-metrics.js').ArticleScore} ArticleScore */
/** @typedef {import('./quote-metrics.js').Totals} Totals */
/** @typedef {import('./quote-metrics.js').KindScores} KindScores */

/**
 * @typedef {object} Options
 * @property {string[]} files
 * @property {string | null} json
 * @property {number | null} limit
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {string[]} */
  const paths = []
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
      paths.push(arg)
    }
  }
  if (paths.length === 0) usage('name a data file or a folder of them')
  return { files: paths.flatMap(dataFiles), json, limit }
}

/** The order files of a folder are reported in: tuning data, then validation data. */
const FILE_ORDER = ['train.json', 'dev.json']

/**
 * A data file, or the `.json` files of a folder in report order.
 * @param {string} path
 * @returns {string[]}
 */
function dataFiles(path) {
  let folder = false
  try {
    folder = statSync(path).isDirectory()
  } catch {
    usage(`cannot read ${path}`)
  }
  if (!folder) return [path]
  const rank = (/** @type {string} */ name) => {
    const index = FILE_ORDER.indexOf(name)
    return index === -1 ? FILE_ORDER.length : index
  }
  const names = readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  if (names.length === 0) usage(`${path} holds no .json file`)
  return names.map((name) => join(path, name))
}

/**
 * Print how to call the benchmark and exit.
 * @param {string} [problem]
 * @returns {never}
 */
function usage(problem) {
  if (problem) console.error(`bench:quotes: ${problem}`)
  console.error(
    'usage: npm run bench:quotes -- <file.json | folder> [<file.json> …] [--limit N] [--json report.json]',
  )
  process.exit(problem ? 2 : 0)
}

/**
 * Read a data file and check its shape enough to score it.
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
 * @typedef {object} ArticleRun
 * @property {string} id
 * @property {number} ms
 * @property {string | null} error
 * @property {ArticleScore} score
 */

/**
 * @typedef {object} FileRun
 * @property {string} file
 * @property {ArticleRun[]} runs
 * @property {Totals} totals
 */

/**
 * Clean and score every article of a file.
 * @param {string} file
 * @param {number | null} limit
 * @returns {FileRun}
 */
function runFile(file, limit) {
  const all = loadArticles(file)
  const articles = limit === null ? all : all.slice(0, limit)
  console.error(`${file}: running ${articles.length} articles…`)
  const runs = articles.map((article) => {
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
  return { file, runs, totals: totalScores(runs.map((run) => run.score)) }
}

/**
 * One row of the table: a label and a cell per file, plus the first file
 * minus the last when the figure is a share and there are two files or more.
 * @typedef {object} Row
 * @property {string} label
 * @property {(totals: Totals) => {value: number, count?: string}} cell
 * @property {boolean} [share] Whether the figure is a share (gets the difference column).
 */

/**
 * A share cell with its counts.
 * @param {number} value
 * @param {number} numerator
 * @param {number} denominator
 */
function shareCell(value, numerator, denominator) {
  return { value, count: `${numerator}/${denominator}` }
}

/**
 * The rows of one gold kind (or of all kinds).
 * @param {import('./quote-metrics.js').GoldKind | 'all'} kind
 * @returns {Row[]}
 */
function kindRows(kind) {
  /** @param {Totals} totals */
  const of = (totals) => totals.kinds[kind]
  const predictions = kind === 'all' ? 'all predictions' : `${kind} predictions`
  return [
    {
      label: `${kind}: recall`,
      share: true,
      cell: (t) => shareCell(of(t).recall, of(t).found, of(t).gold),
    },
    {
      label: `${kind}: speaker right (of found)`,
      share: true,
      cell: (t) => shareCell(of(t).speakerAccuracy, of(t).speakerRight, of(t).found),
    },
    {
      label: `${kind}: found, right speaker`,
      share: true,
      cell: (t) => shareCell(of(t).foundWithSpeaker, of(t).speakerRight, of(t).gold),
    },
    {
      label: `${kind}: precision (${predictions})`,
      share: true,
      cell: (t) => shareCell(of(t).precision, of(t).correct, of(t).predicted),
    },
    {
      label: `${kind}: exact recall`,
      share: true,
      cell: (t) => shareCell(of(t).exactRecall, of(t).exact, of(t).gold),
    },
    {
      label: `${kind}: cue right (of found)`,
      share: true,
      cell: (t) => shareCell(of(t).cueAccuracy, of(t).cueRight, of(t).cues),
    },
  ]
}

/**
 * Print the table of figures, one column per file.
 * @param {readonly FileRun[]} fileRuns
 */
function printTable(fileRuns) {
  /** @type {Row[]} */
  const rows = [
    ...GOLD_KINDS.flatMap((kind) => kindRows(kind)),
    ...kindRows('all'),
    {
      label: 'all: same kind (of predictions)',
      share: true,
      cell: (t) =>
        shareCell(t.kinds.all.sameKindPrecision, t.kinds.all.sameKind, t.kinds.all.predicted),
    },
    {
      label: 'other: dated quotes not after publication',
      share: true,
      cell: (t) =>
        shareCell(t.kinds.all.dateNotAfterShare, t.kinds.all.datedNotAfter, t.kinds.all.dated),
    },
    {
      label: 'other: found quotes given a date',
      share: true,
      cell: (t) =>
        shareCell(
          ratio(t.kinds.all.dated, t.kinds.all.found),
          t.kinds.all.dated,
          t.kinds.all.found,
        ),
    },
    {
      label: 'other: pronoun speakers named plausibly',
      share: true,
      cell: (t) => shareCell(t.pronouns.plausibleShare, t.pronouns.plausible, t.pronouns.total),
    },
  ]
  const names = fileRuns.map((run) => basename(run.file))
  const gap = fileRuns.length >= 2
  const width = 24
  const header = ['figure'.padEnd(38), ...names.map((name) => name.padStart(width))]
  if (gap) header.push(`${names[0]} − ${names.at(-1)}`.padStart(18))
  console.log(header.join(' '))
  let group = ''
  for (const row of rows) {
    const rowGroup = row.label.split(':')[0] ?? ''
    if (group !== '' && rowGroup !== group) console.log('')
    group = rowGroup
    const cells = fileRuns.map((run) => row.cell(run.totals))
    const line = [row.label.padEnd(38)]
    for (const cell of cells) {
      line.push(`${fixed(cell.value)}${cell.count ? ` (${cell.count})` : ''}`.padStart(width))
    }
    if (gap && row.share) {
      const difference = (cells[0]?.value ?? 0) - (cells.at(-1)?.value ?? 0)
      line.push(`${difference >= 0 ? '+' : ''}${fixed(difference)}`.padStart(18))
    }
    console.log(line.join(' '))
  }
}

/**
 * Print what each file's run took and where it threw.
 * @param {FileRun} fileRun
 */
function printRun({ file, runs, totals }) {
  const errors = runs.filter((run) => run.error !== null)
  const gold = GOLD_KINDS.map((kind) => `${totals.kinds[kind].gold} ${kind}`).join(', ')
  const predicted = GOLD_KINDS.map(
    (kind) => `${totals.kinds[kind].predicted} claiming ${kind}`,
  ).join(', ')
  console.log(
    `${basename(file)}: ${runs.length} articles; gold ${gold}; predicted ${predicted}; ` +
      `clean() median ${fixed(median(runs.map((run) => run.ms)), 1)} ms/article, ` +
      `${errors.length} errors`,
  )
  for (const run of errors) console.log(`   !! ${run.id}: ${clip(run.error ?? '', 100)}`)
}

const options = parseArgs(process.argv.slice(2))
const fileRuns = options.files.map((file) => runFile(file, options.limit))
console.log('')
for (const fileRun of fileRuns) printRun(fileRun)
console.log('')
console.log(`matching: ${MATCHING_RULE}`)
console.log(`${SPEAKER_RULE}`)
console.log(
  `pronoun speakers named plausibly (rough): the one name in the ${PRONOUN_WINDOW} chars before ` +
    'the quote that the predicted name matches',
)
console.log('')
printTable(fileRuns)

if (options.json) {
  const report = {
    node: process.version,
    limit: options.limit,
    files: fileRuns.map(({ file, runs, totals }) => {
      const times = runs.map((run) => run.ms)
      return {
        file,
        articles: runs.length,
        medianMs: median(times),
        totalMs: times.reduce((sum, ms) => sum + ms, 0),
        errors: runs
          .filter((run) => run.error !== null)
          .map((run) => ({ id: run.id, message: run.error })),
        totals,
        perArticle: runs.map((run) => ({ ...run.score, ms: run.ms, error: run.error })),
      }
    }),
  }
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
  console.log('')
  console.log(`report written to ${options.json}`)
}
