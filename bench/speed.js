// @ts-check
/**
 * Speed benchmark: time `clean()` per page and per stage on saved pages, and,
 * interleaved page by page in the same process, the floor of any rehype-based
 * pipeline (`rehype-parse` + `hast-util-to-text` of the page), Mozilla
 * Readability on linkedom, and `clean()` with sentences and quotes off
 * (extraction and Markdown only). Reports medians over several rounds as
 * ratios: these machines are noisy, so ratios of interleaved runs are what
 * compare. Speed that loses quality does not count, so it also prints each
 * contender's word F1 against the pages' ground truth. The time per stage
 * and the share of sentence splitting come from rounds of their own, after
 * those.
 *
 *   npm run build
 *   npm run bench -- <dataset-dir> [<dataset-dir> …] [--rounds 3] [--limit N] [--json report.json]
 *     [--baseline path/to/other/dist/index.js]
 *
 * `--baseline` also times the `clean()` of another build (say, of an earlier
 * commit, built in a worktree), everything on and extraction only,
 * interleaved with the rest, and prints this build's times as ratios of
 * its: how much a change costs.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { toText } from 'hast-util-to-text'
import { parseHTML } from 'linkedom'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import {
  clean,
  markdownSettings,
  rehypeUnscrapeBodyMetadata,
  rehypeUnscrapeClean,
  rehypeUnscrapeMetadata,
  remarkUnscrapeQuotes,
  remarkUnscrapeStructure,
  unscrapeParseHtml,
} from '../dist/index.js'
import { splitSentences } from '../dist/shared/sentences.js'
import { createFlowHandover } from '../dist/to-mdast/minified-flow.js'
import { rehypeUnscrapeMinifyWhitespace } from '../dist/to-mdast/rehype-unscrape-minify-whitespace.js'
import { rehypeUnscrapeSlimTree } from '../dist/to-mdast/rehype-unscrape-slim-tree.js'
import { toMdastOptionsFor } from '../dist/to-mdast/to-mdast-options.js'
import { loadDataset, readPage } from './dataset.js'
import { wordF1Scores } from './metrics.js'
import { fixed, median } from './report.js'

const args = process.argv.slice(2)
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const index = args.indexOf(name)
  if (index === -1) return fallback
  const value = args[index + 1] ?? fallback
  args.splice(index, 2)
  return value
}
const rounds = Number(option('--rounds', '3'))
const limit = Number(option('--limit', 'Infinity'))
const jsonPath = option('--json', '')
const baselinePath = option('--baseline', '')
if (args.length === 0) {
  console.error(
    'Usage: npm run bench -- <dataset-dir> [<dataset-dir> …] [--rounds 3] [--limit N] [--json report.json] [--baseline other/dist/index.js]',
  )
  process.exit(2)
}
/** The `clean()` of the build to compare with, when `--baseline` names one. */
const baselineClean = baselinePath
  ? /** @type {typeof clean} */ ((await import(resolve(baselinePath))).clean)
  : null

/** @type {string[]} */
const pages = []
/** @type {(string | null)[]} */
const bodies = []
for (const dir of args) {
  const dataset = loadDataset(dir)
  for (const truth of dataset.truths.slice(0, limit)) {
    pages.push(readPage(dir, truth.id, dataset.meta.encoding).html)
    bodies.push(truth.articleBody)
  }
}
const contenders = [
  'floor',
  'readability',
  'unscrape',
  'extraction',
  ...(baselineClean ? ['baseline', 'baselineExtraction'] : []),
]
/** Each contender's output text per page, from the first round. @type {Record<string, string[]>} */
const outputs = Object.fromEntries(contenders.map((name) => [name, []]))

const parser = unified().use(rehypeParse)
// As in `clean()`: no source positions unless removal places are asked for.
const stageParser = unified().use(unscrapeParseHtml, { positions: false })
const handover = createFlowHandover()
const toMdast = unified()
  .use(rehypeUnscrapeSlimTree)
  .use(rehypeUnscrapeMinifyWhitespace, handover)
  .use(rehypeRemark, toMdastOptionsFor(handover))
const stringifier = unified().use(remarkGfm).use(remarkStringify, markdownSettings)
const stageNames = [
  'parse',
  'metadata',
  'clean',
  'bodyMetadata',
  'toMdast',
  'structure',
  'quotes',
  'markdown',
]

/** @type {Record<string, () => void>} */
let tasks = {}
/** Random numbers in [0, 1) from a fixed seed (mulberry32): the same orders on every run. */
const random = (() => {
  let state = 0x2545f491
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
})()
/** @type {Record<string, number[][]>} */
const times = {}
/** The paragraph texts of each page's article, from the first round. @type {string[][]} */
const paragraphs = []
let peakRss = process.memoryUsage().rss

for (let round = 0; round < rounds; round++) {
  /** @type {Record<string, number[]>} */
  const roundTimes = {}
  const record = (/** @type {string} */ name, /** @type {number} */ ms) => {
    roundTimes[name] ??= []
    roundTimes[name].push(ms)
  }
  pages.forEach((html) => {
    /** @type {import('../dist/index.js').Article | undefined} */
    let article
    /** @type {Record<string, string>} */
    const texts = {}
    tasks = {
      floor: () => {
        texts.floor = toText(parser.parse(html))
      },
      readability: () => {
        texts.readability = new Readability(parseHTML(html).document).parse()?.textContent ?? ''
      },
      unscrape: () => {
        article = clean(html, { format: 'html' })
        texts.unscrape = article.text
      },
      extraction: () => {
        texts.extraction = clean(html, { format: 'html', sentences: false, quotes: false }).text
      },
    }
    if (baselineClean) {
      tasks.baseline = () => {
        texts.baseline = baselineClean(html, { format: 'html' }).text
      }
      tasks.baselineExtraction = () => {
        texts.baselineExtraction = baselineClean(html, {
          format: 'html',
          sentences: false,
          quotes: false,
        }).text
      }
    }
    // A new order for every page, so that drift within a page and the
    // garbage one tool leaves for the next to collect fall on every tool
    // alike: in a fixed rotation each tool always follows the same one, and
    // a build compared with itself came out 5-9% apart.
    for (const name of shuffled(Object.keys(tasks), random)) {
      const start = performance.now()
      tasks[name]?.()
      record(name, performance.now() - start)
    }
    if (round === 0) {
      for (const name of contenders) outputs[name]?.push(texts[name] ?? '')
      paragraphs.push(paragraphTexts(article?.sections ?? []))
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  })
  keep(roundTimes)
}

// The stage times and the sentence share come from rounds of their own.
// Timed in the rounds above, they ran this build's code twice as often as
// the baseline's, and a build compared with itself read 0.92× (extraction
// only 0.99×); apart, 1.01-1.04× (1.03-1.04×) in three runs.
for (let round = 0; round < rounds; round++) {
  /** @type {Record<string, number[]>} */
  const roundTimes = {}
  const record = (/** @type {string} */ name, /** @type {number} */ ms) => {
    roundTimes[name] ??= []
    roundTimes[name].push(ms)
  }
  pages.forEach((html, index) => {
    stages(html, record)
    // How much of clean() goes to splitting sentences: the same function
    // over the same paragraphs, timed on its own.
    const start = performance.now()
    for (const text of paragraphs[index] ?? []) splitSentences(text)
    record('sentences', performance.now() - start)
  })
  keep(roundTimes)
}

/**
 * Add one round's times per page to `times`.
 * @param {Record<string, number[]>} roundTimes
 */
function keep(roundTimes) {
  for (const [name, values] of Object.entries(roundTimes)) {
    times[name] ??= []
    times[name].push(values)
  }
}

/**
 * A shuffled copy (Fisher–Yates).
 * @template T
 * @param {readonly T[]} items
 * @param {() => number} next Random numbers in [0, 1).
 * @returns {T[]}
 */
function shuffled(items, next) {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[copy[index], copy[other]] = [/** @type {T} */ (copy[other]), /** @type {T} */ (copy[index])]
  }
  return copy
}

/**
 * Run the stages one by one, as `clean()` does, timing each.
 * @param {string} html
 * @param {(name: string, ms: number) => void} record
 */
function stages(html, record) {
  const file = new VFile()
  /**
   * Run one stage and record its time.
   * @template T
   * @param {string} name
   * @param {() => T} stage
   * @returns {T}
   */
  const timed = (name, stage) => {
    const start = performance.now()
    const result = stage()
    record(name, performance.now() - start)
    return result
  }
  const tree = timed('parse', () => stageParser.parse(html))
  timed('metadata', () => rehypeUnscrapeMetadata()(tree, file))
  timed('clean', () => rehypeUnscrapeClean()(tree, file))
  timed('bodyMetadata', () => rehypeUnscrapeBodyMetadata()(tree, file))
  const mdast = timed(
    'toMdast',
    () => /** @type {import('mdast').Root} */ (toMdast.runSync(tree, file)),
  )
  timed('structure', () => remarkUnscrapeStructure()(mdast, file))
  timed('quotes', () => remarkUnscrapeQuotes()(mdast, file))
  timed('markdown', () => stringifier.stringify(mdast))
}

/**
 * The texts of every paragraph, in lists and quotes too.
 * @param {import('../dist/index.js').Section[]} sections
 * @returns {string[]}
 */
function paragraphTexts(sections) {
  /** @type {string[]} */
  const texts = []
  /** @param {import('../dist/index.js').Block[]} blocks */
  const visit = (blocks) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') texts.push(block.text)
      else if (block.type === 'list') for (const item of block.items) visit(item.blocks)
      else if (block.type === 'blockquote') visit(block.blocks)
    }
  }
  for (const section of sections) {
    visit(section.blocks)
    texts.push(...paragraphTexts(section.sections))
  }
  return texts
}

/** @param {number[]} values */
function sum(values) {
  return values.reduce((total, value) => total + value, 0)
}

/** Median over rounds of each round's median per page. */
const medians = Object.fromEntries(
  Object.entries(times).map(([name, perRound]) => [name, median(perRound.map(median))]),
)
/** Median over rounds of each round's ratio of medians. */
const ratio = (/** @type {string} */ a, /** @type {string} */ b) =>
  median((times[a] ?? []).map((values, round) => median(values) / median(times[b]?.[round] ?? [1])))
/** Median over rounds of the time splitting adds to the rest of clean(). */
const sentenceShare = median(
  (times.sentences ?? []).map((values, round) => {
    const split = sum(values)
    return split / (sum(times.unscrape?.[round] ?? []) - split)
  }),
)

/** Word F1 of each contender over the pages that have a ground-truth body. */
const quality = Object.fromEntries(
  contenders.map((name) => {
    const pairs = bodies.flatMap((truth, index) =>
      truth === null ? [] : [{ truth, prediction: outputs[name]?.[index] ?? '' }],
    )
    return [name, wordF1Scores(pairs).f1]
  }),
)

const format = (/** @type {number} */ value) => value.toFixed(2)
console.log(`${pages.length} pages, ${rounds} rounds (median of per-round medians, ms per page)`)
console.log(`  ${''.padEnd(14)} ms      word F1`)
for (const name of contenders) {
  console.log(
    `  ${name.padEnd(14)} ${format(medians[name] ?? 0).padEnd(7)} ${fixed(quality[name] ?? 0)}`,
  )
}
console.log('  stages:')
for (const name of stageNames) console.log(`    ${name.padEnd(12)} ${format(medians[name] ?? 0)}`)
console.log(
  `unscrape / floor (rehype-parse + hast-util-to-text): ${format(ratio('unscrape', 'floor'))}x`,
)
console.log(`unscrape / Readability on linkedom: ${format(ratio('unscrape', 'readability'))}x`)
console.log(
  `extraction only (sentences, quotes off) / floor: ${format(ratio('extraction', 'floor'))}x, ` +
    `/ Readability: ${format(ratio('extraction', 'readability'))}x`,
)
if (baselineClean) {
  console.log(
    `unscrape / baseline (${baselinePath}): ${format(ratio('unscrape', 'baseline'))}x, ` +
      `extraction only: ${format(ratio('extraction', 'baselineExtraction'))}x`,
  )
}
console.log(`sentence splitting adds ${(sentenceShare * 100).toFixed(1)}% to the rest of clean()`)
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`)

if (jsonPath) {
  writeFileSync(
    jsonPath,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        pages: pages.length,
        rounds,
        medians,
        ratios: {
          unscrapeToFloor: ratio('unscrape', 'floor'),
          unscrapeToReadability: ratio('unscrape', 'readability'),
          extractionToFloor: ratio('extraction', 'floor'),
          extractionToReadability: ratio('extraction', 'readability'),
          ...(baselineClean
            ? {
                unscrapeToBaseline: ratio('unscrape', 'baseline'),
                extractionToBaseline: ratio('extraction', 'baselineExtraction'),
              }
            : {}),
        },
        wordF1: quality,
        sentenceShare,
        peakRssBytes: peakRss,
      },
      null,
      2,
    )}\n`,
  )
}
