// @ts-check
/**
 * Sentence-segmentation metrics for the sentence benchmark:
 *
 * - sentence F1: a predicted sentence counts when its trimmed text equals a
 *   gold sentence of the same paragraph (each gold sentence matched at most
 *   once); precision and recall are summed over all paragraphs;
 * - exact paragraphs: the share of paragraphs with more than one gold
 *   sentence whose predicted sentences are exactly the gold ones, in order.
 *
 * Every function here is pure: sentences in, numbers out.
 */

/**
 * A paragraph's gold sentences and a splitter's sentences for it.
 * @typedef {{gold: readonly string[], predicted: readonly string[]}} SentencePair
 */

/**
 * Sentence counts and scores over some paragraphs.
 * @typedef {object} SentenceScores
 * @property {number} gold Gold sentences.
 * @property {number} predicted Predicted sentences.
 * @property {number} matched Predicted sentences equal to a gold one.
 * @property {number} precision `matched / predicted`.
 * @property {number} recall `matched / gold`.
 * @property {number} f1 Harmonic mean of precision and recall.
 * @property {number} multi Paragraphs with more than one gold sentence.
 * @property {number} exact Of those, the paragraphs split exactly right.
 * @property {number} exactRate `exact / multi`.
 */

/**
 * How many predicted sentences equal a gold sentence (trimmed; each gold
 * sentence used at most once).
 * @param {readonly string[]} gold
 * @param {readonly string[]} predicted
 */
export function matchedSentences(gold, predicted) {
  /** @type {Map<string, number>} */
  const left = new Map()
  for (const sentence of gold) {
    const key = sentence.trim()
    left.set(key, (left.get(key) ?? 0) + 1)
  }
  let matched = 0
  for (const sentence of predicted) {
    const key = sentence.trim()
    const count = left.get(key) ?? 0
    if (count > 0) {
      matched++
      left.set(key, count - 1)
    }
  }
  return matched
}

/**
 * Whether the predicted sentences are exactly the gold ones, in order (trimmed).
 * @param {readonly string[]} gold
 * @param {readonly string[]} predicted
 */
export function splitExactly(gold, predicted) {
  return (
    gold.length === predicted.length &&
    gold.every((sentence, index) => sentence.trim() === predicted[index]?.trim())
  )
}

/**
 * Score a splitter over paragraphs.
 * @param {readonly SentencePair[]} pairs
 * @returns {SentenceScores}
 */
export function sentenceScores(pairs) {
  let gold = 0
  let predicted = 0
  let matched = 0
  let multi = 0
  let exact = 0
  for (const pair of pairs) {
    gold += pair.gold.length
    predicted += pair.predicted.length
    matched += matchedSentences(pair.gold, pair.predicted)
    if (pair.gold.length > 1) {
      multi++
      if (splitExactly(pair.gold, pair.predicted)) exact++
    }
  }
  const precision = predicted > 0 ? matched / predicted : 0
  const recall = gold > 0 ? matched / gold : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  const exactRate = multi > 0 ? exact / multi : 0
  return { gold, predicted, matched, precision, recall, f1, multi, exact, exactRate }
}
