// @ts-check
/**
 * Quote-extraction metrics for the quote benchmark (`bench/quotes.js`).
 *
 * Gold quotes carry offsets into the benchmark's input text, predicted quotes
 * carry offsets into `Article.text` (the cleaned text), so quotes are matched by
 * their TEXT, never by offsets. The matching rule (`MATCHING_RULE`):
 *
 * - both texts are normalised (`normaliseQuoteText`) and cut into content
 *   tokens (lower-cased `\w+`, repeats counted);
 * - a prediction and a gold quote **match** when the tokens they share are at
 *   least half of each side's tokens (`MIN_SHARE` both ways), and match
 *   **exactly** when the normalised texts are equal;
 * - gold and predicted quotes of one article are paired one to one over all
 *   kinds at once, greedily, best pair first (`matchQuotes`).
 *
 * Scores are given per gold kind and over all kinds:
 *
 * - **recall**: gold quotes of the kind matched by a prediction of any kind;
 * - **speaker right**: of those, the share whose speaker is right
 *   (`speakerRight`); **found with the right speaker** is the same count over
 *   all gold quotes;
 * - **precision**: predictions of the kind that claims the gold kind
 *   (`CLAIMS`: `direct` → direct, `partial` → mixed, `indirect` → indirect)
 *   that matched a gold quote of any kind; `same kind` counts those whose gold
 *   quote is of the claimed kind.
 *
 * Every function here is pure: data in, numbers out.
 */
import { wordTokens } from './metrics.js'

/** @typedef {'direct' | 'mixed' | 'indirect'} GoldKind */
/** @typedef {'direct' | 'partial' | 'indirect'} PredictedKind */

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
 * @property {string | null} [speakerText] The words naming the speaker as written ("he").
 * @property {string | null} cue
 * @property {{value: string | null} | null} date
 */

/**
 * A normalised quote text and its tokens, ready for comparison.
 * @typedef {object} PreparedQuote
 * @property {string} text The normalised text.
 * @property {ReadonlyMap<string, number>} tokens How often each lower-cased `\w+` token occurs.
 * @property {number} count How many tokens it has (repeats counted).
 */

/**
 * How two quote texts compare.
 * @typedef {object} Comparison
 * @property {boolean} exact The normalised texts are equal (and not empty).
 * @property {boolean} match `exact`, or the shared tokens are ≥ `MIN_SHARE` of each side.
 * @property {number} shared Tokens the two have in common (repeats counted).
 * @property {number} score Dice coefficient of the tokens: `2 shared / (|a| + |b|)`.
 */

/**
 * One gold–prediction pair chosen by `matchQuotes`.
 * @typedef {object} Match
 * @property {number} gold Index into the gold list.
 * @property {number} pred Index into the prediction list.
 * @property {boolean} exact
 * @property {number} score
 */

/**
 * Counts of one gold kind in one article or summed over articles.
 * @typedef {object} KindCounts
 * @property {number} gold Gold quotes of the kind.
 * @property {number} found Of those, matched by a prediction of any kind.
 * @property {number} exact Of those, matched exactly.
 * @property {number} speakerRight Found with the right speaker (`speakerRight`).
 * @property {number} predicted Predictions of the kind that claims this gold kind (`CLAIMS`).
 * @property {number} correct Of those, matched to a gold quote of any kind.
 * @property {number} sameKind Of those, matched to a gold quote of this kind.
 * @property {number} cues Found gold quotes that have a cue.
 * @property {number} cueRight Of those, with the cue right (`cuesMatch`).
 * @property {number} dated Found quotes given a date value.
 * @property {number} datedNotAfter Of those, not after the publication date.
 */

/**
 * Pronoun speakers of found quotes: how many the prediction resolved to a
 * name, and how many of those plausibly (`pronounSpeakerPlausible`).
 * @typedef {object} PronounCounts
 * @property {number} total
 * @property {number} named
 * @property {number} plausible
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
 * A found gold quote whose speaker is wrong.
 * @typedef {object} WrongSpeaker
 * @property {string} id
 * @property {GoldKind} kind
 * @property {string | null} gold
 * @property {string | null} predicted
 * @property {string | null} written
 */

/**
 * A prediction that matched no gold quote.
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
 * @property {Record<GoldKind, KindCounts>} kinds
 * @property {PronounCounts} pronouns
 * @property {number} reachable Gold quotes whose every span is still in the cleaned text.
 * @property {Miss[]} missed
 * @property {WrongSpeaker[]} wrongSpeaker
 * @property {Unmatched[]} unmatched
 */

/** The gold kinds, in the order they are reported. */
export const GOLD_KINDS = /** @type {const} */ (['direct', 'mixed', 'indirect'])

/** Which predicted kind claims each gold kind. */
export const CLAIMS = /** @type {const} */ ({
  direct: 'direct',
  mixed: 'partial',
  indirect: 'indirect',
})

/** The share of each side's tokens two matching quotes must have in common. */
export const MIN_SHARE = 0.5

/** The matching rule, as the benchmark states it. */
export const MATCHING_RULE =
  'a prediction matches a gold quote when their content tokens (lower-cased \\w+, quote marks ' +
  `and edge punctuation dropped, repeats counted) overlap by >= ${MIN_SHARE * 100}% of each ` +
  'side; pairs are taken one to one over all kinds, best overlap first'

/** The speaker rule, as the benchmark states it. */
export const SPEAKER_RULE =
  'speaker right: the predicted name, or the words the article names the speaker with ' +
  '(Quote.speakerText, a pronoun as written), matches the gold speaker as written ' +
  '(same last capitalised word, the words of one inside the other, or the same pronoun)'

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
 * Normalise a text and count its tokens (lower-cased `\w+`, as `wordTokens`).
 * @param {string} text
 * @returns {PreparedQuote}
 */
export function prepareQuote(text) {
  const normalised = normaliseQuoteText(text)
  const words = wordTokens(normalised)
  /** @type {Map<string, number>} */
  const tokens = new Map()
  for (const word of words) tokens.set(word, (tokens.get(word) ?? 0) + 1)
  return { text: normalised, tokens, count: words.length }
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
  for (const [token, count] of a.tokens) shared += Math.min(count, b.tokens.get(token) ?? 0)
  const both = a.count > 0 && b.count > 0
  const match = exact || (both && shared >= MIN_SHARE * a.count && shared >= MIN_SHARE * b.count)
  const score = both ? (2 * shared) / (a.count + b.count) : 0
  return { exact, match, shared, score }
}

/**
 * Pair gold and predicted quotes one to one. Every matching pair is a
 * candidate; candidates are taken greedily, best first: exact pairs before
 * the others, then higher score, then (on a tie) a pair that `preferred`
 * accepts, then earlier gold, then earlier prediction. A taken pair uses up
 * both of its quotes.
 * @param {readonly PreparedQuote[]} golds
 * @param {readonly PreparedQuote[]} preds
 * @param {(goldIndex: number, predIndex: number) => boolean} [preferred]
 * @returns {Match[]} The pairs, ordered by gold index.
 */
export function matchQuotes(golds, preds, preferred = () => false) {
  /** @type {(Match & {preferred: boolean})[]} */
  const candidates = []
  golds.forEach((gold, goldIndex) => {
    preds.forEach((pred, predIndex) => {
      const { exact, match, score } = compareQuotes(gold, pred)
      if (match) {
        candidates.push({
          gold: goldIndex,
          pred: predIndex,
          exact,
          score,
          preferred: preferred(goldIndex, predIndex),
        })
      }
    })
  })
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.score - a.score ||
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
    const { gold, pred, exact, score } = candidate
    matches.push({ gold, pred, exact, score })
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
 * Whether a prediction's speaker is right for a gold quote (`SPEAKER_RULE`):
 * with no gold speaker, when the prediction names none either; else when the
 * predicted name matches the gold speaker (`speakerNamesMatch`), or the words
 * the article names the speaker with do (`speakerText`: a pronoun as written
 * is right when the gold speaker is the same pronoun).
 * @param {string | null | undefined} gold
 * @param {PredictedQuote} pred
 * @returns {boolean}
 */
export function speakerRight(gold, pred) {
  const want = gold?.trim() ?? ''
  const name = pred.speaker?.name ?? null
  if (want === '') return name === null
  if (speakerNamesMatch(name, want)) return true
  const written = pred.speakerText?.trim() ?? ''
  if (written === '') return false
  if (isPronoun(written)) return isPronoun(want) && sameWord(written, want)
  return speakerNamesMatch(written, want)
}

/**
 * Two words alike but for case and edge punctuation.
 * @param {string} a
 * @param {string} b
 */
function sameWord(a, b) {
  return a.replace(EDGES, '').toLowerCase() === b.replace(EDGES, '').toLowerCase()
}

/** @returns {KindCounts} */
function emptyKind() {
  return {
    gold: 0,
    found: 0,
    exact: 0,
    speakerRight: 0,
    predicted: 0,
    correct: 0,
    sameKind: 0,
    cues: 0,
    cueRight: 0,
    dated: 0,
    datedNotAfter: 0,
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
 * The gold kind a predicted kind claims.
 * @param {PredictedKind} kind
 * @returns {GoldKind}
 */
export function claimedKind(kind) {
  return kind === 'partial' ? 'mixed' : kind
}

/**
 * Score one article's predicted quotes against its gold quotes.
 * @param {GoldArticle} article
 * @param {readonly PredictedQuote[]} predictions The article's quotes as `clean()` returned them.
 * @param {string} cleanText The cleaned text (`Article.text`), for the reachability count.
 * @returns {ArticleScore}
 */
export function scoreArticle(article, predictions, cleanText) {
  const goldTexts = article.quotes.map((quote) => goldQuoteText(article, quote))
  const matches = matchQuotes(
    goldTexts.map(prepareQuote),
    predictions.map((pred) => prepareQuote(pred.text)),
    (goldIndex, predIndex) => {
      const pred = predictions[predIndex]
      return pred !== undefined && claimedKind(pred.kind) === article.quotes[goldIndex]?.kind
    },
  )
  const byGold = new Map(matches.map((match) => [match.gold, match]))
  const byPred = new Map(matches.map((match) => [match.pred, match]))
  const normalisedClean = normaliseQuoteText(cleanText)
  const kinds = byKind(emptyKind)
  /** @type {PronounCounts} */
  const pronouns = { total: 0, named: 0, plausible: 0 }
  /** @type {Miss[]} */
  const missed = []
  /** @type {WrongSpeaker[]} */
  const wrongSpeaker = []
  let reachable = 0

  article.quotes.forEach((quote, goldIndex) => {
    const counts = kinds[quote.kind]
    counts.gold++
    const isReachable = goldQuoteReachable(article, quote, normalisedClean)
    if (isReachable) reachable++
    const match = byGold.get(goldIndex)
    const pred = match ? predictions[match.pred] : undefined
    if (!match || !pred) {
      const text = goldTexts[goldIndex] ?? ''
      const { id, kind, speaker, cue } = quote
      missed.push({ id, kind, text, speaker, cue, reachable: isReachable })
      return
    }
    counts.found++
    if (match.exact) counts.exact++
    if (speakerRight(quote.speaker, pred)) counts.speakerRight++
    else {
      wrongSpeaker.push({
        id: quote.id,
        kind: quote.kind,
        gold: quote.speaker,
        predicted: pred.speaker?.name ?? null,
        written: pred.speakerText ?? null,
      })
    }
    if (isPronoun(quote.speaker)) {
      pronouns.total++
      const name = pred.speaker?.name ?? null
      if (name !== null && !isPronoun(name)) pronouns.named++
      const start = Math.min(...quote.quoteSpans.map(([spanStart]) => spanStart))
      const context = article.text.slice(Math.max(0, start - PRONOUN_WINDOW), start)
      if (pronounSpeakerPlausible(name, context)) pronouns.plausible++
    }
    if (quote.cue) {
      counts.cues++
      if (cuesMatch(pred.cue, quote.cue)) counts.cueRight++
    }
    const value = pred.date?.value ?? null
    if (value !== null) {
      counts.dated++
      if (dateNotAfter(value, article.date)) counts.datedNotAfter++
    }
  })

  /** @type {Unmatched[]} */
  const unmatched = []
  predictions.forEach((pred, predIndex) => {
    const counts = kinds[claimedKind(pred.kind)]
    counts.predicted++
    const match = byPred.get(predIndex)
    if (!match) {
      const { kind, text, cue } = pred
      unmatched.push({ kind, text, speaker: pred.speaker?.name ?? null, cue })
      return
    }
    counts.correct++
    if (article.quotes[match.gold]?.kind === claimedKind(pred.kind)) counts.sameKind++
  })

  return { id: article.id, kinds, pronouns, reachable, missed, wrongSpeaker, unmatched }
}

/**
 * Figures of one gold kind, or of all kinds together.
 * @typedef {KindCounts & {
 *   recall: number,
 *   exactRecall: number,
 *   speakerAccuracy: number,
 *   foundWithSpeaker: number,
 *   precision: number,
 *   sameKindPrecision: number,
 *   cueAccuracy: number,
 *   dateNotAfterShare: number,
 * }} KindScores
 */

/**
 * Totals over articles.
 * @typedef {object} Totals
 * @property {number} articles
 * @property {number} reachable
 * @property {Record<GoldKind | 'all', KindScores>} kinds
 * @property {PronounCounts & {namedShare: number, plausibleShare: number}} pronouns
 */

/**
 * The figures of some counts: recall and exact recall over the gold quotes,
 * speaker accuracy over the found ones and found-with-the-right-speaker over
 * the gold ones, precision over the predictions.
 * @param {KindCounts} counts
 * @returns {KindScores}
 */
export function kindScores(counts) {
  return {
    ...counts,
    recall: ratio(counts.found, counts.gold),
    exactRecall: ratio(counts.exact, counts.gold),
    speakerAccuracy: ratio(counts.speakerRight, counts.found),
    foundWithSpeaker: ratio(counts.speakerRight, counts.gold),
    precision: ratio(counts.correct, counts.predicted),
    sameKindPrecision: ratio(counts.sameKind, counts.predicted),
    cueAccuracy: ratio(counts.cueRight, counts.cues),
    dateNotAfterShare: ratio(counts.datedNotAfter, counts.dated),
  }
}

/**
 * Sum article scores and compute the ratios (micro-averaged: counts are
 * summed over articles first).
 * @param {readonly ArticleScore[]} scores
 * @returns {Totals}
 */
export function totalScores(scores) {
  const kinds = byKind(emptyKind)
  const all = emptyKind()
  const pronouns = { total: 0, named: 0, plausible: 0 }
  let reachable = 0
  for (const score of scores) {
    reachable += score.reachable
    for (const kind of GOLD_KINDS) {
      for (const [key, value] of Object.entries(score.kinds[kind])) {
        const field = /** @type {keyof KindCounts} */ (key)
        kinds[kind][field] += value
        all[field] += value
      }
    }
    pronouns.total += score.pronouns.total
    pronouns.named += score.pronouns.named
    pronouns.plausible += score.pronouns.plausible
  }
  return {
    articles: scores.length,
    reachable,
    kinds: {
      direct: kindScores(kinds.direct),
      mixed: kindScores(kinds.mixed),
      indirect: kindScores(kinds.indirect),
      all: kindScores(all),
    },
    pronouns: {
      ...pronouns,
      namedShare: ratio(pronouns.named, pronouns.total),
      plausibleShare: ratio(pronouns.plausible, pronouns.total),
    },
  }
}
