import { split } from 'sentence-splitter'
import { en as abbreviationWords } from '../lexicon/abbreviations.js'
import { en as exclamationWords } from '../lexicon/exclamation-names.js'
import { en as letterWords } from '../lexicon/letter-words.js'
import { en as starterWords } from '../lexicon/sentence-starters.js'
import { speechVerbEntries, en as speechWords } from '../lexicon/speech-verbs.js'
import { en as timeWords } from '../lexicon/time-words.js'
import { verbForms } from '../lexicon/verb-forms.js'
import { contactEntryStart, endsField, oneWordLabelStart } from './header-fields.js'
import { bullets, inlineListItems } from './inline-lists.js'
import { isHardWrapped, isSpaceCode } from './text-shape.js'

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
 *   most {@link maxToken} characters around each candidate boundary (where a
 *   header field may end, at most {@link maxField} back to the sentence's
 *   start and twice {@link maxToken} on) and uses no regular expression that
 *   can backtrack.
 *
 * ## How
 *
 * sentence-splitter's Sentence nodes give the base boundaries. Every place
 * where a sentence may end is then judged by the rules below, and so is every
 * base boundary. The places are: after terminal punctuation (`.` `!` `?` `…`
 * `。`…), optionally followed by closing quotes or brackets and footnote
 * references, then whitespace; after an emoticon; after the comma of a
 * letter's greeting or sign-off; after a rule line or an e-mail address in
 * angle brackets; between two web addresses; before and after a date-and-time stamp; at a line break;
 * before a one-word label ("Fax:") and after the first token after a colon;
 * before a contact entry ("Bo Lind bo@example.org") of a list of them;
 * before a capital right after terminal punctuation ("done.Then"); and at the
 * start of each item of a list written inside the text. A rule says "boundary", "no
 * boundary", or nothing: a base boundary stays unless a rule says "no
 * boundary" (merge), and a new boundary is added only where a rule says
 * "boundary" (split). Where no rule speaks (CJK punctuation, a symbol such as
 * "$" or "—" after a full stop, a number after an acronym) sentence-splitter
 * decides.
 *
 * ## Rules (the first that applies decides)
 *
 * 1. A list inside the text ("1) the first 2) the second", "a. one b. two",
 *    "• 9. one • 10. two", "⁃ one ⁃ two"; see `inlineListItems`): boundary
 *    before each item, and the marker opens the item's sentence. Markers in
 *    brackets ("(a)", "(1)") enumerate inside one sentence.
 * 2. No whitespace between the two sides (sentence-splitter cuts after every
 *    "?" and "!", even inside `https://example.com/a.b?c=d`): boundary when a
 *    lowercase word of two or more letters, its full stop (or "!"/"?" run)
 *    and a capitalised word meet ("done.Then", "Great food!Friendly staff"),
 *    but not in names such as "Amazon.Com", "Mr.Smith" or "U.S.The"; no
 *    boundary otherwise when the character before is ASCII; sentence-splitter
 *    decides otherwise (CJK: `今日は晴れです。明日は雨です。` stays two
 *    sentences).
 * 3. A sentence has a letter or digit: no boundary when the text before (back
 *    to the previous boundary) or the rest of the paragraph has none, so a
 *    leading "..." or a trailing "—" never stands alone.
 * 4. No terminal punctuation before:
 *    - a date-and-time stamp of an e-mail or forum header (`08/16/2000 12:05
 *      PM`, `3/9/2005 11:16:00`) is a sentence of its own: boundary before it
 *      after a name or address of two or more tokens (`Kay Mann
 *      04/26/2001 07:17 AM`), not after a lowercase word (`on 08/16/2000…`),
 *      a weekday or month, a lone first word (`Posted 08/16/2000…`) or ":";
 *      boundary after it before a capitalised word that is no time zone or
 *      weekday (`… 07:17 AM Will you…`), and before a lowercase word when
 *      the stamp stands alone;
 *    - after a rule line (`*****`, `=====`, `_____`, `------`), the separator
 *      of e-mails and posts, or after an e-mail address in angle brackets,
 *      the sender that ends a header's "From" line (`Ana Roe
 *      <ana@example.com> The minutes…`, but not `Write to <ana@example.com>
 *      Monday…`): boundary before a capitalised word;
 *    - between two web addresses, a list of links: boundary;
 *    - header fields run together on one line (see `endsField`): in a
 *      sentence that opens with a label (`Phone:`, `encl:`, `Team 2:`),
 *      boundary before a one-word label written alike (capitalised or not)
 *      when the value before it holds no lowercase word (`Phone: 555 0100 ‖
 *      Fax: 555 0199`, `encl: Budget Tables ‖ cc: Ana Roe`, not `Update:
 *      officials gave one reason: cost` nor `Warning: Spoilers ahead: …`),
 *      and after a single e-mail address, web address or telephone number
 *      before a capitalised word or web address (`Email: ana@example.com ‖
 *      Great thread!`, not `… or call us`); in a sentence
 *      that opens with a contact entry (a name, then a bare e-mail address),
 *      boundary before the next entry (`Ana Roe ana@example.edu Carrow
 *      University ‖ Bo Lind bo@example.org`); no boundary at these places
 *      otherwise;
 *    - after the comma that ends a letter's or e-mail's greeting ("Dear Ana,",
 *      "Hi all,", a bare "Hi," or "Hello," that opens the paragraph) or
 *      sign-off ("Best regards,", "Sincerely,", "Thanks,") before a
 *      capitalised word, with or without a line break: boundary; after a
 *      sign-off only before a name, not a sentence starter ("Sincerely, I
 *      doubt it") nor a word and a comma ("Thanks, Ana, for coming");
 *    - after an emoticon (`:)`, `;-P`, `<3`) or emoji: boundary before a
 *      capitalised word, and, after an emoticon, before a lowercase word
 *      (`so good :-) see you soon`); no boundary otherwise (`I ❤️ pizza`);
 *    - at a line break, unless the paragraph is hard-wrapped (see
 *      `isHardWrapped`) or the line ends in "," ";" ":" or a dash: boundary
 *      before a capitalised word or a number ("Hey everyone⏎Thanks for
 *      coming");
 *    - otherwise sentence-splitter decides.
 * 5. The next token starts (after opening quotes/brackets) with a full stop,
 *    "…", a closing quote or bracket, "," ";" or ":": no boundary (the inner
 *    dots of ". . ."), except that a sentence may open with an ellipsis before
 *    a capitalised word after "?", "!" or a word's full stop ("Was it worth
 *    it? . . . Perhaps not.", "Nobody spoke. . . . The river rose.").
 * 6. A footnote reference (`[4]`, `[12–14]`, `[b]`), a citation in brackets
 *    closed by terminal punctuation (`[...] (Lee 12).`), or a bare footnote
 *    number before a capitalised word (`…their mayors. 7 Even so, …`; edited
 *    English spells out a number that opens a sentence) after terminal
 *    punctuation: no boundary before it; it ends the sentence before it.
 * 7. The next word starts with a lowercase letter (words with a capital after
 *    a lowercase start, "iPhone", "eBay", and lettered list markers, "(b)",
 *    "c)", count as capitalised):
 *    - after a closing quote or bracket (`…notice." he then left`) or an
 *      ellipsis (`Prices rose.... and then fell`): no boundary;
 *    - after "!" or "?": boundary (`what? where did you go?`), except after a
 *      name written with "!" ({@link exclamationNames}: "Yahoo! said");
 *    - after a full stop: no boundary after an abbreviation (a single letter,
 *      letters with inner full stops as in `U.S. officials`, `5 p.m. on`, a
 *      known abbreviation that is not also an everyday word, such as "etc.",
 *      "approx.", "govt.", or two to five consonants, "pkg."), nor after a
 *      list marker that opens the sentence ("1. the first"); boundary after
 *      anything else, so informal text that starts sentences in lowercase
 *      splits (`i left early. the bus was late.`).
 * 8. Ellipsis (`…`, `...`, `....`, `. . .`): boundary before a capitalised
 *    word (or an opening quote and a capitalised word).
 * 9. "!" or "?" (also runs such as "!!!" and "?!", and after a closing quote
 *    or bracket), before a capitalised word:
 *    - a name written with "!" ({@link exclamationNames}: Yahoo!, Jeopardy!,
 *      Wham!, …), not followed by a closing quote: boundary only before a
 *      sentence opener (see rule 12), so "Yahoo! Inc." and "the Jeopardy!
 *      Tournament of Champions" stay whole;
 *    - a closing quote followed by an attribution — up to three capitalised
 *      words (not a sentence opener), then a speech verb such as "said" or
 *      "asked" (`"Why now?" Karimi asked.`, `"Enough!" Gen. Ali Rahimi
 *      said.`): no boundary. After `."` the same words do start a sentence;
 *    - otherwise: boundary.
 * 10. Any other terminal punctuation than a single full stop (CJK "。",
 *    "．"): sentence-splitter decides.
 * 11. A single full stop before a number: no boundary after an abbreviation
 *    that takes a number (No. 5, N°. 12.4.7, Vol. 2, pp. 12–14, c. 1818,
 *    ext. 4417, vs. 3), a month (Jan. 5, Sept. 11) or a list marker that
 *    begins its sentence ("1. 5 ways to …"); nor after "a.m."/"p.m." before a
 *    bracketed number (`5 p.m. (1400 GMT)`). After another title,
 *    abbreviation, initial or acronym, or after "a.m."/"p.m.",
 *    sentence-splitter decides. After a word or a number: boundary ("in 2019.
 *    2020 was worse" → two sentences).
 * 12. A single full stop before a capitalised word or an opening quote:
 *    - a list marker (`1.`, `12.`, `a.`, `B.`) or a dotted label ("P.S.",
 *      "N.B.") that begins its sentence: no boundary ("1. First, …");
 *    - e.g., i.e., vs., v., cf., viz., approx., ca.: no boundary;
 *    - a.m./p.m. in any case: no boundary before a weekday, month, time zone
 *      or "<Word> time" (`5 p.m. Friday`, `9 a.m. EST`, `11 p.m. Tehran time`)
 *      or when a preposition and the time are all of the sentence so far
 *      (`At 7 a.m. Dr. Okafor opened the clinic.`); a boundary otherwise
 *      (`We met at 7 a.m. Dr. Okafor arrived later.`);
 *    - a title before a name ({@link titles}: Mr., Dr., Gen., Sen., …; in
 *      capitals before a name in capitals, "DR. OKAFOR"; after a lower-case
 *      prefix, "then-Sen. Ruth Vance"): no boundary. "Dr." is always read as
 *      "Doctor", never "Drive";
 *    - an initial (one capital letter: "J. K. Rowling", "George W. Bush",
 *      "E. Smith"): no boundary, unless a sentence opener follows that is not
 *      itself an initial ("World War I. The war …" → boundary);
 *    - an abbreviation that can close a sentence ({@link closingAbbreviations}:
 *      Inc., Co., Ltd., Jr., St., Ave., Dept., etc., et al., …) or a dotted
 *      acronym (U.S., U.K., E.U., U.N., U.S.A., J.K.): boundary only before a
 *      sentence opener — a sentence starter ({@link sentenceStarters}: "The",
 *      "They", "It", "Please", …) or a capitalised word before a pronoun that
 *      follows imperatives ("Share your thoughts", "Tell us") — so "the U.S.
 *      Government", "Acme Inc. Chief Executive Jane Roe", "St. Louis" stay
 *      whole; "in the U.S. They", "Acme Inc. The company", "in the U.S. Share
 *      your thoughts", "flags, banners, etc. It" split;
 *    - anything else (a word, a number, a URL or e-mail address, a closing
 *      quote or bracket after the full stop): boundary. This also splits
 *      inside a quotation of several sentences (`"We are ready. We always
 *      were," he said.` → two sentences), and after a sentence in brackets
 *      (`(He declined to comment.) The talks resumed.` → two sentences).
 *
 * Numbers and decimals (3.5, 1,000.50, v2.0), URLs and e-mail addresses
 * (www.example.com, jane.roe@example.com) hold no whitespace, so only rule 2
 * concerns them. The word lists live in `src/lexicon/`.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const scan = scanText(text)
  if (!mayCutWithoutSpace.test(text)) {
    // Most list items, short paragraphs and one-sentence paragraphs have no
    // place where a sentence could end inside them; and where every place is
    // settled by a rule, sentence-splitter's view cannot change the result
    // (without CJK stops it cuts only where the rules look, and right after
    // "!" or "?", which is left to the rules). Its cost is then saved.
    if (scan.candidates.length === 0) return spans(text, [])
    const settled = decideCuts(text, [], scan, true)
    if (settled) return spans(text, settled)
  }
  return spans(text, decideCuts(text, baseBoundaries(text), scan, false) ?? [])
}

/**
 * The same as `splitSentences`, always asking sentence-splitter: the
 * reference its shortcuts are tested against.
 */
export function splitSentencesThoroughly(text: string): SentenceSpan[] {
  return spans(text, decideCuts(text, baseBoundaries(text), scanText(text), false) ?? [])
}

/**
 * Decide the cuts from sentence-splitter's boundaries (`base`) and the places
 * where a sentence may end (`scan`). With `settledOnly`, give up (return
 * `null`) at the first place no rule settles.
 */
function decideCuts(
  text: string,
  base: readonly number[],
  scan: Scan,
  settledOnly: boolean,
): number[] | null {
  const n = text.length
  const { candidates } = scan
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
    const verdict: Verdict = !hasWord || q > lastWord ? 'join' : judge(text, p, q, segStart, scan)
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

/**
 * The CJK stops, after which sentence-splitter cuts with no white space.
 * Elsewhere it cuts only at white space after ".", and right after "!" or
 * "?" whatever follows ("sassy!—wedding", where the rules decide alone: the
 * shortcut leaves such cuts out). A line break is white space to it and a
 * candidate of the scan, and "…" is no separator to it: neither is a reason
 * to ask it. Over the 65,401 paragraphs of the four quality sets, the
 * fixtures and the sentence data, the shortcut differs from the thorough
 * path on six, each a cut right after "!" or "?" with no space; asking
 * sentence-splitter only for CJK stops, `splitSentences` over the 63,000
 * paragraphs of the pages takes 0.6× the time it took when line breaks and
 * "…" sent a paragraph to it too.
 */
const mayCutWithoutSpace = /[。！？．]/

/** How far a rule looks at a token on either side of a boundary. */
const maxToken = 64
/** The longest run of header fields read back from a boundary: fields are short. */
const maxField = 4 * maxToken

type Verdict = 'split' | 'join' | undefined

/** Characters that end a sentence. */
const terminals = new Set(['.', '!', '?', '…', '。', '！', '？', '．'])
/** Closing quotes that may follow the terminal punctuation. */
const closingQuotes = new Set(['"', "'", '”', '’', '»', '›', '」', '』'])
/** Closing quotes and brackets that may follow the terminal punctuation. */
const closers = new Set([...closingQuotes, ')', ']', '}', '）', '】', '》', '〉'])
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

/** Titles before a name (case-sensitive): "Mr", "Dr", "Gen". */
const titles: ReadonlySet<string> = new Set(abbreviationWords.titles)
/** The titles in capitals, as text written in capitals has them: "MR", "GEN". */
const capitalTitles: ReadonlySet<string> = new Set(
  abbreviationWords.titles.map((title) => title.toUpperCase()),
)
/** Abbreviations that can close a sentence (case-sensitive): "Inc", "Jr", "etc". */
const closingAbbreviations: ReadonlySet<string> = new Set(abbreviationWords.closing)
/** Abbreviations always followed by more of the sentence (lower-cased): "e.g", "vs". */
const alwaysContinue: ReadonlySet<string> = new Set(abbreviationWords.continuing)
/** Abbreviations before a number (lower-cased): "no", "p", "vol". */
const beforeNumber: ReadonlySet<string> = new Set(abbreviationWords.beforeNumber)
/** Month abbreviations (lower-cased). */
const months: ReadonlySet<string> = new Set(abbreviationWords.months)
/** "a.m" and "p.m" (lower-cased). */
const times: ReadonlySet<string> = new Set(abbreviationWords.times)
/**
 * Every abbreviation, lower-cased, but those that are also everyday words:
 * a full stop after them ends nothing before a lowercase word.
 */
const beforeLowercase: ReadonlySet<string> = new Set(
  [
    ...abbreviationWords.titles,
    ...abbreviationWords.closing,
    ...abbreviationWords.continuing,
    ...abbreviationWords.beforeNumber,
    ...abbreviationWords.months,
    ...abbreviationWords.times,
    ...abbreviationWords.common,
  ]
    .map((word) => word.toLowerCase())
    .filter((word) => !abbreviationWords.words.includes(word)),
)
/** Weekdays, months and time zones that keep "5 p.m." in its sentence. */
const afterTime: ReadonlySet<string> = new Set(timeWords.afterTime)
/** Prepositions of a time phrase ("At 5 a.m."), lower-cased. */
const timePrepositions: ReadonlySet<string> = new Set(timeWords.timePrepositions)
/** First words of a letter's greeting (lower-cased): "dear", "hi". */
const greetings: ReadonlySet<string> = new Set(letterWords.greetings)
/** Greetings that need no name after them (lower-cased): "hi", "hello". */
const bareGreetings: ReadonlySet<string> = new Set(letterWords.bareGreetings)
/** Last words of a letter's sign-off (lower-cased): "regards", "sincerely". */
const signOffs: ReadonlySet<string> = new Set(letterWords.signOffs)
/** Names written with "!" (lower-cased): "yahoo!", "jeopardy!". */
const exclamationNames: ReadonlySet<string> = new Set(exclamationWords.names)
/** Words that start sentences and hardly ever continue a name: "The", "They". */
const sentenceStarters: ReadonlySet<string> = new Set(starterWords.starters)
/** Pronouns after an imperative that opens a sentence: "your", "us". */
const afterImperative: ReadonlySet<string> = new Set(starterWords.afterImperative)
/**
 * Verbs of an attribution after a quotation (`"Why?" Karimi asked.`): the
 * past and "-s" forms of the verbs that report speech or quote it, except
 * those that do so only with a particle ("went on", not "went").
 */
let speechVerbs: ReadonlySet<string> | null = null
function attributionVerbs(): ReadonlySet<string> {
  speechVerbs ??= new Set(
    speechVerbEntries(speechWords)
      .filter((entry) => entry.required.length === 0 && entry.class !== 'thought')
      .flatMap(({ lemma }) =>
        verbForms(lemma)
          .filter(({ form, participle }) => form.replace(/ise$/, 'ize') !== lemma && !participle)
          .map(({ form }) => form),
      ),
  )
  return speechVerbs
}

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

/** What one pass over a paragraph finds for the rules. */
interface Scan {
  /**
   * Places where a sentence may start, ascending: the first character after
   * whitespace that follows terminal punctuation (with closing quotes or
   * brackets, and footnote references), an emoticon, a comma that may end a
   * letter's greeting or sign-off, a rule line, an e-mail address in angle
   * brackets, a web address before another, a date-and-time stamp, the
   * first token after a colon, or a line break; the start of a date-and-time
   * stamp; a capital right after terminal punctuation ("done.Then"); the
   * start of a list item, of a one-word label ("Fax:") and of a contact
   * entry after the first ("Bo Lind bo@example.org").
   */
  candidates: number[]
  /** Of the candidates, the starts of items of lists inside the text (rule 1). */
  items: ReadonlySet<number>
  /** Of the candidates, the starts of date-and-time stamps (rule 4). */
  stampStarts: ReadonlySet<number>
  /** Of the candidates, the tokens right after a date-and-time stamp (rule 4). */
  afterStamps: ReadonlySet<number>
  /**
   * Of the candidates, those found only as a place where a header field may
   * end (rule 4): the start of a one-word label ("Fax:"), the token after
   * the first token that follows a colon, and the start of a contact entry
   * after the first.
   */
  fieldEnds: ReadonlySet<number>
  /** Whether the paragraph's lines are hard-wrapped (rule 4). */
  wrapped: boolean
}

/** Walk the paragraph once: candidate boundaries, list items, line shape. */
function scanText(text: string): Scan {
  const found: number[] = []
  const stampStarts = new Set<number>()
  const afterStamps = new Set<number>()
  const fieldEnds = new Set<number>()
  const n = text.length
  let lineBreaks = false
  // Whether the token that ended at the last whitespace ends with a colon.
  let afterColon = false
  // Where an "@" is: e-mail addresses of a list of contacts.
  const ats: number[] = []
  let stampEnd = isAsciiDigit(text.charCodeAt(0)) ? stampEndAt(text, 0) : -1
  let k = 0
  while (k < n) {
    const code = text.charCodeAt(k)
    if (!isSpaceCode(code)) {
      // A capital right after terminal punctuation: "done.Then", "really?!Yes".
      if (
        (code === 0x2e || code === 0x21 || code === 0x3f) &&
        isAsciiUpper(text.charCodeAt(k + 1))
      ) {
        const before = text.charCodeAt(k - 1)
        if (isAsciiLetter(before) || before === 0x21 || before === 0x3f) found.push(k + 1)
      } else if (code === 0x3a) {
        // A label inside the line: "Phone: 555 0100 Fax: 555 0199".
        const label = oneWordLabelStart(text, k)
        if (label !== -1 && found.at(-1) !== label) {
          found.push(label)
          fieldEnds.add(label)
        }
      } else if (code === 0x40) {
        ats.push(k)
      }
      k++
      continue
    }
    const p = k
    const valueEnds = afterColon
    afterColon = text.charCodeAt(p - 1) === 0x3a
    let breaks = false
    while (k < n && isSpaceCode(text.charCodeAt(k))) {
      if (text.charCodeAt(k) === 0x0a) breaks = true
      k++
    }
    if (k >= n) break
    if (breaks) lineBreaks = true
    if (p === stampEnd) {
      afterStamps.add(k)
      found.push(k)
      continue
    }
    if (isAsciiDigit(text.charCodeAt(k))) {
      const end = stampEndAt(text, k)
      if (end !== -1) {
        stampEnd = end
        if (p > 0) {
          stampStarts.add(k)
          found.push(k)
          continue
        }
      }
    }
    if (p === 0) continue
    if (
      breaks ||
      endsWithTerminal(text, beforeReferences(text, p)) ||
      emoticonKind(text, tokenStart(text, p), p) !== null ||
      endsWithRuleLine(text, p) ||
      endsWithMailbox(text, p) ||
      (isUrlAt(text, k) && endsWithUrl(text, p)) ||
      (text.charCodeAt(p - 1) === 0x2c && mayEndLetterLine(text, p))
    ) {
      found.push(k)
    } else if (valueEnds) {
      // The first token after a colon may be a field's whole value: "Email: ana@example.com".
      found.push(k)
      fieldEnds.add(k)
    }
  }
  const entries = contactEntries(text, ats, found)
  for (const entry of entries) fieldEnds.add(entry)
  const items = inlineListItems(text)
  const extra = entries.length > 0 ? mergeAscending(entries, items) : items
  const candidates = extra.length > 0 ? mergeAscending(found, extra) : found
  return {
    candidates,
    items: new Set(items),
    stampStarts,
    afterStamps,
    fieldEnds,
    wrapped: lineBreaks && isHardWrapped(lineLengths(text)),
  }
}

/**
 * The starts of contact entries (`Ana Roe ana@example.com`) after the first
 * of a list, from the places of its "@"s, that are no candidate yet: only a
 * list of two addresses or more can have one.
 */
function contactEntries(text: string, ats: readonly number[], found: readonly number[]): number[] {
  if (ats.length < 2) return []
  const known = new Set(found)
  const entries: number[] = []
  for (const at of ats) {
    const start = contactEntryStart(text, at)
    if (start !== -1 && !known.has(start)) entries.push(start)
  }
  return entries
}

/**
 * A date and a clock time written as a stamp, as e-mail and forum headers
 * have them: `08/16/2000 12:05 PM`, `3/9/2005 11:16:00`.
 */
const stampPattern =
  /\d{1,2}\/\d{1,2}\/\d{2,4}[ \t\u00a0]{1,4}\d{1,2}:\d\d(?::\d\d)?(?:[ \t\u00a0]?[AaPp]\.?[Mm]\.?)?/y

/** Where a date-and-time stamp that starts at `k` ends (before whitespace or the end), or -1. */
function stampEndAt(text: string, k: number): number {
  stampPattern.lastIndex = k
  if (!stampPattern.test(text)) return -1
  const end = stampPattern.lastIndex
  return end >= text.length || isSpaceCode(text.charCodeAt(end)) ? end : -1
}

/** The lengths of the lines of a text, trimmed. */
function lineLengths(text: string): number[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim().length)
}

/** Two ascending lists as one, without repeats. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y)
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true
  return false
}

function endsWithTerminal(text: string, p: number): boolean {
  let e = p
  while (e > 0 && p - e < 8 && closers.has(text.charAt(e - 1))) e--
  return e > 0 && terminals.has(text.charAt(e - 1))
}

/**
 * Where the text before `p` ends once footnote references after terminal
 * punctuation are set aside: `…in Dulwich. [17]`, `…in 1805.[6][7]` and
 * `…rights. 4` (before a capitalised word) end at the full stop. `p` itself
 * when there is no such reference.
 */
function beforeReferences(text: string, p: number): number {
  let e = p
  while (e > 0 && p - e < maxToken && text.charAt(e - 1) === ']') {
    const start = referenceStart(text, e)
    if (start === -1) break
    e = start
  }
  let bare = false
  if (e === p && isAsciiDigit(text.charCodeAt(p - 1))) {
    const number = tokenStart(text, p)
    bare = number > 0 && isFootnoteNumber(text, number)
    if (bare) e = number
  }
  if (e === p) return p
  let s = e
  while (s > 0 && p - s < maxToken && isSpaceCode(text.charCodeAt(s - 1))) s--
  if (!endsWithTerminal(text, s)) return p
  // "Sept. 11 Commission", "No. 4 Court": the number belongs to the abbreviation.
  return bare && takesNumber(text, s) ? p : s
}

/** Whether the token that ends at `s` is an abbreviation with a full stop that a number may follow. */
function takesNumber(text: string, s: number): boolean {
  if (text.charAt(s - 1) !== '.') return false
  let ws = tokenStart(text, s)
  while (ws < s && openers.has(text.charAt(ws))) ws++
  const w = text.slice(ws, s - 1)
  const lower = w.toLowerCase()
  return beforeNumber.has(lower) || months.has(lower) || times.has(lower) || isAbbreviation(w)
}

/** The start of a footnote reference (`[12]`, `[3–5]`, `[b]`) that ends at `e`, or -1. */
function referenceStart(text: string, e: number): number {
  let k = e - 1
  const stop = Math.max(0, e - 10)
  while (k > stop && text.charAt(k - 1) !== '[') k--
  if (k <= stop && text.charAt(k - 1) !== '[') return -1
  return isReferenceBody(text.slice(k, e - 1)) ? k - 1 : -1
}

/**
 * Whether a bare footnote number starts at `k`: one to three digits alone,
 * after whitespace and before a capitalised word (`…rights. 4 Even so, …`).
 * Edited English spells out a number that starts a sentence, so such a
 * number closes the sentence before it.
 */
function isFootnoteNumber(text: string, k: number): boolean {
  if (k === 0 || !isSpaceCode(text.charCodeAt(k - 1))) return false
  let e = k
  while (e < text.length && e - k < 4 && isAsciiDigit(text.charCodeAt(e))) e++
  if (e === k || e - k > 3 || e >= text.length || !isSpaceCode(text.charCodeAt(e))) return false
  const word = nextTokenStart(text, e)
  return word !== -1 && readNext(text, word).kind === 'upper'
}

/** Whether a footnote reference starts at `q`: `[12]`, `[3–5]`, `[b]`. */
function isReferenceAt(text: string, q: number): boolean {
  if (text.charAt(q) !== '[') return false
  const close = text.indexOf(']', q)
  return close !== -1 && close - q <= 9 && isReferenceBody(text.slice(q + 1, close))
}

/** "12", "3–5", "1,2", "b": what a footnote reference holds. */
function isReferenceBody(body: string): boolean {
  if (body.length === 1 && isAsciiLetter(body.charCodeAt(0))) return body === body.toLowerCase()
  return /^\d{1,3}(?:[,–-]\d{1,3})*$/.test(body)
}

/** Emoticons (`:)`, `;-P`, `<3`, `^_^`, `xD`) and emoji standing alone as a token. */
const asciiEmoticon = /^(?:[:;=][-o^']?[()[\]DPpd/\\|*3Oo@$]+|<3+|\^_*\^|[xX]D+)$/
const emoji = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}])+$/u

/** Whether `text[ls, p)` is an emoticon, an emoji, or neither. */
function emoticonKind(text: string, ls: number, p: number): 'ascii' | 'emoji' | null {
  if (p - ls > 16 || p === ls) return null
  const token = text.slice(ls, p)
  if (asciiEmoticon.test(token)) return 'ascii'
  return text.charCodeAt(ls) > 0x7f && emoji.test(token) ? 'emoji' : null
}

/** Judge a possible boundary between `text[..p)` and `text[q..)`. */
function judge(text: string, p: number, q: number, segStart: number, scan: Scan): Verdict {
  // Rule 1: lists inside the text.
  if (scan.items.has(q)) return 'split'
  // Rule 2: no whitespace between.
  if (p === q) {
    if (isMissingSpace(text, q)) return 'split'
    return text.charCodeAt(q - 1) < 0x80 ? 'join' : undefined
  }
  // Rule 4: a date-and-time stamp is a header line of its own.
  if (scan.afterStamps.has(q)) return judgeAfterStamp(text, q, segStart)
  if (scan.stampStarts.has(q)) return judgeBeforeStamp(text, p, segStart)
  // Rule 4: a header field ends before the next label or after a contact value.
  if (scan.fieldEnds.has(q)) return judgeFieldEnd(text, p, q, segStart)

  // The token before: [ls, pe) = opening marks, word `w`, terminal run,
  // closers; footnote references after it set aside.
  const pe = beforeReferences(text, p)
  const ls = tokenStart(text, pe)
  let e = pe
  while (e > ls && closers.has(text.charAt(e - 1))) e--
  const closing = text.slice(e, pe)
  let t = e
  while (t > ls && terminals.has(text.charAt(t - 1))) t--
  const term = text.slice(t, e)
  const next = readNext(text, q)
  if (next.kind === 'empty') return undefined
  if (term === '') return judgeUnpunctuated(text, ls, p, q, segStart, scan, next)
  let ws = ls
  while (ws < t && openers.has(text.charAt(ws))) ws++
  const w = text.slice(ws, t)
  const spacedEllipsis =
    term === '.' &&
    w === '' &&
    t >= 4 &&
    isSpaceCode(text.charCodeAt(t - 1)) &&
    text.charAt(t - 2) === '.' &&
    isSpaceCode(text.charCodeAt(t - 3)) &&
    text.charAt(t - 4) === '.'
  const ellipsis = spacedEllipsis || term.includes('…') || term.includes('..')
  const question = hasAny(term, '!?！？')

  // Rule 5: punctuation follows.
  if (next.kind === 'punctuation') {
    // A sentence may open with an ellipsis: "Why? . . . Nobody knows."
    const closes = question || (term === '.' && closing === '' && isPlainWord(w))
    return closes && opensWithEllipsis(text, next.start) ? 'split' : 'join'
  }
  // Rule 6: footnote references and citations belong to the sentence before.
  if (isReferenceAt(text, q) || isCitation(text, q) || isFootnoteNumber(text, q)) return 'join'

  // Rule 7: a lowercase word follows.
  if (next.kind === 'lower') {
    if (closing !== '' || ellipsis) return 'join'
    if (question) return exclamationNames.has(`${w}${term}`.toLowerCase()) ? 'join' : 'split'
    if (term !== '.') return undefined
    if (opensSentence(text, ls, segStart) && isListMarker(w)) return 'join'
    return isAbbreviationBeforeLowercase(w) ? 'join' : 'split'
  }

  // Rule 8: ellipsis.
  if (ellipsis) return next.kind === 'upper' ? 'split' : undefined

  // Rule 9: "!" and "?".
  if (question) {
    if (next.kind !== 'upper') return undefined
    if (closing === '' && exclamationNames.has(`${w}${term}`.toLowerCase())) {
      return isStarter(text, q) ? 'split' : 'join'
    }
    if (hasAnyOf(closing, closingQuotes) && isAttribution(text, q)) return 'join'
    return 'split'
  }

  // Rule 10: other terminal punctuation.
  if (term !== '.') return undefined
  const lower = w.toLowerCase()

  // Rule 11: a number follows.
  if (next.kind === 'digit') {
    if (beforeNumber.has(lower) || months.has(lower)) return 'join'
    if (times.has(lower)) return next.opened ? 'join' : undefined
    if (opensSentence(text, ls, segStart) && isListMarker(w)) return 'join'
    return isAbbreviation(w) ? undefined : 'split'
  }
  if (next.kind !== 'upper') return undefined

  // Rule 12: a capitalised word follows.
  const opening = opensSentence(text, ls, segStart)
  if (opening && (isListMarker(w) || isDottedAcronym(w))) return 'join'
  if (alwaysContinue.has(lower) || w === 'v') return 'join'
  if (times.has(lower)) {
    if (isTimeContinuation(text, next.start, next.end)) return 'join'
    return isFrontedTime(text, segStart, ls) ? 'join' : 'split'
  }
  // "DR. OKAFOR": in capitals only before a name in capitals, since "MS" or
  // "MX" in mixed text is an acronym ("diagnosed with MS. The …").
  if (titles.has(w) || (capitalTitles.has(w) && isCapitalWord(text, next.start))) return 'join'
  // "then-Sen. Barack Obama", "ex-Gov. Ana Ruiz": a title after a lower-case prefix.
  if (/^\p{Ll}+-/u.test(w) && titles.has(w.slice(w.lastIndexOf('-') + 1))) return 'join'
  if (isInitial(w)) return isStarter(text, q) ? 'split' : 'join'
  if (closingAbbreviations.has(w) || isDottedAcronym(w)) {
    return isStarter(text, q) ? 'split' : 'join'
  }
  return 'split'
}

/**
 * Rule 4: judge a place after a token without terminal punctuation: after
 * a letter's greeting or sign-off, after an emoticon, or at a line break.
 */
function judgeUnpunctuated(
  text: string,
  ls: number,
  p: number,
  q: number,
  segStart: number,
  scan: Scan,
  next: NextToken,
): Verdict {
  if (text.charCodeAt(p - 1) === 0x2c) {
    if (next.kind === 'upper' && isLetterLine(text, segStart, p, q)) return 'split'
    // Without a line break a comma ends no sentence; with one, the rule below decides.
    if (!hasLineBreak(text, p, q)) return 'join'
  }
  if (endsWithRuleLine(text, p)) return next.kind === 'upper' ? 'split' : undefined
  if (endsWithMailbox(text, p)) {
    return next.kind === 'upper' && !afterLowercaseWord(text, ls) ? 'split' : undefined
  }
  if (isUrlAt(text, q) && endsWithUrl(text, p)) return 'split'
  const emoticon = emoticonKind(text, ls, p)
  if (emoticon !== null) {
    if (next.kind === 'upper' || (emoticon === 'ascii' && next.kind === 'lower')) return 'split'
    return 'join'
  }
  if (!scan.wrapped && hasLineBreak(text, p, q) && !continues.has(text.charAt(p - 1))) {
    if (next.kind === 'upper' || next.kind === 'digit') return 'split'
  }
  return undefined
}

/**
 * Where only a header field may end: boundary when the sentence so far, at
 * most {@link maxField} characters, is a field that ends here (see
 * `endsField`); no boundary otherwise, as nothing else ends a sentence
 * without punctuation.
 */
function judgeFieldEnd(text: string, p: number, q: number, segStart: number): Verdict {
  const start = firstNonSpace(text, segStart)
  if (p - start > maxField) return 'join'
  return endsField(text.slice(start, p), text.slice(q, q + 2 * maxToken)) ? 'split' : 'join'
}

/**
 * After a date-and-time stamp (`Kay Mann 04/26/2001 07:17 AM Will you…`):
 * boundary before a capitalised word, unless it names the time zone or the
 * day (`08:02 PM EST`); before a lowercase word only when the stamp is a
 * sentence of its own (`Ana Roe 08/08/2000 11:36 AM have you…`, not
 * `Posted 08/16/2000 12:05 PM by…`); no boundary before anything else.
 */
function judgeAfterStamp(text: string, q: number, segStart: number): Verdict {
  const next = readNext(text, q)
  if (next.kind === 'lower' && !next.opened) {
    return stampEndAt(text, firstNonSpace(text, segStart)) === -1 ? 'join' : 'split'
  }
  if (next.kind !== 'upper') return 'join'
  return afterTime.has(leadingWord(text, next.start).word) ? 'join' : 'split'
}

/**
 * Before a date-and-time stamp: boundary after a name or an address of two
 * or more tokens (`Kay Mann 04/26/2001 07:17 AM`, `<ana@example.com>
 * 03/27/2001 09:11 AM`); no boundary after a lowercase word (`on
 * 08/16/2000 03:14 PM`), a weekday or month (`Friday 08/16/2000…`), a word
 * that opens the sentence alone (`Posted 08/16/2000…`) or punctuation that
 * leads on (`Sent: 08/16/2000…`).
 */
function judgeBeforeStamp(text: string, p: number, segStart: number): Verdict {
  const ls = tokenStart(text, p)
  if (isLower(charAt(text, ls)) || ls <= firstNonSpace(text, segStart)) return 'join'
  // "Friday 08/16/2000 5:00 PM": a weekday or month dates the stamp.
  if (afterTime.has(leadingWord(text, ls).word)) return 'join'
  const last = text.charAt(p - 1)
  if (continues.has(last) || last === ':') return 'join'
  return terminals.has(last) ? undefined : 'split'
}

/** A greeting or sign-off: one to five words of letters ("Dear Dr. Roe", "Best regards"). */
const letterLinePattern = /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}$/u

/**
 * Whether the comma that ends at `p` may end a letter's greeting or sign-off:
 * a sign-off word right before it, or a greeting word among the five words
 * before it. A cheap test for the scan; `isLetterLine` decides.
 */
function mayEndLetterLine(text: string, p: number): boolean {
  let end = p - 1
  for (let words = 0; words < 5 && end > 0; words++) {
    const start = tokenStart(text, end)
    const word = text.slice(start, end).toLowerCase()
    if (words === 0 && signOffs.has(word)) return true
    if (greetings.has(word)) return true
    end = start
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  }
  return false
}

/**
 * A letter's greeting or sign-off, from the start of the sentence to the
 * comma that ends at `p`, before a capitalised word at `q` (rule 4):
 *
 * - a greeting: a greeting word and up to four more words ("Dear Ana,",
 *   "Hi all,", "Dear Dr. Roe,"), or a bare greeting ("Hi,", "Hello,") that
 *   opens the paragraph;
 * - a sign-off: up to three words ending in a sign-off word ("Regards,",
 *   "Best regards,", "Sincerely,", "Thanks,") before a name: not before a
 *   sentence starter ("Sincerely, I doubt it") nor before a word followed by
 *   a comma ("Thanks, Ana, for coming").
 */
function isLetterLine(text: string, segStart: number, p: number, q: number): boolean {
  const start = firstNonSpace(text, segStart)
  const line = text.slice(start, p - 1)
  if (line.length > 60 || !letterLinePattern.test(line)) return false
  const words = line.split(/\s+/)
  const first = (words[0] ?? '').toLowerCase()
  if (greetings.has(first)) {
    return words.length > 1 || (bareGreetings.has(first) && start === firstNonSpace(text, 0))
  }
  const last = (words.at(-1) ?? '').toLowerCase()
  if (words.length > 3 || !signOffs.has(last) || isStarter(text, q)) return false
  return text.charAt(tokenEnd(text, q) - 1) !== ','
}

/** Characters that a rule line (`*****`, `=====`, `_____`) is made of. */
const ruleLineChars = new Set(['=', '*', '_', '~', '-'])

/**
 * Whether the token that ends at `p` ends in a rule line, the separator of
 * e-mails and posts: four or more of `=`, `*`, `_`, `~`, `-` (`=====`,
 * `News==----`), or a token of three of them that are not all hyphens
 * (`***`; `---` is a dash, `A***` a rating).
 */
function endsWithRuleLine(text: string, p: number): boolean {
  let k = p
  let hyphens = true
  while (k > 0 && p - k < 4 && ruleLineChars.has(text.charAt(k - 1))) {
    if (text.charAt(k - 1) !== '-') hyphens = false
    k--
  }
  if (p - k === 4) return true
  // Three marks only as a token of their own: `***`, not the stars of `A***`.
  return p - k === 3 && !hyphens && (k === 0 || isSpaceCode(text.charCodeAt(k - 1)))
}

/**
 * Whether the token that ends at `p` ends in an e-mail address in angle
 * brackets (`<ana@example.com>`, `"Ana Roe"<ana@example.com>`): the sender
 * that ends the "From" line of a message header.
 */
function endsWithMailbox(text: string, p: number): boolean {
  if (text.charAt(p - 1) !== '>') return false
  const ls = tokenStart(text, p)
  let at = -1
  for (let k = p - 2; k >= ls; k--) {
    const ch = text.charAt(k)
    if (ch === '<') return at > k + 1 && at < p - 2
    if (ch === '@' && at === -1) at = k
  }
  return false
}

/** Whether a web address starts at `k`: `http://`, `https://`, `www.`. */
function isUrlAt(text: string, k: number): boolean {
  return (
    text.startsWith('http://', k) || text.startsWith('https://', k) || text.startsWith('www.', k)
  )
}

/**
 * Whether the token that ends at `p` is a web address. Of a token longer
 * than the window read (`maxToken`) only its end is seen: it counts when that
 * holds a "/" (`…/2005.09/20050920111900_21big.html`).
 */
function endsWithUrl(text: string, p: number): boolean {
  const ls = tokenStart(text, p)
  if (isUrlAt(text, ls)) return true
  if (ls === 0 || isSpaceCode(text.charCodeAt(ls - 1))) return false
  return text.slice(ls, p).includes('/')
}

/**
 * Whether the token before the one at `ls` starts with a lowercase letter:
 * an address after "to" or "at" is part of a sentence (`Write to
 * <ana@example.com> Monday…`), one after a name ends a header line.
 */
function afterLowercaseWord(text: string, ls: number): boolean {
  let e = ls
  while (e > 0 && ls - e < maxToken && isSpaceCode(text.charCodeAt(e - 1))) e--
  return e < ls && e > 0 && isLower(charAt(text, tokenStart(text, e)))
}

/** Characters after which a line goes on in the next one. */
const continues = new Set([',', ';', ':', '-', '–', '—', '(', '/', '&', '+'])

/**
 * "done.Then", "Really?Yes": terminal punctuation right after a word of two
 * or more letters (all lowercase before a full stop, all lowercase but the
 * first before "!" or "?"), right before a capitalised word. Not in
 * "www.example.Com", "Amazon.Com", "U.S.The", "Mr.Smith" or "Node.Js.org".
 */
function isMissingSpace(text: string, q: number): boolean {
  let t = q - 1
  if (text.charAt(t) === '.') {
    if (text.charAt(t - 1) === '.') return false
  } else {
    while (t > 0 && (text.charAt(t - 1) === '!' || text.charAt(t - 1) === '?')) t--
  }
  let a = t
  while (a > 0 && t - a <= maxToken && isAsciiLetter(text.charCodeAt(a - 1))) a--
  if (
    t - a < 2 ||
    (a > 0 && !isSpaceCode(text.charCodeAt(a - 1)) && !openers.has(text.charAt(a - 1)))
  ) {
    return false
  }
  // After a full stop the word is all lowercase ("Amazon.Com" is a name).
  const from = text.charAt(t) === '.' ? a : a + 1
  for (let k = from; k < t; k++) if (!isAsciiLower(text.charCodeAt(k))) return false
  if (isAbbreviation(text.slice(a, t))) return false
  let r = q + 1
  while (r < text.length && r - q <= maxToken && isAsciiLower(text.charCodeAt(r))) r++
  if (r === q + 1) return false
  if (r >= text.length || isSpaceCode(text.charCodeAt(r))) return true
  const after = text.charAt(r)
  if (after === '.') return r + 1 >= text.length || isSpaceCode(text.charCodeAt(r + 1))
  return terminals.has(after) || closers.has(after) || neverFirst.has(after)
}

/** Whether an ellipsis (`…`, `...`, `. . .`) starts at `k` and a capitalised word follows it. */
function opensWithEllipsis(text: string, k: number): boolean {
  let m = k
  if (text.charAt(m) === '…') m++
  else if (text.startsWith('...', m)) m += 3
  else if (text.startsWith('. . .', m)) m += 5
  else return false
  while (m < text.length && m - k < maxToken && (text.charAt(m) === '.' || text.charAt(m) === '…'))
    m++
  const word = nextTokenStart(text, m)
  return word !== -1 && readNext(text, word).kind === 'upper'
}

/**
 * A citation in brackets closed by terminal punctuation, after an ellipsis
 * or a quotation: `[...] (Lee 12).`, `"…" (Ortiz, 2004).`
 */
function isCitation(text: string, q: number): boolean {
  if (text.charAt(q) !== '(') return false
  let digit = false
  for (let k = q + 1; k < text.length && k - q <= 40; k++) {
    const ch = text.charAt(k)
    if (ch === ')') return digit && terminals.has(text.charAt(k + 1))
    if (ch === '(' || ch === '\n' || terminals.has(ch)) return false
    if (isAsciiDigit(text.charCodeAt(k))) digit = true
  }
  return false
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

/**
 * Whether the token at `q` opens a sentence: a sentence starter (and not an
 * initial like "A."), or a capitalised word before a pronoun that follows
 * imperatives ("Share your thoughts").
 */
function isStarter(text: string, q: number): boolean {
  const { word, after } = leadingWord(text, q)
  if (after === '.') return false
  if (sentenceStarters.has(word)) return true
  const end = tokenEnd(text, q)
  if (end !== q + word.length) return false
  const second = nextTokenStart(text, end)
  return second !== -1 && afterImperative.has(leadingWord(text, second).word)
}

/** Whether the word at `start` is written in capitals, two letters or more: "OKAFOR", "LTD". */
function isCapitalWord(text: string, start: number): boolean {
  const { word } = leadingWord(text, start)
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
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
    if (attributionVerbs().has(word)) return true
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

/**
 * Whether the token at `ls` opens its sentence: nothing but bullets and
 * whitespace between the sentence's start and it.
 */
function opensSentence(text: string, ls: number, segStart: number): boolean {
  let k = segStart
  while (k < ls && (bullets.has(text.charAt(k)) || isSpaceCode(text.charCodeAt(k)))) k++
  return k === ls
}

/** "At 5 a.m.", "By 9.30 p.m.": a preposition and a clock time, the whole sentence so far. */
function isFrontedTime(text: string, segStart: number, ls: number): boolean {
  const first = leadingWord(text, segStart).word.toLowerCase()
  if (!timePrepositions.has(first)) return false
  const number = nextTokenStart(text, tokenEnd(text, segStart))
  if (number === -1 || !isAsciiDigit(text.charCodeAt(number))) return false
  const end = tokenEnd(text, number)
  for (let k = number; k < end; k++) {
    const c = text.charCodeAt(k)
    if (!isAsciiDigit(c) && c !== 0x3a && c !== 0x2e) return false
  }
  return nextTokenStart(text, end) === ls
}

/**
 * Whether `w`, before a full stop and a lowercase word, is an abbreviation
 * (the sentence goes on) rather than a word (the sentence ends): a single
 * letter, letters with inner full stops ("U.S", "e.g", "a.m"), a known
 * abbreviation that is not also a word, or two to five consonants ("govt",
 * "pkg": English words have a vowel; "hmm", "shh" end in a doubled letter).
 */
function isAbbreviationBeforeLowercase(w: string): boolean {
  if (w.length === 0) return false
  const lower = w.toLowerCase()
  if (charAt(w, 0).length === w.length) return isUpper(w) || isLower(w)
  if (beforeLowercase.has(lower)) return true
  if (/^\p{L}+(?:\.\p{L}+)+$/u.test(w)) return true
  if (lower.length > 5 || lower.charAt(lower.length - 1) === lower.charAt(lower.length - 2))
    return false
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k)
    if (c < 0x61 || c > 0x7a || 'aeiouy'.includes(lower.charAt(k))) return false
  }
  return true
}

/** A word of two or more letters that is no abbreviation. */
function isPlainWord(w: string): boolean {
  return w.length >= 2 && /^\p{L}+$/u.test(w) && !isAbbreviationBeforeLowercase(w)
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

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
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
