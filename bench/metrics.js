// @ts-check
/**
 * Article-extraction quality metrics used by the benchmark, written to match three
 * public benchmarks exactly:
 *
 * - `shingle`: the scrapinghub article-extraction-benchmark (4-gram shingle overlap);
 * - `wordf1`: the WCXB web-content-extraction-benchmark (bag-of-words F1 per page);
 * - `snippet`: the trafilatura evaluation (snippets that must / must not appear).
 *
 * Every function here is pure: text in, numbers out.
 */

/**
 * A page's reference text and a tool's output for it.
 * @typedef {{truth: string, prediction: string}} Pair
 */

/**
 * A tool's output for a page and the page's snippets.
 * @typedef {{output: string, with: readonly string[], without: readonly string[]}} SnippetItem
 */

/**
 * Precision, recall and F1.
 * @typedef {{precision: number, recall: number, f1: number}} Prf
 */

/**
 * Shingle overlap of one page, normalised so that `tp + fp + fn` is 1
 * (all three stay 0 when the page has no shingle at all).
 * @typedef {{tp: number, fp: number, fn: number}} ShinglePage
 */

/**
 * Snippet counts, summed over pages or for one page.
 * @typedef {{tp: number, fp: number, fn: number, tn: number}} SnippetCounts
 */

/** The number of tokens in one shingle. */
export const SHINGLE_SIZE = 4

/**
 * Tokens for the shingle metric: runs of letters, digits and underscores (Python's
 * Unicode `\w`), case kept, everything else dropped.
 * @param {string} text
 * @returns {string[]}
 */
export function shingleTokens(text) {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? []
}

/**
 * Shingles of a text: every run of `SHINGLE_SIZE` consecutive tokens. A text with
 * fewer tokens than that but at least one gives a single shorter shingle; a text
 * with no token gives none. Shingles are returned as keys joined with a space
 * (tokens never contain one).
 * @param {string} text
 * @param {number} [size]
 * @returns {string[]}
 */
export function shingles(text, size = SHINGLE_SIZE) {
  const tokens = shingleTokens(text)
  if (tokens.length === 0) return []
  const count = Math.max(1, tokens.length - size + 1)
  /** @type {string[]} */
  const result = []
  for (let index = 0; index < count; index++) {
    result.push(tokens.slice(index, index + size).join(' '))
  }
  return result
}

/**
 * Count each distinct item of a list.
 * @param {readonly string[]} items
 * @returns {Map<string, number>}
 */
function countItems(items) {
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return counts
}

/**
 * Multiset overlap of two bags: `tp` items in both, `fp` only in the predicted
 * bag, `fn` only in the true bag (each counted with multiplicity).
 * @param {Map<string, number>} truth
 * @param {Map<string, number>} prediction
 * @returns {{tp: number, fp: number, fn: number}}
 */
function bagOverlap(truth, prediction) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, trueCount] of truth) {
    const predCount = prediction.get(key) ?? 0
    tp += Math.min(trueCount, predCount)
    fn += Math.max(0, trueCount - predCount)
  }
  for (const [key, predCount] of prediction) {
    fp += Math.max(0, predCount - (truth.get(key) ?? 0))
  }
  return { tp, fp, fn }
}

/**
 * Shingle overlap of one page, with `tp`, `fp` and `fn` each divided by their sum
 * (left at 0 when the sum is 0).
 * @param {string} truth
 * @param {string} prediction
 * @returns {ShinglePage}
 */
export function shinglePage(truth, prediction) {
  const { tp, fp, fn } = bagOverlap(countItems(shingles(truth)), countItems(shingles(prediction)))
  const sum = tp + fp + fn
  if (sum === 0) return { tp, fp, fn }
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum }
}

/**
 * The F1 of one page under the shingle metric: harmonic mean of `tp/(tp+fp)` and
 * `tp/(tp+fn)`, with a missing ratio taken as 0. Only for studying single pages:
 * the benchmark's own F1 comes from `shingleScores`.
 * @param {ShinglePage} page
 * @returns {number}
 */
export function shinglePageF1(page) {
  const precision = page.tp + page.fp > 0 ? page.tp / (page.tp + page.fp) : 0
  const recall = page.tp + page.fn > 0 ? page.tp / (page.tp + page.fn) : 0
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/**
 * Mean of a list, or 0 for an empty list.
 * @param {readonly number[]} values
 * @returns {number}
 */
function mean(values) {
  if (values.length === 0) return 0
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/**
 * The shingle metric over a set of pages. Precision is the mean of `tp/(tp+fp)`
 * over the pages where `tp+fp > 0`, recall the mean of `tp/(tp+fn)` over the pages
 * where `tp+fn > 0` (using each page's normalised counts), and F1 the harmonic mean
 * of those two means. A mean over no page is 0.
 * @param {readonly Pair[]} pairs
 * @returns {Prf & {pages: number}}
 */
export function shingleScores(pairs) {
  /** @type {number[]} */
  const precisions = []
  /** @type {number[]} */
  const recalls = []
  for (const { truth, prediction } of pairs) {
    const { tp, fp, fn } = shinglePage(truth, prediction)
    if (tp + fp > 0) precisions.push(tp / (tp + fp))
    if (tp + fn > 0) recalls.push(tp / (tp + fn))
  }
  const precision = mean(precisions)
  const recall = mean(recalls)
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, pages: pairs.length }
}

/**
 * Tokens for the word-F1 metric: the text lower-cased, then every match of
 * JavaScript's `/\w+/g` — ASCII letters, digits and underscore only, so other
 * letters split words and are dropped.
 * @param {string} text
 * @returns {string[]}
 */
export function wordTokens(text) {
  return text.toLowerCase().match(/\w+/g) ?? []
}

/**
 * Bag-of-words precision, recall and F1 of one page. Precision is 0 when the
 * prediction has no word, recall 0 when the truth has none, F1 0 when both are 0.
 * @param {string} truth
 * @param {string} prediction
 * @returns {Prf}
 */
export function wordF1Page(truth, prediction) {
  const trueWords = wordTokens(truth)
  const predWords = wordTokens(prediction)
  const { tp } = bagOverlap(countItems(trueWords), countItems(predWords))
  const precision = predWords.length > 0 ? tp / predWords.length : 0
  const recall = trueWords.length > 0 ? tp / trueWords.length : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/**
 * The word-F1 metric over a set of pages: precision, recall and F1 are each the
 * plain mean of the per-page values from `wordF1Page` over all pages.
 * @param {readonly Pair[]} pairs
 * @returns {Prf & {pages: number}}
 */
export function wordF1Scores(pairs) {
  const pages = pairs.map(({ truth, prediction }) => wordF1Page(truth, prediction))
  return {
    precision: mean(pages.map((page) => page.precision)),
    recall: mean(pages.map((page) => page.recall)),
    f1: mean(pages.map((page) => page.f1)),
    pages: pairs.length,
  }
}

/**
 * Collapse every run of whitespace to one space and trim the ends.
 * @param {string} text
 * @returns {string}
 */
export function collapseWhitespace(text) {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Snippet counts of one page: a `with` snippet found in the output is a true
 * positive, one missing a false negative; a `without` snippet found is a false
 * positive, one missing a true negative. Output and snippets have their
 * whitespace collapsed first; the test is a case-sensitive substring test.
 * @param {SnippetItem} item
 * @returns {SnippetCounts & {missed: string[], leaked: string[]}}
 */
export function snippetPage(item) {
  const output = collapseWhitespace(item.output)
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  /** @type {string[]} */
  const missed = []
  /** @type {string[]} */
  const leaked = []
  for (const snippet of item.with) {
    if (output.includes(collapseWhitespace(snippet))) tp++
    else {
      fn++
      missed.push(snippet)
    }
  }
  for (const snippet of item.without) {
    if (output.includes(collapseWhitespace(snippet))) {
      fp++
      leaked.push(snippet)
    } else tn++
  }
  return { tp, fp, fn, tn, missed, leaked }
}

/**
 * The snippet metric over a set of pages: counts summed over all pages, then
 * precision `tp/(tp+fp)`, recall `tp/(tp+fn)`, F1 `2tp/(2tp+fp+fn)` and accuracy
 * `(tp+tn)/(tp+fp+fn+tn)` (each 0 when its denominator is 0).
 * @param {readonly SnippetItem[]} items
 * @returns {Prf & SnippetCounts & {accuracy: number, pages: number}}
 */
export function snippetScores(items) {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const item of items) {
    const page = snippetPage(item)
    tp += page.tp
    fp += page.fp
    fn += page.fn
    tn += page.tn
  }
  /**
   * @param {number} numerator
   * @param {number} denominator
   */
  const ratio = (numerator, denominator) => (denominator > 0 ? numerator / denominator : 0)
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    tp,
    fp,
    fn,
    tn,
    pages: items.length,
  }
}
