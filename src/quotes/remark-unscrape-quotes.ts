import nlp from 'compromise'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { en as determiners } from '../lexicon/determiners.js'
import { en as nameWords } from '../lexicon/name-words.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'
import { findDate } from '../metadata/date-text.js'
import {
  phraseDashes,
  titleCaseCounts,
  titleCaseRatio,
  wordCount,
  words,
} from '../shared/text-shape.js'
import { sentencesOf } from '../structure/block-builder.js'
import type {
  Block,
  Paragraph,
  Quote,
  QuoteKind,
  Section,
  Sentence,
  Speaker,
  TextRange,
} from '../types.js'
import { Cast } from './cast.js'
import { type Cue, confirmedVerbs, findCues, hasCue } from './cues.js'
import {
  isLabelledStatement,
  isTranscriptName,
  type Label,
  labelOf,
  mayHoldLabel,
} from './labels.js'
import { type Anchor, dateInSentence, trustRelative } from './quote-dates.js'
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js'
import {
  clauseOpening as clauseOpeningWord,
  type Report,
  reportsIn,
  type Stretch,
} from './reported.js'
import {
  capitalisedNames,
  clauseSubject,
  type Entity,
  findEntities,
  isCalendarWord,
  isFullName,
  isPartyOfState,
  isRegionName,
  isRoleWord,
  nameAfter,
  nameBefore,
  organisationIn,
  roleBefore,
  spaceStart,
  speakerPronoun,
  speakerPronouns,
  splitRole,
  trimTrailing,
} from './speakers.js'

/** Quote marks of every kind, for a cheap first look at a paragraph. */
const anyQuoteMark = /["“”„«»‘’]|''|``/

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
    // Statements after a name and a colon, kept until the whole article has named its people.
    const named: Array<{ quote: Quote; name: string }> = []
    let lastSpeaker: Speaker | null = null
    let previousDate: string | null = null
    let paragraphIndex = -1
    // The quote that ended the paragraph before (and whether its last mark
    // was left open, news style for a quote that goes on in the next one),
    // and the sentence before the current one, for quotes with no verb.
    let carried: { quote: Quote; open: boolean } | null = null
    let previousSentence = ''
    // A quote of no one known that ends the paragraph before, for a line that signs it.
    let unsigned: Quote | null = null

    for (const { paragraph, sectionId } of paragraphsOf(data.sections)) {
      paragraphIndex++
      cast.startParagraph()
      const text = paragraph.text
      // "― Jane Roe, Ohio" on a line of its own signs the post or comment above it.
      const signer = unsigned ? signatureOf(text, 0) : undefined
      if (unsigned && signer && signer.end === text.trimEnd().length) {
        unsigned.speaker = cast.speaker(signer.name, null)
        unsigned.speakerText = signer.name
        unsigned.cue = signer.dash
      }
      unsigned = null
      // In a headline in Title Case every word is capitalised: a run of
      // capitals that opens with a role word gives no role to the words
      // after it ("Mayor Says Fares Will Fall In May").
      const names = isTitleCaseHeadline(text)
        ? capitalisedNames(text).map((mention) => ({ ...mention, role: null }))
        : capitalisedNames(text)
      // Dates in the text anchor relative ones only on a page with no day of publication.
      const ownDate = publishedAnchor ? null : (findDate(text)?.value ?? null)
      const contextAnchor: Anchor | null = previousDate
        ? { value: previousDate, basis: 'context' }
        : null
      if (!anyQuoteMark.test(text) && !hasCue(text) && !mayHoldLabel(text)) {
        // Pronouns look back to the people named before them.
        for (const mention of names) cast.mention(mention)
        cast.mentionSurnames(text)
        previousDate = ownDate ?? previousDate
        carried = null
        previousSentence = paragraph.sentences.at(-1)?.text ?? text
        continue
      }
      // Names later in the paragraph give the fullest form of a name used earlier in it.
      for (const mention of names) cast.add(mention.name, mention.role)
      const spans = findQuotedSpans(text)
      const used = new Set<QuotedSpan>()
      const found: Quote[] = []
      // A quote of an earlier paragraph this one goes on with.
      let continued: Quote | null = null
      const place = { sectionId, paragraphIndex, sentenceIndex: 0 }
      // Sentences that open with a speaker's name and a colon (headlines, transcripts).
      const labels: Array<{ label: Label; sentence: Sentence }> = []
      // Paragraphs are left unsplit when the caller turned sentences off.
      const sentences =
        paragraph.sentences.length > 0 ? paragraph.sentences : sentencesOf(text, paragraph.start)
      for (const sentence of sentences) {
        const from = sentence.start - paragraph.start
        const to = sentence.end - paragraph.start
        // A quote of several sentences is met again in each: take it once.
        const overlapping = spans.filter((span) => span.open < to && span.close > from)
        const inside = overlapping.filter((span) => !used.has(span) && !isStageDirection(span.text))
        if (inside.length > 0 || hasCue(sentence.text))
          found.push(...sentenceQuotes(sentence, inside, overlapping))
        const label = mayHoldLabel(sentence.text) ? labelOf(sentence.text) : null
        if (label) labels.push({ label, sentence })
        // Only a paragraph's first sentence goes on from the paragraph before,
        // and the sentence before a quote is the one before its first sentence:
        // both wait while a quote of several sentences is still open.
        const open = overlapping.some(
          (span) => !used.has(span) && span.close > to + 1 && opensSentence(span),
        )
        if (!open) {
          carried = null
          previousSentence = sentence.text
        }
        // Pronouns look back to the people named before them.
        for (const mention of names) {
          if (mention.start >= from && mention.start < to) cast.mention(mention)
        }
        cast.mentionSurnames(sentence.text)
      }
      named.push(...labelledStatements(labels, found))

      /** Whether a quote opens the sentence it starts in. */
      function opensSentence(span: QuotedSpan): boolean {
        return sentences.some((sentence) => {
          const start = sentence.start - paragraph.start
          return span.open >= start && span.open <= start + 1
        })
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
      // A quote that ends the paragraph may go on in the next one, whatever
      // the sentence reports after it ("“…,” Holt said, adding that …").
      const lastFound = found.at(-1) ?? continued
      const lastSpan = spans.at(-1)
      const lastSentence = sentences.at(-1)
      const lastQuoted =
        (lastSpan &&
          found
            .filter(
              (quote) =>
                quote.kind !== 'indirect' &&
                quote.start < paragraph.start + lastSpan.close &&
                quote.end > paragraph.start + lastSpan.open,
            )
            .at(-1)) ??
        lastFound
      // A partial quote lends only its speaker to a whole quote that follows.
      carried =
        lastSpan &&
        ((lastQuoted?.kind === 'direct' && used.has(lastSpan)) ||
          (lastQuoted?.kind === 'partial' && lastQuoted.quoted.length > 0)) &&
        lastSentence &&
        lastQuoted.end > lastSentence.start
          ? { quote: lastQuoted, open: !lastSpan.closed }
          : null
      unsigned =
        lastFound?.kind === 'direct' &&
        !lastFound.speaker &&
        /^[\s\p{P}]*$/u.test(text.slice(lastFound.end - paragraph.start))
          ? lastFound
          : null

      /**
       * The statements given after a name and a colon, each to the end of
       * the speaker's turn (the next name and colon, or the paragraph's end),
       * with the name they are given to (see `named`). A
       * statement that is one whole quote is left to the direct quotes, and
       * is direct itself when they did not take it (a headline's quote in
       * Title Case reads like the title of a work); quoted words inside one
       * make it partial.
       */
      function labelledStatements(
        found: ReadonlyArray<{ label: Label; sentence: Sentence }>,
        quotesFound: readonly Quote[],
      ): Array<{ quote: Quote; name: string }> {
        return found.flatMap(({ label, sentence }, index) => {
          const start = sentence.start + label.statement
          // A speaker's turn goes on to the next name and colon or to the paragraph's end.
          const next = found[index + 1]?.sentence.start ?? paragraph.end
          const end = sentences.filter((other) => other.end <= next).at(-1)?.end ?? sentence.end
          const raw = text.slice(start - paragraph.start, end - paragraph.start)
          const statement = trimTrailing(raw, /[\s.,;:]/u)
          if (quotesFound.some((quote) => quote.start >= start - 1 && quote.start <= start + 2))
            return []
          const within = spans.filter(
            (span) => span.open >= start - paragraph.start && span.close <= end - paragraph.start,
          )
          const whole =
            within.length === 1 &&
            within[0]?.open === start - paragraph.start &&
            (within[0]?.close ?? 0) >= start - paragraph.start + statement.length - 1
          const said = within.filter((span) => !isTerm(span))
          const quoted = whole ? (within[0] as QuotedSpan) : null
          const offsets = quoted
            ? innerOffsets(text, quoted, quoted, paragraph.start)
            : { start, end: start + statement.length }
          const quote: Quote = {
            text: text.slice(offsets.start - paragraph.start, offsets.end - paragraph.start),
            kind: quoted ? 'direct' : said.length > 0 ? 'partial' : 'indirect',
            speaker: null,
            speakerText: label.name,
            cue: ':',
            confidence: 'high',
            quoted: quoted
              ? [offsets]
              : said.map((span) => innerOffsets(text, span, span, paragraph.start)),
            date: null,
            ...place,
            sentenceIndex: sentences.indexOf(sentence),
            ...offsets,
          }
          return [{ quote, name: label.name }]
        })
      }

      /** The statements a sentence makes or reports. */
      function sentenceQuotes(
        sentence: Sentence,
        inside: readonly QuotedSpan[],
        overlapping: readonly QuotedSpan[],
      ): Quote[] {
        const from = sentence.start - paragraph.start
        // Words inside quotes, taken or not, are the quoted speaker's, not the sentence's.
        const frame = blankQuotes(sentence.text, overlapping, from)
        const stretches = overlapping.map((span) => ({
          start: Math.max(span.open - from, 0),
          end: Math.min(span.close - from, sentence.text.length),
          comma: span.closed && /,\s*$/.test(span.text),
          sentence: /^[^\p{L}\p{N}]*\p{Lu}/u.test(span.text),
        }))
        // compromise decides whether a word that may be a noun is a verb,
        // only where a quote or a reported statement hangs on it.
        const candidates = findCues(
          frame,
          stretches.map((stretch) => stretch.start),
          stretches.filter((stretch) => stretch.comma).map((stretch) => stretch.end),
        )
        const tentative = candidates.length > 0 ? reportsIn(frame, candidates, stretches) : []
        const nearest = nearestCue(candidates, inside, from, frame)
        const hanging = candidates.filter(
          (cue) =>
            cue.ambiguous &&
            ((inside.length > 0 && cue === nearest) ||
              tentative.some((report) => report.cue === cue)),
        )
        const cues = confirmedVerbs(frame, candidates, hanging)
        const reports =
          cues.length === candidates.length ? tentative : reportsIn(frame, cues, stretches)
        const anchor = publishedAnchor ?? contextAnchor
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
        const dateOf = (attribution: string, cue: Cue) =>
          trustRelative(dateInSentence(attribution, cue.tense, anchor), text, cue.tense, anchor)

        // Reported clauses with quoted words inside are one statement each.
        const reportedSpans = new Set<QuotedSpan>()
        const reportedCues = new Set<Cue>()
        const reported: Quote[] = []
        const spokenBy = new Map<Report, Attribution | null>()
        const attributionOf = (report: Report): Attribution | null => {
          if (spokenBy.has(report)) return spokenBy.get(report) ?? null
          // A question put by someone the sentence does not name, and an
          // expectation of no one named, are no one's words.
          if ((report.shape === 'question' || report.shape === 'passive') && !report.source) {
            const unnamed = { speaker: null, text: '' }
            spokenBy.set(report, unnamed)
            return unnamed
          }
          const earlier = reports
            .slice(0, reports.indexOf(report))
            .filter((other) => other.shape !== 'question')
            .reverse()
          // A verb that reports nothing itself still names the subject a second verb shares.
          const shared = earlier.map((other) => attributionOf(other)).find(Boolean) ?? null
          const subject = report.source
          const attribution = subject
            ? sourceAttribution(sentence.text, frame, subject, cast, lastSpeaker)
            : shared
          spokenBy.set(report, attribution)
          if (attribution?.speaker) lastSpeaker = attribution.speaker
          return attribution
        }
        // A quote that is a term ("Axis of Resistance") is no one's words, in a clause or not.
        const statementOfReport = new Map<Report, QuotedSpan[]>()
        for (const report of reports) {
          const statement = statementOf(sentence.text, report)
          // The rest of a quote its attribution cuts is that quote's, not the report's,
          // unless the report opens a clause of its own ("adding that if …, “…”").
          const ownClause = (span: QuotedSpan) =>
            /\bthat\b/iu.test(frame.slice(report.cue.end, Math.max(span.open - from, 0)))
          // "“…,” Holt said, asked about the delay": a quote its own verb of
          // saying follows at once is that verb's, not a later report's.
          const saidByOther = (span: QuotedSpan) =>
            cues.some(
              (other) =>
                other !== report.cue &&
                other.start < report.cue.start &&
                saidRightAfter(frame, span, span.open - from, other),
            )
          const within = inside.filter(
            (span) =>
              !saidByOther(span) &&
              (ownClause(span) || !continuesQuote(overlapping, span, frame, from)) &&
              report.content.some(
                (piece) => span.open - from >= piece.start && span.close - from <= piece.end,
              ),
          )
          if (within.length === 0 || !statement || isQuotesOnly(frame, report, stretches)) continue
          const said = within.filter((span) => !isTerm(span))
          if (said.length === 0 && !report.cue.strong) continue
          // "“…,” he said of the claim on ABC’s “This Week”": the quote before the
          // verb is what was said, not the words after it around a title.
          const saidBefore = inside.some(
            (span) =>
              !within.includes(span) &&
              span.close - from <= report.cue.start &&
              isWholeStatement(text, span),
          )
          if (said.length === 0 && saidBefore) continue
          // Whole sentences in quote marks ("wrote to his followers, “It’s time
          // to go,” and shared a link") are direct quotes, whatever leads to them.
          // But after "that" and words of the clause it opens ("told them that after
          // 200 years, “It’s time.”"), the quote ends that clause: the whole is the statement;
          // a colon ends the clause before it ("said that the port was lost: “…,” he added").
          const endsClause = (span: QuotedSpan) => {
            const lead = frame.slice(report.cue.end, Math.max(span.open - from, 0))
            return /\bthat\s+\S/iu.test(lead) && !/:\s*$/u.test(lead)
          }
          if (
            said.length > 0 &&
            said.every((span) => isSetOffSentence(text, span) && !endsClause(span))
          )
            continue
          // "Protesters chanted “What curfew?” and kept going": a sentence its verb
          // leads straight to is what was said; the words after it are the subject's next act.
          if (said.length === 1 && said[0] && isLedSentence(text, frame, said[0], from, report.cue))
            continue
          const attribution = attributionOf(report)
          if (!attribution) continue
          for (const span of within) reportedSpans.add(span)
          reportedCues.add(report.cue)
          statementOfReport.set(report, said)
          reported.push(
            reportedQuote(
              report,
              statement,
              attribution,
              said.length > 0 ? 'partial' : 'indirect',
              {
                quoted: said.map((span) => innerOffsets(text, span, span, paragraph.start)),
              },
            ),
          )
        }

        // "according to the “Medicare for all” document": a quote naming the source is no statement.
        const naming = (span: QuotedSpan) =>
          reports.some(
            (report) =>
              report.source !== null &&
              span.open - from >= report.source.start &&
              span.close - from <= report.source.end,
          )
        const direct = quotedStatements(
          inside.filter(
            (span) => !reportedSpans.has(span) && !naming(span) && !isGivenName(text, span),
          ),
          // A noun reports a statement only in its own clause ("his claim that …").
          cues.filter((cue) => !reportedCues.has(cue) && cue.form !== 'noun'),
        )
        // Reported speech without quote marks, for every verb the quotes did not take.
        const indirect: Quote[] = []
        for (const report of reports) {
          if (direct.cues.has(report.cue) || statementOfReport.has(report)) continue
          const hasQuote = overlapping.some((span) =>
            report.content.some(
              (piece) => span.open - from < piece.end && span.close - from > piece.start,
            ),
          )
          const statement = statementOf(sentence.text, report)
          if (hasQuote || !statement || !report.cue.strong) continue
          const attribution = attributionOf(report)
          if (!attribution) continue
          indirect.push(reportedQuote(report, statement, attribution, 'indirect', { quoted: [] }))
        }
        return [...reported, ...direct.quotes, ...indirect].sort((a, b) => a.start - b.start)

        /** A reported statement as a quote. */
        function reportedQuote(
          report: Report,
          statement: { text: string; start: number; end: number },
          attribution: Attribution,
          kind: QuoteKind,
          extra: { quoted: TextRange[] },
        ): Quote {
          // The date of the saying stands outside the statement; dates in it are what it is about.
          const outside = blankStretches(frame, report.content)
          return {
            text: statement.text,
            kind,
            speaker: attribution.speaker,
            speakerText: attribution.text || null,
            cue: report.cue.text,
            confidence: report.cue.class === 'thought' ? 'low' : 'high',
            quoted: extra.quoted,
            date: dateOf(outside, report.cue),
            ...place,
            start: sentence.start + statement.start,
            end: sentence.start + statement.end,
          }
        }

        /**
         * A whole quote after a colon, with no verb of saying: the words
         * before the colon name who says it ("Republican pollster Daron
         * Shaw: “…”", "From the report: “…”"), as the name they end with
         * or the subject they start with.
         */
        function introducedQuote(opening: QuotedSpan): { quotes: Quote[]; cues: Set<Cue> } | null {
          const lead = frame.slice(0, opening.open - from).trimEnd()
          if (!lead.endsWith(':') || !isWholeStatement(text, opening)) return null
          const before = lead.slice(0, -1).trimEnd()
          // "The mayor had a message for Ann Lee: “…”": what ends a clause is its
          // object; the subject it opens with speaks.
          // "HEADLINE - Ann Lee: “…”": a dash sets the name apart from what stands before it.
          const leadSubject = openingSubject(before.split(leadDash).at(-1) ?? before)
          if (leadSubject) {
            const attribution = leadSubject.described
              ? { speaker: describedSpeaker(leadSubject.text, cast), text: leadSubject.text }
              : (leadingSpeaker(before, cast, lastSpeaker) ?? clauseAttribution(before))
            if (attribution) {
              return { quotes: [wholeQuote([opening], attribution, ':')], cues: new Set() }
            }
          }
          const named = nameBefore(before, before.length, (word) => cast.knows(word))
          const described = named ? null : /(?:^|\s)((?:the|a|an)\s+[\p{L}’'-]+)$/iu.exec(before)
          const subject = named || described ? null : /^\s*(he|she|they)\b/iu.exec(before)
          const attribution: Attribution | null = named
            ? {
                speaker: cast.speaker(named.name, roleBefore(sentence.text, named.start)),
                text: named.name,
              }
            : described?.[1]
              ? { speaker: describedSpeaker(described[1], cast), text: described[1] }
              : subject?.[1]
                ? { speaker: cast.resolve(subject[1], lastSpeaker, []), text: subject[1] }
                : // "Trump leaned in and boomed: “…”": a clause with a verb the
                  // lexicon does not hold introduces it; its subject speaks.
                  (leadingSpeaker(before, cast, lastSpeaker) ??
                  clauseAttribution(before) ??
                  (wordCount(before) >= 3 ? { speaker: null, text: '' } : null))
          if (!attribution) return null
          return { quotes: [wholeQuote([opening], attribution, ':')], cues: new Set() }
        }

        /** Who the subject of a clause before a colon names, when a cheap scan finds one. */
        function clauseAttribution(clause: string): Attribution | null {
          const subject = clauseSubject(clause, (word) => cast.knows(word))
          if (!subject) return null
          const { name, role } = splitRole(subject.name)
          return { speaker: cast.speaker(name, role), text: subject.name }
        }

        /**
         * A sentence that is a whole quote with no verb of saying and no
         * quote before it in its paragraph: the rest of a quote the
         * paragraph before left open, else a statement of whoever spoke
         * last there or is named at the start of the sentence before (“Ms.
         * Ortiz was blunt. ‘We are not going back.’”), else of no one known.
         * Words after its own comma (“‘…,’ Brenn notes.”) attribute it: it is
         * a statement of its own, of the person they open with when they do.
         */
        function standaloneQuote(spans: readonly QuotedSpan[]): {
          quotes: Quote[]
          cues: Set<Cue>
        } {
          const none = { quotes: [], cues: new Set<Cue>() }
          const opening = spans[0] as QuotedSpan
          const last = spans.at(-1) as QuotedSpan
          // A quote that goes on into a later sentence is read there, with its verb.
          const to = sentence.end - paragraph.start
          if (!isWholeStatement(text, opening) || wordCount(frame) > 3) return none
          if (last.closed && last.close > to + 1) return none
          for (const span of spans) used.add(span)
          const offsets = spans.map((span) => innerOffsets(text, span, span, paragraph.start))
          // '“…,” Viguerie notes.': words after the quote's own comma attribute it
          // (with a verb the lexicon does not hold); it is no more of the quote before.
          const after = frame.slice(Math.max(last.close - from, 0))
          const attributed = /,$/u.test(last.text) && wordCount(after) > 0
          const next = wordCount(after) === 0 ? attributionAfter(last) : null
          if (next) {
            if (next.attribution.speaker) lastSpeaker = next.attribution.speaker
            return { quotes: [wholeQuote(spans, next.attribution, next.cue)], cues: new Set() }
          }
          // A pull quote repeats words the article gave before: not more of them.
          if (
            !attributed &&
            carried?.quote.kind === 'direct' &&
            !carried.quote.text.includes(trimTrailing(joinSpans(spans), /[\s.,;:!?…]/u))
          ) {
            extendQuote(carried.quote, spans, data.text, {
              end: innerOffsets(text, opening, last, paragraph.start).end,
              quoted: offsets,
            })
            continued = carried.quote
            return none
          }
          // "The mayor answered in a letter:" introduces what follows it.
          const introducer = previousSentence.trimEnd().endsWith(':')
            ? /^\s*((?:the|a|an)\s+[\p{L}’'-]+)\s/iu.exec(previousSentence)?.[1]
            : undefined
          const named = attributed ? leadingSpeaker(after, cast, lastSpeaker) : null
          const introduced = named || carried?.quote.speaker ? null : introducedBy(previousSentence)
          const attribution: Attribution | null =
            named ??
            (carried?.quote.speaker
              ? { speaker: carried.quote.speaker, text: carried.quote.speakerText ?? '' }
              : (introduced?.attribution ??
                leadingSpeaker(previousSentence, cast, lastSpeaker) ??
                (introducer
                  ? { speaker: describedSpeaker(introducer, cast), text: introducer }
                  : null) ??
                speakerAfter(last)))
          return {
            quotes: [wholeQuote(spans, attribution, introduced?.cue ?? null)],
            cues: new Set(),
          }
        }

        /**
         * The speaker and verb of a sentence that ends with a colon to
         * introduce the quote after it ("In a 1963 speech, he declared:",
         * "the port committee said about its plan:"), read as the verb's own
         * quote would be; `null` when the sentence holds no verb of saying or
         * names no one for it.
         */
        function introducedBy(
          introduction: string,
        ): { attribution: Attribution; cue: string } | null {
          if (!introduction.trimEnd().endsWith(':')) return null
          const cue = findCues(introduction).at(-1)
          if (!cue) return null
          const attribution = findSpeaker(
            introduction,
            introduction,
            cue,
            () => findEntities(introduction),
            cast,
            lastSpeaker,
          )
          return attribution?.speaker ? { attribution, cue: cue.text } : null
        }

        /**
         * The speaker and verb of a sentence that starts right at a quote's
         * closing mark and opens with them ('“… a lot of people…” Clinton
         * said.'): the split ended the quote's sentence at its own ellipsis,
         * question or exclamation mark, and the words after it attribute it
         * (after a full stop, they are a sentence of their own).
         */
        function attributionAfter(
          last: QuotedSpan,
        ): { attribution: Attribution; cue: string } | null {
          // A full stop ends the speaker's sentence and the writer's: what follows is new.
          if (!last.closed || !/(?:[!?…]|\.{3})$/u.test(last.text)) return null
          const next = sentences.find(
            (candidate) => candidate.start >= paragraph.start + last.close,
          )
          if (!next || text.slice(last.close, next.start - paragraph.start).trim() !== '')
            return null
          const cue = findCues(next.text)[0]
          const lead = next.text.slice(0, cue?.start ?? 0)
          if (!cue || wordCount(lead) === 0 || wordCount(lead) > 4 || /[,;:]/u.test(lead))
            return null
          const attribution = leadingSpeaker(next.text, cast, lastSpeaker)
          return attribution ? { attribution, cue: cue.text } : null
        }

        /**
         * The person the sentence right after a quote opens with, in the same
         * paragraph (“‘We are not going back.’ Ms. Ortiz was blunt.”); a
         * pronoun there is left alone.
         */
        function speakerAfter(last: QuotedSpan): Attribution | null {
          const next = sentences.find(
            (candidate) => candidate.start >= paragraph.start + last.close,
          )
          const firstWord = /^\s*(\p{L}+)/u.exec(next?.text ?? '')?.[1]?.toLowerCase()
          if (!next || (firstWord && thirdPersonPronoun.has(firstWord))) return null
          return leadingSpeaker(next.text, cast, lastSpeaker)
        }

        /**
         * A quote that opens the sentence and is followed by a short clause
         * with a verb the lexicon does not hold, ended by the sentence or a
         * comma: "“France will always be France,” an angry Hollande
         * retaliated." compromise tags the few words of that clause; its
         * subject (or the name after its verb: "reacted Trump") speaks.
         */
        function tailQuote(
          spans: readonly QuotedSpan[],
        ): { quotes: Quote[]; cues: Set<Cue> } | null {
          const last = spans.at(-1) as QuotedSpan
          // The quote is set off from what follows by its own comma or mark ("…,” she …").
          if (!last.closed || !/[,!?…]$/u.test(last.text)) return null
          const after = last.close - from
          const rest = frame.slice(after)
          const raw = rest.slice(0, clauseEnd(rest))
          const clause = raw.trim()
          if (!/^\s/u.test(rest) || clause === '' || clause.split(/\s+/).length > 6) return null
          const at = after + raw.indexOf(clause)
          const verb = tailVerb(clause)
          if (!verb) return null
          const before = clause.slice(0, verb.start).trim()
          const afterVerb = clause.slice(verb.end).trim()
          const subject = before || (/^\p{Lu}/u.test(afterVerb) ? afterVerb : '')
          // "“…,” which votes in June": a relative clause tells of the words before it, not who spoke.
          if (!subject || relativePronoun.has(words(subject)[0]?.toLowerCase() ?? '')) return null
          const start = at + clause.indexOf(subject)
          const attribution = sourceAttribution(
            sentence.text,
            frame,
            { start, end: start + subject.length },
            cast,
            lastSpeaker,
          )
          if (attribution.speaker) lastSpeaker = attribution.speaker
          return { quotes: [wholeQuote(spans, attribution, verb.text)], cues: new Set() }
        }

        /** A direct quote of whole quoted passages. */
        function wholeQuote(
          spans: readonly QuotedSpan[],
          attribution: Attribution | null,
          cue: string | null,
        ): Quote {
          for (const span of spans) used.add(span)
          const first = spans[0] as QuotedSpan
          const last = spans.at(-1) as QuotedSpan
          return {
            text: joinSpans(spans),
            kind: 'direct',
            speaker: attribution?.speaker ?? null,
            speakerText: attribution?.text || null,
            cue,
            confidence: 'high',
            quoted: spans.map((span) => innerOffsets(text, span, span, paragraph.start)),
            date: null,
            ...place,
            ...innerOffsets(text, first, last, paragraph.start),
          }
        }

        /** The statements in quote marks: whole quotes, interrupted ones, fragments. */
        function quotedStatements(
          spans: readonly QuotedSpan[],
          candidates: readonly Cue[],
        ): { quotes: Quote[]; cues: Set<Cue> } {
          const none = { quotes: [], cues: new Set<Cue>() }
          if (spans.length === 0) return none
          const cue = nearestCue(candidates, spans, from, frame)
          // 'She was blunt about it: "A. B," she wrote': a quote that hands over to a
          // verb of its own in a later sentence is that verb's, read there.
          if (
            cue &&
            spans.length === 1 &&
            handsOverLater(text, spans[0] as QuotedSpan, sentence.end - paragraph.start)
          )
            return none
          const signed = signature(text, spans)
          if (!cue && signed) {
            for (const span of spans) used.add(span)
            const speaker = cast.speaker(signed.name, null)
            return {
              quotes: [
                {
                  text: joinSpans([signed.span]),
                  kind: 'direct',
                  speaker,
                  speakerText: signed.name,
                  cue: signed.dash,
                  confidence: 'high',
                  quoted: [innerOffsets(text, signed.span, signed.span, paragraph.start)],
                  date: null,
                  ...place,
                  ...innerOffsets(text, signed.span, signed.span, paragraph.start),
                },
              ],
              cues: new Set(),
            }
          }
          if (!cue) {
            const opening = spans[0]
            if (!opening || isTerm(opening)) return none
            const introduced = introducedQuote(opening)
            if (introduced) return introduced
            // A quote that opens the next sentence with no verb of its own goes
            // on from the quote before ('"…," she said. "Now the work begins."');
            // after a partial quote, it is a whole statement of the same speaker.
            const previous = found.at(-1)
            if (opening.open - from > 1) return none
            const tailed = tailQuote(spans)
            if (tailed) return tailed
            if (!previous) return standaloneQuote(spans)
            const last = spans[spans.length - 1] as QuotedSpan
            // A quote that goes on into a later sentence is read there, with its verb.
            if (last.closed && last.close > sentence.end - paragraph.start + 1) return none
            for (const span of spans) used.add(span)
            const offsets = spans.map((span) => innerOffsets(text, span, span, paragraph.start))
            // '"…," she said, adding that …. "…"': it goes on from the quote the sentence
            // before holds (before the one the quote opens in, when it runs over several).
            const sentenceBefore = sentences.findLast(
              (candidate) => candidate.end - paragraph.start <= opening.open,
            )
            const continued =
              previous.kind === 'direct'
                ? previous
                : found.findLast(
                    (quote) =>
                      quote.kind === 'direct' &&
                      sentenceBefore !== undefined &&
                      quote.end > sentenceBefore.start,
                  )
            if (continued) {
              extendQuote(continued, spans, data.text, {
                end: innerOffsets(text, opening, last, paragraph.start).end,
                quoted: offsets,
              })
              return none
            }
            // 'The deal “looks out for the owners,” Brenn wrote. “That is unacceptable.”':
            // a partial quote whose last piece hands over to its attribution goes on here.
            if (
              previous.kind === 'partial' &&
              sentenceBefore &&
              handsOverToAttribution(data.text, previous, sentenceBefore.end)
            ) {
              const end = paragraph.start + last.close
              // A fragment given as its words alone goes on as a direct quote does.
              if (previous.end <= (previous.quoted.at(-1)?.end ?? 0))
                extendQuote(previous, spans, data.text, { end, quoted: offsets })
              else {
                previous.text = `${previous.text} ${text.slice(opening.open, last.close)}`
                previous.end = end
                previous.quoted.push(...offsets)
              }
              return none
            }
            // After a reported statement, a whole quote is more of the same speaker's words.
            if (!/^\p{Lu}/u.test(opening.text)) return none
            return {
              quotes: [
                {
                  ...previous,
                  text: joinSpans(spans),
                  kind: 'direct',
                  quoted: offsets,
                  ...place,
                  ...innerOffsets(text, opening, last, paragraph.start),
                },
              ],
              cues: new Set(),
            }
          }
          // The shape of the sentence names the source where it can ("“…,” Brent
          // Bozell, founder of …, tells Breitbart News"); the words by the verb otherwise.
          const shaped = reports.find((report) => report.cue === cue && report.source)
          const attribution = shaped
            ? attributionOf(shaped)
            : findSpeaker(sentence.text, frame, cue, entities, cast, lastSpeaker)
          if (attribution) lastSpeaker = attribution.speaker
          // “Absolutely,” he said: a short quote its verb follows is said, whatever its
          // case, and so is one word its verb leads to (he said, “Probably.”) or a
          // sentence ended inside the marks (interjecting, “Only Rosie O’Donnell.”),
          // unless the verb names (called, “…”); longer ones there in Title Case may
          // name a work (his reads, “This Kind of War,”), and so does one whose verb
          // has an object of its own after it (“…,” the actor discussed the absence of …),
          // but not whom it was said to (“…,” the mayor told the council).
          // A title run into the sentence ("in his book “…”") is named, not said;
          // words cried out are said ("chanted “Dump Holt”").
          const statements = spans.filter(
            (span) =>
              criedAfter(frame, span, from, cue) ||
              ((!isTerm(span) ||
                (saidRightAfter(frame, span, span.open - from, cue) &&
                  (cue.object || !determiner.test(words(frame.slice(cue.end))[0] ?? ''))) ||
                ((wordCount(span.text) === 1 || (/[.!?]$/u.test(span.text) && !cue.object)) &&
                  ledByCue(frame, span.open - from, cue))) &&
                !isRunInTitle(text, span)),
          )
          for (const span of statements) used.add(span)
          const date = dateOf(frame, cue)
          // A fragment in no reported clause is a term or a word the reporter borrows.
          const groups = groupsByCue(statements, candidates, cue, from, frame).filter(
            (group) =>
              group.spans.some((span) => isWholeStatement(text, span)) ||
              criedAfter(frame, group.spans[0] as QuotedSpan, from, group.cue) ||
              wordCount(joinSpans(group.spans)) >= fragmentWords,
          )
          return {
            quotes: groups.map((group) => {
              const first = group.spans[0] as QuotedSpan
              const last = group.spans[group.spans.length - 1] as QuotedSpan
              const kind: QuoteKind = group.spans.some(
                (span) =>
                  isWholeStatement(text, span) ||
                  isLedSentence(text, frame, span, from, group.cue) ||
                  criedAfter(frame, span, from, group.cue),
              )
                ? 'direct'
                : 'partial'
              // "described Trump as “a sociopath”": a fragment the verb leads to is
              // said with the words between them.
              const lead =
                kind === 'partial' ? leadIn(text, group.cue, from + group.cue.end, first) : null
              return {
                text: lead === null ? joinSpans(group.spans) : text.slice(lead, last.close),
                kind,
                speaker: attribution?.speaker ?? null,
                speakerText: attribution?.text ?? null,
                cue: group.cue.text,
                confidence: group.cue.class === 'thought' ? 'low' : 'high',
                quoted: group.spans.map((span) => innerOffsets(text, span, span, paragraph.start)),
                date,
                ...place,
                ...(lead === null
                  ? innerOffsets(text, first, last, paragraph.start)
                  : { start: paragraph.start + lead, end: paragraph.start + last.close }),
              }
            }),
            cues: new Set(groups.length > 0 ? groups.map((group) => group.cue) : []),
          }
        }
      }
    }
    // A name before a colon speaks only when the article shows it to be a
    // person's elsewhere (one who speaks, or has a role or a title):
    // "Graham: …" over a story Lindsey Graham speaks in, not "Seat Height: …"
    // in a list of tips.
    // "TAPPER: …" and "CLINTON: …": two names or more written as a
    // transcript writes its speakers, each before a statement, are speakers.
    const transcriptNames = new Set(
      named
        .filter(
          ({ quote, name }) => isTranscriptName(name) && isLabelledStatement(name, quote.text),
        )
        .map(({ name }) => name),
    )
    for (const { quote, name } of named) {
      const { name: person, role } = splitRole(name)
      const spoken = transcriptNames.size >= 2 && transcriptNames.has(name)
      if (!cast.isPerson(person.split(/\s+/).at(-1) ?? '') && !spoken) continue
      if (!isLabelledStatement(name, quote.text)) continue
      // What a turn reports without quote marks is part of what its speaker says,
      // as what "X said Y believes" reports is part of what X said.
      const reported = quotes.filter(
        (other) => other.kind !== 'direct' && other.start >= quote.start && other.end <= quote.end,
      )
      for (const other of reported) quotes.splice(quotes.indexOf(other), 1)
      quotes.push({ ...quote, speaker: cast.speaker(person, role) })
    }
    data.quotes = named.length > 0 ? quotes.sort((a, b) => a.start - b.start) : quotes
  }
}

/**
 * Words that only link a verb to a quoted fragment ("a", "about", "that",
 * "as"): a lead-in of these alone adds nothing to what was said.
 */
const linkWord: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...determiners.quantifiers,
  ...reporting.quoteLeads,
  ...reporting.statementPrepositions,
  ...reporting.adjunctOpenings,
])

/** How many words may lead from a verb to the quoted fragment it reports ("described Trump as"). */
const leadWords = 8

/**
 * Where the words that lead from a verb `cue` (ending at `cueEnd`) to a
 * quoted fragment start, past "that" and spaces: a few words with no mark of
 * a clause's end between; `null` when the fragment does not follow the verb so.
 */
function leadIn(text: string, cue: Cue, cueEnd: number, fragment: QuotedSpan): number | null {
  if (cueEnd >= fragment.open) return null
  const between = text.slice(cueEnd, fragment.open)
  if (/[.;:!?"“”]/u.test(between)) return null
  const words = between.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  // "told his supporters, “our …”": after a verb that takes whom it is said
  // to, a short noun phrase set off by a comma is the addressee, not words
  // of the statement (but "asks aides to stump for him, “…”" is one).
  if (cue.object && /,\s*$/u.test(between) && isAddressee(words)) return null
  if (words.length > leadWords || !words.some((word) => !linkWord.has(word.toLowerCase())))
    return null
  const start = cueEnd + (between.length - between.trimStart().length)
  const that = /^that\s+/i.exec(text.slice(start, fragment.open))
  return that && words.length > 1 ? start + that[0].length : start
}

/** How many words the person spoken to may take before a quoted fragment. */
const addresseeWords = 3

/** Words that open a clause or an adjunct rather than name whom it was said to ("that", "to", "in"). */
const notInAddressee: ReadonlySet<string> = new Set([
  ...reporting.quoteLeads,
  ...reporting.adjunctOpenings,
])

/** Whether the words between a verb and a quote are a short noun phrase ("his supporters"). */
function isAddressee(words: readonly string[]): boolean {
  return (
    words.length <= addresseeWords &&
    words.every((word) => !notInAddressee.has(word.replace(/,$/u, '').toLowerCase()))
  )
}

/** Words a quoted fragment outside any reported clause needs to be taken as a statement. */
const fragmentWords = 3

/** Words an attribution between two pieces of a quote may take ("said Mara Holt, the harbour master,"). */
const attributionWords = 10

/**
 * The quoted passages of a sentence, grouped into statements: one statement
 * interrupted by its verb (`"…," she said, "…"`) stays one, but a second
 * verb of saying between two passages starts a new one (`"…," Trump said,
 * adding later, "…"`), and fragments with the reporter's words between them
 * are quotes of their own (`called it "disgusting" before praising "a bold
 * step"`); pieces joined by nothing but "and" or "or" are one (`called it
 * "disgusting" and "a con"`, `chanted "Send them home," and "Build the wall."`).
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
    // '“A,” she said, but …, “B,” said Kunin': a piece its own verb of saying
    // follows at once is a statement of that verb, not more of the one before.
    // The first verb after it (a finding's opening is listed before its noun's verb).
    const after = cues
      .filter((cue) => cue.start >= span.close - from)
      .sort((one, other) => one.start - other.start)[0]
    const own =
      after &&
      after !== chosen &&
      saidRightAfter(frame, span, span.open - from, after) &&
      namedBy(frame, span.close - from, after)
        ? after
        : undefined
    // Between the pieces of one statement stands its attribution, and little else.
    const between = frame.slice(gapStart, span.open - from)
    const short = wordCount(between) <= attributionWords && !opensClauseOfItsOwn(between)
    // '“Send them home,” and “Build the wall.”': quotes one verb leads to, with
    // nothing but "and" or "or" between, are one statement.
    const joined = /^[\s,]*(?:and|or)[\s,]*$/iu.test(between)
    if (group && !own && !next && (gap.includes(chosen) || joined) && short) group.spans.push(span)
    else if (group && !own && continuesQuote(spans, span, frame, from)) group.spans.push(span)
    else groups.push({ spans: [span], cue: own ?? next ?? chosen })
    gapStart = span.close - from
  }
  return groups
}

/**
 * Whether the words by a verb of saying after a quote closing at `close`
 * name who says it: a speaker between them ("“…,” Kunin said") or a name
 * after the verb ("“…,” said Kunin"), not a participle going on ("“…,”
 * adding that …").
 */
function namedBy(frame: string, close: number, cue: Cue): boolean {
  const between = words(frame.slice(close, cue.start))
  // "“…,” but he denied that …": a conjunction opens a clause of the reporter's.
  if (between.length > 0) return !clauseOpeningWord.has(between[0]?.toLowerCase() ?? '')
  return /^\s+\p{Lu}/u.test(frame.slice(cue.end))
}

/**
 * Whether a quoted piece goes on with the quote right before it, which its
 * attribution cuts, however long that is ("“Many are unsure,” she wrote in
 * a statement explaining her vote, “but most agree …”"): a comma ends the
 * first piece and the attribution, and the second opens in lower case.
 * `spans` are the sentence's quoted passages in order, `frame` the sentence
 * with them blanked out, `from` the sentence's offset in the paragraph.
 */
function continuesQuote(
  spans: readonly QuotedSpan[],
  span: QuotedSpan,
  frame: string,
  from: number,
): boolean {
  const before = spans[spans.indexOf(span) - 1]
  if (!before?.closed || !/^\p{Ll}/u.test(span.text)) return false
  const between = frame.slice(Math.max(before.close - from, 0), Math.max(span.open - from, 0))
  if (opensClauseOfItsOwn(between)) return false
  return (/,$/u.test(before.text) || /^\s*,/u.test(between)) && /,\s*$/u.test(between)
}

/**
 * Whether the words between two quoted pieces open a clause that the second
 * piece completes, so that it is no more of the first: "“…,” he said,
 * noting that he and his wife, “have …”", "he said introducing her as a
 * “global leader …”".
 */
function opensClauseOfItsOwn(between: string): boolean {
  return /\bthat\b|\bas\s+(?:an?|the)\s*$/iu.test(between)
}

/** What may follow a quoted piece's words up to its attribution: a comma and closing marks. */
const closingMarks = /^\s*(?:,\s*)?["”’'»]+,?/u
/** A piece's words that end with a comma inside a quote of their own (`… as, ‘He’s the one,’`). */
const innerComma = /,\s*["”’'»]+$/u

/**
 * Whether a partial quote ends its sentence as `STATEMENT, SOURCE CUE.`
 * with its statement ending in its last quoted piece and the comma that
 * hands it over (`The deal “looks out for the owners,” Brenn wrote in a
 * letter.`): the speaker's words stop only for the attribution, so a whole
 * quote right after it goes on with them. `sentenceEnd` is where the
 * partial's sentence ends; offsets are into `articleText`.
 */
function handsOverToAttribution(articleText: string, partial: Quote, sentenceEnd: number): boolean {
  const last = partial.quoted.at(-1)
  if (!last || !partial.cue) return false
  const closing = closingMarks.exec(articleText.slice(last.end, sentenceEnd))?.[0]
  if (closing === undefined || partial.end > last.end + closing.length) return false
  if (!closing.includes(',') && !innerComma.test(articleText.slice(last.start, last.end)))
    return false
  const attribution = articleText.slice(last.end + closing.length, sentenceEnd)
  return (
    !anyQuoteMark.test(attribution) &&
    wordCount(attribution) <= attributionWords &&
    words(attribution).includes(partial.cue)
  )
}

/**
 * Whether a quote runs on past the sentence that ends at `sentenceEnd` and
 * its last words, ended by a comma inside the closing mark, hand over to a
 * verb of saying in the clause right after it (`"…. …," she wrote`).
 */
function handsOverLater(text: string, span: QuotedSpan, sentenceEnd: number): boolean {
  if (!span.closed || span.close <= sentenceEnd + 1 || !/,\s*$/u.test(span.text)) return false
  const after = text.slice(span.close)
  return hasCue(after.slice(0, after.search(/[.!?;:,"“”]|$/u)))
}

/** What ends a quote's words before its cue: the comma (or colon) that leads to it, white space. */
const beforeCue = /[\s,;:]/u
/** A comma or white space. */
const commaOrSpace = /[\s,]/u

/**
 * The words of a quote's spans as written, joined by a space: each piece
 * keeps its own punctuation (`“A,” she said. “B.”` is `A, B.`), so the
 * pieces still read as the speaker's sentences; only the comma or colon that
 * hands the last piece over to the words after it is left out.
 */
function joinSpans(spans: readonly QuotedSpan[]): string {
  return spans
    .map((span, index) =>
      index === spans.length - 1 ? trimTrailing(span.text, beforeCue) : span.text,
    )
    .join(' ')
}

/**
 * A direct quote that goes on in later quoted pieces: their words follow
 * its own, which get back the comma or colon they ended with before the
 * words that cut them (`“A,” she said. “B.”` is `A, B.`). `articleText` is
 * the text the quote's offsets point into.
 */
function extendQuote(
  quote: Quote,
  spans: readonly QuotedSpan[],
  articleText: string,
  range: { end: number; quoted: TextRange[] },
): void {
  const ending = /^[\s,;:]*/u.exec(articleText.slice(quote.end))?.[0].trim() ?? ''
  quote.text = `${quote.text}${ending} ${joinSpans(spans)}`
  quote.end = range.end
  quote.quoted.push(...range.quoted)
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

/**
 * The verb of saying of the sentence's first quote: the one that leads to it
 * with nothing but a comma or colon between (`she stated, “…,” adding, “…”`:
 * not the verb after it, which leads to the next), else the closest (or the
 * first one). `frame` is the sentence with its quotes blanked out.
 */
function nearestCue(
  cues: readonly Cue[],
  spans: readonly QuotedSpan[],
  from: number,
  frame: string,
): Cue | undefined {
  const span = spans[0]
  if (!span) return cues[0]
  const open = span.open - from
  const leading = cues.findLast(
    (cue) => cue.end <= open && ['', ',', ':'].includes(frame.slice(cue.end, open).trim()),
  )
  if (leading) return leading
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

/** Who a statement is attributed to, and the words that name them there. */
interface Attribution {
  /** Who speaks, or `null` when the words name no one the article knows ("they"). */
  speaker: Speaker | null
  /** The words that name the speaker, as written. */
  text: string
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
): Attribution | null {
  const named = (entity: Entity): Attribution => {
    if (entity.organisation) return { speaker: cast.organisation(entity.name), text: entity.name }
    const { name, role } = splitRole(entity.name)
    const offset = entity.name.lastIndexOf(name)
    const speaker = cast.speaker(name, roleBefore(sentence, entity.start + offset) ?? role)
    return { speaker, text: entity.name }
  }
  const known = (word: string) => cast.knows(word)
  const clauseSubjectOf = (clause: string): Attribution | null => {
    const found = clauseSubject(clause, known, true)
    // "After the vote, he thanked Ann Lee": a pronoun before any name is the subject.
    const pronoun = subjectPronoun.exec(clause)
    if (pronoun?.[1] && (!found || pronoun.index < found.start)) {
      const earlier = capitalisedNames(clause.slice(0, pronoun.index)).map(
        (mention) => mention.name,
      )
      return { speaker: cast.resolve(pronoun[1], previous, earlier), text: pronoun[1] }
    }
    if (!found) return null
    const { name, role } = splitRole(found.name)
    return { speaker: cast.speaker(name, role), text: found.name }
  }
  // "Ann Lee urged women to vote for Mara Holt, saying, “…”": a verb in -ing after
  // a comma shares the subject of the clause it hangs on, not the name nearest it.
  const comma = frame.slice(0, cue.start).trimEnd()
  if (/ing$/iu.test(cue.text.split(/\s/u)[0] ?? '') && comma.endsWith(',')) {
    const clause = comma.slice(0, -1)
    // "The ferry will run, Holt said, adding, “…”": the participle goes on
    // from the verb of saying that ends the clause, whose source comes last.
    const closing = findCues(clause).at(-1)
    if (closing && clause.slice(closing.end).trim() === '' && !/ing$/iu.test(closing.text)) {
      const source = findSpeaker(
        clause,
        clause,
        closing,
        (end) => entities(Math.min(end, cue.start)),
        cast,
        previous,
      )
      if (source?.speaker) return source
    }
    // "The port chief wrote to the council, adding, “…”": a subject described
    // by a noun is read before any name further on.
    const opening = openingSubject(clause)
    const subject = opening?.described
      ? { speaker: describedSpeaker(opening.text, cast), text: opening.text }
      : clauseSubjectOf(clause)
    if (subject) return subject
  }
  // "“…,” she said, but Kevin …": a pronoun right before the verb is its subject.
  const subject = pronounBeforeCue.exec(frame.slice(0, cue.start))?.[1]
  if (subject) {
    const earlier = capitalisedNames(frame.slice(0, cue.start)).map((mention) => mention.name)
    return { speaker: cast.resolve(subject, previous, earlier), text: subject }
  }
  // "“…,” it read": a thing says it (an editorial, a sign, an ad), written as
  // "it"; no one is named for it.
  if (itBeforeCue.test(frame.slice(0, cue.start))) return { speaker: null, text: 'it' }
  const nameEnd = asidesStart(frame.slice(0, cue.start)) ?? cue.start
  const adjacent = nameBefore(frame, nameEnd, known)
  if (adjacent) {
    const speaker = cast.speaker(adjacent.name, roleBefore(sentence, adjacent.start))
    return { speaker, text: adjacent.name }
  }
  const fromDescription = (described: string | null | undefined): Attribution | null =>
    described && !isLooseDescription(described)
      ? { speaker: describedSpeaker(described, cast), text: described }
      : null
  // A description before the verb, even a loose one, leaves none to look for after it.
  const describedFirst = describedBefore(frame.slice(0, nameEnd))
  const describedBeforeCue = fromDescription(describedFirst)
  if (describedBeforeCue) return describedBeforeCue
  const inverted = nameAfter(frame, cue.end)
  const fromInverted = (found: NonNullable<typeof inverted>): Attribution => {
    // "Secretary of State": the title read with the name is the fuller one.
    const before = roleBefore(sentence, found.start)
    const role = before && found.role?.endsWith(before) ? found.role : (before ?? found.role)
    return { speaker: cast.speaker(found.name, role), text: found.name }
  }
  // "said Secretary of Defense Alan Dahl", "said Holt’s aide, Tomas Brenn": a
  // title of several words read up to the name says where the name starts,
  // which a guess from the capitals alone does not.
  if (inverted?.role?.includes(' ')) return fromInverted(inverted)
  // "told the crowd, “…”": after a verb that takes whom it is said to, the words are theirs to hear.
  const describedLater = fromDescription(
    cue.object || describedFirst
      ? undefined
      : (describedAfter.exec(frame.slice(cue.end))?.[1] ??
          ownedAfter.exec(frame.slice(cue.end))?.[1]),
  )
  if (describedLater) return describedLater
  const mentioned = entities(wordsEnd(frame, cue.end, 8))
  const before = mentioned.filter((entity) => entity.end <= cue.start && isVisible(frame, entity))
  const after = mentioned.filter((entity) => entity.start >= cue.end && isVisible(frame, entity))
  const closeBefore = before.at(-1)
  if (closeBefore && wordCount(frame.slice(closeBefore.end, cue.start)) <= 4)
    return named(closeBefore)
  const closeAfter = after[0]
  if (closeAfter && wordCount(frame.slice(cue.end, closeAfter.start)) <= 2) return named(closeAfter)
  if (inverted) return fromInverted(inverted)

  const lead = words(frame.slice(Math.max(0, cue.start - 40), cue.start)).slice(-4)
  const trail = words(frame.slice(cue.end, cue.end + 12)).slice(0, 1)
  const pronoun = [...lead, ...trail].find((word) => speakerPronoun.test(word))
  if (pronoun) {
    const earlier = capitalisedNames(frame.slice(0, cue.start)).map((mention) => mention.name)
    return { speaker: cast.resolve(pronoun, previous, earlier), text: pronoun }
  }
  const organisation = organisationIn(frame.slice(Math.max(0, cue.start - 60), cue.start))
  if (organisation) return { speaker: cast.organisation(organisation), text: organisation }
  if (closeBefore) return named(closeBefore)
  // "He then put on an accent and joked, “…”": the subject the sentence opens with
  // is the subject of its verbs joined by "and".
  return clauseSubjectOf(frame.slice(0, cue.start))
}

/** "it" right before a verb with nothing before it but the quote, blanked in the frame ("“…,” it "). */
const itBeforeCue = /^\s*it\s+$/iu

/** A speaker's pronoun at the end of a text, a word of its own ("“…,” she "). */
const pronounBeforeCue = new RegExp(`(?:^|[\\s,”"])(${speakerPronouns.join('|')})\\s+$`, 'iu')

/** A speaker's pronoun followed by a word in lower case, its verb ("he thanked"). */
const subjectPronoun = new RegExp(`(?<=^|[\\s,])(${speakerPronouns.join('|')})\\s+\\p{Ll}`, 'iu')
/** Words that refer back to the source named before them ("officials who said"), lower-cased. */
const relativePronoun: ReadonlySet<string> = new Set(pronouns.relative)
/** Pronouns of the third person, lower-cased: a sentence opening with one names no one. */
const thirdPersonPronoun: ReadonlySet<string> = new Set(pronouns.thirdPerson)
/** Pronouns that stand for people or organisations named elsewhere, lower-cased. */
const personalPronoun: ReadonlySet<string> = new Set(pronouns.subject)
/** The subject pronoun a possessive determiner stands for ("his" → "he"). */
const possessiveSubject: ReadonlyMap<string, string> = new Map(
  Object.entries(pronouns.possessiveSubjects),
)
/** Capitalised words of a name, with initials and abbreviations ("Sen.", "U.S."). */
const capitalisedWord = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\p{Lu}\.)$/u

/**
 * Who the words naming a reported statement's source stand for: a pronoun
 * resolved to the person named before it; "who" to the name it follows; a
 * name at its fullest, with the words before it as its role ("Republican
 * pollster Daron Shaw" is Daron Shaw, Republican pollster); an organisation
 * ("the State Department"); else the description itself ("officials", "a
 * spokesman for the campaign").
 */
function sourceAttribution(
  sentence: string,
  frame: string,
  source: Stretch,
  cast: Cast,
  previous: Speaker | null,
): Attribution {
  const text = sentence.slice(source.start, source.end)
  // "his claim that …": a possessive stands for the subject pronoun ("he").
  const pronoun = possessiveSubject.get(text.toLowerCase()) ?? text
  if (personalPronoun.has(pronoun.toLowerCase())) {
    const earlier = capitalisedNames(frame.slice(0, source.start)).map((mention) => mention.name)
    return { speaker: cast.resolve(pronoun, previous, earlier), text }
  }
  if (relativePronoun.has(text.toLowerCase())) {
    const before = trimTrailing(frame.slice(0, source.start), commaOrSpace)
    const antecedent = nameBefore(before, before.length, (word) => cast.knows(word))
    if (antecedent) {
      return {
        speaker: cast.speaker(antecedent.name, roleBefore(sentence, antecedent.start)),
        text,
      }
    }
    const described = describedBefore(`${before} `)
    return { speaker: described ? describedSpeaker(described, cast) : null, text }
  }
  // "President Trump himself", "the ministry also": words after the name are not part of it.
  const tokens = text.split(/\s+/)
  while (tokens.length > 1 && afterName.has((tokens.at(-1) ?? '').toLowerCase())) tokens.pop()
  // "Sunday" alone: a day is when, never who.
  if (tokens.every((token) => isCalendarWord(token))) return { speaker: null, text }
  // "a poll released Monday", "a filing on Thursday": when the source came out
  // is not part of its name, nor is the participle that dates it.
  const datedAfter = datedNext(sentence.slice(source.end))
  if (datedAfter || isCalendarWord(tokens.at(-1) ?? '')) {
    while (isCalendarWord(tokens.at(-1) ?? '') || timeGlue.has(tokens.at(-1) ?? '')) tokens.pop()
    if (tokens.length > 1 && /^\p{Ll}+ed$/u.test(tokens.at(-1) ?? '')) tokens.pop()
    if (tokens.length === 0) return { speaker: null, text }
  }
  dropStateOfTown(tokens)
  const nameFrom = capitalisedRunStart(tokens, tokens.length)
  // "Senator Mara Holt of Oregon", "the Bank of England": a name, "of" and a
  // place or a body is a person's name and where they are from, or an
  // organisation's name.
  const runBeforeOf =
    tokens[nameFrom - 1] === 'of' ? capitalisedRunStart(tokens, nameFrom - 1) : nameFrom - 1
  if (runBeforeOf < nameFrom - 1 && nameFrom < tokens.length) {
    const whole = tokens.slice(runBeforeOf).join(' ')
    // "the Bank of England", "in the Journal of Cold Biology": a name after "the" is a body's.
    if (
      organisationIn(whole) !== null ||
      /^the$/i.test(tokens[runBeforeOf] ?? '') ||
      tokens[runBeforeOf - 1] === 'the'
    )
      return { speaker: describedSpeaker(tokens.join(' '), cast), text }
    const person = splitRole(tokens.slice(runBeforeOf, nameFrom - 1).join(' '))
    // Only a first name and more make a person ("Massachusetts Secretary of
    // State …", "American Society of …" and "Secretary of State …" are read as
    // before), or a name of two words or more from a region ("Gov. Bill
    // Richardson of New Mexico").
    const fromRegion = isRegionName(tokens.slice(nameFrom).join(' ')) && isFullName(person.name)
    if (person.name.includes(' ') && (opensWithFirstName(person.name) || fromRegion)) {
      const given = [...tokens.slice(0, runBeforeOf), person.role].filter(Boolean).join(' ')
      return { speaker: cast.speaker(person.name, given || null), text }
    }
  }
  // "Officials in Vostria", "a spokesman for Mara Holt": a name after a
  // preposition says where or whom the source is from, not who it is ("of"
  // joins titles: "Secretary of State Mara Holt").
  const preposition = tokens[nameFrom - 1] ?? ''
  if (preposition !== 'of' && sourcePreposition.has(preposition))
    return { speaker: describedSpeaker(tokens.join(' '), cast), text }
  const head = tokens.slice(nameFrom).join(' ')
  const written = tokens.slice(0, nameFrom)
  // "the State Department", "the US": a name after "the" is an organisation's or a place's.
  const organisation = organisationIn(head)
  if (
    head === '' ||
    (organisation && head.endsWith(organisation)) ||
    /^the$/i.test(written.at(-1) ?? '')
  )
    return { speaker: describedSpeaker(tokens.join(' '), cast), text }
  const { name, role } = splitRole(head)
  // "Iran's Supreme Leader": a role alone stands for whoever the article gave it to.
  if (isRoleWord(name)) return { speaker: cast.withRole(head) ?? { name: head, role: null }, text }
  const words = written.filter((token, index) => index > 0 || !/^(?:the|a|an)$/i.test(token))
  const start = source.start + text.lastIndexOf(name)
  const given = [...words, role].filter(Boolean).join(' ') || roleBefore(sentence, start)
  // A lone capitalised word that opens the sentence is a name only when the article knows it.
  if (!name.includes(' ') && !given && !cast.knows(name) && source.start === 0)
    return { speaker: { name, role: null }, text }
  return { speaker: cast.speaker(name, given), text }
}

/**
 * Drops the state or country that ends a source after its town ("Stacy
 * Baker of Columbia, South Carolina", "a welder from Dayton, Ohio"), with the
 * town's comma: it is part of the place, and the name is what stands before it.
 */
function dropStateOfTown(tokens: string[]): void {
  const stateFrom = capitalisedRunStart(tokens, tokens.length)
  const town = tokens[stateFrom - 1] ?? ''
  if (stateFrom === tokens.length || !town.endsWith(',')) return
  const place = [...tokens.slice(0, stateFrom - 1), town.slice(0, -1)]
  const townFrom = capitalisedRunStart(place, place.length)
  if (townFrom === place.length || !sourcePreposition.has(place[townFrom - 1] ?? '')) return
  tokens.splice(0, tokens.length, ...place)
}

/** Prepositions that may stand inside a source ("officials in Vostria"). */
const sourcePreposition: ReadonlySet<string> = new Set(reporting.sourcePrepositions)

/** Whether a text opens with a day or a month, past words that lead to one ("on Thursday", "in late August"). */
function datedNext(text: string): boolean {
  for (const word of text.trimStart().split(/\s+/, 4)) {
    if (isCalendarWord(word.replace(/[,.;:]$/u, ''))) return true
    if (!timeGlue.has(word)) return false
  }
  return false
}

/** Whether a name opens with a first name compromise knows ("Mara Holt", not "American Society"). */
function opensWithFirstName(name: string): boolean {
  return nlp(name.split(' ')[0] ?? '').has('#FirstName')
}

/**
 * Where the run of capitalised words that ends before token `end` starts (a
 * possessive ends it: "Iran's Supreme Leader"); `end` when there is none.
 */
function capitalisedRunStart(tokens: readonly string[], end: number): number {
  let from = end
  while (
    from > 0 &&
    capitalisedWord.test(tokens[from - 1] ?? '') &&
    !/['’]s$/u.test(tokens[from - 1] ?? '')
  )
    from--
  return from
}

/** The marks that end a clause after a quote: punctuation and the dashes that set off a phrase. */
const clauseEndMarks = `,.;:!?${phraseDashes}`

/** Where the clause that opens a text ends: at a punctuation mark, a dash or " and ". */
function clauseEnd(text: string): number {
  for (let index = 0; index < text.length; index++) {
    if (clauseEndMarks.includes(text.charAt(index))) return index
    if (text.startsWith(' and ', index)) return index
  }
  return text.length
}

/**
 * The verb of a short clause after a quote, as compromise tags it ("an
 * angry Hollande retaliated", "reacted Trump"), with its particle ("cried
 * out"); `null` when it has none.
 */
function tailVerb(clause: string): { text: string; start: number; end: number } | null {
  const json = nlp(clause).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>
  }>
  const terms = json.flatMap((part) => part.terms)
  const index = terms.findIndex(
    (term) => term.tags.includes('Verb') && !term.tags.includes('Auxiliary'),
  )
  const term = terms[index]
  if (!term) return null
  const particle = terms[index + 1]?.tags.includes('Particle') ? terms[index + 1] : undefined
  const end = (particle ?? term).offset.start + (particle ?? term).offset.length
  return { text: clause.slice(term.offset.start, end), start: term.offset.start, end }
}

/**
 * Who a sentence is about, as its opening words name them: a person's name
 * ("Ms. Ortiz was blunt.") or "he"/"she" resolved; `null` otherwise.
 */
function leadingSpeaker(
  sentence: string,
  cast: Cast,
  previous: Speaker | null,
): Attribution | null {
  const pronoun = /^\s*(he|she)\b/iu.exec(sentence)?.[1]
  if (pronoun) return { speaker: cast.resolve(pronoun, previous, []), text: pronoun }
  const found = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?=[\s,])/u.exec(
    sentence,
  )?.[1]
  // "When Wallace asked …", "Then Mara Holt …": a word that opens sentences is no part of the name.
  const tokens = found?.split(/\s+/) ?? []
  while (tokens.length > 1 && sentenceOpening.has(tokens[0]?.toLowerCase() ?? '')) tokens.shift()
  const run = tokens.join(' ')
  if (!run) return null
  const { name, role } = splitRole(run)
  if (!name.includes(' ') && !cast.knows(name)) return null
  return { speaker: cast.speaker(name, role), text: run }
}

/**
 * The subject a clause opens with when a verb follows it, as compromise
 * tags the words: a noun phrase, with a determiner ("The port chief wrote
 * …", `described`) or without (a name: "Ann Lee had …"); `null` when the
 * clause does not open with a subject and its verb ("From the report",
 * "Republican pollster Daron Shaw").
 */
function openingSubject(clause: string): { text: string; described: boolean } | null {
  const subject = nlp(clause)
    .match('^(#Determiner|#Possessive)? (#Adjective|#Noun)+ #Adverb? #Verb')
    .match('^(#Determiner|#Possessive)? (#Adjective|#Noun)+')
    .text()
  if (!subject) return null
  return { text: subject, described: determiner.test(subject.split(/\s+/u)[0] ?? '') }
}

/** A dash between spaces, or one of the phrase dashes. */
const leadDash = new RegExp(`\\s-\\s|[${phraseDashes}]`, 'u')

/** Words that open sentences rather than names ("Then", "When", "At"), lower-cased. */
const sentenceOpening: ReadonlySet<string> = new Set(nameWords.sentenceOpenings)

/** Words that follow a name in a sentence without being part of it ("Trump himself"), lower-cased. */
const afterName: ReadonlySet<string> = new Set([...pronouns.reflexive, ...reporting.afterName])
/** Words that join a date to what it dates ("on Monday", "in late August"). */
const timeGlue: ReadonlySet<string> = new Set(reporting.timeGlue)

/** A reported statement's text and offsets in its sentence: its pieces joined by a space. */
function statementOf(
  sentence: string,
  report: Report,
): { text: string; start: number; end: number } | null {
  const first = report.content[0]
  const last = report.content.at(-1)
  if (!first || !last) return null
  const text = report.content
    .map((piece) => trimTrailing(sentence.slice(piece.start, piece.end), commaOrSpace))
    .join(' ')
  return text.trim() === '' ? null : { text, start: first.start, end: last.end }
}

/**
 * Whether a report's statement is its quotes and nothing else but "that" or
 * an adverb (`she said, "…"`, `"…," she said`, `adding later, "…"`): a
 * direct quote, read as one.
 */
function isQuotesOnly(frame: string, report: Report, quotes: readonly Stretch[]): boolean {
  const first = report.content[0]
  const last = report.content.at(-1)
  const inside = quotes.filter((quote) =>
    report.content.some((piece) => quote.start >= piece.start && quote.end <= piece.end),
  )
  const firstQuote = inside[0]
  const lastQuote = inside.at(-1)
  if (!first || !last || !firstQuote || !lastQuote) return false
  // Words before the quotes and between them lead to them; words after them
  // say where or to whom it was said ("yelled “You lie!” at the president").
  const lead = frame.slice(first.start, lastQuote.start)
  const tail = frame.slice(lastQuote.end, last.end)
  // "read the email aloud: “…”": words before a colon introduce the quote.
  const introduced = frame.slice(first.start, firstQuote.start).trimEnd().endsWith(':')
  return (
    (introduced || words(lead).every((word) => quoteLead.test(word))) &&
    (words(tail).length === 0 || adjunctOpening.test(tail.trimStart()))
  )
}

/** What opens the words after a quote that say where, when or to whom it was said. */
const adjunctOpening = new RegExp(`^(?:${reporting.adjunctOpenings.join('|')})\\b`, 'iu')

/** Words that may lead to a whole quote: "that", adverbs ("later", "simply"). */
const quoteLead = new RegExp(`^(?:${reporting.quoteLeads.join('|')}|\\p{L}+ly)$`, 'iu')

/** A text with the given stretches blanked out, offsets kept. */
function blankStretches(text: string, stretches: readonly Stretch[]): string {
  let out = text
  for (const { start, end } of stretches) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end)
  }
  return out
}

/** What opens an aside set off by commas: "who", "which", an article, an age (", 54,"). */
const asideOpening = new RegExp(`^\\s*(?:${reporting.asideOpenings.join('|')}|\\d+)\\b`, 'u')

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
      if (
        !(opening && lengthWithin(inner.slice(opening[0].length), 0, 80)) &&
        !isPartyOfRegion(inner)
      )
        break
      end = open
    }
    start = end
  }
  return start
}

/**
 * ", Republican of West Virginia,": a capitalised word, "of" and a region,
 * as news sets it after a name; or ", R-Texas,": a party and a state.
 */
function isPartyOfRegion(text: string): boolean {
  if (isPartyOfState(text.trim())) return true
  const match = /^\s*\p{Lu}[\p{L}-]* of (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})$/u.exec(text)
  return match?.[1] !== undefined && isRegionName(match[1])
}

/** Whether a text has from `min` to `max` characters (code points, as a `u` pattern counts them). */
function lengthWithin(text: string, min: number, max: number): boolean {
  if (text.length < min) return false
  const length = [...text].length
  return length >= min && length <= max
}

/** Articles ("the", "a", "an"). */
const articleWord: ReadonlySet<string> = new Set(determiners.articles)

/** Share of capitalised words, of the longer words, from which a paragraph is a headline in Title Case. */
const titleCaseHeadline = 0.9
/** Fewest longer words such a headline has (a name alone on a line is no headline). */
const minHeadlineWords = 4

/** Whether a paragraph is a headline in Title Case ("Mayor Says Fares Will Fall In May"). */
function isTitleCaseHeadline(text: string): boolean {
  const { counted, capitalised } = titleCaseCounts(text)
  return counted >= minHeadlineWords && capitalised / counted >= titleCaseHeadline
}

/** Words that cannot stand inside a speaker described by a noun ("the mayor"), lower-cased. */
const notInDescription: ReadonlySet<string> = new Set(reporting.notInDescription)

/**
 * Words that open a speaker described by a noun ("the mayor", "his lawyer",
 * "one witness"): not "your", whose description is the reader's ("your
 * platform"), no one the article quotes.
 */
const determiner = new RegExp(
  `^(?:${[
    ...determiners.articles,
    ...determiners.possessives.filter((word) => word !== 'your'),
    'one',
  ].join('|')})$`,
  'iu',
)
/** A word inside such a description ("the 54-year-old driver"). */
const descriptionWord = /^[\p{L}\p{N}’'-]+$/iu
/** The noun that ends it. */
const descriptionNoun = /^[\p{L}’'-]+$/iu
/** Words after which a determiner goes on with the description ("a spokesman for the port"). */
const descriptionLink: ReadonlySet<string> = new Set([...reporting.sourcePrepositions, 'and'])
/** Adverbs between a described speaker and the verb ("the mayor also said"). */
const adverb = new RegExp(`^(?:\\p{Ll}+ly|${reporting.verbAdverbs.join('|')})$`, 'iu')

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
  // "the rally said", "a family friend": after a determiner a word in -ly is a noun's.
  while (
    adverbsFrom > 0 &&
    adverb.test(wordAt(adverbsFrom - 1)) &&
    !determiner.test(wordAt(adverbsFrom - 2))
  )
    adverbsFrom--
  for (let first = Math.max(0, adverbsFrom - 6); first < adverbsFrom; first++) {
    if (!determiner.test(wordAt(first))) continue
    for (let last = first + 1; last <= Math.min(first + 5, tokens.length - 1); last++) {
      if (last >= adverbsFrom - 1 && descriptionNoun.test(wordAt(last))) {
        const start = tokens[first]?.start ?? 0
        return text.slice(start, (tokens[last]?.start ?? 0) + wordAt(last).length)
      }
      if (!descriptionWord.test(wordAt(last))) break
      // "a teenager hoisted a sign": a determiner with no preposition before it opens another phrase.
      if (determiner.test(wordAt(last)) && !descriptionLink.has(wordAt(last - 1).toLowerCase()))
        break
    }
  }
  return null
}
/**
 * A speaker described by a noun right after the verb: "said the ruling",
 * "said a senior official who spoke on condition of anonymity" (a relative
 * clause after the noun is about it).
 */
const describedAfter = new RegExp(
  String.raw`^\s+((?:the|a|an|one)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}’'-]+)(?=\s*(?:[.,;:!?]|$)|\s+(?:${pronouns.relative.join('|')})\s)`,
  'iu',
)
/**
 * A speaker described as someone's after the verb: "said Holt’s aide",
 * "said Rubio’s deputy campaign manager" (case kept: "said it’s time" is no owner).
 */
const ownedAfter =
  /^\s+((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s*(?:[.,;:!?]|$))/u

/** Whether a described speaker holds words no description has ("the rally and the crowd"). */
function isLooseDescription(phrase: string): boolean {
  const words = phrase.split(/\s+/).map((word) => word.toLowerCase())
  // "a voice-over in the ad", "a spokesman for the port": a phrase of a
  // preposition and its article says where the speaker is from ("to" says
  // where a thing went: "an email to supporters" is no one).
  return words.some(
    (word, index) =>
      index > 0 &&
      notInDescription.has(word) &&
      // "one for …": the phrase ends in a noun, not its preposition or article.
      (index === words.length - 1 ||
        !(
          placePreposition.has(word) ||
          (articleWord.has(word) && placePreposition.has(words[index - 1] ?? ''))
        )),
  )
}

/** Prepositions of a phrase that says where a described speaker is from. */
const placePreposition: ReadonlySet<string> = new Set(
  reporting.sourcePrepositions.filter((word) => word !== 'to'),
)

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
  const firstInner = text.slice(first.innerStart)
  const start = first.innerStart + (firstInner.length - firstInner.trimStart().length)
  const lastInner = text.slice(last.innerStart, last.innerEnd)
  const end = last.innerStart + trimTrailing(lastInner, beforeCue).length
  return { start: offset + start, end: offset + end }
}

/** A dash and up to four capitalised words after a quote: the name that signs it. */
const signatureLine = new RegExp(
  `^\\s*([${phraseDashes}])\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:,\\s*[^,.;:!?]{1,40}){0,3}\\.?`,
  'u',
)

/** A quote signed with a dash and a name, as readers' quotes are: "…" ― Jane Roe. */
function signature(
  text: string,
  spans: readonly QuotedSpan[],
): { span: QuotedSpan; name: string; dash: string } | undefined {
  const span = spans[spans.length - 1]
  if (!span) return undefined
  const signer = signatureOf(text, span.close)
  return signer ? { span, name: signer.name, dash: signer.dash } : undefined
}

/**
 * The dash and name that sign what comes before `from` ("― Jane Roe",
 * "— Jane Roe, Ohio": a place after a comma is no part of the name), with
 * where the signature ends; `undefined` when none starts there.
 */
function signatureOf(
  text: string,
  from: number,
): { name: string; dash: string; end: number } | undefined {
  const match = signatureLine.exec(text.slice(from))
  if (!match?.[1] || !match[2]) return undefined
  // The full stop that may end the line is no part of a name ("― Jane Roe.", not "J.").
  const name = match[2].replace(/(?<=\p{L}{2})\.$/u, '')
  return { name, dash: match[1], end: from + match[0].length }
}

/** Whether an entity stands outside the quotes (not blanked in the frame). */
function isVisible(frame: string, entity: Entity): boolean {
  return frame.slice(entity.start, entity.end).trim() !== ''
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
    // "New Day", "Midday with Ann Lee": short words and links are a name's too,
    // but a lone short word is an answer ("No.", "Yes").
    (count >= 2 || titleCaseRatio(span.text) >= 0.99) &&
    // "They sue": a short word in lower case that joins no name is said, not named.
    words(span.text).every((word) => !/^\p{Ll}/u.test(word) || termLink.has(word)) &&
    /^\p{Lu}/u.test(span.text) &&
    !/[.!?]\s+\p{Lu}/u.test(span.text) &&
    // "Nooooo!", "Thanks, John!!!": a cry or a question is said, not a name.
    !/[!?]$/u.test(span.text)
  )
}

/**
 * Whether a quote is a name or title a naming word gives (`a play called
 * "Harbour Lights"`, `an ad titled "Unifier?"`): right after the word, one
 * piece whose longer words are all capitalised. A title of works is named,
 * not said.
 */
function isGivenName(text: string, span: QuotedSpan): boolean {
  return (
    titleLead.test(text.slice(Math.max(0, span.open - 20), span.open)) &&
    /^\p{Lu}/u.test(span.text) &&
    !/[.!?]\s+\p{Lu}/u.test(span.text) &&
    titleCaseRatio(span.text) >= 0.99
  )
}

/** A word that gives a name or title, right before a quote's opening mark. */
const titleLead = new RegExp(`\\b(?:${reporting.titleLeads.join('|')})\\s*$`, 'iu')

/** The end of what comes before a quote that opens its sentence or a clause. */
const clauseOpening = new RegExp(`(?:^|[,:;${phraseDashes}])\\s*$`, 'u')

/**
 * Whether a text is only words in brackets, as transcripts note what no one
 * says ("(Laughter)", "[inaudible]", "(CROSSTALK.)", "[Applause] … (Cheers)"):
 * nobody's statement.
 */
function isStageDirection(text: string): boolean {
  return stageDirection.test(text)
}

/** One or more bracketed notes and nothing else but punctuation and spaces. */
const stageDirection = /^[\s.…]*(?:[[(][^[\]()]*[\])][\s.,;:!?…-]*)+$/u

/**
 * Whether a quote that opens its sentence or clause and is closed by its own
 * comma, exclamation or question mark is followed at once by its verb of
 * saying, with at most a name or pronoun before it (`“Technicals,” Bob
 * said`, `“Quiet!” he demanded`).
 */
function saidRightAfter(frame: string, span: QuotedSpan, open: number, cue: Cue): boolean {
  const close = open + (span.close - span.open)
  if (!span.closed || cue.start < close || !/[,!?]$/u.test(span.text)) return false
  // It opens the sentence or a clause: on CBS’s “Face the Nation,” he said, it names a show.
  if (!clauseOpening.test(frame.slice(0, Math.max(open, 0)))) return false
  const between = frame.slice(close, cue.start)
  return !/[.;:!?]/u.test(between) && wordCount(between) <= 3
}

/** The verbs of crying out (see `reporting.outcries`). */
const outcry: ReadonlySet<string> = new Set(reporting.outcries)

/** The verbs that give the words a thing bears (see `reporting.inscriptions`). */
const inscription: ReadonlySet<string> = new Set(reporting.inscriptions)

/**
 * Whether a quoted `span` of the sentence at `from` (blanked out in its
 * `frame`) is what a verb of crying out leads to, with nothing but a comma
 * or a colon between (`chanting “Dump Holt”`): words cried out are said, a
 * name or not. So are the words a thing bears (`a sign that read “Farmers 4
 * Smith”`, `a hat reading “…”`).
 */
function criedAfter(frame: string, span: QuotedSpan, from: number, cue: Cue): boolean {
  const open = span.open - from
  const text = span.text
  if (cue.end > open || !/^[,:]?$/u.test(frame.slice(cue.end, open).trim())) return false
  if (outcry.has(cue.lemma)) return true
  // The words a thing bears stand apart: a clause that goes on from them at once
  // had a fragment of its own ("saying “of course” she would"); a comma inside the
  // marks, or when or where it was, may follow ("a hat reading “…” on Tuesday").
  const after = frame.slice(open).trimStart()
  const apart = !/^[\p{L}\p{N}]/u.test(after) || /[,.!?]$/u.test(text) || adjunctOpening.test(after)
  return inscription.has(cue.lemma) && apart && borneByThing(frame, cue)
}

/**
 * Whether the subject of a verb of bearing words is a thing, not a person:
 * "that" or "which" right before it (`a sign that read`), or a word in lower
 * case that is no pronoun right before its -ing form (`a hat reading`). "He
 * read “…”", "the governor read “…”" and "the governor, reading “…”" may
 * name a work.
 */
function borneByThing(frame: string, cue: Cue): boolean {
  const lead = frame.slice(0, cue.start)
  // The word right before the verb, with only a space between.
  const before = /\s$/u.test(lead) ? (lead.trimEnd().split(/\s+/u).at(-1) ?? '') : ''
  if (before === 'that' || before === 'which') return true
  return (
    cue.form === 'gerund' &&
    /^\p{Ll}[\p{L}’'-]*$/u.test(before) &&
    !personalPronoun.has(before) &&
    !relativePronoun.has(before)
  )
}

/**
 * Whether a quote is a title run into the reporter's sentence: in Title
 * Case, right after a word with no comma or colon to set it off (`in his
 * book “Backfire: A Battle for the Soul of a Company.”`, `co-editor of
 * “Chick Lit: The New Fiction.”`); a cry or a question is said.
 */
function isRunInTitle(text: string, span: QuotedSpan): boolean {
  return (
    inTitleCase(span.text) &&
    !/[!?],?$/u.test(span.text) &&
    /[\p{L}\p{N}]$/u.test(text.slice(0, span.open).trimEnd())
  )
}

/**
 * Whether a quote at `open` in the sentence's `frame` follows its verb of
 * saying with only a comma or colon between (`Priebus said, "Probably."`).
 */
function ledByCue(frame: string, open: number, cue: Cue): boolean {
  return cue.end <= open && [',', ':'].includes(frame.slice(cue.end, open).trim())
}

/** Whether every word of a text is capitalised but the small ones a name joins with. */
function inTitleCase(text: string): boolean {
  return words(text).every((word) => !/^\p{Ll}/u.test(word) || termLink.has(word))
}

/** Words in lower case inside a name ("Axis of Resistance", "Stand by Me"). */
const termLink: ReadonlySet<string> = new Set(reporting.termLinks)

/**
 * Whether a quote is a whole statement: it opens with a capital (after a
 * bracket or an ellipsis) or an ellipsis, and is set off from the words
 * around it by a comma or colon (`He said, "…"`, `"…,"
 * he said`), or stands at the start of the paragraph.
 */
function isWholeStatement(text: string, span: QuotedSpan): boolean {
  // "[The deal] was … a mistake", "… and then we won": brackets and an ellipsis
  // stand for the speaker's own opening words.
  if (!/^(?:[[(]|\.{3}|…)?\s*\p{Lu}/u.test(span.text) && !/^(?:\.{3}|…)/u.test(span.text))
    return false
  const before = text.slice(0, span.open).trimEnd()
  return (
    before === '' ||
    /[,:]$/.test(before) ||
    /[.!?]$/.test(before) ||
    /^[,.!?]/.test(span.text.slice(-1))
  )
}

/**
 * What sets off a whole sentence in quote marks before it: a comma, a colon,
 * a dash or an opening bracket (`members (“I want my dues back,” wrote one)`).
 */
const setOffMark = new RegExp(`(?:[,:([]|\\s[${phraseDashes}-])$`, 'u')

/**
 * Whether a quote is a whole sentence set off by a comma or colon, not a
 * fragment the reporter's sentence runs through: it opens with a capital
 * right after a comma, colon or dash, holds two words or more, is not in
 * Title Case (unless it cries or asks) and ends with its own punctuation
 * inside the marks (`wrote, “It’s time to go,” and`).
 */
function isSetOffSentence(text: string, span: QuotedSpan): boolean {
  return (
    span.closed &&
    /^\p{Lu}/u.test(span.text) &&
    /[,.!?]$/u.test(span.text) &&
    wordCount(span.text) >= 2 &&
    // A title of a work set off as an appositive ("his book, “Crippled America,”"); a cry is said.
    (!inTitleCase(span.text) || /[!?]$/u.test(span.text)) &&
    setOffMark.test(text.slice(0, span.open).trimEnd())
  )
}

/** Words that open a clause of the subject's after a quote ("and kept going", "before deleting it"). */
const nextActOpening: ReadonlySet<string> = new Set([
  ...reporting.reporterClauseOpenings,
  ...reporting.subordinators,
])

/**
 * Whether a quote is a whole sentence its verb of saying leads to with
 * nothing between (`chanted “What curfew?” and kept going`, `tweeted “This
 * is a disgrace” before deleting it`): it opens with a capital, holds two
 * words or more, is not in Title Case (unless it cries or asks), and ends
 * its sentence inside the marks or is followed by a clause of the
 * subject's own. `frame` is the sentence with its quotes blanked out,
 * `from` the sentence's offset in the paragraph `text`.
 */
function isLedSentence(
  text: string,
  frame: string,
  span: QuotedSpan,
  from: number,
  cue: Cue,
): boolean {
  const open = span.open - from
  if (!span.closed || cue.end > open || frame.slice(cue.end, open).trim() !== '') return false
  if (!/^\p{Lu}/u.test(span.text) || wordCount(span.text) < 2) return false
  if (inTitleCase(span.text) && !/[!?]$/u.test(span.text)) return false
  if (/[.!?…]$/u.test(span.text)) return true
  const next = /^\s+(\p{L}+)\s+\p{L}/u.exec(text.slice(span.close))?.[1]?.toLowerCase()
  return next !== undefined && nextActOpening.has(next)
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
