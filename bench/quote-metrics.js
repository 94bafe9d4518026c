// @ts-check
/**
 * Quote-extraction metrics for the quote benchmark (`bench/quotes.js`).
 *
 * Gold quotes carry offsets into the benchmark's input text, predicted quotes
 * carry offsets into `Article.text` (the cleaned text), so quotes are matched by
 * their TEXT, never by offsets:
 *
 * - both texts are normalised (`normaliseQuoteText`);
 * - a prediction matches a gold quote **exactly** when the normalised texts are
 *   equal, and **overlaps** it when their token sets (lower-cased `\w+` tokens)
 *   have a Jaccard index of at least 0.5, or one normalised text contains the
 *   other and the contained one has at least 3 tokens;
 * - gold and predicted quotes of one article are paired one to one, greedily,
 *   best pair first (`matchQuotes`).
 *
 * Scores come in three families, each reported on its own:
 *
 * | family   | gold kind  | predictions counted for precision |
 * |----------|------------|-----------------------------------|
 * | direct   | `direct`   | `direct` and `partial`            |
 * | mixed    | `mixed`    | `partial`                         |
 * | indirect | `indirect` | `indirect`                        |
 *
 * Recall counts the family's gold quotes matched by a prediction of any kind.
 * Precision counts the family's predictions that matched one of its gold
 * quotes; a counted prediction that matched nothing in the family but did
 * match a gold quote of another family (a `partial` quote of a `mixed` gold
 * quote, seen from the direct family) is set aside as `elsewhere` rather than
 * counted wrong; at the overlap level so is a `partial` prediction whose
 * words lie inside a gold quote of another family (a fragment of a `mixed`
 * statement: `called it "disgusting"` where the gold quote is the whole
 * reported statement), which the overlap rule cannot match when the
 * fragment has fewer than 3 tokens.
 * `precisionAll` is the stricter reading that counts those as wrong too.
 *
 * Every function here is pure: data in, numbers out.
 */
import { wordTokens } from './metrics.js'

/** @typedef {'direct' | 'mixed' | 'indirect'} GoldKind */
/** @typedef {'direct' | 'partial' | 'indirect'} PredictedKind */
/** @typedef {'exact' | 'overlap'} Level */

/**
 * One annotated quote of the benchmark data.
 * @typedef {object} GoldQuote
 * @property {string} id
 * @property {string} quote The quote as annotated (its spans joined by a space).
 * @property {string | null} speaker The source as written (often a pronoun), or `null`.
 * @property {string | null} cue The verb of saying as written.
 * @property {GoldKind} kind
 * @property {ReadonlyArray<readonly [number, number]>} quoteSpans `[start, end)` offsets into the article's `text`.
 * @property {ReadonlyArray<readonly [number, number]>} speakerSpans
 * @property {ReadonlyArray<readonly [number, number]>} cueSpans
 */

/**
 * One article of the benchmark data.
 * @typedef {object} GoldArticle
 * @property {string} id
 * @property {string} date Publication date, `YYYY-MM-DD`.
 * @property {string} [publisher]
 * @property {string} [title]
 * @property {string} [annotator]
 * @property {string} text
 * @property {readonly GoldQuote[]} quotes
 */

/**
 * The parts of an unscrape `Quote` the metrics read (an `Article`'s quotes fit).
 * @typedef {object} PredictedQuote
 * @property {string} text
 * @property {PredictedKind} kind
 * @property {{name: string} | null} speaker
 * @property {string | null} cue
 * @property {{value: string | null} | null} date
 */

/**
 * A normalised quote text and its token set, ready for comparison.
 * @typedef {object} PreparedQuote
 * @property {string} text The normalised text.
 * @property {ReadonlySet<string>} tokens Its distinct lower-cased `\w+` tokens.
 * @property {number} count How many tokens it has (repeats counted).
 */

/**
 * How two quote texts compare.
 * @typedef {object} Comparison
 * @property {boolean} exact The normalised texts are equal (and not empty).
 * @property {boolean} overlap `exact`, or Jaccard ≥ 0.5, or containment with ≥ 3 tokens.
 * @property {number} jaccard Jaccard index of the token sets.
 */

/**
 * One gold–prediction pair chosen by `matchQuotes`.
 * @typedef {object} Match
 * @property {number} gold Index into the gold list.
 * @property {number} pred Index into the prediction list.
 * @property {boolean} exact
 * @property {number} jaccard
 */

/**
 * Counts of one family at one level (exact or overlap).
 * @typedef {object} LevelCounts
 * @property {number} gold Gold quotes of the family.
 * @property {number} found Gold quotes matched by a prediction of any kind (recall numerator).
 * @property {number} predicted Predictions of the kinds the family counts.
 * @property {number} correct Counted predictions matched to a gold quote of the family.
 * @property {number} elsewhere Counted predictions unmatched here but matched in another family.
 */

/**
 * Precision, recall and F1 of one family at one level, with the counts.
 * @typedef {LevelCounts & {precision: number, precisionAll: number, recall: number, f1: number}} LevelScores
 */

/**
 * Counts of one family in one article.
 * @typedef {object} FamilyCounts
 * @property {LevelCounts} exact
 * @property {LevelCounts} overlap
 * @property {number} reachable Gold quotes whose every span is still in the cleaned text.
 */

/**
 * Speaker counts on direct quotes matched at the overlap level.
 * @typedef {object} SpeakerCounts
 * @property {{total: number, predicted: number, correct: number}} named Gold speaker is a name or description.
 * @property {{total: number, predicted: number, plausible: number}} pronoun Gold speaker is a pronoun.
 * @property {number} noGold Matched direct quotes whose gold speaker is missing.
 */

/**
 * Cue counts on matched quotes of one family.
 * @typedef {{total: number, correct: number}} CueCounts
 */

/**
 * Date counts on matched quotes of one family.
 * @typedef {{total: number, withValue: number, notAfter: number}} DateCounts
 */

/**
 * A gold quote no prediction matched.
 * @typedef {object} Miss
 * @property {string} id
 * @property {GoldKind} kind
 * @property {string} text
 * @property {string | null} speaker
 * @property {string | null} cue
 * @property {boolean} reachable Whether its text is still in the cleaned text.
 */

/**
 * A gold quote matched only at the overlap level, with the prediction it got.
 * @typedef {object} NearMiss
 * @property {string} id
 * @property {GoldKind} kind
 * @property {string} gold
 * @property {string} predicted
 * @property {PredictedKind} predictedKind
 * @property {number} jaccard
 */

/**
 * A prediction that matched no gold quote at all.
 * @typedef {object} Unmatched
 * @property {PredictedKind} kind
 * @property {string} text
 * @property {string | null} speaker
 * @property {string | null} cue
 */

/**
 * Everything measured on one article.
 * @typedef {object} ArticleScore
 * @property {string} id
 * @property {number} predicted Predictions of any kind.
 * @property {Record<PredictedKind, number>} predictedByKind
 * @property {Record<GoldKind, FamilyCounts>} families
 * @property {SpeakerCounts} speaker
 * @property {Record<GoldKind, CueCounts>} cue
 * @property {Record<GoldKind, DateCounts>} date
 * @property {Miss[]} missed
 * @property {NearMiss[]} near
 * @property {Unmatched[]} unmatched
 */

/**
 * The score families: which gold kind each scores and which predicted kinds
 * its precision counts.
 * @type {ReadonlyArray<{kind: GoldKind, counts: readonly PredictedKind[]}>}
 */
export const FAMILIES = [
  { kind: 'direct', counts: ['direct', 'partial'] },
  { kind: 'mixed', counts: ['partial'] },
  { kind: 'indirect', counts: ['indirect'] },
]

/** How many characters before a quote are searched for a pronoun's antecedent. */
export const PRONOUN_WINDOW = 600

/** Double quote marks of every style. */
const DOUBLE_QUOTES = /["“”„‟«»〝〞＂]/gu
/** Single quote marks and apostrophes of every style; they become `'`. */
const SINGLE_QUOTES = /[‘’‚‛ʼ`´]/gu
/** Characters that take no room: soft hyphen, zero-width space and joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu
/** Whitespace and punctuation at either end of a text. */
const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu

/**
 * Normalise a quote text for comparison: Unicode NFC; invisible characters
 * removed; curly, low and angle single quotes and apostrophes made `'`;
 * double quote marks of every style removed (they carry no words); commas
 * before a space or the end removed; whitespace collapsed to one space;
 * whitespace and punctuation trimmed from both ends. Case is kept.
 *
 * Commas go because the pieces of an interrupted quote (`“A,” she said, “B.”`)
 * are joined with the attribution's comma (`A, B.`) or without it (`A B.`)
 * depending on the writer, the annotator or the extractor, while the words
 * and their order — what the exact match is about — are the same. Commas
 * inside numbers ("1,000") stay.
 * @param {string} text
 * @returns {string}
 */
export function normaliseQuoteText(text) {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '')
    .replace(/,(?=\s|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(EDGES, '')
}

/**
 * Normalise a text and collect its tokens (lower-cased `\w+`, as `wordTokens`).
 * @param {string} text
 * @returns {PreparedQuote}
 */
export function prepareQuote(text) {
  const normalised = normaliseQuoteText(text)
  const tokens = wordTokens(normalised)
  return { text: normalised, tokens: new Set(tokens), count: tokens.length }
}

/**
 * Compare two prepared quote texts.
 * @param {PreparedQuote} a
 * @param {PreparedQuote} b
 * @returns {Comparison}
 */
export function compareQuotes(a, b) {
  const exact = a.text !== '' && a.text === b.text
  let shared = 0
  for (const token of a.tokens) if (b.tokens.has(token)) shared++
  const union = a.tokens.size + b.tokens.size - shared
  const jaccard = union > 0 ? shared / union : 0
  const contained =
    (a.count >= 3 && b.text.includes(a.text)) || (b.count >= 3 && a.text.includes(b.text))
  return { exact, overlap: exact || jaccard >= 0.5 || contained, jaccard }
}

/**
 * Pair gold and predicted quotes one to one. Every overlapping pair is a
 * candidate; candidates are taken greedily, best first: exact pairs before
 * the others, then higher Jaccard, then (on a tie) a prediction that
 * `preferred` accepts, then earlier gold, then earlier prediction. A taken
 * pair uses up both of its quotes.
 * @param {readonly PreparedQuote[]} golds
 * @param {readonly PreparedQuote[]} preds
 * @param {(predIndex: number) => boolean} [preferred]
 * @returns {Match[]} The pairs, ordered by gold index.
 */
export function matchQuotes(golds, preds, preferred = () => false) {
  /** @type {(Match & {preferred: boolean})[]} */
  const candidates = []
  golds.forEach((gold, goldIndex) => {
    preds.forEach((pred, predIndex) => {
      const { exact, overlap, jaccard } = compareQuotes(gold, pred)
      if (overlap) {
        candidates.push({
          gold: goldIndex,
          pred: predIndex,
          exact,
          jaccard,
          preferred: preferred(predIndex),
        })
      }
    })
  })
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.jaccard - a.jaccard ||
      Number(b.preferred) - Number(a.preferred) ||
      a.gold - b.gold ||
      a.pred - b.pred,
  )
  const usedGold = new Set()
  const usedPred = new Set()
  /** @type {Match[]} */
  const matches = []
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPred.has(candidate.pred)) continue
    usedGold.add(candidate.gold)
    usedPred.add(candidate.pred)
    matches.push({
      gold: candidate.gold,
      pred: candidate.pred,
      exact: candidate.exact,
      jaccard: candidate.jaccard,
    })
  }
  return matches.sort((a, b) => a.gold - b.gold)
}

/**
 * The text of a gold quote: the slices of its `quoteSpans` joined by a space.
 * @param {Pick<GoldArticle, 'text'>} article
 * @param {Pick<GoldQuote, 'quoteSpans'>} quote
 * @returns {string}
 */
export function goldQuoteText(article, quote) {
  return quote.quoteSpans.map(([start, end]) => article.text.slice(start, end)).join(' ')
}

/**
 * Whether every span of a gold quote is still in the cleaned text, both sides
 * normalised with `normaliseQuoteText` (a quote cleaning removed cannot be found).
 * @param {Pick<GoldArticle, 'text'>} article
 * @param {Pick<GoldQuote, 'quoteSpans'>} quote
 * @param {string} normalisedClean The cleaned text, already normalised.
 * @returns {boolean}
 */
export function goldQuoteReachable(article, quote, normalisedClean) {
  return quote.quoteSpans.every(([start, end]) =>
    normalisedClean.includes(normaliseQuoteText(article.text.slice(start, end))),
  )
}

/** Personal and possessive pronouns, lower-cased. */
export const PRONOUNS = new Set(
  (
    'he him his himself she her hers herself they them their theirs themselves themself ' +
    'it its itself we us our ours ourselves i me my mine myself you your yours yourself yourselves'
  ).split(' '),
)

/**
 * Whether a speaker as written is only a pronoun ("he", "She", "they").
 * @param {string | null | undefined} speaker
 * @returns {boolean}
 */
export function isPronoun(speaker) {
  if (!speaker) return false
  const word = speaker.replace(EDGES, '').toLowerCase()
  return PRONOUNS.has(word)
}

/** Name suffixes that are not the part of a name that identifies someone. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
/** Articles dropped from the front of a speaker description ("the president"). */
const DETERMINERS = new Set(['the', 'a', 'an'])

/**
 * The words of a speaker name for comparison: parenthesised asides dropped
 * ("Rep. Gwen Moore (D-Wis.)"), only the part before the first comma kept (an
 * appositive: "Kenneth Baer, a former official"), punctuation trimmed from each
 * word, a possessive `'s` dropped, leading articles dropped. Case is kept.
 * @param {string} name
 * @returns {string[]}
 */
export function nameWords(name) {
  const head =
    name
      .normalize('NFC')
      .replace(SINGLE_QUOTES, "'")
      .replace(/\([^)]*\)/gu, ' ')
      .split(',')[0] ?? ''
  const words = head
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/'s$/u, ''))
    .filter((word) => word !== '')
  while (words.length > 0 && DETERMINERS.has((words[0] ?? '').toLowerCase())) words.shift()
  return words
}

/**
 * The last capitalised word of a name, lower-cased ("Mr. Obama" → "obama",
 * "Donald Trump Jr." → "trump"), or `null` when it has none ("the president").
 * @param {string} name
 * @returns {string | null}
 */
export function lastCapitalisedToken(name) {
  const words = nameWords(name).filter(
    (word) => /^\p{Lu}/u.test(word) && !NAME_SUFFIXES.has(word.toLowerCase()),
  )
  return words.at(-1)?.toLowerCase() ?? null
}

/**
 * Whether `inner` occurs as a run of consecutive words in `outer`.
 * @param {readonly string[]} outer
 * @param {readonly string[]} inner
 * @returns {boolean}
 */
function containsWords(outer, inner) {
  if (inner.length === 0 || inner.length > outer.length) return false
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, offset) => outer[start + offset] === word)) return true
  }
  return false
}

/**
 * Whether a predicted speaker name matches a gold speaker: they share their
 * last capitalised word (case-insensitive), or the words of one (see
 * `nameWords`, lower-cased) occur as a run in the other. Containment is by whole
 * words, so "he" is not found in "Chelsea". A predicted name that is only a
 * pronoun never matches.
 *
 * The gold speaker is written as in the article, appositives included, and
 * the name may come before or after the comma ("Kenneth Baer, a former
 * official", "Another critic, Laurence H. Tribe"): the last capitalised word of
 * every comma-separated part is tried, containment only on the part before
 * the first comma (so "Obama" does not match "Baer, a former Obama official").
 * @param {string | null | undefined} predicted
 * @param {string | null | undefined} gold
 * @returns {boolean}
 */
export function speakerNamesMatch(predicted, gold) {
  if (!predicted || !gold || isPronoun(predicted)) return false
  const predictedKey = lastCapitalisedToken(predicted)
  if (predictedKey !== null) {
    const goldKeys = gold.split(',').map((part) => lastCapitalisedToken(part))
    if (goldKeys.includes(predictedKey)) return true
  }
  const predictedWords = nameWords(predicted).map((word) => word.toLowerCase())
  const goldWords = nameWords(gold).map((word) => word.toLowerCase())
  return containsWords(predictedWords, goldWords) || containsWords(goldWords, predictedWords)
}

/** Capitalised words that start sentences rather than names; dropped from the front of a run. */
const NOT_NAME_STARTS = new Set(
  (
    'the a an and but or so yet for nor if when while as at in on of to from by with after before ' +
    'since during then this that these those there here what why how who where which ' +
    'he she it they we i you his her its their our my your also still even now'
  ).split(' '),
)
/** Abbreviations that end in a full stop inside a name ("Mr. Obama", "Sen. Ted Cruz"). */
const NAME_ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev pres'.split(' '),
)

/**
 * Capitalised multi-word names in a text, a rough pattern: runs of two or
 * more consecutive capitalised words on one line ("Hillary Clinton", "Mr.
 * Obama", "The New York Post" → "New York Post"). A run ends at a word that
 * is not capitalised, at a line break, at punctuation other than a title's or
 * initial's full stop, and after a possessive. Sentence-starting function words
 * ("But", "When", "The") are dropped from the front of a run. Each distinct
 * name is returned once, in order of first appearance, possessive removed.
 * @param {string} text
 * @returns {string[]}
 */
export function capitalisedNames(text) {
  /** @type {string[]} */
  const names = []
  /** @type {string[]} */
  let run = []
  const close = () => {
    while (run.length > 0 && NOT_NAME_STARTS.has((run[0] ?? '').toLowerCase())) run.shift()
    if (run.length >= 2) {
      const name = run.join(' ')
      if (!names.includes(name)) names.push(name)
    }
    run = []
  }
  const source = text.normalize('NFC').replace(SINGLE_QUOTES, "'")
  let previousEnd = 0
  for (const match of source.matchAll(/\S+/gu)) {
    const raw = match[0]
    const index = match.index
    if (source.slice(previousEnd, index).includes('\n')) close()
    previousEnd = index + raw.length
    const word = /^(\p{Lu}[\p{L}\p{M}'-]*)(.*)$/u.exec(raw)
    if (!word) {
      close()
      continue
    }
    const core = word[1] ?? ''
    const tail = word[2] ?? ''
    const possessive = /'s$/u.test(core)
    const abbreviation =
      tail === '.' && (core.length === 1 || NAME_ABBREVIATIONS.has(core.toLowerCase()))
    run.push(possessive ? core.slice(0, -2) : abbreviation ? `${core}.` : core)
    if (possessive || (tail !== '' && !abbreviation)) close()
  }
  close()
  return names
}

/**
 * The rough check for a quote whose gold speaker is a pronoun: the predicted
 * name is taken as plausible when, among the capitalised multi-word names in
 * the context (`capitalisedNames`), the names it matches (`speakerNamesMatch`)
 * all share one last capitalised word — exactly one candidate person.
 *
 * This does not resolve the pronoun: it only says the prediction names someone
 * mentioned shortly before, unambiguously. It cannot tell the right antecedent
 * from another person named nearby, and it counts "Mrs. Clinton" and "Hillary
 * Clinton" (and "Bill Clinton") as one candidate.
 * @param {string | null | undefined} predictedName
 * @param {string} context The text before the quote (`PRONOUN_WINDOW` characters).
 * @returns {boolean}
 */
export function pronounSpeakerPlausible(predictedName, context) {
  if (!predictedName || isPronoun(predictedName)) return false
  const candidates = new Set()
  for (const name of capitalisedNames(context)) {
    if (speakerNamesMatch(predictedName, name)) {
      candidates.add(lastCapitalisedToken(name) ?? name.toLowerCase())
    }
  }
  return candidates.size === 1
}

/**
 * A cue for comparison: whitespace collapsed and trimmed, one trailing colon or
 * comma dropped ("said:" → "said"), lower-cased.
 * @param {string} cue
 * @returns {string}
 */
export function normaliseCue(cue) {
  return cue
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*[:,]$/u, '')
    .toLowerCase()
}

/**
 * Whether a predicted cue equals the gold cue (see `normaliseCue`).
 * @param {string | null | undefined} predicted
 * @param {string | null | undefined} gold
 * @returns {boolean}
 */
export function cuesMatch(predicted, gold) {
  if (!predicted || !gold) return false
  const want = normaliseCue(gold)
  return want !== '' && normaliseCue(predicted) === want
}

/**
 * Whether a quote's date value could be right for an article published on
 * `published` (`YYYY-MM-DD`): it is a well-formed `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` and not after the publication date at its own precision
 * ("2016-09" is not after "2016-09-12"; "2016-10" is).
 * @param {string} value
 * @param {string} published
 * @returns {boolean}
 */
export function dateNotAfter(value, published) {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value)) return false
  return value <= published.slice(0, value.length)
}

/**
 * @param {number} numerator
 * @param {number} denominator
 * @returns {number} The ratio, or 0 when the denominator is 0.
 */
export function ratio(numerator, denominator) {
  return denominator > 0 ? numerator / denominator : 0
}

/**
 * Precision, recall and F1 of level counts. Precision is
 * `correct / (predicted − elsewhere)`, `precisionAll` is `correct / predicted`,
 * recall `found / gold`, F1 their harmonic mean; each 0 when undefined.
 * @param {LevelCounts} counts
 * @returns {LevelScores}
 */
export function levelScores(counts) {
  const precision = ratio(counts.correct, counts.predicted - counts.elsewhere)
  const recall = ratio(counts.found, counts.gold)
  return {
    ...counts,
    precision,
    precisionAll: ratio(counts.correct, counts.predicted),
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  }
}

/** @returns {LevelCounts} */
function emptyLevel() {
  return { gold: 0, found: 0, predicted: 0, correct: 0, elsewhere: 0 }
}

/** @returns {FamilyCounts} */
function emptyFamily() {
  return { exact: emptyLevel(), overlap: emptyLevel(), reachable: 0 }
}

/** Zeroed counts of spans by family, speakers, cues and dates. */
function emptyCounts() {
  /** @type {SpeakerCounts} */
  const speaker = {
    named: { total: 0, predicted: 0, correct: 0 },
    pronoun: { total: 0, predicted: 0, plausible: 0 },
    noGold: 0,
  }
  return {
    families: byKind(emptyFamily),
    speaker,
    cue: byKind(() => ({ total: 0, correct: 0 })),
    date: byKind(() => ({ total: 0, withValue: 0, notAfter: 0 })),
  }
}

/**
 * @template T
 * @param {() => T} make
 * @returns {Record<GoldKind, T>}
 */
function byKind(make) {
  return { direct: make(), mixed: make(), indirect: make() }
}

/**
 * The name of a predicted speaker when it names someone (not empty, not a pronoun).
 * @param {PredictedQuote} pred
 * @returns {string | null}
 */
function namedSpeaker(pred) {
  const name = pred.speaker?.name.trim() ?? ''
  return name !== '' && !isPronoun(name) ? name : null
}

/**
 * Whether a predicted quote's words lie inside one of the given gold texts
 * (normalised and lower-cased).
 * @param {string} text
 * @param {readonly string[]} golds
 * @returns {boolean}
 */
export function isFragmentOf(text, golds) {
  const fragment = normaliseQuoteText(text).toLowerCase()
  return fragment !== '' && golds.some((gold) => gold.includes(fragment))
}

/**
 * Score one article's predicted quotes against its gold quotes.
 * @param {GoldArticle} article
 * @param {readonly PredictedQuote[]} predictions The article's quotes as `clean()` returned them.
 * @param {string} cleanText The cleaned text (`Article.text`), for the reachability count.
 * @returns {ArticleScore}
 */
export function scoreArticle(article, predictions, cleanText) {
  const preds = predictions.map((pred) => prepareQuote(pred.text))
  const normalisedClean = normaliseQuoteText(cleanText)
  const { families, speaker, cue, date } = emptyCounts()
  /** @type {Miss[]} */
  const missed = []
  /** @type {NearMiss[]} */
  const near = []

  /** Which predictions each family matched, at each level. */
  const matchedBy = byKind(() => ({ exact: new Set(), overlap: new Set() }))
  for (const family of FAMILIES) {
    const golds = article.quotes.filter((quote) => quote.kind === family.kind)
    const goldTexts = golds.map((quote) => goldQuoteText(article, quote))
    const counts = families[family.kind]
    const matches = matchQuotes(goldTexts.map(prepareQuote), preds, (index) => {
      const kind = predictions[index]?.kind
      return kind !== undefined && family.counts.includes(kind)
    })
    const byGold = new Map(matches.map((match) => [match.gold, match]))
    counts.exact.gold = golds.length
    counts.overlap.gold = golds.length
    golds.forEach((quote, goldIndex) => {
      const reachable = goldQuoteReachable(article, quote, normalisedClean)
      if (reachable) counts.reachable++
      const match = byGold.get(goldIndex)
      const text = goldTexts[goldIndex] ?? ''
      if (!match) {
        missed.push({
          id: quote.id,
          kind: quote.kind,
          text,
          speaker: quote.speaker,
          cue: quote.cue,
          reachable,
        })
        return
      }
      const pred = /** @type {PredictedQuote} */ (predictions[match.pred])
      counts.overlap.found++
      matchedBy[family.kind].overlap.add(match.pred)
      if (match.exact) {
        counts.exact.found++
        matchedBy[family.kind].exact.add(match.pred)
      } else {
        near.push({
          id: quote.id,
          kind: quote.kind,
          gold: text,
          predicted: pred.text,
          predictedKind: pred.kind,
          jaccard: match.jaccard,
        })
      }
      if (quote.cue) {
        cue[family.kind].total++
        if (cuesMatch(pred.cue, quote.cue)) cue[family.kind].correct++
      }
      date[family.kind].total++
      const value = pred.date?.value ?? null
      if (value !== null) {
        date[family.kind].withValue++
        if (dateNotAfter(value, article.date)) date[family.kind].notAfter++
      }
      if (family.kind === 'direct') scoreSpeaker(speaker, article, quote, pred)
    })
  }

  /** Normalised, lower-cased gold texts of each family, for fragments of them. */
  const goldTexts = byKind(() => /** @type {string[]} */ ([]))
  for (const quote of article.quotes) {
    goldTexts[quote.kind].push(normaliseQuoteText(goldQuoteText(article, quote)).toLowerCase())
  }
  for (const family of FAMILIES) {
    const others = FAMILIES.filter((other) => other.kind !== family.kind)
    for (const level of /** @type {const} */ (['exact', 'overlap'])) {
      const counts = families[family.kind][level]
      predictions.forEach((pred, index) => {
        if (!family.counts.includes(pred.kind)) return
        counts.predicted++
        if (matchedBy[family.kind][level].has(index)) counts.correct++
        else if (
          others.some(
            (other) =>
              matchedBy[other.kind][level].has(index) ||
              (level === 'overlap' &&
                pred.kind === 'partial' &&
                isFragmentOf(pred.text, goldTexts[other.kind])),
          )
        ) {
          counts.elsewhere++
        }
      })
    }
  }

  /** @type {Unmatched[]} */
  const unmatched = []
  predictions.forEach((pred, index) => {
    if (FAMILIES.some((family) => matchedBy[family.kind].overlap.has(index))) return
    unmatched.push({
      kind: pred.kind,
      text: pred.text,
      speaker: pred.speaker?.name ?? null,
      cue: pred.cue,
    })
  })

  /** @type {Record<PredictedKind, number>} */
  const predictedByKind = { direct: 0, partial: 0, indirect: 0 }
  for (const pred of predictions) predictedByKind[pred.kind]++

  return {
    id: article.id,
    predicted: predictions.length,
    predictedByKind,
    families,
    speaker,
    cue,
    date,
    missed,
    near,
    unmatched,
  }
}

/**
 * Add one matched direct quote to the speaker counts.
 * @param {SpeakerCounts} counts
 * @param {GoldArticle} article
 * @param {GoldQuote} quote
 * @param {PredictedQuote} pred
 */
function scoreSpeaker(counts, article, quote, pred) {
  const gold = quote.speaker?.trim() ?? ''
  const name = namedSpeaker(pred)
  if (gold === '') {
    counts.noGold++
  } else if (isPronoun(gold)) {
    counts.pronoun.total++
    if (name !== null) counts.pronoun.predicted++
    const start = Math.min(...quote.quoteSpans.map(([spanStart]) => spanStart))
    const context = article.text.slice(Math.max(0, start - PRONOUN_WINDOW), start)
    if (pronounSpeakerPlausible(name, context)) counts.pronoun.plausible++
  } else {
    counts.named.total++
    if (name !== null) counts.named.predicted++
    if (speakerNamesMatch(name, gold)) counts.named.correct++
  }
}

/**
 * Totals over articles.
 * @typedef {object} Totals
 * @property {number} articles
 * @property {number} predicted
 * @property {Record<PredictedKind, number>} predictedByKind
 * @property {Record<GoldKind, {exact: LevelScores, overlap: LevelScores, reachable: number}>} families
 * @property {SpeakerCounts & {namedAccuracy: number, pronounCoverage: number, pronounPlausible: number}} speaker
 * @property {Record<GoldKind, CueCounts & {accuracy: number}>} cue
 * @property {Record<GoldKind | 'all', DateCounts & {coverage: number, notAfterShare: number}>} date
 */

/**
 * Sum article scores and compute the ratios (micro-averaged: counts are
 * summed over articles first).
 * @param {readonly ArticleScore[]} scores
 * @returns {Totals}
 */
export function totalScores(scores) {
  const { families, speaker, cue, date } = emptyCounts()
  const allDates = { total: 0, withValue: 0, notAfter: 0 }
  let predicted = 0
  /** @type {Record<PredictedKind, number>} */
  const predictedByKind = { direct: 0, partial: 0, indirect: 0 }
  for (const score of scores) {
    predicted += score.predicted
    for (const kind of /** @type {const} */ (['direct', 'partial', 'indirect'])) {
      predictedByKind[kind] += score.predictedByKind[kind]
    }
    for (const { kind } of FAMILIES) {
      const into = families[kind]
      const from = score.families[kind]
      into.reachable += from.reachable
      for (const level of /** @type {const} */ (['exact', 'overlap'])) {
        for (const key of /** @type {const} */ ([
          'gold',
          'found',
          'predicted',
          'correct',
          'elsewhere',
        ])) {
          into[level][key] += from[level][key]
        }
      }
      cue[kind].total += score.cue[kind].total
      cue[kind].correct += score.cue[kind].correct
      for (const key of /** @type {const} */ (['total', 'withValue', 'notAfter'])) {
        date[kind][key] += score.date[kind][key]
        allDates[key] += score.date[kind][key]
      }
    }
    speaker.named.total += score.speaker.named.total
    speaker.named.predicted += score.speaker.named.predicted
    speaker.named.correct += score.speaker.named.correct
    speaker.pronoun.total += score.speaker.pronoun.total
    speaker.pronoun.predicted += score.speaker.pronoun.predicted
    speaker.pronoun.plausible += score.speaker.pronoun.plausible
    speaker.noGold += score.speaker.noGold
  }
  /** @param {DateCounts} counts */
  const dateScores = (counts) => ({
    ...counts,
    coverage: ratio(counts.withValue, counts.total),
    notAfterShare: ratio(counts.notAfter, counts.withValue),
  })
  /** @param {CueCounts} counts */
  const cueScores = (counts) => ({ ...counts, accuracy: ratio(counts.correct, counts.total) })
  /** @param {FamilyCounts} counts */
  const familyScores = (counts) => ({
    exact: levelScores(counts.exact),
    overlap: levelScores(counts.overlap),
    reachable: counts.reachable,
  })
  return {
    articles: scores.length,
    predicted,
    predictedByKind,
    families: {
      direct: familyScores(families.direct),
      mixed: familyScores(families.mixed),
      indirect: familyScores(families.indirect),
    },
    speaker: {
      ...speaker,
      namedAccuracy: ratio(speaker.named.correct, speaker.named.total),
      pronounCoverage: ratio(speaker.pronoun.predicted, speaker.pronoun.total),
      pronounPlausible: ratio(speaker.pronoun.plausible, speaker.pronoun.total),
    },
    cue: {
      direct: cueScores(cue.direct),
      mixed: cueScores(cue.mixed),
      indirect: cueScores(cue.indirect),
    },
    date: {
      direct: dateScores(date.direct),
      mixed: dateScores(date.mixed),
      indirect: dateScores(date.indirect),
      all: dateScores(allDates),
    },
  }
}
