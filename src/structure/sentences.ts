import { split } from 'sentence-splitter'
import { en as abbreviationWords } from '../lexicon/abbreviations.js'
import { en as exclamationWords } from '../lexicon/exclamation-names.js'
import { en as starterWords } from '../lexicon/sentence-starters.js'
import { en as speechWords } from '../lexicon/speech-verbs.js'
import { en as timeWords } from '../lexicon/time-words.js'
import { isSpaceCode } from '../text-shape.js'

/** A sentence's place in its paragraph: [start, end) offsets. */
export interface SentenceSpan {
  /** Offset of the sentence's first character in the paragraph. */
  start: number
  /** Offset after the sentence's last character in the paragraph. */
  end: number
}

/**
 * Split a paragraph into sentences: sentence-splitter, then corrections.
 *
 * ## Guarantees
 *
 * - The spans are in order and do not overlap.
 * - Every span is non-empty and trimmed: `text.slice(start, end)` neither
 *   starts nor ends with whitespace (whitespace as `String.prototype.trim`
 *   sees it).
 * - No text is lost: every non-whitespace character of `text` lies in exactly
 *   one span. Text that sentence-splitter leaves between its Sentence nodes
 *   (the dots of ". . .", a stray "?") joins the sentence before it (or the
 *   first sentence, when nothing comes before it).
 * - A paragraph with no non-whitespace character has no spans.
 * - The correction layer runs in time linear in `text.length`: it reads at
 *   most {@link maxToken} characters around each candidate boundary and uses
 *   no regular expression that can backtrack.
 *
 * ## How
 *
 * sentence-splitter's Sentence nodes give the base boundaries. Every place
 * where a sentence may end — terminal punctuation (`.` `!` `?` `…` `。`…),
 * optionally followed by closing quotes or brackets, then whitespace — is then
 * judged by the rules below, and so is every base boundary. A rule says
 * "boundary", "no boundary", or nothing: a base boundary stays unless a rule
 * says "no boundary" (merge), and a new boundary is added only where a rule
 * says "boundary" (split). Where no rule speaks (CJK punctuation, a symbol
 * such as "$" or "—" after a full stop, a number after an acronym)
 * sentence-splitter decides.
 *
 * ## Rules (the first that applies decides)
 *
 * 1. No whitespace between the two sides (sentence-splitter cuts after every
 *    "?" and "!", even inside `https://example.com/a.b?c=d`): no boundary when
 *    the character before is ASCII; sentence-splitter decides otherwise (CJK:
 *    `今日は晴れです。明日は雨です。` stays two sentences).
 * 2. A sentence has a letter or digit: no boundary when the text before (back
 *    to the previous boundary) or the rest of the paragraph has none, so a
 *    leading "..." or a trailing "—" never stands alone.
 * 3. The next token starts (after opening quotes/brackets) with a full stop,
 *    "…", a closing quote or bracket, "," ";" or ":": no boundary (the inner
 *    dots of ". . .").
 * 4. The next word starts with a lowercase letter: no boundary. This covers
 *    continuations after a closing quote (`…notice." he then left`),
 *    `U.S. officials`, `etc. and`, `5 p.m. on`, `Why? she asked` and an
 *    ellipsis before a lowercase word. Decision: a sentence never starts with
 *    a lowercase word, except words with a capital after a lowercase start
 *    ("iPhone", "eBay") and lettered list markers ("(b)", "c)"), which count
 *    as capitalised.
 * 5. Ellipsis (`…`, `...`, `....`, `. . .`): boundary before a capitalised
 *    word (or an opening quote and a capitalised word).
 * 6. "!" or "?" (also after a closing quote or bracket), before a capitalised
 *    word:
 *    - a name written with "!" ({@link exclamationNames}: Yahoo!, Jeopardy!,
 *      Wham!, …), not followed by a closing quote: boundary only before a
 *      sentence starter ({@link sentenceStarters}: "The", "They", "It", …),
 *      so "Yahoo! Inc." and "the Jeopardy! Tournament of Champions" stay
 *      whole;
 *    - a closing quote followed by an attribution — up to three capitalised
 *      words (not a sentence starter), then a speech verb such as "said" or
 *      "asked" (`"Why now?" Karimi asked.`, `"Enough!" Gen. Ali Rahimi
 *      said.`): no boundary. After `."` the same words do start a sentence;
 *    - otherwise: boundary.
 * 7. Any other terminal punctuation than a single full stop (CJK "。", "．"):
 *    sentence-splitter decides.
 * 8. A single full stop before a number: no boundary after an abbreviation
 *    that takes a number (No. 5, Vol. 2, p. 12, vs. 3, approx. 300), a month
 *    (Jan. 5, Sept. 11) or a list marker that begins its sentence ("1. 5 ways
 *    to …"); nor after "a.m."/"p.m." before a bracketed number
 *    (`5 p.m. (1400 GMT)`). After another title, abbreviation, initial or
 *    acronym, or after "a.m."/"p.m.", sentence-splitter decides. After a word
 *    or a number: boundary ("in 2019. 2020 was worse" → two sentences).
 * 9. A single full stop before a capitalised word or an opening quote:
 *    - a list marker (`1.`, `12.`, `a.`, `B.`) that begins its sentence: no
 *      boundary ("1. First, …");
 *    - e.g., i.e., vs., v., cf., viz., approx., ca.: no boundary;
 *    - a.m./p.m. in any case: no boundary before a weekday, month, time zone
 *      or "<Word> time" (`5 p.m. Friday`, `9 a.m. EST`, `11 p.m. Tehran time`),
 *      a boundary otherwise (`at 5 p.m. Officials said`);
 *    - a title before a name ({@link titles}: Mr., Dr., Gen., Sen., …): no
 *      boundary. "Dr." is always read as "Doctor", never "Drive";
 *    - an initial (one capital letter: "J. K. Rowling", "George W. Bush",
 *      "E. Smith"): no boundary, unless a sentence starter follows that is
 *      not itself an initial ("World War I. The war …" → boundary);
 *    - an abbreviation that can close a sentence ({@link closingAbbreviations}:
 *      Inc., Co., Ltd., Jr., St., Ave., Dept., etc., et al., …) or a dotted
 *      acronym (U.S., U.K., E.U., U.N., U.S.A., J.K.): boundary only before a
 *      sentence starter — "the U.S. Government", "Acme Inc. Chief Executive
 *      Jane Roe", "St. Louis" stay whole; "in the U.S. They", "Acme Inc. The
 *      company", "flags, banners, etc. It" split;
 *    - anything else (a word, a number, a URL or e-mail address, a closing
 *      quote or bracket after the full stop): boundary. This also splits
 *      inside a quotation of several sentences (`"We are ready. We always
 *      were," he said.` → two sentences), and after a sentence in brackets
 *      (`(He declined to comment.) The talks resumed.` → two sentences).
 *
 * Numbers and decimals (3.5, 1,000.50, v2.0), URLs and e-mail addresses
 * (www.example.com, jane.roe@example.com) hold no whitespace, so only rule 1
 * concerns them. Lettered markers with a bracket ("a) second") hold no
 * terminal punctuation and never end a sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const candidates = candidateBoundaries(text)
  if (!mayCutWithoutSpace.test(text)) {
    // Most list items, short paragraphs and one-sentence paragraphs have no
    // place where a sentence could end inside them; and where every place is
    // settled by a rule, sentence-splitter's view cannot change the result
    // (without "…", CJK stops or line breaks it cuts only where the rules
    // look). Its cost is then saved.
    if (candidates.length === 0) return spans(text, [])
    const settled = decideCuts(text, [], candidates, true)
    if (settled) return spans(text, settled)
  }
  return splitSentencesThoroughly(text)
}

/**
 * The same as `splitSentences`, always asking sentence-splitter: the
 * reference its shortcuts are tested against.
 */
export function splitSentencesThoroughly(text: string): SentenceSpan[] {
  return spans(text, decideCuts(text, baseBoundaries(text), candidateBoundaries(text), false) ?? [])
}

/**
 * Decide the cuts from sentence-splitter's boundaries (`base`) and the places
 * where a sentence may end (`candidates`). With `settledOnly`, give up
 * (return `null`) at the first place no rule settles.
 */
function decideCuts(
  text: string,
  base: readonly number[],
  candidates: readonly number[],
  settledOnly: boolean,
): number[] | null {
  const n = text.length
  const lastWord = lastWordIndex(text)
  const cuts: number[] = []
  // Start of the current sentence, and how far it has been checked for a word.
  let segStart = firstNonSpace(text, 0)
  let checked = segStart
  let hasWord = false

  let i = 0
  let j = 0
  while (i < base.length || j < candidates.length) {
    const b = base[i] ?? n
    const c = candidates[j] ?? n
    const q = Math.min(b, c)
    const isBase = b === q
    if (isBase) i++
    if (c === q) j++
    if (q <= segStart) continue

    let p = q
    while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--
    if (p <= segStart) continue

    if (!hasWord) {
      while (checked < p && !isWordChar(text, checked)) checked++
      hasWord = checked < p
    }
    const verdict: Verdict = !hasWord || q > lastWord ? 'join' : judge(text, p, q, segStart)
    if (verdict === undefined && settledOnly) return null
    const cut = isBase ? verdict !== 'join' : verdict === 'split'
    if (cut) {
      cuts.push(q)
      segStart = q
      checked = q
      hasWord = false
    }
  }
  return cuts
}

/** Characters after which sentence-splitter may cut with no white space: "…", CJK stops, line breaks. */
const mayCutWithoutSpace = /[\n…。！？．]/

/** How far a rule looks at a token on either side of a boundary. */
const maxToken = 64

type Verdict = 'split' | 'join' | undefined

/** Characters that end a sentence. */
const terminals = new Set(['.', '!', '?', '…', '。', '！', '？', '．'])
/** Closing quotes and brackets that may follow the terminal punctuation. */
const closers = new Set([
  '"',
  "'",
  '”',
  '’',
  ')',
  ']',
  '}',
  '»',
  '›',
  '」',
  '』',
  '）',
  '】',
  '》',
  '〉',
])
/** Quotes among the closers. */
const closingQuotes = new Set(['"', "'", '”', '’', '»', '›', '」', '』'])
/** Opening quotes and brackets that may start a sentence. */
const openers = new Set([
  '"',
  "'",
  '“',
  '‘',
  '(',
  '[',
  '{',
  '«',
  '‹',
  '「',
  '『',
  '（',
  '【',
  '《',
  '〈',
  '¿',
  '¡',
])
/** Punctuation that never starts a sentence. */
const neverFirst = new Set([',', ';', ':'])

/** Titles before a name: never the end of a sentence (case-sensitive). */
const titles: ReadonlySet<string> = new Set(abbreviationWords.titles)
/**
 * Abbreviations that usually continue the sentence but can close it; a
 * boundary only before a sentence starter. Case-sensitive.
 */
const closingAbbreviations: ReadonlySet<string> = new Set(abbreviationWords.closing)
/** Abbreviations always followed by more of the sentence (lowercase, any case). */
const alwaysContinue: ReadonlySet<string> = new Set(abbreviationWords.continuing)
/** Abbreviations before a number (lowercase, any case): "No. 5", "p. 12". */
const beforeNumber: ReadonlySet<string> = new Set(abbreviationWords.beforeNumber)
/** Month abbreviations (lowercase, any case): "Jan. 5" is not a sentence end. */
const months: ReadonlySet<string> = new Set(abbreviationWords.months)
/** a.m. and p.m. without the final dot (lowercase, any case). */
const times: ReadonlySet<string> = new Set(abbreviationWords.times)
/** Words that keep "5 p.m." in the sentence: weekdays, months, time zones. */
const afterTime: ReadonlySet<string> = new Set(timeWords.afterTime)
/**
 * Names written with "!" (lowercase): "!" in them ends no sentence unless a
 * sentence starter follows.
 */
const exclamationNames: ReadonlySet<string> = new Set(exclamationWords.names)
/** Words that start sentences and hardly ever continue a name. */
const sentenceStarters: ReadonlySet<string> = new Set(starterWords.starters)
/** Verbs of an attribution after a quotation: `"Why?" Karimi asked.` */
const speechVerbs: ReadonlySet<string> = new Set(speechWords.afterQuote)

/** Base boundaries: where sentence-splitter starts a sentence (not the first). */
function baseBoundaries(text: string): number[] {
  const found: number[] = []
  let last = 0
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue
    const q = node.range[0]
    // Ascending, inside the text, never between the halves of a surrogate pair.
    if (q <= last || q >= text.length || isLowSurrogate(text.charCodeAt(q))) continue
    found.push(q)
    last = q
  }
  return found
}

/**
 * Candidate boundaries: the first character after whitespace that follows
 * terminal punctuation (and any closing quotes or brackets).
 */
function candidateBoundaries(text: string): number[] {
  const found: number[] = []
  const n = text.length
  let k = 0
  while (k < n) {
    if (!isSpaceCode(text.charCodeAt(k)) || k === 0 || isSpaceCode(text.charCodeAt(k - 1))) {
      k++
      continue
    }
    const p = k
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++
    if (k < n && endsWithTerminal(text, p)) found.push(k)
  }
  return found
}

function endsWithTerminal(text: string, p: number): boolean {
  let e = p
  while (e > 0 && p - e < 8 && closers.has(text.charAt(e - 1))) e--
  return e > 0 && terminals.has(text.charAt(e - 1))
}

/** Judge a possible boundary between `text[..p)` and `text[q..)`. */
function judge(text: string, p: number, q: number, segStart: number): Verdict {
  // Rule 1: no whitespace between.
  if (p === q) return text.charCodeAt(q - 1) < 0x80 ? 'join' : undefined

  // The token before: [ls, p) = opening marks, word `w`, terminal run, closers.
  const ls = tokenStart(text, p)
  let e = p
  while (e > ls && closers.has(text.charAt(e - 1))) e--
  const closing = text.slice(e, p)
  let t = e
  while (t > ls && terminals.has(text.charAt(t - 1))) t--
  const term = text.slice(t, e)
  if (term === '') return undefined
  let ws = ls
  while (ws < t && openers.has(text.charAt(ws))) ws++
  const w = text.slice(ws, t)

  // The token after.
  const next = readNext(text, q)
  if (next.kind === 'empty') return undefined
  // Rule 3 and rule 4.
  if (next.kind === 'punctuation' || next.kind === 'lower') return 'join'

  // Rule 5: ellipsis.
  const spacedEllipsis =
    term === '.' &&
    w === '' &&
    t >= 4 &&
    isSpaceCode(text.charCodeAt(t - 1)) &&
    text.charAt(t - 2) === '.' &&
    isSpaceCode(text.charCodeAt(t - 3)) &&
    text.charAt(t - 4) === '.'
  if (spacedEllipsis || term.includes('…') || term.includes('..')) {
    return next.kind === 'upper' ? 'split' : undefined
  }

  // Rule 6: "!" and "?".
  if (hasAny(term, '!?！？')) {
    if (next.kind !== 'upper') return undefined
    if (closing === '' && exclamationNames.has(`${w}${term}`.toLowerCase())) {
      return isStarter(text, q) ? 'split' : 'join'
    }
    if (hasAnyOf(closing, closingQuotes) && isAttribution(text, q)) return 'join'
    return 'split'
  }

  // Rule 7: other terminal punctuation.
  if (term !== '.') return undefined
  const lower = w.toLowerCase()

  // Rule 8: a number follows.
  if (next.kind === 'digit') {
    if (beforeNumber.has(lower) || months.has(lower)) return 'join'
    if (times.has(lower)) return next.opened ? 'join' : undefined
    if (ls === segStart && isListMarker(w)) return 'join'
    return isAbbreviation(w) ? undefined : 'split'
  }
  if (next.kind !== 'upper') return undefined

  // Rule 9: a capitalised word follows.
  if (ls === segStart && isListMarker(w)) return 'join'
  if (alwaysContinue.has(lower) || w === 'v') return 'join'
  if (times.has(lower)) return isTimeContinuation(text, next.start, next.end) ? 'join' : 'split'
  if (titles.has(w)) return 'join'
  if (isInitial(w)) return isStarter(text, q) ? 'split' : 'join'
  if (closingAbbreviations.has(w) || isDottedAcronym(w)) {
    return isStarter(text, q) ? 'split' : 'join'
  }
  return 'split'
}

type NextKind = 'empty' | 'punctuation' | 'lower' | 'upper' | 'digit' | 'other'

interface NextToken {
  kind: NextKind
  /** Whether opening quotes or brackets come first. */
  opened: boolean
  /** Where the word starts, after the opening marks. */
  start: number
  /** Where the token ends. */
  end: number
}

/** Classify the token at `q`. */
function readNext(text: string, q: number): NextToken {
  const end = tokenEnd(text, q)
  let k = q
  while (k < end && openers.has(text.charAt(k))) k++
  const opened = k > q
  const token = { opened, start: k, end }
  if (k === end) return { kind: 'empty', ...token }
  const ch = charAt(text, k)
  if (terminals.has(ch) || closers.has(ch) || neverFirst.has(ch)) {
    return { kind: 'punctuation', ...token }
  }
  if (isUpper(ch)) return { kind: 'upper', ...token }
  if (isLower(ch)) {
    // "(b)", "c)": a lettered list marker starts a sentence.
    if (end === k + 2 && text.charAt(k + 1) === ')' && isAsciiLetter(text.charCodeAt(k))) {
      return { kind: 'upper', ...token }
    }
    // "iPhone", "eBay": a capital within the first run of letters.
    let m = k + ch.length
    while (m < end) {
      const c = charAt(text, m)
      if (isUpper(c)) return { kind: 'upper', ...token }
      if (!isLower(c)) break
      m += c.length
    }
    return { kind: 'lower', ...token }
  }
  if (/\p{Nd}/u.test(ch)) return { kind: 'digit', ...token }
  return { kind: 'other', ...token }
}

/** The letters that start the word at `start` (after opening marks), and what follows. */
function leadingWord(text: string, start: number): { word: string; after: string } {
  const end = tokenEnd(text, start)
  let k = start
  while (k < end && openers.has(text.charAt(k))) k++
  const from = k
  while (k < end) {
    const c = charAt(text, k)
    if (!isUpper(c) && !isLower(c)) break
    k += c.length
  }
  return { word: text.slice(from, k), after: text.charAt(k) }
}

/** Whether the token at `q` is a sentence starter (and not an initial like "A."). */
function isStarter(text: string, q: number): boolean {
  const { word, after } = leadingWord(text, q)
  return after !== '.' && sentenceStarters.has(word)
}

/** After "a.m."/"p.m.": a weekday, month, time zone, or "<Word> time". */
function isTimeContinuation(text: string, start: number, end: number): boolean {
  const { word } = leadingWord(text, start)
  if (afterTime.has(word)) return true
  const second = nextTokenStart(text, end)
  return second !== -1 && leadingWord(text, second).word === 'time'
}

/**
 * `"Why?" Karimi asked`: one or two capitalised words (a title allowed),
 * then a speech verb.
 */
function isAttribution(text: string, q: number): boolean {
  if (isStarter(text, q)) return false
  let at = q
  for (let words = 0; words < 3; words++) {
    at = nextTokenStart(text, tokenEnd(text, at))
    if (at === -1) return false
    const { word } = leadingWord(text, at)
    if (speechVerbs.has(word)) return true
    if (!isUpper(charAt(text, at))) return false
  }
  return false
}

/** Whether `w` (before a full stop) is a title, abbreviation, initial or dotted acronym. */
function isAbbreviation(w: string): boolean {
  const lower = w.toLowerCase()
  return (
    alwaysContinue.has(lower) ||
    w === 'v' ||
    titles.has(w) ||
    isInitial(w) ||
    closingAbbreviations.has(w) ||
    isDottedAcronym(w)
  )
}

/** "1", "12", "a", "B": a list marker before its full stop. */
function isListMarker(w: string): boolean {
  if (w.length === 1) return isAsciiLetter(w.charCodeAt(0)) || isAsciiDigit(w.charCodeAt(0))
  if (w.length > 3) return false
  for (let k = 0; k < w.length; k++) if (!isAsciiDigit(w.charCodeAt(k))) return false
  return true
}

/** One capital letter: "J" of "J. K. Rowling". */
function isInitial(w: string): boolean {
  return w.length > 0 && w.length <= 2 && charAt(w, 0).length === w.length && isUpper(w)
}

/** "U.S", "E.U", "U.S.A", "J.K": letters separated by single dots. */
function isDottedAcronym(w: string): boolean {
  if (w.length < 3 || w.length % 2 === 0) return false
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k)
    if (k % 2 === 0 ? !isAsciiLetter(c) : c !== 0x2e) return false
  }
  return true
}

/** Start of the token that ends at `p` (at most `maxToken` back). */
function tokenStart(text: string, p: number): number {
  let k = p
  while (k > 0 && p - k < maxToken && !isSpaceCode(text.charCodeAt(k - 1))) k--
  return k
}

/** End of the token that starts at `q` (at most `maxToken` on). */
function tokenEnd(text: string, q: number): number {
  let k = q
  while (k < text.length && k - q < maxToken && !isSpaceCode(text.charCodeAt(k))) k++
  return k
}

/** Start of the next token after the whitespace at `end`, or -1 (at most `maxToken` on). */
function nextTokenStart(text: string, end: number): number {
  let k = end
  while (k < text.length && k - end < maxToken && isSpaceCode(text.charCodeAt(k))) k++
  return k > end && k < text.length && !isSpaceCode(text.charCodeAt(k)) ? k : -1
}

/** Turn boundaries into trimmed, non-empty spans. */
function spans(text: string, cuts: number[]): SentenceSpan[] {
  const found: SentenceSpan[] = []
  let from = 0
  for (let k = 0; k <= cuts.length; k++) {
    const to = cuts[k] ?? text.length
    const start = firstNonSpace(text, from)
    let end = to
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
    if (start < end) found.push({ start, end })
    from = to
  }
  return found
}

function firstNonSpace(text: string, from: number): number {
  let k = from
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++
  return k
}

/** Index of the last letter or digit, or -1. */
function lastWordIndex(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) if (isWordChar(text, k)) return k
  return -1
}

/** Whether `text[k]` is (part of) a letter or digit. */
function isWordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c)
  if (isLowSurrogate(c) && k > 0) return /[\p{L}\p{N}]/u.test(charAt(text, k - 1))
  return /[\p{L}\p{N}]/u.test(charAt(text, k))
}

/** Whitespace exactly as `String.prototype.trim` (and `\s`) sees it. */
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** The whole code point at `k` (one or two UTF-16 units). */
function charAt(text: string, k: number): string {
  const cp = text.codePointAt(k)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

function isUpper(ch: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(ch)
}

function isLower(ch: string): boolean {
  return /^\p{Ll}/u.test(ch)
}

function hasAny(value: string, chars: string): boolean {
  for (const ch of value) if (chars.includes(ch)) return true
  return false
}

function hasAnyOf(value: string, set: ReadonlySet<string>): boolean {
  for (const ch of value) if (set.has(ch)) return true
  return false
}
