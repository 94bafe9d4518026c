// @ts-check
/**
 * Sentence benchmark: split paragraphs with gold sentences and score
 * unscrape's `splitSentences` beside sentence-splitter alone and
 * `Intl.Segmenter`, with `sentence-metrics.js`.
 *
 *   npm run build
 *   npm run bench:sentences -- <folder or file.json> [--misses N] [--json report.json]
 *
 * A folder means every `*.json` file in it. Each file is a JSON array of
 * `{id, text, sentences: [string]}` paragraphs (the Universal Dependencies
 * paragraphs of the measuring data). `--misses N` prints the first N
 * paragraphs per file that `splitSentences` does not split exactly right.
 * The `ms` column is each splitter's time for the whole file, after a
 * warm-up pass; compare it within one run only.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { split } from 'sentence-splitter'
import { splitSentences } from '../dist/index.js'
import { fixed, readJsonFile } from './report.js'
import { sentenceScores, splitExactly } from './sentence-metrics.js'

/**
 * A paragraph with its gold sentences.
 * @typedef {{id: string, text: string, sentences: string[]}} GoldParagraph
 */

/**
 * @typedef {object} Options
 * @property {string[]} files
 * @property {string | null} json
 * @property {number} misses
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function readOptions(argv) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'string' },
        misses: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    })
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) usage()
  const misses = Number(values.misses ?? 0)
  if (!Number.isInteger(misses) || misses < 0) usage('--misses needs a whole number')
  const [path] = positionals
  if (path === undefined || positionals.length > 1) usage('name exactly one folder or data file')
  return { files: dataFiles(path), json: values.json ?? null, misses }
}

/**
 * The data files a path names: the file itself, or a folder's `*.json` files.
 * @param {string} path
 */
function dataFiles(path) {
  try {
    if (!statSync(path).isDirectory()) return [path]
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(path, name))
    if (files.length === 0) usage(`${path} holds no .json file`)
    return files
  } catch (error) {
    usage(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Print how to call the benchmark and exit.
 * @param {string} [problem]
 * @returns {never}
 */
function usage(problem) {
  if (problem) console.error(`bench:sentences: ${problem}`)
  console.error(
    'usage: npm run bench:sentences -- <folder or file.json> [--misses N] [--json report.json]',
  )
  process.exit(problem ? 2 : 0)
}

/**
 * Whether a value is a paragraph with its gold sentences.
 * @param {unknown} value
 * @returns {value is GoldParagraph}
 */
function isGoldParagraph(value) {
  if (value === null || typeof value !== 'object') return false
  const { text, sentences } = /** @type {{text?: unknown, sentences?: unknown}} */ (value)
  return (
    typeof text === 'string' &&
    Array.isArray(sentences) &&
    sentences.every((sentence) => typeof sentence === 'string')
  )
}

/**
 * Read one data file and check its shape enough to score it.
 * @param {string} file
 * @returns {GoldParagraph[]}
 */
function loadParagraphs(file) {
  const data = readJsonFile(file, usage)
  const bad = Array.isArray(data) ? data.findIndex((paragraph) => !isGoldParagraph(paragraph)) : 0
  if (bad !== -1) usage(`${file} is not an array of {text, sentences: [string]} (item ${bad})`)
  return /** @type {GoldParagraph[]} */ (data)
}

/** @type {Intl.Segmenter} */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * The splitters compared, each text in, trimmed non-empty sentences out.
 * @type {Array<{name: string, split: (text: string) => string[]}>}
 */
const splitters = [
  {
    name: 'unscrape splitSentences',
    split: (text) => splitSentences(text).map(({ start, end }) => text.slice(start, end)),
  },
  {
    name: 'sentence-splitter alone',
    split: (text) =>
      split(text)
        .filter((node) => node.type === 'Sentence')
        .map((node) => text.slice(node.range[0], node.range[1]).trim())
        .filter((sentence) => sentence !== ''),
  },
  {
    name: 'Intl.Segmenter',
    split: (text) =>
      Array.from(segmenter.segment(text), ({ segment }) => segment.trim()).filter(
        (sentence) => sentence !== '',
      ),
  },
]

/**
 * Score every splitter on one file. Each splits the file once unmeasured
 * first, so that no time counts loading or compiling code.
 * @param {readonly GoldParagraph[]} paragraphs
 */
function scoreFile(paragraphs) {
  return splitters.map(({ name, split: splitter }) => {
    for (const paragraph of paragraphs) splitter(paragraph.text)
    const began = performance.now()
    const predicted = paragraphs.map((paragraph) => splitter(paragraph.text))
    const ms = performance.now() - began
    const scores = sentenceScores(
      paragraphs.map((paragraph, index) => ({
        gold: paragraph.sentences,
        predicted: predicted[index] ?? [],
      })),
    )
    return { name, ms, scores, predicted }
  })
}

const options = readOptions(process.argv.slice(2))
/** @type {Record<string, Array<{name: string, ms: number, scores: import('./sentence-metrics.js').SentenceScores}>>} */
const report = {}
for (const file of options.files) {
  const paragraphs = loadParagraphs(file)
  const results = scoreFile(paragraphs)
  const [first] = results
  console.log('')
  console.log(
    `== ${basename(file)}: ${paragraphs.length} paragraphs, ${first?.scores.gold ?? 0} sentences, ` +
      `${first?.scores.multi ?? 0} with more than one`,
  )
  console.log(
    [
      'splitter'.padEnd(26),
      'P'.padStart(6),
      'R'.padStart(6),
      'F1'.padStart(6),
      'exact paragraphs'.padStart(22),
      'ms'.padStart(8),
    ].join(' '),
  )
  for (const { name, ms, scores } of results) {
    console.log(
      [
        name.padEnd(26),
        fixed(scores.precision).padStart(6),
        fixed(scores.recall).padStart(6),
        fixed(scores.f1).padStart(6),
        `${fixed(scores.exactRate)} (${scores.exact}/${scores.multi})`.padStart(22),
        fixed(ms, 1).padStart(8),
      ].join(' '),
    )
  }
  if (options.misses > 0 && first) {
    const wrong = paragraphs
      .map((paragraph, index) => ({ paragraph, predicted: first.predicted[index] ?? [] }))
      .filter(({ paragraph, predicted }) => !splitExactly(paragraph.sentences, predicted))
    console.log(`-- ${wrong.length} paragraphs split wrong; the first ${options.misses}:`)
    for (const { paragraph, predicted } of wrong.slice(0, options.misses)) {
      console.log(`   ${paragraph.id}`)
      console.log(`   gold: ${paragraph.sentences.join(' ‖ ')}`)
      console.log(`   ours: ${predicted.join(' ‖ ')}`)
    }
  }
  report[basename(file)] = results.map(({ name, ms, scores }) => ({ name, ms, scores }))
}
if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
