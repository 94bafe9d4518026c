// @ts-check
/**
 * Quality benchmark: run unscrape, Readability (on linkedom) and a bare
 * text dump of `<body>` over saved pages and score them with the public
 * article-extraction metrics in `metrics.js`.
 *
 *   npm run build
 *   npm run bench:quality -- <dataset-dir> [<dataset-dir> …] [--json report.json] [--limit N]
 *
 * The tools run interleaved page by page (in a rotating order) so that timing
 * drift affects them alike. A tool that throws on a page scores that page as empty
 * output; the throw is counted and listed.
 */
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { toText } from 'hast-util-to-text'
import { parseHTML } from 'linkedom'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { clean } from '../dist/index.js'
import { loadDataset, readPage } from './dataset.js'
import {
  shinglePage,
  shinglePageF1,
  shingleScores,
  snippetPage,
  snippetScores,
  wordF1Page,
  wordF1Scores,
} from './metrics.js'
import { clip, fixed, median } from './report.js'

/** @typedef {import('./dataset.js').Truth} Truth */
/** @typedef {import('./dataset.js').MetricName} MetricName */
/** @typedef {import('hast').Root | import('hast').RootContent} HastNode */
/** @typedef {import('hast').Element} HastElement */

/**
 * @typedef {object} Tool
 * @property {string} name
 * @property {(html: string) => string} run Turn a page into its text.
 */

const bareParser = unified().use(rehypeParse)

/**
 * The first `<body>` element of a tree, searched depth first.
 * @param {HastNode} node
 * @returns {HastElement | null}
 */
function findBody(node) {
  if (node.type === 'element' && node.tagName === 'body') return node
  if (node.type !== 'element' && node.type !== 'root') return null
  for (const child of node.children) {
    const body = findBody(child)
    if (body) return body
  }
  return null
}

/** @type {Tool[]} */
const TOOLS = [
  {
    name: 'unscrape',
    run: (html) => clean(html, { format: 'html' }).text,
  },
  {
    name: 'readability',
    run: (html) => {
      const { document } = parseHTML(html)
      return new Readability(document).parse()?.textContent ?? ''
    },
  },
  {
    name: 'bare',
    run: (html) => {
      const body = findBody(bareParser.parse(html))
      return body ? toText(body) : ''
    },
  },
]

/**
 * @typedef {object} Options
 * @property {string[]} dirs
 * @property {string | null} json
 * @property {number | null} limit
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = { dirs: [], json: null, limit: null }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--json') {
      const value = argv[++index]
      if (!value) usage('--json needs a file name')
      options.json = value
    } else if (arg === '--limit') {
      const value = Number(argv[++index])
      if (!Number.isInteger(value) || value < 1) usage('--limit needs a positive whole number')
      options.limit = value
    } else if (arg === '--help' || arg === '-h') {
      usage()
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`)
    } else {
      options.dirs.push(arg)
    }
  }
  if (options.dirs.length === 0) usage('name at least one dataset folder')
  return options
}

/**
 * Print how to call the benchmark and exit.
 * @param {string} [problem]
 * @returns {never}
 */
function usage(problem) {
  if (problem) console.error(`bench:quality: ${problem}`)
  console.error(
    'usage: npm run bench:quality -- <dataset-dir> [<dataset-dir> …] [--json report.json] [--limit N]',
  )
  process.exit(problem ? 2 : 0)
}

/**
 * @typedef {object} PageRun
 * @property {string} output
 * @property {number} ms
 * @property {string | null} error
 */

/**
 * Run every tool on every page of a dataset and score the outputs.
 * @param {string} dir
 * @param {number | null} limit
 */
function runDataset(dir, limit) {
  const { meta, truths: allTruths } = loadDataset(dir)
  const truths = limit === null ? allTruths : allTruths.slice(0, limit)
  console.error(`running ${meta.name}: ${truths.length} pages…`)
  /** @type {Map<string, PageRun[]>} */
  const runs = new Map(TOOLS.map((tool) => [tool.name, []]))
  /** @type {{id: string, message: string}[]} */
  const unreadable = []
  /** @type {Truth[]} */
  const pages = []
  /** @type {Record<string, number>} */
  const charsets = {}

  for (const truth of truths) {
    let html
    try {
      const page = readPage(dir, truth.id, meta.encoding)
      html = page.html
      charsets[page.charset] = (charsets[page.charset] ?? 0) + 1
    } catch (error) {
      unreadable.push({ id: truth.id, message: String(error) })
      continue
    }
    /** @type {Map<string, PageRun>} */
    const byTool = new Map()
    const start = pages.length % TOOLS.length
    for (let step = 0; step < TOOLS.length; step++) {
      const tool = /** @type {Tool} */ (TOOLS[(start + step) % TOOLS.length])
      let output = ''
      /** @type {string | null} */
      let error = null
      const began = performance.now()
      try {
        output = tool.run(html)
      } catch (thrown) {
        error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)
      }
      const ms = performance.now() - began
      if (error !== null && tool.name === 'unscrape') {
        console.error(`!! unscrape THREW on ${meta.name}/${truth.id}: ${error}`)
      }
      byTool.set(tool.name, { output, ms, error })
    }
    for (const tool of TOOLS) {
      runs.get(tool.name)?.push(/** @type {PageRun} */ (byTool.get(tool.name)))
    }
    pages.push(truth)
  }

  const wants = new Set(meta.metrics)
  /** @type {Record<string, ToolResult>} */
  const tools = {}
  for (const tool of TOOLS) {
    const toolRuns = runs.get(tool.name) ?? []
    tools[tool.name] = scoreTool(pages, toolRuns, wants)
  }
  const perPage = pages.map((truth, index) => {
    /** @type {Record<string, PageScore>} */
    const byTool = {}
    for (const tool of TOOLS) {
      const run = runs.get(tool.name)?.[index]
      if (run) byTool[tool.name] = scorePage(truth, run, wants)
    }
    return { id: truth.id, url: truth.url, tools: byTool }
  })
  const unscrapeMs = tools.unscrape?.medianMs ?? Number.NaN
  return {
    name: meta.name,
    dir,
    meta,
    pages: pages.length,
    charsets,
    unreadable,
    tools,
    ratios: {
      unscrapeOverBare: unscrapeMs / (tools.bare?.medianMs ?? Number.NaN),
      unscrapeOverReadability: unscrapeMs / (tools.readability?.medianMs ?? Number.NaN),
    },
    perPage,
  }
}

/**
 * @typedef {object} ToolResult
 * @property {ReturnType<typeof shingleScores> | null} shingle
 * @property {ReturnType<typeof wordF1Scores> | null} wordf1
 * @property {ReturnType<typeof snippetScores> | null} snippet
 * @property {number} medianMs
 * @property {number} totalMs
 * @property {{id: string, message: string}[]} errors
 */

/**
 * Score one tool over the pages of a dataset.
 * @param {readonly Truth[]} pages
 * @param {readonly PageRun[]} runs
 * @param {ReadonlySet<MetricName>} wants
 * @returns {ToolResult}
 */
function scoreTool(pages, runs, wants) {
  /** @type {{truth: string, prediction: string}[]} */
  const pairs = []
  /** @type {{output: string, with: string[], without: string[]}[]} */
  const items = []
  /** @type {{id: string, message: string}[]} */
  const errors = []
  pages.forEach((truth, index) => {
    const run = runs[index]
    if (!run) return
    if (run.error !== null) errors.push({ id: truth.id, message: run.error })
    if (truth.articleBody !== null) {
      pairs.push({ truth: truth.articleBody, prediction: run.output })
    }
    if (truth.with !== null || truth.without !== null) {
      items.push({ output: run.output, with: truth.with ?? [], without: truth.without ?? [] })
    }
  })
  const times = runs.map((run) => run.ms)
  return {
    shingle: wants.has('shingle') ? shingleScores(pairs) : null,
    wordf1: wants.has('wordf1') ? wordF1Scores(pairs) : null,
    snippet: wants.has('snippet') ? snippetScores(items) : null,
    medianMs: median(times),
    totalMs: times.reduce((sum, ms) => sum + ms, 0),
    errors,
  }
}

/**
 * @typedef {object} PageScore
 * @property {number} chars Length of the tool's output.
 * @property {number} ms
 * @property {string | null} error
 * @property {number | null} shingleF1
 * @property {{precision: number, recall: number, f1: number} | null} wordf1
 * @property {{tp: number, fp: number, fn: number, tn: number, missed: string[], leaked: string[]} | null} snippet
 */

/**
 * Score one tool's output for one page, for studying single pages.
 * @param {Truth} truth
 * @param {PageRun} run
 * @param {ReadonlySet<MetricName>} wants
 * @returns {PageScore}
 */
function scorePage(truth, run, wants) {
  const body = truth.articleBody
  const hasSnippets = truth.with !== null || truth.without !== null
  return {
    chars: run.output.length,
    ms: run.ms,
    error: run.error,
    shingleF1:
      wants.has('shingle') && body !== null ? shinglePageF1(shinglePage(body, run.output)) : null,
    wordf1: wants.has('wordf1') && body !== null ? wordF1Page(body, run.output) : null,
    snippet:
      wants.has('snippet') && hasSnippets
        ? snippetPage({ output: run.output, with: truth.with ?? [], without: truth.without ?? [] })
        : null,
  }
}

/**
 * Print one dataset's results.
 * @param {ReturnType<typeof runDataset>} result
 */
function printDataset(result) {
  const { meta } = result
  const charsets = Object.entries(result.charsets)
    .map(([charset, count]) => `${charset} ${count}`)
    .join(', ')
  console.log('')
  console.log(
    `== ${meta.name}: ${result.pages} pages (${meta.metrics.join(', ')}; ${meta.encoding}: ${charsets})`,
  )
  if (result.unreadable.length > 0) {
    console.log(`   ${result.unreadable.length} pages could not be read and were left out:`)
    for (const { id, message } of result.unreadable)
      console.log(`     ${id}: ${clip(message, 100)}`)
  }
  /** @type {string[]} */
  const header = ['tool'.padEnd(12)]
  const metrics = /** @type {const} */ (['shingle', 'wordf1', 'snippet']).filter((metric) =>
    meta.metrics.includes(metric),
  )
  for (const metric of metrics) header.push(`${metric} P/R/F1`.padEnd(20))
  if (metrics.includes('snippet')) header.push('snip tp/fp/fn/tn'.padEnd(20))
  header.push('median ms'.padStart(10), 'errors'.padStart(7))
  console.log(header.join(' '))
  for (const [name, tool] of Object.entries(result.tools)) {
    const row = [name.padEnd(12)]
    for (const metric of metrics) {
      const score = tool[metric]
      row.push(
        (score
          ? `${fixed(score.precision)} ${fixed(score.recall)} ${fixed(score.f1)}`
          : '-'
        ).padEnd(20),
      )
    }
    if (tool.snippet) {
      const { tp, fp, fn, tn } = tool.snippet
      row.push(`${tp}/${fp}/${fn}/${tn}`.padEnd(20))
    }
    row.push(fixed(tool.medianMs, 1).padStart(10), String(tool.errors.length).padStart(7))
    console.log(row.join(' '))
  }
  console.log(
    `speed: unscrape/bare ${fixed(result.ratios.unscrapeOverBare, 2)}x, ` +
      `unscrape/readability ${fixed(result.ratios.unscrapeOverReadability, 2)}x (median ms per page)`,
  )
  for (const [name, tool] of Object.entries(result.tools)) {
    if (tool.errors.length === 0) continue
    const loud = name === 'unscrape' ? '!! ' : ''
    console.log(`${loud}${name} threw on ${tool.errors.length} pages (scored as empty output):`)
    for (const { id, message } of tool.errors) console.log(`   ${loud}${id}: ${clip(message, 100)}`)
  }

  const scored = result.perPage.filter((page) => page.tools.unscrape)
  if (metrics.includes('wordf1')) {
    const worst = scored
      .filter((page) => page.tools.unscrape?.wordf1)
      .sort(
        (a, b) =>
          (a.tools.unscrape?.wordf1?.f1 ?? 0) - (b.tools.unscrape?.wordf1?.f1 ?? 0) ||
          a.id.localeCompare(b.id),
      )
      .slice(0, 10)
    console.log('10 worst pages by unscrape word F1 (P R F1 | shingle F1 | readability word F1):')
    for (const page of worst) {
      const mine = page.tools.unscrape
      const word = mine?.wordf1
      console.log(
        `   ${page.id.padEnd(24)} ${fixed(word?.precision ?? Number.NaN)} ${fixed(word?.recall ?? Number.NaN)} ` +
          `${fixed(word?.f1 ?? Number.NaN)} | ${fixed(mine?.shingleF1 ?? Number.NaN)} | ` +
          `${fixed(page.tools.readability?.wordf1?.f1 ?? Number.NaN)}  ${mine?.chars ?? 0} chars`,
      )
    }
  }
  if (metrics.includes('snippet')) {
    /** @param {PageScore | undefined} score */
    const misses = (score) => (score?.snippet ? score.snippet.fn + score.snippet.fp : 0)
    const worst = scored
      .filter((page) => misses(page.tools.unscrape) > 0)
      .sort(
        (a, b) => misses(b.tools.unscrape) - misses(a.tools.unscrape) || a.id.localeCompare(b.id),
      )
      .slice(0, 10)
    console.log('10 pages with most unscrape snippet misses (fn+fp | readability fn+fp):')
    if (worst.length === 0) console.log('   (none)')
    for (const page of worst) {
      const snippet = page.tools.unscrape?.snippet
      console.log(
        `   ${page.id.padEnd(40)} fn ${snippet?.fn ?? 0} fp ${snippet?.fp ?? 0} | ` +
          `${misses(page.tools.readability)}  ${page.tools.unscrape?.chars ?? 0} chars`,
      )
    }
  }
}

/**
 * Print every dataset's F1 scores in one table, each tuning set beside its
 * validation set (`<name>` and `<name>-validation`): a rule change that
 * lifts a tuning score and lowers the validation one fits pages, not the web.
 * @param {ReturnType<typeof runDataset>[]} results
 */
function printSideBySide(results) {
  const byName = new Map(results.map((result) => [result.meta.name, result]))
  const families = [
    ...new Set(results.map((result) => result.meta.name.replace(/-validation$/, ''))),
  ]
  console.log('')
  console.log('== F1, tuning beside validation (unscrape | readability)')
  console.log(
    `${'dataset'.padEnd(14)} ${'metric'.padEnd(8)} ${'tuning'.padEnd(16)} ${'validation'.padEnd(16)}`,
  )
  for (const family of families) {
    const tuning = byName.get(family)
    const validation = byName.get(`${family}-validation`)
    const metrics = /** @type {const} */ (['shingle', 'wordf1', 'snippet']).filter((metric) =>
      (tuning ?? validation)?.meta.metrics.includes(metric),
    )
    for (const metric of metrics) {
      /** @param {ReturnType<typeof runDataset> | undefined} result */
      const cell = (result) =>
        result
          ? `${fixed(result.tools.unscrape?.[metric]?.f1 ?? Number.NaN)} | ${fixed(result.tools.readability?.[metric]?.f1 ?? Number.NaN)}`
          : '-'
      console.log(
        `${family.padEnd(14)} ${metric.padEnd(8)} ${cell(tuning).padEnd(16)} ${cell(validation).padEnd(16)}`,
      )
    }
  }
}

const options = parseArgs(process.argv.slice(2))
const started = performance.now()
const results = []
for (const dir of options.dirs) {
  const result = runDataset(dir, options.limit)
  printDataset(result)
  results.push(result)
}
printSideBySide(results)
const seconds = (performance.now() - started) / 1000
console.log('')
console.log(`done in ${seconds.toFixed(1)} s`)

const unscrapeErrors = results.reduce(
  (sum, result) => sum + (result.tools.unscrape?.errors.length ?? 0),
  0,
)
if (unscrapeErrors > 0) {
  console.error(`!! unscrape threw on ${unscrapeErrors} pages in all: see the lists above`)
}

if (options.json) {
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    limit: options.limit,
    seconds,
    datasets: results,
  }
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`report written to ${options.json}`)
}
