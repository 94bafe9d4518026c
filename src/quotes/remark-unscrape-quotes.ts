import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { findDate } from '../metadata/date-text.js'
import { sentencesOf } from '../structure/block-builder.js'
import { titleCaseRatio, wordCount, words } from '../text-shape.js'
import type { Block, Paragraph, Quote, QuoteKind, Section, Sentence, Speaker } from '../types.js'
import { Cast } from './cast.js'
import { type Cue, findCues, hasCue } from './cues.js'
import { type Anchor, dateInSentence, trustRelative } from './quote-dates.js'
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js'
import {
  capitalisedNames,
  type Entity,
  findEntities,
  nameAfter,
  nameBefore,
  organisationIn,
  roleBefore,
  spaceStart,
  speakerPronoun,
  splitRole,
  trimTrailing,
} from './speakers.js'

/** Quote marks of every kind, for a cheap first look at a paragraph. */
const anyQuoteMark = /["“”„«»‘’]/

/**
 * Find the statements in the article: direct quotes (a whole statement in
 * quote marks), partial quotes (a quoted fragment inside reported speech)
 * and indirect ones ("said that …"), each with its speaker at the fullest
 * name the article uses, its verb of saying and its date. Terms in quote
 * marks (Title Case names, words with no verb of saying) are not statements.
 *
 * Runs after `remarkUnscrapeStructure`, on `file.data.unscrape`; compromise
 * only looks at sentences that hold a quote or a verb of saying.
 */
export function remarkUnscrapeQuotes() {
  return (_tree: unknown, file: VFile): undefined => {
    const data = unscrapeData(file)
    const published = data.meta.publishedAt
    const publishedAnchor: Anchor | null =
      published?.value && published.precision === 'day'
        ? { value: published.value, basis: 'published' }
        : null
    const cast = new Cast()
    const quotes: Quote[] = []
    let lastSpeaker: Speaker | null = null
    let previousDate: string | null = null
    let paragraphIndex = -1

    for (const { paragraph, sectionId } of paragraphsOf(data.sections)) {
      paragraphIndex++
      const text = paragraph.text
      const names = capitalisedNames(text)
      const ownDate = findDate(text)?.value ?? null
      const contextAnchor: Anchor | null = previousDate
        ? { value: previousDate, basis: 'context' }
        : null
      if (!anyQuoteMark.test(text) && !hasCue(text)) {
        // Pronouns look back to the people named before them.
        for (const mention of names) cast.mention(mention)
        cast.mentionSurnames(text)
        previousDate = ownDate ?? previousDate
        continue
      }
      // Names later in the paragraph give the fullest form of a name used earlier in it.
      for (const mention of names) cast.add(mention.name, mention.role)
      const spans = findQuotedSpans(text)
      const used = new Set<QuotedSpan>()
      const found: Quote[] = []
      const place = { sectionId, paragraphIndex, sentenceIndex: 0 }
      // Paragraphs are left unsplit when the caller turned sentences off.
      const sentences =
        paragraph.sentences.length > 0 ? paragraph.sentences : sentencesOf(text, paragraph.start)
      for (const sentence of sentences) {
        const from = sentence.start - paragraph.start
        const to = sentence.end - paragraph.start
        // A quote of several sentences is met again in each: take it once.
        const inside = spans.filter(
          (span) => span.open < to && span.close > from && !used.has(span),
        )
        if (inside.length > 0 || hasCue(sentence.text))
          found.push(...sentenceQuotes(sentence, inside))
        // Pronouns look back to the people named before them.
        for (const mention of names) {
          if (mention.start >= from && mention.start < to) cast.mention(mention)
        }
        cast.mentionSurnames(sentence.text)
      }
      for (const quote of found) {
        quote.sentenceIndex = sentences.findIndex((sentence) => sentence.end > quote.start)
      }

      // A statement with no date of its own takes the date of the same
      // speaker's dated statement earlier in the paragraph.
      let dated: Quote | undefined
      for (const quote of found) {
        if (quote.date?.value) dated = quote
        else if (dated?.date && quote.speaker && quote.speaker.name === dated.speaker?.name) {
          quote.date = { ...dated.date, basis: 'context' }
        }
      }
      quotes.push(...found)
      previousDate = ownDate ?? previousDate

      /** The statements a sentence makes or reports. */
      function sentenceQuotes(sentence: Sentence, inside: readonly QuotedSpan[]): Quote[] {
        const from = sentence.start - paragraph.start
        const frame = blankQuotes(sentence.text, inside, from)
        // Without quote marks, only a verb that reports speech on its own counts.
        const cues = findCues(frame).filter((cue) => inside.length > 0 || cue.strong)
        // compromise is the costly part: only where someone may be speaking,
        // only when the words by the verb do not already say who, and only
        // on the words outside the quotes (blanked to spaces, so offsets
        // stay), since speakers are named outside them, up to a few words
        // past the verb, since a speaker named later is not taken.
        const entities = (end: number) => {
          const found = findEntities(frame.slice(0, end))
          for (const entity of found) {
            if (!entity.organisation) cast.add(splitRole(entity.name).name, null, true)
          }
          return found
        }
        const cue = nearestCue(cues, inside, from)
        const signed = signature(text, inside)
        if (!cue && signed) {
          for (const span of inside) used.add(span)
          return [
            {
              text: joinSpans([signed.span]),
              kind: 'direct',
              speaker: cast.speaker(signed.name, null),
              cue: signed.dash,
              date: null,
              ...place,
              ...innerOffsets(text, signed.span, signed.span, paragraph.start),
            },
          ]
        }
        if (!cue) {
          // A quote that opens the next sentence with no verb of its own goes
          // on from the quote before ('"…," she said. "Now the work begins."');
          // after a partial quote, it is a whole statement of the same speaker.
          const previous = found.at(-1)
          const opening = inside[0]
          if (!previous || !opening || opening.open - from > 1 || isTerm(opening)) return []
          const last = inside[inside.length - 1] as QuotedSpan
          for (const span of inside) used.add(span)
          if (previous.kind === 'direct') {
            previous.text = `${previous.text} ${joinSpans(inside)}`
            previous.end = innerOffsets(text, opening, last, paragraph.start).end
            return []
          }
          if (previous.kind !== 'partial' || !/^\p{Lu}/u.test(opening.text)) return []
          return [
            {
              ...previous,
              text: joinSpans(inside),
              kind: 'direct',
              ...place,
              ...innerOffsets(text, opening, last, paragraph.start),
            },
          ]
        }
        const anchor = publishedAnchor ?? contextAnchor
        // A verb of saying with nothing said ("as he told reporters") still
        // names who speaks next, but is not worth compromise's time.
        const statement = inside.length === 0 ? indirectStatement(frame, cue) : null
        const findEntitiesIfSaid = inside.length > 0 || statement ? entities : () => []
        const speaker = findSpeaker(
          sentence.text,
          frame,
          cue,
          findEntitiesIfSaid,
          cast,
          lastSpeaker,
        )
        if (speaker) lastSpeaker = speaker
        const dateOf = (attribution: string) =>
          trustRelative(dateInSentence(attribution, cue.tense, anchor), text, cue.tense, anchor)

        if (inside.length === 0) {
          // Reported speech needs a source: "this perspective suggests that" is not one.
          if (!statement || !speaker) return []
          // The date of the saying stands before the statement; dates in it are what it is about.
          const date = dateOf(frame.slice(0, statement.start))
          return followingStatements(frame, statement, cue).map((part) => ({
            text: part.text,
            kind: 'indirect' as const,
            speaker,
            cue: part.cue,
            date,
            ...place,
            start: sentence.start + part.start,
            end: sentence.start + part.end,
          }))
        }

        const statements = inside.filter((span) => !isTerm(span))
        for (const span of statements) used.add(span)
        const date = dateOf(frame)
        return groupsByCue(statements, cues, cue, from, frame).map((group) => {
          const first = group.spans[0] as QuotedSpan
          const last = group.spans[group.spans.length - 1] as QuotedSpan
          const kind: QuoteKind = group.spans.some((span) => isWholeStatement(text, span))
            ? 'direct'
            : 'partial'
          return {
            text: joinSpans(group.spans),
            kind,
            speaker,
            cue: group.cue.text,
            date,
            ...place,
            ...innerOffsets(text, first, last, paragraph.start),
          }
        })
      }
    }
    data.quotes = quotes
  }
}

/** Words an attribution between two pieces of a quote may take ("said Mara Holt, the harbour master,"). */
const attributionWords = 10

/**
 * The quoted passages of a sentence, grouped into statements: one statement
 * interrupted by its verb (`"…," she said, "…"`) stays one, but a second
 * verb of saying between two passages starts a new one (`"…," Trump said,
 * adding later, "…"`), and fragments with the reporter's words between them
 * are quotes of their own (`called it "disgusting" and "a con"`).
 */
function groupsByCue(
  spans: readonly QuotedSpan[],
  cues: readonly Cue[],
  chosen: Cue,
  from: number,
  frame: string,
): Array<{ spans: QuotedSpan[]; cue: Cue }> {
  const groups: Array<{ spans: QuotedSpan[]; cue: Cue }> = []
  let gapStart = Number.POSITIVE_INFINITY
  for (const span of spans) {
    const gap = cues.filter((cue) => cue.start >= gapStart && cue.end <= span.open - from)
    const next = gap.filter((cue) => cue !== chosen).at(-1)
    const group = groups.at(-1)
    // Between the pieces of one statement stands its attribution, and little else.
    const short = wordCount(frame.slice(gapStart, span.open - from)) <= attributionWords
    if (group && !next && gap.includes(chosen) && short) group.spans.push(span)
    else groups.push({ spans: [span], cue: next ?? chosen })
    gapStart = span.close - from
  }
  return groups
}

/** What ends a quote's words before its cue: the comma (or colon) that leads to it, white space. */
const beforeCue = /[\s,;:]/u
/** A comma or white space. */
const commaOrSpace = /[\s,]/u

/** The words of a quote's spans, joined by a space, each without the comma that led to its cue. */
function joinSpans(spans: readonly QuotedSpan[]): string {
  return spans.map((span) => trimTrailing(span.text, beforeCue)).join(' ')
}

/** Every paragraph of the outline (in lists and blockquotes too), with its section's id. */
function* paragraphsOf(
  sections: readonly Section[],
): Generator<{ paragraph: Paragraph; sectionId: string }> {
  for (const section of sections) {
    for (const paragraph of blockParagraphs(section.blocks))
      yield { paragraph, sectionId: section.id }
    yield* paragraphsOf(section.sections)
  }
}

function* blockParagraphs(blocks: readonly Block[]): Generator<Paragraph> {
  for (const block of blocks) {
    if (block.type === 'paragraph') yield block
    else if (block.type === 'list')
      for (const item of block.items) yield* blockParagraphs(item.blocks)
    else if (block.type === 'blockquote') yield* blockParagraphs(block.blocks)
  }
}

/** The sentence with its quoted passages (marks included) blanked out, offsets kept. */
function blankQuotes(sentence: string, spans: readonly QuotedSpan[], from: number): string {
  let frame = sentence
  for (const span of spans) {
    const start = Math.max(span.open - from, 0)
    const end = Math.min(span.close - from, sentence.length)
    frame = frame.slice(0, start) + ' '.repeat(end - start) + frame.slice(end)
  }
  return frame
}

/** The verb of saying closest to the sentence's first quote (or the first one). */
function nearestCue(
  cues: readonly Cue[],
  spans: readonly QuotedSpan[],
  from: number,
): Cue | undefined {
  const span = spans[0]
  if (!span) return cues[0]
  let best: Cue | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const cue of cues) {
    const gap =
      cue.start >= span.close - from ? cue.start - (span.close - from) : span.open - from - cue.end
    if (Math.abs(gap) < distance) {
      distance = Math.abs(gap)
      best = cue
    }
  }
  return best
}

/**
 * Who speaks: the name just before the verb ("Khamenei has warned", past an
 * aside set off by commas: "Helen Ward, who leads the agency, said"), just
 * after it ("said Smith", "according to Jane Roe"), a pronoun resolved to
 * the person it stands for, an organisation ("the ministry said"), else the
 * closest name before the verb.
 */
function findSpeaker(
  sentence: string,
  frame: string,
  cue: Cue,
  entities: (end: number) => readonly Entity[],
  cast: Cast,
  previous: Speaker | null,
): Speaker | null {
  const named = (entity: Entity): Speaker => {
    if (entity.organisation) return cast.organisation(entity.name)
    const { name, role } = splitRole(entity.name)
    const offset = entity.name.lastIndexOf(name)
    return cast.speaker(name, roleBefore(sentence, entity.start + offset) ?? role)
  }
  const known = (word: string) => cast.knows(word)
  const nameEnd = asidesStart(frame.slice(0, cue.start)) ?? cue.start
  const adjacent = nameBefore(frame, nameEnd, known)
  if (adjacent) return cast.speaker(adjacent.name, roleBefore(sentence, adjacent.start))
  const described =
    describedBefore(frame.slice(0, nameEnd)) ?? describedAfter.exec(frame.slice(cue.end))?.[1]
  if (described && !isLooseDescription(described)) return describedSpeaker(described, cast)
  const mentioned = entities(wordsEnd(frame, cue.end, 8))
  const before = mentioned.filter((entity) => entity.end <= cue.start && isVisible(frame, entity))
  const after = mentioned.filter((entity) => entity.start >= cue.end && isVisible(frame, entity))
  const closeBefore = before.at(-1)
  if (closeBefore && wordCount(frame.slice(closeBefore.end, cue.start)) <= 4)
    return named(closeBefore)
  const closeAfter = after[0]
  if (closeAfter && wordCount(frame.slice(cue.end, closeAfter.start)) <= 2) return named(closeAfter)
  const inverted = nameAfter(frame, cue.end)
  if (inverted)
    return cast.speaker(inverted.name, roleBefore(sentence, inverted.start) ?? inverted.role)

  const lead = words(frame.slice(Math.max(0, cue.start - 40), cue.start)).slice(-4)
  const trail = words(frame.slice(cue.end, cue.end + 12)).slice(0, 1)
  const pronoun = [...lead, ...trail].find((word) => speakerPronoun.test(word))
  if (pronoun) {
    const earlier = capitalisedNames(frame.slice(0, cue.start)).map((mention) => mention.name)
    return cast.resolve(pronoun, previous, earlier)
  }
  const organisation = organisationIn(frame.slice(Math.max(0, cue.start - 60), cue.start))
  if (organisation) return cast.organisation(organisation)
  if (closeBefore) return named(closeBefore)
  return null
}

/** What opens an aside set off by commas: "who", "which", an article, an age (", 54,"). */
const asideOpening = /^\s*(?:who|whose|which|a|an|the|\d+)\b/u

/**
 * Where the asides between a name and its verb start, when `text` (what
 * comes before the verb) ends in some: set off by commas (", who leads the
 * agency,", ", 54,": 80 characters at most after the opening word) or in
 * brackets (" (D-Wis.)": 1 to 40 characters), one after another, white
 * space after them aside. Read backwards, one aside at a time, each
 * character once.
 */
function asidesStart(text: string): number | null {
  let start: number | null = null
  let end = text.trimEnd().length
  while (end >= 2) {
    const close = text[end - 1]
    const open =
      close === ')' || close === ',' ? text.lastIndexOf(close === ')' ? '(' : ',', end - 2) : -1
    if (open === -1) break
    const inner = text.slice(open + 1, end - 1)
    if (close === ')') {
      if (inner.includes(')') || !lengthWithin(inner, 1, 40)) break
      end = spaceStart(text, open)
    } else {
      const opening = asideOpening.exec(inner)
      if (!opening || !lengthWithin(inner.slice(opening[0].length), 0, 80)) break
      end = open
    }
    start = end
  }
  return start
}

/** Whether a text has from `min` to `max` characters (code points, as a `u` pattern counts them). */
function lengthWithin(text: string, min: number, max: number): boolean {
  if (text.length < min) return false
  const length = [...text].length
  return length >= min && length <= max
}

/** Words that cannot stand inside a speaker described by a noun ("the mayor"). */
const notInDescription =
  /^(?:the|a|an|and|or|but|that|who|which|when|while|as|is|was|are|were|has|had|have|be|been|it|this|to|in|on|at|for|with|by|from|he|she|they|we|i|you)$/i

/** Words that open a speaker described by a noun ("the mayor", "a friend"). */
const determiner = /^(?:the|a|an|my|his|her|their|its|our|one)$/iu
/** A word inside such a description ("the 54-year-old driver"). */
const descriptionWord = /^[\p{L}\p{N}’'-]+$/iu
/** The noun that ends it. */
const descriptionNoun = /^[\p{L}’'-]+$/iu
/** Adverbs between a described speaker and the verb ("the mayor also said"). */
const adverb = /^(?:\p{Ll}+ly|also|then|later|often|again)$/iu

/**
 * A speaker described by a noun right before the verb ("the mayor said", "a
 * friend later commented"): a determiner, up to four words and a noun, then
 * only adverbs up to the end of `text` (what comes before the verb, ending
 * in white space); the first such, or `null`. Words are looked at from the
 * end: the adverbs once, then the few words before them.
 */
function describedBefore(text: string): string | null {
  if (text.trimEnd().length === text.length) return null
  const tokens = [...text.matchAll(/\S+/gu)].map((match) => ({
    word: match[0],
    start: match.index ?? 0,
  }))
  const wordAt = (index: number) => tokens[index]?.word ?? ''
  let adverbsFrom = tokens.length
  while (adverbsFrom > 0 && adverb.test(wordAt(adverbsFrom - 1))) adverbsFrom--
  for (let first = Math.max(0, adverbsFrom - 6); first < adverbsFrom; first++) {
    if (!determiner.test(wordAt(first))) continue
    for (let last = first + 1; last <= Math.min(first + 5, tokens.length - 1); last++) {
      if (last >= adverbsFrom - 1 && descriptionNoun.test(wordAt(last))) {
        const start = tokens[first]?.start ?? 0
        return text.slice(start, (tokens[last]?.start ?? 0) + wordAt(last).length)
      }
      if (!descriptionWord.test(wordAt(last))) break
    }
  }
  return null
}
/** A speaker described by a noun right after the verb: "said the ruling". */
const describedAfter =
  /^\s+((?:the|a|an|one)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}’'-]+)(?=\s*(?:[.,;:!?]|$))/iu

/** Whether a described speaker holds words no description has ("the rally and the crowd"). */
function isLooseDescription(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .slice(1)
    .some((word) => notInDescription.test(word))
}

/** A speaker described by a noun: an organisation, or a person by what they are. */
function describedSpeaker(phrase: string, cast: Cast): Speaker {
  if (organisationIn(phrase) !== null) return cast.organisation(phrase)
  return { name: phrase.replace(/^(?:the|a|an)\s+/i, ''), role: null }
}

/**
 * Offsets in the article text of the quoted words from the first span to the
 * last, inner white space and a trailing comma left out.
 */
function innerOffsets(
  text: string,
  first: QuotedSpan,
  last: QuotedSpan,
  offset: number,
): { start: number; end: number } {
  const firstInner = text.slice(first.open + 1)
  const start = first.open + 1 + (firstInner.length - firstInner.trimStart().length)
  const lastInner = text.slice(last.open + 1, last.closed ? last.close - 1 : last.close)
  const end = last.open + 1 + trimTrailing(lastInner, beforeCue).length
  return { start: offset + start, end: offset + end }
}

/** A quote signed with a dash and a name, as readers' quotes are: "…" ― Jane Roe. */
function signature(
  text: string,
  spans: readonly QuotedSpan[],
): { span: QuotedSpan; name: string; dash: string } | undefined {
  const span = spans[spans.length - 1]
  if (!span) return undefined
  const match = /^\s*([―—–])\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(
    text.slice(span.close),
  )
  if (!match?.[1] || !match[2]) return undefined
  return { span, name: match[2], dash: match[1] }
}

/** Whether an entity stands outside the quotes (not blanked in the frame). */
function isVisible(frame: string, entity: Entity): boolean {
  return frame.slice(entity.start, entity.end).trim() !== ''
}

/**
 * Between the verb and "that" stand only when and where it was said
 * ("said on Friday that", "said three days ago that"), or whom it was told ("told the council on Friday
 * that"): "said households that need …" is not reported speech.
 */
const circumstanceWord =
  'on|in|at|last|this|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept\\.|oct\\.|nov\\.|dec\\.|\\d{1,4}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|ago|a|an|the|statement|interview|news|conference|briefing|letter|month|year'
const circumstance = `(?:\\s+(?:${circumstanceWord}),?)`
const thatAfterCircumstance = new RegExp(`^${circumstance}{0,5}?\\s+that\\s+`, 'iu')
const thatAfterObject = /^(?:\s+[\p{L}\p{N}.,]+){0,7}?\s+that\s+/u
const tellVerb = /^(?:tell|tells|told|telling|warn|warns|warned|assure|assured|remind|reminded)$/i
/**
 * "that" is often left out after "say" and "tell" ("said he would", "told
 * reporters it was", "said the plan was"): a subject pronoun, or a short
 * subject followed by an auxiliary verb, then opens the statement ("said a
 * spokesman for the company" does not).
 */
const thatlessVerb = /^(?:say|says|said|saying|tell|tells|told|telling)$/i
const subjectAhead = `(?=(?:he|she|it|they|we|i|there)\\s|(?:(?:the|a|an|his|her|their|its|this|these|those|some|many|most|no|all|every)\\s+|(?!(?:${circumstanceWord})\\b)\\p{L}[\\p{L}’'.-]*\\s+)(?:[\\p{L}\\p{N}’'.-]+\\s+){0,3}(?:was|were|is|are|had|has|have|would|will|could|should|can|may|might|must|did|does|do)\\b)`
const circumstanceThenSubject = new RegExp(`^${circumstance}{0,5}?\\s+${subjectAhead}`, 'iu')
const objectThenSubject = new RegExp(`^(?:\\s+[\\p{L}\\p{N}.,]+){1,3}?\\s+${subjectAhead}`, 'iu')

/** What follows "said that": the reported statement, with offsets in the sentence. */
function indirectStatement(frame: string, cue: Cue): Statement | null {
  if (/^according to$/i.test(cue.text)) return accordingTo(frame, cue)
  const after = frame.slice(cue.end)
  const tell = tellVerb.test(cue.text)
  const that = (tell ? thatAfterObject : thatAfterCircumstance).exec(after)
  const lead =
    that ??
    (thatlessVerb.test(cue.text)
      ? (tell ? objectThenSubject : circumstanceThenSubject).exec(after)
      : null)
  return lead ? statementFrom(frame, cue.end + lead[0].length, frame.length) : null
}

/** A reported statement with its offsets in the sentence. */
interface Statement {
  text: string
  start: number
  end: number
}

/**
 * A reported statement split where the speaker goes on to a second one
 * ("said he would not run, arguing that the race was lost"): each part
 * with its own verb.
 */
function followingStatements(
  frame: string,
  statement: Statement,
  cue: Cue,
): Array<Statement & { cue: string }> {
  const whole = [{ ...statement, cue: cue.text }]
  const next = /,\s+(\p{Ll}+ing)\s+that\s+/u.exec(frame.slice(statement.start, statement.end))
  const verb = next?.[1] ?? ''
  if (!next || !findCues(verb)[0]?.strong) return whole
  const at = statement.start + next.index
  const first = statementFrom(frame, statement.start, at)
  const rest = statementFrom(frame, at + next[0].length, statement.end)
  if (!first || !rest) return whole
  return [
    { ...first, cue: cue.text },
    { ...rest, cue: verb },
  ]
}

/**
 * The statement "according to" reports: what follows the source at the
 * start of a sentence ("According to the ministry, the ferry …"), else what
 * precedes it ("The ferry will stop, according to the ministry.").
 */
function accordingTo(frame: string, cue: Cue): Statement | null {
  if (frame.slice(0, cue.start).trim() === '') {
    const comma = frame.indexOf(',', cue.end)
    return comma === -1 ? null : statementFrom(frame, comma + 1, frame.length)
  }
  return statementFrom(frame, 0, trimTrailing(frame.slice(0, cue.start), commaOrSpace).length)
}

/** A statement between two offsets of the sentence, trimmed, if it has three words or more. */
function statementFrom(frame: string, from: number, to: number): Statement | null {
  const raw = frame.slice(from, to)
  const text = raw.trim()
  if (wordCount(text) < 3) return null
  return {
    text,
    start: from + (raw.length - raw.trimStart().length),
    end: from + raw.trimEnd().length,
  }
}

/**
 * Whether a quoted passage is a term rather than a statement: a Title Case
 * name of up to five words ("Axis of Resistance", "Great Satan"), in one
 * piece (“The Donald. Big Daddy.” is two sentences, said).
 */
function isTerm(span: QuotedSpan): boolean {
  const count = wordCount(span.text)
  return (
    count <= 5 &&
    titleCaseRatio(span.text) >= 0.99 &&
    /^\p{Lu}/u.test(span.text) &&
    !/[.!?]\s+\p{Lu}/u.test(span.text)
  )
}

/**
 * Whether a quote is a whole statement: it opens with a capital and is set
 * off from the words around it by a comma or colon (`He said, "…"`, `"…,"
 * he said`), or stands at the start of the paragraph.
 */
function isWholeStatement(text: string, span: QuotedSpan): boolean {
  if (!/^\p{Lu}/u.test(span.text)) return false
  const before = text.slice(0, span.open).trimEnd()
  return (
    before === '' ||
    /[,:]$/.test(before) ||
    /[.!?]$/.test(before) ||
    /^[,.!?]/.test(span.text.slice(-1))
  )
}

/** Where the `count` words after `from` end (the text's end when it has fewer). */
function wordsEnd(text: string, from: number, count: number): number {
  const word = /\s*\S+/y
  word.lastIndex = from
  let end = from
  for (let index = 0; index < count; index++) {
    if (!word.exec(text)) return text.length
    end = word.lastIndex
  }
  return end
}
