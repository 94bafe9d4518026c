// @ts-check
/**
 * Train the model of `furniture-score` (`src/clean/rules/furniture-model.ts`)
 * on the tuning sets, from the build: each page is cleaned with that rule
 * off, its leaf blocks get their structural features (`blockFeatures`), and
 * each block is labelled from the ground truth:
 *
 * - a set with `articleBody`: furniture when over 70% of the block's
 *   4-word shingles are not in the body, story when under 30% (blocks in
 *   between, and blocks of fewer than four words, are left out);
 * - a set with snippets only: furniture when the block holds (or is part
 *   of) a `without` snippet, story when a `with` snippet, left out when both
 *   or neither.
 *
 * The model is gradient-boosted trees on the logistic loss, with splits at
 * feature quantiles (`furniture-training.js`): deterministic, so a run on the
 * same data writes the same file.
 *
 *   npm run build
 *   node scripts/train-furniture-model.js [options] <dataset-dir> [<dataset-dir> …]
 *
 * Options (the defaults are the settings the model file was written with):
 *   --folds <k>        cross-validate instead of writing the model: pages are
 *                      dealt to k folds with all pages of a site in one fold;
 *                      each fold is scored by trees grown on the others
 *   --rounds <n> --depth <n> --rate <x> --min-leaf <n> --lambda <x> --min-pages <n>
 *   --weight <block|page|site>   how the labelled blocks are weighted: by
 *                      their length alone, or so that each page (or site)
 *                      weighs the same in total
 *   --drop <i,j,…>     features (indices into `blockFeatureNames`) the trees
 *                      may not split on
 *   --min-probability <x>   in cross-validation, the least probability at
 *                      which the rule would remove a block (default: the
 *                      rule's own, `furnitureGuards.minProbability`)
 *   --min-prose-probability <x>   the same for a block of prose
 *                      (`isProseBlock`; default `furnitureGuards.minProseProbability`)
 *   --cache <file>     keep the labelled blocks in a file and read them from
 *                      there on later runs (delete it after a rebuild)
 *
 * Choose settings by cross-validation on the tuning sets only, then write the
 * model and measure with `npm run bench:quality` on tuning and validation sets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { unified } from 'unified'
import { loadDataset, readPage } from '../bench/dataset.js'
import { collapseWhitespace, shingleScores, shingles, snippetScores } from '../bench/metrics.js'
import { blockFeatureNames, blockFeatures } from '../dist/clean/block-features.js'
import { withMeasures } from '../dist/clean/element.js'
import { furnitureGuards, isProseBlock } from '../dist/clean/rules/furniture-score.js'
import { rehypeUnscrapeClean, rehypeUnscrapeMetadata, unscrapeParseHtml } from '../dist/index.js'
import {
  defaultSettings,
  perGroup,
  probability,
  removals,
  siteFolds,
  siteOf,
  train,
} from './furniture-training.js'

const output = new URL('../src/clean/rules/furniture-model.ts', import.meta.url)

const { values: options, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string' },
    rounds: { type: 'string' },
    depth: { type: 'string' },
    rate: { type: 'string' },
    'min-leaf': { type: 'string' },
    lambda: { type: 'string' },
    'min-pages': { type: 'string' },
    weight: { type: 'string', default: 'block' },
    drop: { type: 'string' },
    cache: { type: 'string' },
    'min-probability': { type: 'string' },
    'min-prose-probability': { type: 'string' },
  },
})
if (dirs.length === 0 || !['block', 'page', 'site'].includes(options.weight ?? '')) {
  console.error(
    'usage: node scripts/train-furniture-model.js [--folds k] [--rounds n] [--depth n] [--rate x] [--min-leaf n] [--lambda x] [--min-pages n] [--weight block|page|site] [--drop i,j] [--min-probability x] [--min-prose-probability x] [--cache file] <dataset-dir> …',
  )
  process.exit(2)
}
/** @param {string | undefined} text @param {number} fallback */
const numberOr = (text, fallback) => (text === undefined ? fallback : Number(text))
const settings = {
  ...defaultSettings,
  rounds: numberOr(options.rounds, defaultSettings.rounds),
  depth: numberOr(options.depth, defaultSettings.depth),
  rate: numberOr(options.rate, defaultSettings.rate),
  minLeaf: numberOr(options['min-leaf'], defaultSettings.minLeaf),
  lambda: numberOr(options.lambda, defaultSettings.lambda),
  minPages: numberOr(options['min-pages'], defaultSettings.minPages),
}
const guards = {
  ...furnitureGuards,
  minProbability: numberOr(options['min-probability'], furnitureGuards.minProbability),
  minProseProbability: numberOr(
    options['min-prose-probability'],
    furnitureGuards.minProseProbability,
  ),
}
const dropped = (options.drop ?? '').split(',').filter(Boolean).map(Number)
const usable = blockFeatureNames.map((_, feature) => feature).filter((f) => !dropped.includes(f))

/**
 * A leaf block of a page as training and scoring need it.
 * @typedef {object} Block
 * @property {number[]} values Its features.
 * @property {number} size Non-space characters of its text.
 * @property {boolean} judged Whether the rule may judge it.
 * @property {0 | 1 | null} label Furniture (1), story (0) or left out.
 * @property {number} weight Its weight when labelled.
 * @property {number} story Its shingles in the article body (sets with one).
 * @property {number} junk Its shingles not in the article body.
 * @property {string} text Its text, whitespace collapsed.
 */

/**
 * A page and its blocks.
 * @typedef {object} Page
 * @property {string} site
 * @property {string | null} body The article body, or null for a snippet set.
 * @property {string[]} with
 * @property {string[]} without
 * @property {Block[]} blocks
 */

/** @type {Page[]} */
const pages =
  options.cache && existsSync(options.cache)
    ? JSON.parse(readFileSync(options.cache, 'utf8'))
    : extract(dirs)
if (options.cache && !existsSync(options.cache)) writeFileSync(options.cache, JSON.stringify(pages))

if (options.folds) crossValidate(Number(options.folds))
else writeModel()

/**
 * The `<body>` of a cleaned tree, as the clean stage's rules see it.
 * @param {import('hast').Root} tree
 * @returns {import('hast').Root | import('hast').Element}
 */
function bodyOf(tree) {
  for (const html of tree.children) {
    if (html.type !== 'element' || html.tagName !== 'html') continue
    for (const body of html.children) {
      if (body.type === 'element' && body.tagName === 'body') return body
    }
  }
  return tree
}

/**
 * Clean the pages of the datasets with the rule off and label their blocks.
 * @param {string[]} folders
 * @returns {Page[]}
 */
function extract(folders) {
  const processor = unified()
    .use(unscrapeParseHtml)
    .use(rehypeUnscrapeMetadata)
    .use(rehypeUnscrapeClean, { rules: { 'furniture-score': false } })
  /** @type {Page[]} */
  const found = []
  for (const dir of folders) {
    const { meta, truths } = loadDataset(dir)
    let labelled = 0
    for (const truth of truths) {
      const { html } = readPage(dir, truth.id, meta.encoding)
      const tree = /** @type {import('hast').Root} */ (processor.runSync(processor.parse(html)))
      const features = withMeasures(() => blockFeatures(bodyOf(tree)))
      const body = truth.articleBody ? new Set(shingles(truth.articleBody)) : undefined
      const wanted = (truth.with ?? []).map(collapseWhitespace)
      const unwanted = (truth.without ?? []).map(collapseWhitespace)
      /** @type {Block[]} */
      const blocks = []
      for (const block of features) {
        const words = block.text.split(' ').length
        /** @type {0 | 1 | null} */
        let label = null
        let weight = Math.sqrt(Math.max(words - 3, 0))
        let story = 0
        let junk = 0
        if (body) {
          const own = shingles(block.text)
          for (const shingle of own) body.has(shingle) ? story++ : junk++
          const foreign = junk / Math.max(own.length, 1)
          if (foreign >= 0.7) label = 1
          else if (foreign <= 0.3) label = 0
          weight = Math.sqrt(own.length)
        } else {
          const holds = (/** @type {string} */ snippet, /** @type {number} */ least) =>
            block.text.includes(snippet) || (snippet.length > least && snippet.includes(block.text))
          const isStory = wanted.some((snippet) => holds(snippet, 40))
          const isFurniture = unwanted.some((snippet) => holds(snippet, 20))
          if (isStory !== isFurniture) label = isFurniture ? 1 : 0
        }
        if (words < 4) label = null
        if (label !== null) labelled++
        blocks.push({
          values: block.values,
          size: block.size,
          judged: block.judged,
          label,
          weight,
          story,
          junk,
          text: block.text,
        })
      }
      found.push({
        site: siteOf(truth.url),
        body: truth.articleBody ?? null,
        with: wanted,
        without: unwanted,
        blocks,
      })
    }
    console.error(`${dir}: ${truths.length} pages, ${labelled} labelled blocks`)
  }
  return found
}

/**
 * The labelled blocks of some pages as training rows, weighted as asked.
 * @param {readonly Page[]} chosen
 */
function trainingSet(chosen) {
  /** @type {number[][]} */
  const rows = []
  /** @type {number[]} */
  const labels = []
  /** @type {number[]} */
  const weights = []
  /** @type {(string | number)[]} */
  const groups = []
  /** @type {number[]} */
  const pageOf = []
  chosen.forEach((page, index) => {
    for (const block of page.blocks) {
      if (block.label === null) continue
      rows.push(block.values)
      labels.push(block.label)
      weights.push(block.weight)
      pageOf.push(index)
      groups.push(options.weight === 'site' ? page.site || `#${index}` : index)
    }
  })
  return {
    rows,
    labels,
    weights: options.weight === 'block' ? weights : perGroup(weights, groups),
    pageOf,
  }
}

/**
 * Score each fold with trees grown on the others and print the held-out
 * figures: log-loss and accuracy over labelled blocks, and what the rule
 * would do to the pages, reading a page as its blocks' text — for sets with
 * an article body, the shingles of story and of junk it removes and the
 * shingle F1 without and with it; for snippet sets, the snippets it removes
 * and the snippet F1.
 * @param {number} folds
 */
function crossValidate(folds) {
  const foldOf = siteFolds(
    pages.map((page) => page.site),
    folds,
  )
  const totals = { loss: 0, right: 0, labelled: 0, story: 0, junk: 0 }
  /** @type {{off: import('../bench/metrics.js').Pair[], on: import('../bench/metrics.js').Pair[]}} */
  const shingle = { off: [], on: [] }
  /** @type {{off: import('../bench/metrics.js').SnippetItem[], on: import('../bench/metrics.js').SnippetItem[], lost: number, gone: number}} */
  const snippet = { off: [], on: [], lost: 0, gone: 0 }
  for (let fold = 0; fold < folds; fold++) {
    const { rows, labels, weights, pageOf } = trainingSet(
      pages.filter((_, i) => foldOf[i] !== fold),
    )
    const trees = train(rows, labels, weights, pageOf, settings, usable)
    pages.forEach((page, i) => {
      if (foldOf[i] !== fold) return
      const chances = page.blocks.map((block) => probability(trees, settings.rate, block.values))
      page.blocks.forEach((block, b) => {
        if (block.label === null) return
        const p = Math.min(Math.max(chances[b] ?? 0, 1e-6), 1 - 1e-6)
        totals.loss -= block.label ? Math.log(p) : Math.log(1 - p)
        if (p >= 0.5 === (block.label === 1)) totals.right++
        totals.labelled++
      })
      const gone = removals(
        page.blocks.map((block) => ({ ...block, prose: isProseBlock(block.text) })),
        chances,
        guards,
      )
      if (page.body !== null) {
        page.blocks.forEach((block, b) => {
          if (!gone[b]) return
          totals.story += block.story
          totals.junk += block.junk
        })
        const all = page.blocks.map((block) => block.text).join('\n')
        const kept = page.blocks
          .filter((_, b) => !gone[b])
          .map((block) => block.text)
          .join('\n')
        shingle.off.push({ truth: page.body, prediction: all })
        shingle.on.push({ truth: page.body, prediction: kept })
      } else {
        const all = page.blocks.map((block) => block.text).join(' ')
        const kept = page.blocks
          .filter((_, b) => !gone[b])
          .map((block) => block.text)
          .join(' ')
        snippet.off.push({ with: page.with, without: page.without, output: all })
        snippet.on.push({ with: page.with, without: page.without, output: kept })
        for (const wanted of page.with)
          if (all.includes(wanted) && !kept.includes(wanted)) snippet.lost++
        for (const unwanted of page.without)
          if (all.includes(unwanted) && !kept.includes(unwanted)) snippet.gone++
      }
    })
  }
  const f1 = (/** @type {import('../bench/metrics.js').Pair[]} */ pairs) => shingleScores(pairs).f1
  const snippetF1 = (/** @type {import('../bench/metrics.js').SnippetItem[]} */ items) =>
    snippetScores(items).f1
  const figures = [
    `log-loss ${(totals.loss / totals.labelled).toFixed(4)}`,
    `accuracy ${(totals.right / totals.labelled).toFixed(4)}`,
  ]
  if (shingle.off.length > 0) {
    figures.push(
      `body pages: story ${totals.story} junk ${totals.junk} shingles removed, F1 ${f1(shingle.off).toFixed(5)} -> ${f1(shingle.on).toFixed(5)}`,
    )
  }
  if (snippet.off.length > 0) {
    figures.push(
      `snippet pages: ${snippet.lost} wanted and ${snippet.gone} unwanted snippets removed, F1 ${snippetF1(snippet.off).toFixed(5)} -> ${snippetF1(snippet.on).toFixed(5)}`,
    )
  }
  console.log(`${folds} folds, ${JSON.stringify({ ...settings, weight: options.weight, dropped })}`)
  console.log(figures.join('; '))
}

/** Grow the trees on all pages and write the model file. */
function writeModel() {
  const { rows, labels, weights, pageOf } = trainingSet(pages)
  const trees = train(rows, labels, weights, pageOf, settings, usable)
  const source = `// Generated by \`node scripts/train-furniture-model.js\` from ${rows.length} labelled
// blocks of the tuning sets (${labels.filter(Boolean).length} furniture); do not edit.
// Settings: ${JSON.stringify({ ...settings, weight: options.weight, dropped })}.
// Each tree is a leaf value or [feature index, threshold, at or below, above, node value].
// Left out of formatting (biome.json): one tree a line.

/** The trees of \`furniture-score\`'s model, in the order they were grown. */
export type FurnitureTree = number | readonly [number, number, FurnitureTree, FurnitureTree, number]

/** A model for \`furniture-score\`: boosted trees over \`blockFeatureNames\`. */
export interface FurnitureModel {
  /** What each tree's leaf value is multiplied by before they are summed. */
  readonly rate: number
  /** The trees; the sum of their scaled leaves is the log-odds of furniture. */
  readonly trees: readonly FurnitureTree[]
}

/** The model \`furniture-score\` runs. */
export const furnitureModel: FurnitureModel = {
  rate: ${settings.rate},
  trees: [
    ${trees.map((tree) => JSON.stringify(tree)).join(',\n    ')},
  ],
}
`
  writeFileSync(output, source)
  console.error(
    `wrote ${output.pathname}: ${trees.length} trees over ${blockFeatureNames.length} features`,
  )
}
