import { en as abbreviations } from '../lexicon/abbreviations.js'
import { en as auxiliaries, auxiliaryVerbs } from '../lexicon/auxiliaries.js'
import { en as determiners } from '../lexicon/determiners.js'
import { en as numberWords } from '../lexicon/number-words.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'
import { monthAbbreviations, months, en as timeWords, weekdays } from '../lexicon/time-words.js'
import { verbForms } from '../lexicon/verb-forms.js'
import { phraseDashes } from '../shared/text-shape.js'
import {
  type Cue,
  isAdjectiveWord,
  isPresentOfInfinitive,
  isTensedWordAt,
  isVerbWord,
  isVerbWordAt,
  looksPlural,
  mayBePresentVerb,
} from './cues.js'
import { isPartyOfState, isRegionName, isRoleWord, trimTrailing } from './speakers.js'

/** A stretch of a sentence: `[start, end)` offsets. */
export interface Stretch {
  start: number
  end: number
}

/** A quoted passage of a sentence, its marks included. */
export interface QuotedStretch extends Stretch {
  /** Whether the words inside end with a comma ("“We will,” she said"). */
  comma: boolean
  /** Whether the words inside start as a sentence does, with a capital ("“Done.”", not "“is weak.”"). */
  sentence: boolean
}

/**
 * How a sentence reports a statement:
 * - `source-first`: `SOURCE CUE (that) STATEMENT` ("The minister said the talks would resume");
 * - `source-after`: `STATEMENT, SOURCE CUE` or `STATEMENT, CUE SOURCE`, also
 *   set inside the statement ("The talks, officials said, will resume");
 * - `according-to`: `according to SOURCE, STATEMENT` or `STATEMENT, according to SOURCE`;
 * - `shared`: a second verb of the same source (`SOURCE said …, adding that
 *   STATEMENT`, `SOURCE said … and warned STATEMENT`, `SOURCE slams …,
 *   praises STATEMENT`), or a participle that opens the sentence, of the
 *   subject after its comma (`Citing STATEMENT, SOURCE said …`);
 * - `question`: `Asked STATEMENT, …` and `When asked STATEMENT, …`: a question
 *   put to the sentence's subject, by whoever "by" names ("Asked by Rehn
 *   whether …") or by someone the sentence does not name;
 * - `possessor`: `POSSESSOR NOUN that STATEMENT`, `POSSESSOR NOUN of STATEMENT`
 *   ("his claim that …", "the senator’s criticism of …");
 * - `passive`: `SUBJECT is expected to …`, `SUBJECT is seen as …`,
 *   `SUBJECT is said to …`: a view or a saying no one is named for; the
 *   statement is the subject and what follows "to" or "as". With someone
 *   named after "by" (`STATEMENT was reported by SOURCE`) that one is the
 *   source and the subject the statement.
 */
export type Shape =
  | 'source-first'
  | 'source-after'
  | 'according-to'
  | 'shared'
  | 'question'
  | 'possessor'
  | 'passive'

/** A statement a sentence reports, found by the shape of the sentence around a verb of saying. */
export interface Report {
  /** The verb of saying. */
  cue: Cue
  /** How the sentence is built around it. */
  shape: Shape
  /** The words naming the source, as written; `null` when shared with an earlier report. */
  source: Stretch | null
  /** The statement: one piece, or two around a source set inside it. */
  content: Stretch[]
}

/** The tokens of a source: from the first to the last, both included. */
interface Source {
  first: number
  last: number
}

/** A word or a punctuation mark of a sentence. */
interface Token {
  text: string
  lower: string
  start: number
  end: number
  word: boolean
  /** For a quoted passage: whether its words end with a comma inside the marks. */
  comma?: boolean
}

/** The token a quoted passage stands as. */
const quoteToken = '“…”'

/** Abbreviations whose full stop is part of them ("Sen. Ted Cruz", "Acme Inc.", "Jan."). */
const abbreviation: ReadonlySet<string> = new Set(
  [...reporting.abbreviations, ...abbreviations.months].map((word) => `${word}.`),
)

/** The negation, as a word and as a clitic ("not", "n’t"). */
const negation: ReadonlySet<string> = new Set(auxiliaries.negation)
/** A clitic at the end of a word: "’s", "’re", "’ve", "’ll", "’d", "’m", "n’t". */
const clitic = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/iu

/**
 * A word (its letters and digits, with inner marks and the commas that group
 * a number's digits, "1,200": group 1) or a mark ("--" is one dash).
 */
const tokenPattern =
  /([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.&-]|(?<=\d),(?=\d{3}(?!\d)))*)|--|[^\s\p{L}\p{N}]/gu

/**
 * Split a sentence into words (with inner apostrophes, hyphens and initials'
 * dots) and marks; a clitic is a token of its own ("he", "’s"; "did", "n’t"),
 * and so is a full stop that ends a sentence rather than an abbreviation.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const push = (raw: string, start: number, word: boolean, lower = raw.toLowerCase()) => {
    tokens.push({ text: raw, lower, start, end: start + raw.length, word })
  }
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    let raw = match[0]
    const start = match.index
    if (match[1] === undefined) {
      push(raw, start, false)
      continue
    }
    // A full stop ends the word unless it belongs to an initial or an abbreviation.
    let trailing = ''
    if (raw.length > 1 && raw.endsWith('.')) {
      const keep =
        /^\p{L}\.$/u.test(raw) || /\.\p{L}\.$/u.test(raw) || abbreviation.has(raw.toLowerCase())
      if (!keep) {
        const core = trimTrailing(raw, /\./)
        trailing = raw.slice(core.length)
        raw = core
      }
    }
    const split = clitic.exec(raw)
    if (split && split.index > 0) {
      const stem = raw.slice(0, split.index)
      // "can’t" is "ca" and "n’t": the stem reads as the auxiliary it is.
      const negated = negation.has(split[0].toLowerCase())
        ? auxiliaries.negatedStems[stem.toLowerCase()]
        : undefined
      push(stem, start, true, negated)
      push(split[0], start + split.index, false)
    } else push(raw, start, true)
    if (trailing) push(trailing, start + raw.length, false)
  }
  return tokens
}

/** Pronouns that can be the source of a statement. */
const subjectPronoun: ReadonlySet<string> = new Set(pronouns.subject)
/** Words that open a relative clause whose subject is the word before ("officials who said"). */
const relative: ReadonlySet<string> = new Set(pronouns.relative)
/** Words that help a verb or qualify it between its subject and it ("has long argued"). */
const auxiliary: ReadonlySet<string> = new Set([
  ...auxiliaryVerbs(auxiliaries),
  ...auxiliaries.negation,
  ...reporting.verbAdverbs,
])
/** Adverbs between an auxiliary and its verb ("has since said", "will once again say"). */
const tenseAdverb: ReadonlySet<string> = new Set(reporting.tenseAdverbs)
/** Words that start a clause or end the one before: the subject starts after them. */
export const clauseOpening: ReadonlySet<string> = new Set(reporting.clauseOpenings)
/** Words that open a noun phrase. */
const determiner: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...determiners.quantifiers,
  ...numberWords.numbers.slice(1),
  ...numberWords.multitudes,
])
/** Phrases that bound a number before it ("at least"), as two lower-case words. */
const numberBound: ReadonlySet<string> = new Set(numberWords.bounds)
/** Articles, demonstratives and possessives: words that open a noun phrase and count nothing. */
const article: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
])
/** Prepositions that may stand inside a source ("a spokesman for the campaign"). */
const innerPreposition: ReadonlySet<string> = new Set(reporting.sourcePrepositions)
/** Words that are never part of a source. */
const notInSource: ReadonlySet<string> = new Set([
  ...auxiliaryVerbs(auxiliaries),
  ...reporting.notInSource,
])

/** Marks after which a clause starts: a comma, a colon, a bracket, a dash, a quote mark. */
const clauseEdgeMark = new RegExp(`^(?:[,;:(${phraseDashes}\\-"“”‘’[]|--)$`, 'u')

/** Whether a token marks where a clause starts (the sentence start, a mark, a linking word, a relative pronoun). */
function isClauseEdge(token: Token | undefined): boolean {
  if (!token) return true
  if (!token.word) return clauseEdgeMark.test(token.text)
  return clauseOpening.has(token.lower) || relative.has(token.lower) || token.lower === quoteToken
}

/** Relative pronouns before a source that stand for the subject of what it says ("which officials said will …"). */
const relativeLead: ReadonlySet<string> = new Set(reporting.relativeLeads)

/** Words that name a time ("on Tuesday", "last week", "three days ago"). */
const timeWord: ReadonlySet<string> = new Set([
  ...[...weekdays, ...months, ...monthAbbreviations].map((name) => name.toLowerCase()),
  ...timeWords.relativeTimes,
])
/** Words that name an occasion for saying something ("in a statement", "at a rally"). */
const occasionWord: ReadonlySet<string> = new Set(reporting.occasions)
/** Words that open a time or an occasion before a verb. */
const circumstanceOpening: ReadonlySet<string> = new Set(reporting.circumstanceOpenings)
/** Words naming a time or an occasion between a source and its verb ("on Tuesday", "in a statement"). */
const circumstanceWord: ReadonlySet<string> = new Set([
  ...timeWord,
  ...circumstanceOpening,
  ...determiners.articles,
  ...occasionWord,
  ...reporting.occasionModifiers,
])

/** Where the run of circumstance words before `index` starts, or `index` when there is none. */
function circumstanceBefore(tokens: readonly Token[], index: number): number {
  let at = index
  while (at > 0) {
    const token = tokens[at - 1] as Token
    if (
      token.word &&
      (circumstanceWord.has(token.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(token.lower))
    )
      at--
    else break
  }
  // Only a run that starts with a preposition or a time word is a circumstance ("on Tuesday").
  const first = tokens[at]
  if (at === index || !first || !circumstanceOpening.has(first.lower)) return index
  return at
}

/** Where the run of circumstance words from `index` on ends, or `index` when there is none. */
function circumstanceAfter(tokens: readonly Token[], index: number): number {
  let at = index
  while (at < tokens.length) {
    const token = tokens[at] as Token
    if (
      token.word &&
      (circumstanceWord.has(token.lower) ||
        /^\d{1,4}(?:st|nd|rd|th)?$/.test(token.lower) ||
        /^\p{Lu}/u.test(token.text))
    )
      at++
    else break
  }
  return at
}

/** Words after which "to" and a verb of saying keep the source before them ("likely to say"). */
const leadsToVerb: ReadonlySet<string> = new Set(reporting.beforeTo)
/** The forms of "go", which "on" and "to" join to a verb of saying ("went on to say"). */
const goForm: ReadonlySet<string> = new Set(verbForms('go').map((verb) => verb.form))

/** Forms of "be": a past form after them is passive ("is seen as"), a gerund progressive. */
const beForm: ReadonlySet<string> = new Set([...auxiliaries.be, ...auxiliaries.beClitics])
/**
 * Clitics that are auxiliaries ("he’s said", "did n’t"); the negation as a
 * word is never a token of its own that is not a word.
 */
const cliticAuxiliary: ReadonlySet<string> = new Set([
  ...auxiliaries.clitics,
  ...auxiliaries.negation,
])

/** Whether a token helps the verb after it (an auxiliary, an adverb, a clitic). */
function isAuxiliary(token: Token | undefined): boolean {
  if (!token) return false
  // "has repeatedly said"; a name is no adverb ("Megyn Kelly said").
  return token.word
    ? auxiliary.has(token.lower) || isVerbAdverb(token)
    : cliticAuxiliary.has(token.lower)
}

/** Whether a token is an adverb that qualifies a verb ("repeatedly", "also", "privately"). */
function isVerbAdverb(token: Token | undefined): boolean {
  return (
    token?.word === true &&
    !isCapitalised(token) &&
    (verbAdverb.has(token.lower) || (/ly$/.test(token.lower) && token.lower.length > 4))
  )
}
/** Adverbs of a verb of saying (a word in "-ly" counts too). */
const verbAdverb: ReadonlySet<string> = new Set(reporting.verbAdverbs)

/**
 * The source right before a verb: a pronoun, or a noun phrase of up to ten
 * words that starts where a clause does ("Sen. Ted Cruz", "a spokesman for
 * the campaign", "officials", "the State Department"), with the verb's
 * auxiliaries and adverbs, a time ("on Tuesday") and asides set off by commas
 * or brackets (", who leads the agency,", "(D-Wis.)") skipped between them;
 * a relative pronoun ("officials who said") stands for the source. A verb in
 * the passive ("is seen as") has none: its subject is what is spoken of; a
 * gerund has one only after a form of "be" ("is calling for").
 */
function sourceBefore(tokens: readonly Token[], cueIndex: number, cue: Cue): Source | null {
  let index = cueIndex - 1
  let be = false
  const skipAuxiliaries = () => {
    while (
      index >= 0 &&
      (isAuxiliary(tokens[index]) ||
        // "has since said": an adverb between an auxiliary and its verb.
        (tenseAdverb.has(tokens[index]?.lower ?? '') && isAuxiliary(tokens[index - 1])))
    ) {
      if (beForm.has(tokens[index]?.lower ?? '')) be = true
      index--
    }
  }
  skipAuxiliaries()
  // "is likely to stress", "is expected to announce": the source is before the "to".
  if (tokens[index]?.lower === 'to' && leadsToVerb.has(tokens[index - 1]?.lower ?? '')) {
    index -= 2
    skipAuxiliaries()
  } else if (
    tokens[index]?.lower === 'to' &&
    tokens[index - 1]?.lower === 'on' &&
    goForm.has(tokens[index - 2]?.lower ?? '')
  ) {
    // "went on to say": "go on" hands its subject on as "continued to" does.
    index -= 3
    skipAuxiliaries()
  }
  const timeEnd = index
  index = circumstanceBefore(tokens, index + 1) - 1
  // "A poll released in March found": the time is the participle's, in the source.
  const participle = index < timeEnd && isParticipleAfterNoun(tokens, index) ? index : -1
  skipAuxiliaries()
  if (cue.form === 'past' && be) return null
  // "Trump issued a statement saying …": a writing says what its author does.
  if (cue.form === 'gerund' && !be) {
    const author = writingAuthor(tokens, index, cue)
    if (author) return author
  }
  // A gerund has its source after "be" ("is calling for"), or right before
  // it in a phrase of its own ("with 47 percent of voters saying …").
  if (cue.form === 'gerund' && !be && (cue.class !== 'speech' || !tokens[index]?.word)) return null
  // "The minister, Tomas Rehn, said": the name set off by commas names the source.
  const named = nameInCommas(tokens, index)
  if (named) return named
  index = asideBefore(tokens, index)
  const last = index
  const token = tokens[last]
  // "42% say": a share written with a percent sign is a group.
  if (isPercent(tokens, last)) return { first: last - 1, last }
  if (!token?.word) return null
  // "sent an email that said …": the relative pronoun after a writing stands for its author.
  if (relativeLead.has(token.lower) && tokens[last - 1]?.word) {
    const author = writingAuthor(tokens, last - 1, cue)
    if (author) return author
  }
  if (subjectPronoun.has(token.lower) || relative.has(token.lower)) {
    return isClauseEdge(tokens[last - 1]) || relative.has(token.lower)
      ? { first: last, last }
      : null
  }
  if (
    notInSource.has(token.lower) ||
    clauseOpening.has(token.lower) ||
    innerPreposition.has(token.lower)
  )
    return null
  // Read the noun phrase back to where its clause starts.
  let first = last
  // Whether it joins two subjects with "and": a group, whatever its last noun.
  let coordinated = false
  while (first > 0) {
    const before = tokens[first - 1] as Token
    // "more than half", "fewer than 4 in 10": the comparison bounds the count.
    if (before.lower === 'than' && comparative.has(tokens[first - 2]?.lower ?? '')) {
      first -= 2
      continue
    }
    // "Stacy Baker of Columbia, South Carolina says": the comma parts a town from its state.
    if (before.text === ',' && isStateOfTown(tokens, first, last + 1)) {
      first--
      continue
    }
    // "he and Mr. Allen said", "union members and leaders say": two subjects of one verb.
    if (before.lower === 'and' && isCoordinatedSubject(tokens, first - 1)) {
      coordinated = true
      first--
      continue
    }
    if (
      isClauseEdge(before) &&
      !(before.lower === 'and' && isCapitalised(tokens[first - 2]) && isCapitalised(tokens[first]))
    )
      break
    // "AT&T", "the senator’s aide", "a CNN/ORC poll": marks that join the words
    // of a name; "85% of Democrats": the percent sign of a share.
    if (!before.word && !sourceJoin.test(before.text) && !isPercent(tokens, first - 1)) return null
    if (notInSource.has(before.lower)) return null
    first--
    if (last - first >= longSourceLength) return null
  }
  if (last - first >= sourceLength && !isLongNounPhrase(tokens, first, last)) return null
  // "with most voters saying …": the phrase of a gerund opens with "with".
  if (cue.form === 'gerund' && !be) {
    if (tokens[first]?.lower !== 'with' || first === last) return null
    first++
  }
  // "At least a dozen members of the board said": a bound on a number opens the phrase, no place.
  if (first + 2 <= last && numberBound.has(`${tokens[first]?.lower} ${tokens[first + 1]?.lower}`))
    first += 2
  const opening = tokens[first] as Token
  if (innerPreposition.has(opening.lower)) return null
  // A lower-case phrase without a determiner is a bare plural ("officials",
  // "many voters", "protest organizers in Cleveland": the noun before a preposition).
  const capitalised = isCapitalised(opening)
  let head = first
  // Where a share written as a count of a count ends ("4 in 10"), if the phrase holds one.
  let shareEnd = -1
  while (head < last) {
    // "4 in 10 voters", "one out of five": the count of a share goes on to its noun.
    const end = countShareEnd(tokens, head)
    if (end !== -1 && end <= last) head = shareEnd = end
    if (head >= last || innerPreposition.has(tokens[head + 1]?.lower ?? '')) break
    head++
  }
  // "half of voters", "most of the party": a share of a group is a group.
  const ofGroup =
    share.has((tokens[head] as Token).lower) && tokens[head + 1]?.lower === 'of' && head + 2 <= last
  // "sources close to the mayor", "people familiar with the talks": an
  // adjective between a plural and the preposition after it qualifies the
  // plural ("lacks support from" is a verb and its object, "joined in" a verb).
  if (
    head > first &&
    isAdjectiveWord((tokens[head] as Token).lower) &&
    innerPreposition.has(tokens[head + 1]?.lower ?? '') &&
    looksPlural((tokens[head - 1] as Token).lower)
  )
    head--
  const noun = (tokens[head] as Token).lower
  // "4 in 10 said", "more than half said": a share of the people asked is a group.
  const shareOfAll = head === last && (shareEnd === last || share.has(noun))
  // "39 have said …, 160 have not": a number alone stands for that many people
  // (a year stands for a date: "On Jan. 17, 2011, Clinton asks").
  const count =
    first === last && /^\d[\d,]*$/.test(opening.lower) && !/^(?:1[89]|20)\d\d$/.test(opening.lower)
  // "campaign chairman John Podesta": role words in lower case before a name.
  const roleAndName = isCapitalised(tokens[head]) && isCapitalised(tokens[head - 1])
  if (
    !capitalised &&
    !roleAndName &&
    !coordinated &&
    !ofGroup &&
    !shareOfAll &&
    !count &&
    !isPercent(tokens, first + 1) &&
    !determiner.has(opening.lower) &&
    !looksPlural(noun)
  )
    return null
  // "The October report", "the 9/11 attacks", "a 2009 study": after an article
  // and a date, the verb's form is a noun the date qualifies; a date says nothing.
  if (article.has(opening.lower) && first < last && datesOnly(tokens, first + 1, last)) return null
  // "POLITICO published a story detailing … reports", "Clinton maintains a large
  // pledged …": a verb in a tense before an article makes a clause with its
  // object, and the verb form after it is a noun of that object; no one speaks.
  for (let index = first + 1; index < last; index++) {
    const token = tokens[index] as Token
    if (
      token.word &&
      !isCapitalised(token) &&
      isTensedAt(tokens, index) &&
      index !== participle &&
      article.has(tokens[index + 1]?.lower ?? '')
    )
      return null
  }
  return { first, last: last === participle ? timeEnd : last }
}

/** Things written that say what their author puts in them ("a statement", "emails"). */
const writing: ReadonlySet<string> = new Set(
  reporting.writings.flatMap((noun) => [noun, `${noun}s`]),
)

/** The written forms of the verbs that make their subject a writing's author ("issued", "sends"). */
const publishingForm: ReadonlySet<string> = new Set(
  reporting.publishing.flatMap((lemma) => verbForms(lemma).map((verb) => verb.form)),
)

/** How many words a writing's noun phrase and the time after it may hold ("a fundraising email Wednesday"). */
const writingPhraseLength = 6

/**
 * The author of a writing that ends at `index`, the object of a verb of
 * publishing in a tense ("Trump issued a statement Tuesday", "the campaign
 * sent out a fundraising email"): the source of that verb; `null` when the
 * words before `index` are no such writing.
 */
function writingAuthor(tokens: readonly Token[], index: number, cue: Cue): Source | null {
  let noun = index
  // "a statement Tuesday", "a statement on Tuesday": a time after the writing.
  while (noun > 0 && index - noun < 3 && !writing.has(tokens[noun]?.lower ?? '')) {
    const token = tokens[noun] as Token
    if (!token.word || !(timeWord.has(token.lower) || circumstanceOpening.has(token.lower)))
      return null
    noun--
  }
  if (!writing.has(tokens[noun]?.lower ?? '')) return null
  // Back over the noun's modifiers to its article ("a fundraising email", "his statement").
  let opening = noun
  while (
    opening > 0 &&
    noun - opening < writingPhraseLength &&
    !article.has(tokens[opening]?.lower ?? '')
  ) {
    const before = tokens[opening - 1] as Token
    if (!before.word || isFiniteVerb(tokens, opening - 1)) return null
    opening--
  }
  if (!article.has(tokens[opening]?.lower ?? '')) return null
  // "put out a statement", "sent out an email": the verb's particle.
  let verb = opening - 1
  if (tokens[verb]?.lower === 'out') verb--
  const token = tokens[verb]
  if (!token?.word || isCapitalised(token) || !publishingForm.has(token.lower)) return null
  return sourceBefore(tokens, verb, { ...cue, form: /ing$/.test(token.lower) ? 'gerund' : 'past' })
}

/** How many words a source may hold, and how many one that is surely a noun phrase may. */
const sourceLength = 10
const longSourceLength = 16

/**
 * Whether a long run of words before a verb is one noun phrase ("Large
 * majorities of the pilots in six ports going to the polls", "A 2019 report
 * by the Centre for Harbour and Ferry Policy Research"), not a clause: no
 * subject pronoun, and no verb in a tense but a participle after a noun in
 * lower case ("a poll released in March", "a group led by …"; "Dahl
 * convened the pilots" is a clause).
 */
function isLongNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first + 1; index <= last; index++) {
    const token = tokens[index] as Token
    if (!token.word || isCapitalised(token)) continue
    if (subjectPronoun.has(token.lower)) return false
    if (isFiniteVerb(tokens, index) && !isParticipleAfterNoun(tokens, index)) return false
  }
  return true
}

/**
 * Whether the token at `index` is a participle that qualifies the noun in
 * lower case before it ("a poll released in March", "a group led by …"): a
 * verb form in "-ed", or one before "by"; after a name it is the name's
 * verb ("Dahl convened the pilots").
 */
function isParticipleAfterNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  const noun = tokens[index - 1]
  return (
    token?.word === true &&
    !isCapitalised(token) &&
    (/ed$/.test(token.lower) || tokens[index + 1]?.lower === 'by') &&
    isVerbWord(token.lower) &&
    noun?.word === true &&
    !isCapitalised(noun) &&
    !determiner.has(noun.lower)
  )
}

/** Whether the tokens from `first` to `last` (both included) name only a date: months, weekdays, numbers. */
function datesOnly(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token
    if (!timeWord.has(token.lower) && !/^\d[\d/]*$/.test(token.text) && token.text !== '/')
      return false
  }
  return true
}

/** Whether the token at `index` is a percent sign right after a number ("42%"). */
function isPercent(tokens: readonly Token[], index: number): boolean {
  const number = tokens[index - 1]
  return (
    tokens[index]?.text === '%' &&
    number?.word === true &&
    /^\d/.test(number.text) &&
    number.end === tokens[index]?.start
  )
}

/** How many tokens a relative clause between a source and its verb may hold. */
const relativeClauseLength = 20

/**
 * The source of a verb that a relative clause with a verb of its own
 * separates from it ("progressive groups that have endorsed him say", "the
 * Republican who wrote the speech says"): the noun phrase before "who" or
 * "that", when no mark, no pronoun and no other clause comes between; `null`
 * otherwise, and for a participle.
 */
function sourceBeforeRelative(tokens: readonly Token[], cueIndex: number, cue: Cue): Source | null {
  if (cue.form === 'gerund') return null
  let verb = false
  for (let at = cueIndex - 1; at >= 0 && cueIndex - at <= relativeClauseLength; at--) {
    const token = tokens[at] as Token
    if (!token.word) {
      if (/^['’]s$/u.test(token.text)) continue
      return null
    }
    if (token.lower === 'who' || token.lower === 'that' || token.lower === 'whose') {
      if (!verb || !tokens[at - 1]?.word) return null
      return sourceBefore(tokens, at, cue)
    }
    if (
      subjectPronoun.has(token.lower) ||
      clauseOpening.has(token.lower) ||
      relative.has(token.lower)
    )
      return null
    if (
      at < cueIndex - 1 &&
      !isCapitalised(token) &&
      (auxiliary.has(token.lower) || isVerbWord(token.lower))
    )
      verb = true
  }
  return null
}

/** Whether a source is a relative pronoun opening an aside (", who said …,"). */
function isRelativeAside(tokens: readonly Token[], source: Source): boolean {
  return (
    source.first === source.last &&
    relative.has(tokens[source.first]?.lower ?? '') &&
    tokens[source.first - 1]?.text === ','
  )
}

/**
 * Whether a source is a relative pronoun that opens a clause bound to the
 * noun before it, with no mark between ("delegates who wanted to attend …
 * could"): the clause is part of the subject of the sentence's own verb.
 */
function isBoundRelative(tokens: readonly Token[], source: Source): boolean {
  return (
    source.first === source.last &&
    relative.has(tokens[source.first]?.lower ?? '') &&
    tokens[source.first - 1]?.word === true
  )
}

/**
 * Where the sentence's own verb starts after a statement that is a noun
 * phrase or an infinitive inside a bound relative clause ("who wanted to
 * attend the convention | could be faced with …"): the first auxiliary or
 * past form right after a noun, before anything that opens a clause of its
 * own or a mark; `end` when none comes. A noun phrase holds no verb in a
 * tense outside a clause of its own, so that verb is the sentence's.
 */
function mainVerbAfter(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 1; index < end; index++) {
    const token = tokens[index] as Token
    if (!token.word || token.lower === quoteToken) return end
    if (
      relative.has(token.lower) ||
      clauseOpening.has(token.lower) ||
      subjectPronoun.has(token.lower) ||
      subordinator.has(token.lower)
    )
      return end
    const previous = tokens[index - 1] as Token
    if (
      isCapitalised(token) ||
      !previous.word ||
      previous.lower === 'to' ||
      determiner.has(previous.lower) ||
      isAuxiliary(previous)
    )
      continue
    // "could", "were"; a past form ("said"), not an -s form ("taxes") nor an -ed one ("a plan designed").
    const past = isTensedAt(tokens, index) && !/(?:s|ed|ing)$/.test(token.lower)
    if (finiteAuxiliary.has(token.lower) || beForm.has(token.lower) || past) return index
  }
  return end
}

/** The first verb in a tense or auxiliary, in lower case, from `from` up to `end`, or `end`. */
function firstVerb(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from; index < end; index++) {
    if (isFiniteVerb(tokens, index)) return index
  }
  return end
}

/** Whether the token at `index` is an auxiliary or a verb in a tense, in lower case ("could", "were", "grew"). */
function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  return (
    token.word &&
    !isCapitalised(token) &&
    (finiteAuxiliary.has(token.lower) || beForm.has(token.lower) || isTensedAt(tokens, index))
  )
}

/** Whether the word at `index` is a verb in a tense where it stands (see `isTensedWordAt`). */
function isTensedAt(tokens: readonly Token[], index: number): boolean {
  return isTensedWordAt(tokens[index]?.lower ?? '', ...neighbours(tokens, index))
}

/** Whether the word at `index` is a verb where it stands (see `isVerbWordAt`). */
function isVerbAt(tokens: readonly Token[], index: number): boolean {
  return isVerbWordAt(tokens[index]?.lower ?? '', ...neighbours(tokens, index))
}

/** The lower-case words right before and after the token at `index`, `undefined` for a mark or an edge. */
function neighbours(
  tokens: readonly Token[],
  index: number,
): [string | undefined, string | undefined] {
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  return [previous?.word ? previous.lower : undefined, next?.word ? next.lower : undefined]
}

/** The first dash like `opening` from `from` up to `end`, or `end`: where an aside between dashes stops. */
function dashEnd(tokens: readonly Token[], from: number, end: number, opening: Token): number {
  for (let index = from; index < end; index++)
    if (tokens[index]?.text === opening.text) return index
  return end
}

/** The first comma from `from` up to `end`, or `end`: where an aside stops. */
function asideEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from; index < end; index++) {
    if (tokens[index]?.text === ',') return index
    // "… called it “a mess,” said": a comma inside the marks, the quote kept.
    if (tokens[index]?.comma) return index + 1
  }
  return end
}

/**
 * A name of capitalised words between two commas that ends at `index` (the
 * second comma), after a noun phrase it names ("the interior minister, Tomas
 * Rehn,", "the front-runner, Gov. Mara Holt (R-Ore.),"); or `null`.
 */
function nameInCommas(tokens: readonly Token[], index: number): Source | null {
  if (tokens[index]?.text !== ',') return null
  // "…, Gov. John Kasich (R-Ohio), said": the name's bracket stands before its comma.
  let last = index - 1
  if (tokens[last]?.text === ')') {
    let open = last - 1
    while (open >= 0 && tokens[open]?.text !== '(' && last - open <= 8) open--
    if (tokens[open]?.text !== '(') return null
    last = open - 1
  }
  // "two senators, Ted Cruz of Texas and Marco Rubio of Florida,": names joined in a list.
  let first = last
  while (first >= 0 && last - first < 12) {
    const lower = tokens[first]?.lower ?? ''
    const join =
      (nameJoin.has(lower) || innerPreposition.has(lower)) &&
      isCapitalised(tokens[first - 1]) &&
      isCapitalised(tokens[first + 1])
    if (!isCapitalised(tokens[first]) && !join) break
    first--
  }
  if (first === last || tokens[first]?.text !== ',' || first === 0) return null
  // "John Brenn of Dayton, Ohio, said": the name set off is the town's state;
  // "Sen. Ted Cruz, R-Texas, said": a party and a state.
  if (isStateOfTown(tokens, first + 1, last + 1)) return null
  if (first + 1 === last && isPartyOfState(tokens[last]?.text ?? '')) return null
  // Names joined by a word in lower case name the members of a group or
  // someone a noun describes ("two objectors, Joyce and Graham,", "the
  // minister, Tomas Rehn of Oslo,"), not more places ("in Iran, Turkey and
  // France,") or a name's description ("Rubio, Republican of Florida,").
  const group = tokens[first - 1] as Token
  if (
    joinedInLowerCase(tokens, first + 1, last) &&
    (!group.word ||
      (isCapitalised(group) && !/s$/.test(group.lower) && isNameOnly(tokens, first - 1)) ||
      innerPreposition.has(tokens[first - 2]?.lower ?? ''))
  )
    return null
  return { first: first + 1, last }
}

/** Words that join the names of a list ("Ted Cruz and Marco Rubio"). */
const nameJoin: ReadonlySet<string> = new Set(reporting.nameListJoins)

/** Whether the phrase that ends at `index` is a name: capitalised words from where its clause starts. */
function isNameOnly(tokens: readonly Token[], index: number): boolean {
  for (let at = clauseStart(tokens, index); at <= index; at++)
    if (tokens[at]?.word && !isCapitalised(tokens[at])) return false
  return true
}

/** Whether a word in lower case joins the names from `first` to `last` ("and", "of"). */
function joinedInLowerCase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++)
    if (tokens[index]?.word && !isCapitalised(tokens[index])) return true
  return false
}

/** Where the auxiliaries and adverbs before a verb start ("has repeatedly said"), or the verb's index. */
function helpersStart(tokens: readonly Token[], index: number): number {
  let at = index
  while (
    at > 1 &&
    !beForm.has(tokens[at - 1]?.lower ?? '') &&
    (isAuxiliary(tokens[at - 1]) ||
      // "but has since said": an adverb between an auxiliary and its verb.
      (tenseAdverb.has(tokens[at - 1]?.lower ?? '') && isAuxiliary(tokens[at - 2])))
  )
    at--
  return at
}

/** The word before a verb and its helpers ("…, repeatedly saying" gives ","; "and has said", "and"). */
function beforeAdverbs(tokens: readonly Token[], index: number): string {
  return tokens[helpersStart(tokens, index) - 1]?.lower ?? ''
}

/** Words that join a second verb to the subject of the first ("… and has said", "… but says"). */
const verbCoordination: ReadonlySet<string> = new Set(reporting.verbCoordinations)

/** What stands before a participle that goes on from the sentence's subject ("…, saying", "by saying"). */
const participleOpening: ReadonlySet<string> = new Set(reporting.participleOpenings)

/** Most tokens of a dateline before its dash ("WASHINGTON, June 24 (UPI) —"). */
const datelineLength = 10

/**
 * Where the sentence goes on after a dateline that opens it ("WASHINGTON —",
 * "NEW YORK (AP) —", "Washington (AFP) –", "DES MOINES, Iowa, Jan. 4 —"):
 * the token after a dash that only capitalised words, numbers, commas and a
 * bracketed agency come before, with a word in capitals or the bracket to
 * mark it, and no second dash after it to make the first open an aside; 0
 * when the sentence opens with none.
 */
function datelineEnd(tokens: readonly Token[], end: number): number {
  let marked = false
  for (let index = 0; index < Math.min(end, datelineLength); index++) {
    const token = tokens[index] as Token
    if (asideDash.test(token.text)) {
      // "NATO — the alliance — said": a dash that another closes sets off an aside.
      const closed = tokens.slice(index + 1, end).some((next) => asideDash.test(next.text))
      return marked && index > 0 && !closed ? index + 1 : 0
    }
    if (token.text === '(' || token.text === ')') marked = true
    else if (token.word && /^\p{Lu}{2,}$/u.test(token.text)) marked = true
    else if (
      !(token.word && (isCapitalised(token) || /^\d/.test(token.text))) &&
      token.text !== ',' &&
      token.text !== '.'
    )
      return 0
  }
  return 0
}

/** Words that open a phrase before a sentence's subject ("After the vote, …"). */
const introduction: ReadonlySet<string> = new Set(reporting.introductions)

/**
 * The subject a sentence opens with, before `end`: past an opening phrase
 * set off by a comma ("Before the attacks, Trump …"), a pronoun, or the
 * words up to the first one that is a verb, as compromise's lexicon, an
 * auxiliary or an "-ed" tells ("the company expects", "Trump took"); `null`
 * for "it is", for an order ("Check your pickup days, noting …": a capitalised verb
 * before a determiner) or a phrase of more than six words.
 */
function sentenceSubject(tokens: readonly Token[], end: number): Source | null {
  // "But on Tuesday, he …", "And Mrs. Clinton …": a conjunction that links the sentence to the one before.
  let first = datelineEnd(tokens, end)
  if (verbCoordination.has(tokens[first]?.lower ?? '')) first++
  for (let next = openingPhraseEnd(tokens, first, end); next !== first; ) {
    first = next
    next = openingPhraseEnd(tokens, first, end)
  }
  // "“…,” he said, adding …": past the quote the sentence opens with.
  while (tokens[first]?.lower === quoteToken || tokens[first]?.text === ',') first++
  const opening = tokens[first]
  if (first >= end || !opening?.word) return null
  // "It is within …, signaling": "it is" opens no one's words.
  if (subjectPronoun.has(opening.lower))
    return opening.lower === 'it' && beForm.has(tokens[first + 1]?.lower ?? '')
      ? null
      : { first, last: first }
  if (determiner.has(tokens[first + 1]?.lower ?? '') && !determiner.has(opening.lower)) return null
  let last = first
  while (last + 1 < end && last - first < 6) {
    const next = tokens[last + 1] as Token
    if (!next.word || auxiliary.has(next.lower) || isVerbAt(tokens, last + 1)) break
    // "Ines Dahl left the stage": a word in lower case before an article, not a
    // preposition nor a conjunction, is the verb, whatever the lexicon says of it.
    if (
      !isCapitalised(next) &&
      article.has(tokens[last + 2]?.lower ?? '') &&
      !innerPreposition.has(next.lower) &&
      !nameJoin.has(next.lower)
    )
      break
    last++
  }
  // "Resisting US pressure and refusing to …": a phrase cut at "and" is no one.
  if (verbCoordination.has(tokens[last]?.lower ?? '')) return null
  // Only someone who can speak: a name or a pronoun, not "true solutions to the problems";
  // after a linking word or an opening phrase a subject opens in lower case
  // ("However, the mayor held firm, saying …", "Arriving, police …").
  const named = tokens
    .slice(first, last + 1)
    .some((token) => isCapitalised(token) && token !== opening)
  const opens =
    isCapitalised(opening) ||
    (first > 0 && (determiner.has(opening.lower) || pluralWords.has(opening.lower)))
  if (last - first >= 6 || !(named || opens)) return null
  // "Sunday, on the radio, while commenting on …": a day is when, not who.
  if (datesOnly(tokens, first, last)) return null
  return { first, last }
}

/**
 * Where the subject may start after a phrase that opens the sentence at
 * `first` and ends at a comma before `end`: a linking word ("However,"), a
 * phrase led by a preposition or a conjunction ("After the vote,"), a
 * participle ("Facing criticism,") or a time ("Last month,"); `first` when
 * none opens there.
 */
function openingPhraseEnd(tokens: readonly Token[], first: number, end: number): number {
  const opening = tokens[first]
  if (!opening?.word) return first
  // "However, he held his fire, calling …": a word that links the sentence to the one before.
  if (clauseOpening.has(opening.lower) && tokens[first + 1]?.text === ',') return first + 2
  let comma = first
  while (comma < end && tokens[comma]?.text !== ',') comma++
  if (comma >= end) return introduction.has(opening.lower) ? end : first
  comma = placeEndAfter(tokens, comma, end)
  // "Facing criticism from both parties, Trump …", "Pressed on the toll, the mayor …":
  // a participle that opens the sentence says how its subject acted.
  const participle = /(?:ing|ed)$/.test(opening.lower) && isVerbWord(opening.lower)
  return introduction.has(opening.lower) || participle || isTime(tokens, first, comma)
    ? comma + 1
    : first
}

/**
 * The comma after a place's state or country when the comma at `comma`
 * follows its town ("in Salem, New Hampshire,"), else `comma`: the state
 * belongs to the phrase, not to the subject after it.
 */
function placeEndAfter(tokens: readonly Token[], comma: number, end: number): number {
  if (!townBefore(tokens, comma)) return comma
  let next = comma + 1
  while (next < end && next - comma <= 3 && isCapitalised(tokens[next])) next++
  // "in Iowa, Clinton, the front-runner,": a name an aside describes is the subject.
  const described = determiner.has(tokens[next + 1]?.lower ?? '')
  return next > comma + 1 && tokens[next]?.text === ',' && !described ? next : comma
}

/**
 * Whether the comma at `comma` follows a town named after a preposition
 * ("of Dayton,", "in Salem,"): what comes after it may be the town's state
 * or country ("Ohio", "New Hampshire").
 */
function townBefore(tokens: readonly Token[], comma: number): boolean {
  const town = tokens[comma - 1]
  if (!isCapitalised(town) || timeWord.has(town?.lower ?? '')) return false
  let start = comma - 1
  while (isCapitalised(tokens[start - 1])) start--
  return innerPreposition.has(tokens[start - 1]?.lower ?? '')
}

/**
 * Whether the words from `from` to `to` (excluded) are the state or country
 * of a town named before the comma at `from - 1` ("John Brenn of Dayton,
 * Ohio, said"): at most three capitalised words or abbreviations.
 */
function isStateOfTown(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 4 || !townBefore(tokens, from - 1)) return false
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (!isCapitalised(token) && !(token.text === '.' && index === to - 1)) return false
  }
  // "Ala.", "N.C.": an abbreviation; else compromise must know the words as a
  // region or a country ("in Harlem, Clinton said" names the speaker).
  const last = tokens[to - 1] as Token
  if (last.text === '.' || /\.$/.test(last.text)) return true
  return isRegionName(
    tokens
      .slice(from, to)
      .map((token) => token.text)
      .join(' '),
  )
}

/** Plurals without an -s that can speak for themselves ("people say"). */
const pluralWords: ReadonlySet<string> = new Set(reporting.pluralsWithoutS)
/** Shares of a group ("half of voters"). */
const share: ReadonlySet<string> = new Set(reporting.shares)
/** Words that bound a count with "than" ("more than half"). */
const comparative: ReadonlySet<string> = new Set(numberWords.comparatives)
/** Numbers written as words, one to ten ("four in 10"). */
const numberWord: ReadonlySet<string> = new Set(numberWords.numbers.slice(1))

/** Whether a token is a count: digits or a number word ("4", "four"). */
function isCount(token: Token | undefined): boolean {
  return token?.word === true && (/^\d[\d,]*$/.test(token.text) || numberWord.has(token.lower))
}

/**
 * The index of the last token of a share written as a count of a count
 * starting at `index` ("4 in 10", "one out of five"), or -1.
 */
function countShareEnd(tokens: readonly Token[], index: number): number {
  if (!isCount(tokens[index])) return -1
  if (tokens[index + 1]?.lower === 'in' && isCount(tokens[index + 2])) return index + 2
  if (
    tokens[index + 1]?.lower === 'out' &&
    tokens[index + 2]?.lower === 'of' &&
    isCount(tokens[index + 3])
  )
    return index + 3
  return -1
}

function isCapitalised(token: Token | undefined): boolean {
  return token?.word === true && /^\p{Lu}/u.test(token.text)
}

/** Most tokens of the first of two subjects joined by "and" ("union members and leaders"). */
const coordinatedLength = 4

/**
 * Whether the "and" at `and` joins two subjects of one verb ("he and Mr.
 * Allen said", "union members and leaders say", "she and another reporter
 * said"): a subject pronoun, a plural or a capitalised word before it, where
 * a clause starts a few words back with no verb between ("The ferry left
 * and officials said" joins two clauses).
 */
function isCoordinatedSubject(tokens: readonly Token[], and: number): boolean {
  const previous = tokens[and - 1]
  if (!previous?.word) return false
  if (
    !subjectPronoun.has(previous.lower) &&
    !isCapitalised(previous) &&
    !(looksPlural(previous.lower) && !isTensedAt(tokens, and - 1))
  )
    return false
  const start = clauseStart(tokens, and - 1)
  return and - start <= coordinatedLength && !holdsPredicate(tokens, start, and)
}

/** Words that open an aside set off by commas: "who", "which", an article, an age (", 54,"). */
const asideOpening = new RegExp(
  `^(?:\\d+|${[...reporting.asideOpenings, ...reporting.reportedAsideOpenings].join('|')})$`,
  'i',
)

/** Dashes that set off an aside ("Joyce — who practises law — told", "Joyce -- who …"). */
const asideDash = new RegExp(`^(?:[${phraseDashes}-]|--)$`, 'u')

/**
 * The index of the last token of the source when asides stand between it
 * and `index` (", who leads the agency,", ", 54, a doctor,", "(D-Wis.)",
 * "— who practises law —", "- Mr. Tribe and Ms. Epstein -"), else `index`.
 */
function asideBefore(tokens: readonly Token[], index: number): number {
  let at = index
  for (;;) {
    const close = tokens[at]
    if (!close || (close.word && !close.comma)) return at
    if (close.text === ')') {
      let open = at - 1
      while (open >= 0 && tokens[open]?.text !== '(' && at - open <= 24) open--
      if (tokens[open]?.text !== '(') return at
      at = open - 1
      continue
    }
    const dash = asideDash.test(close.text)
    // ", who called it “a mess,” said": the comma inside the marks closes the aside.
    const mark = close.comma ? ',' : close.text
    if (mark !== ',' && !dash) return at
    let open = at - 1
    while (open >= 0 && tokens[open]?.text !== mark && at - open <= 40) open--
    const opening = tokens[open + 1]
    if (tokens[open]?.text !== mark || !opening || open === at - 1) return at
    // Between dashes anything is an aside; between commas, what opens like one,
    // and past sixteen words only a relative clause (", whose education … was
    // paid for …,"), what describes a name (", the owner of the team who …,")
    // or a noun phrase and its relative clause (", a registered Republican who …,").
    const aside =
      dash ||
      (isAsideOpening(tokens, open, at) &&
        (at - open <= 16 ||
          relative.has(opening.lower) ||
          opening.lower === 'whose' ||
          isParticipleAside(tokens, open) ||
          endsName(tokens, open - 1) ||
          !holdsPredicate(tokens, open + 1, at)))
    if (!aside) return at
    // ", 54, a doctor,": the comma that opens one aside may close another.
    const earlier = mark === ',' ? asideBefore(tokens, open) : open
    at = earlier === open ? open - 1 : earlier
  }
}

/**
 * Whether the token at `index` ends a name: a capitalised word, its bracket
 * ("(R-Ohio)") or the full stop of its last word ("R-Fla.").
 */
function endsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.text === '.') {
    const word = tokens[index - 1]
    return isCapitalised(word) && word?.end === token.start
  }
  return isCapitalised(token) || token?.text === ')'
}

/**
 * Whether the words after the mark at `open` (up to the mark at `close`)
 * open an aside about the noun before it: a relative pronoun, an article, a
 * number; after a name, a description in lower case ("founder of …",
 * "another incumbent") or capitalised words with no verb: someone's role
 * ("Clinton’s director of …", "Ohio Secretary of State"), a party and a
 * state ("R-Fla."), a place ("Ava, Mo.").
 */
function isAsideOpening(tokens: readonly Token[], open: number, close: number): boolean {
  // "Last month, the harbour board, which …": after a time that opens the
  // sentence, the words up to the next comma are its subject.
  const start = clauseStart(tokens, open - 1)
  if (start <= 1 && isTime(tokens, start, open)) return false
  const opening = tokens[open + 1] as Token
  if (asideOpening.test(opening.text)) return true
  if (isParticipleAside(tokens, open)) return true
  if (isStateOfTown(tokens, open + 1, close)) return true
  // "Ruth Vance, 29, of Tromso,": what follows an age describes the name before it.
  const afterAge = /^\d+$/.test(tokens[open - 1]?.text ?? '') && tokens[open - 2]?.text === ','
  if (afterAge && /^\p{Ll}/u.test(opening.text)) return true
  if (!endsName(tokens, open - 1)) return false
  if (/^\p{Ll}/u.test(opening.text)) return true
  let name = open + 1
  while (isCapitalised(tokens[name]) && name - open <= 4) name++
  if (name > open + 1 && /^['’]s$/u.test(tokens[name]?.text ?? '')) return true
  // "Making her way around Chez Vachon, Clinton and her husband, thanked":
  // a phrase that leads into the sentence is no one an aside describes.
  const lead = tokens[clauseStart(tokens, open - 1)]
  if (introduction.has(lead?.lower ?? '') || /ing$/.test(lead?.lower ?? '')) return false
  return describesName(tokens, open + 1, close)
}

/**
 * Whether the words after the comma at `open` are a past participle and
 * the preposition it takes, an adverb allowed between, after a noun in
 * lower case ("The poll, conducted jointly with …, shows", "the report,
 * released on Monday, said"): they describe the noun, which stays the
 * subject of the verb after the aside.
 */
function isParticipleAside(tokens: readonly Token[], open: number): boolean {
  const noun = tokens[open - 1]
  const participle = tokens[open + 1]
  if (!noun?.word || isCapitalised(noun) || !participle?.word || isCapitalised(participle))
    return false
  if (!/ed$/.test(participle.lower) || !isVerbWord(participle.lower)) return false
  const next = /ly$/.test(tokens[open + 2]?.lower ?? '') ? open + 3 : open + 2
  const preposition = tokens[next]?.lower ?? ''
  return preposition === 'by' || mannerPreposition.has(preposition)
}

/** Whether the words from `from` up to `to` (excluded) name a time ("Last month", "On Tuesday", "Sunday"). */
function isTime(tokens: readonly Token[], from: number, to: number): boolean {
  return to > from && (circumstanceBefore(tokens, to) === from || datesOnly(tokens, from, to - 1))
}

/** Where the clause holding the token at `index` starts: after the last clause edge before it. */
function clauseStart(tokens: readonly Token[], index: number): number {
  let at = index
  while (at > 0 && !isClauseEdge(tokens[at - 1])) at--
  return at
}

/**
 * Whether capitalised words from `from` to `to` (excluded) describe the name
 * before them rather than name someone else ("Similarly, William Bennett,"
 * or "Iran, Turkey and France,"): they hold no verb, and a word in lower case
 * that joins no names ("South Carolina director for Sanders"), a "’s"
 * ("Color of Change’s executive director") or end with an abbreviation
 * ("R-Fla.", "Mo.").
 */
function describesName(tokens: readonly Token[], from: number, to: number): boolean {
  if (holdsPredicate(tokens, from, to)) return false
  if (tokens[to - 1]?.text === '.' && endsName(tokens, to - 1)) return true
  // "R-Texas", "D-R.I.": a party and a state, one word.
  if (to - from === 1 && isPartyOfState(tokens[from]?.text ?? '')) return true
  // "Republican of Florida", "Ohio Secretary of State": a role and what it is of.
  for (let index = from + 1; index < to - 1; index++) {
    if (tokens[index]?.lower !== 'of') continue
    if (index === from + 1) return true
    for (let role = from; role < index; role++)
      if (isRoleWord((tokens[role] as Token).text)) return true
    break
  }
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (/^['’]s$/u.test(token.text)) return true
    if (
      token.word &&
      !isCapitalised(token) &&
      !nameJoin.has(token.lower) &&
      !innerPreposition.has(token.lower) &&
      !determiner.has(token.lower)
    )
      return true
  }
  return false
}

/**
 * Whether the words from `from` to `to` (excluded) hold a verb of their own
 * before any relative pronoun: an auxiliary or a verb in a tense in lower
 * case ("the plan will fail", "Cruz won"), so that they make a clause, not
 * a noun phrase.
 */
function holdsPredicate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (!token.word || isCapitalised(token)) continue
    if (relative.has(token.lower)) return false
    // "to press", "a registered voter", "Trump’s fired campaign manager": no verb in a tense.
    const previous = tokens[index - 1]?.lower ?? ''
    if (previous === 'to' || determiner.has(previous) || /^['’]s$/u.test(previous)) continue
    if (isFiniteVerb(tokens, index)) return true
  }
  return false
}

/** Words after which an object stands before the statement ("told reporters that …"). */
const objectEnd: ReadonlySet<string> = new Set(reporting.objectEnds)
/** Prepositions after which the words for the person spoken to are over ("wrote to the paper after"). */
const addresseeEnd: ReadonlySet<string> = new Set(reporting.addresseeEnds)
/** Pronouns that are objects. */
const objectPronoun: ReadonlySet<string> = new Set(pronouns.object)

/** Words that join the words of a time or an occasion. */
const timeGlue: ReadonlySet<string> = new Set([
  ...reporting.timeGlue,
  ...determiners.articles,
  ...reporting.occasionModifiers,
  ...numberWords.numbers.slice(1),
])

/**
 * Where a time or an occasion that starts at `index` ends ("on Tuesday", "in a
 * statement on Friday"), or `index` when none starts there; words up to "that"
 * with a name in them go too ("on CNN that"), but a name does not open one.
 */
function pastTime(tokens: readonly Token[], index: number): number {
  // "criticized Brenn on Thursday": a time opens with a time word, not with a name.
  const first = tokens[index]
  if (isCapitalised(first) && !timeWord.has(first?.lower ?? '')) return index
  let end = index
  // "said in a statement", not "said the debate would go ahead": an occasion needs a preposition.
  let opened = false
  // "said after the vote that …": a phrase of a preposition that runs to "that" is the occasion.
  const occasion = occasionPreposition.has(first?.lower ?? '')
  for (let at = index; at < tokens.length && at - index < 8; at++) {
    const token = tokens[at] as Token
    if (!token.word) {
      if (/^['’]s$/u.test(token.text)) continue
      break
    }
    if (token.lower === 'that') return end > index || at - index <= 4 || occasion ? at : end
    // "told the board after hinting that …": the "that" is the verb's after the preposition.
    if (
      occasion &&
      at > index &&
      !isCapitalised(token) &&
      (isTensedAt(tokens, at) || (at === index + 1 && /ing$/.test(token.lower)))
    )
      break
    if (circumstanceOpening.has(token.lower) || trailingTimeOpening.has(token.lower)) opened = true
    if (timeWord.has(token.lower) || (opened && occasionWord.has(token.lower))) end = at + 1
    else if (/^(?:in|at|from)$/.test(token.lower) && isCapitalised(tokens[at + 1]))
      end = placeEnd(tokens, at + 1)
    else if (
      !timeGlue.has(token.lower) &&
      !/^\d/.test(token.lower) &&
      !isCapitalised(token) &&
      !occasion
    )
      break
  }
  return end
}

/**
 * Where a place named from `index` on ends: capitalised words, and after a
 * comma more of them ("Binghamton, N.Y.").
 */
function placeEnd(tokens: readonly Token[], index: number): number {
  let at = index
  while (isCapitalised(tokens[at])) at++
  if (
    tokens[at]?.text === ',' &&
    isCapitalised(tokens[at + 1]) &&
    /\.$/.test(tokens[at + 1]?.text ?? '')
  )
    at += 2
  return at
}

/**
 * Where the words for the person spoken to end ("told reporters it was", "urged
 * Congress to act", "told the council on Friday that"): at a subject, "that",
 * "to", a preposition or a comma within a few words; `index` when none of
 * them comes (the statement starts right after the verb).
 */
function pastAddressee(tokens: readonly Token[], index: number): number {
  const next = tokens[index]
  if (!next?.word) return index
  if (objectPronoun.has(next.lower) && !ownsNoun(next, tokens[index + 1])) return index + 1
  if (objectEnd.has(next.lower) || subjectPronoun.has(next.lower) || /ing$/.test(next.lower))
    return index
  for (let look = index + 1; look < Math.min(tokens.length, index + 5); look++) {
    const token = tokens[look] as Token
    if (!token.word) return token.text === ',' || token.text === ':' ? look : index
    // "warned the quay would close, and …": words with a verb in a tense are
    // the statement's clause, not the person spoken to.
    if (isFiniteVerb(tokens, look)) return index
    const previous = tokens[look - 1] as Token
    if (
      objectEnd.has(token.lower) ||
      addresseeEnd.has(token.lower) ||
      subjectPronoun.has(token.lower) ||
      timeWord.has(token.lower) ||
      (determiner.has(token.lower) && !determiner.has(previous.lower))
    )
      return look
  }
  return thatAfterAddressee(tokens, index)
}

/**
 * Whether a pronoun that is also a possessive ("her") stands before a noun
 * it owns ("told her supporters"), not as the person spoken to ("told her
 * the plan was dead", "told her repeatedly that"): a word in lower case
 * follows that opens no clause, time or phrase and is no verb or adverb.
 */
function ownsNoun(pronoun: Token, after: Token | undefined): boolean {
  if (!determiner.has(pronoun.lower) || !after?.word || isCapitalised(after)) return false
  return !(
    objectEnd.has(after.lower) ||
    addresseeEnd.has(after.lower) ||
    subjectPronoun.has(after.lower) ||
    timeWord.has(after.lower) ||
    determiner.has(after.lower) ||
    /ly$/u.test(after.lower) ||
    isVerbWord(after.lower)
  )
}

/** How many words the person spoken to and a time may take before "that". */
const longAddressee = 12

/**
 * Where a long addressee ends at "that" ("told The Post and Courier
 * newspaper of Charleston on Saturday that …"): "that" within a few words,
 * with no verb and no mark before it; `index` otherwise.
 */
function thatAfterAddressee(tokens: readonly Token[], index: number): number {
  for (let look = index; look < Math.min(tokens.length, index + longAddressee); look++) {
    const token = tokens[look] as Token
    if (token.lower === 'that') return look
    if (!token.word) {
      if (/^['’]s$/u.test(token.text)) continue
      return index
    }
    if (!isCapitalised(token) && (isAuxiliary(token) || isVerbAt(tokens, look))) return index
  }
  return index
}

/** Words that open a time or an occasion at the end of a statement. */
const trailingTimeOpening: ReadonlySet<string> = new Set(reporting.trailingTimeOpenings)
/** Words that are a whole statement after a verb of saying ("said yes"). */
const answerWord: ReadonlySet<string> = new Set(reporting.answers)
/** Prepositions that open the occasion of saying between a verb and "that". */
const occasionPreposition: ReadonlySet<string> = new Set(reporting.occasionPrepositions)

/**
 * Where a time or an occasion at the end of a statement starts ("during a
 * committee hearing on Thursday", "at a rally last week"), or `end` when the
 * statement does not end with one.
 */
function beforeTrailingTime(tokens: readonly Token[], from: number, end: number): number {
  let start = end
  let timed = false
  for (let index = end - 1; index > from && end - index <= 8; index--) {
    const token = tokens[index] as Token
    // "at a rally in Hanahan, South Carolina": the comma inside a place's name.
    if (token.text === ',' && isCapitalised(tokens[index - 1]) && isCapitalised(tokens[index + 1]))
      continue
    if (!token.word || token.lower === quoteToken) break
    if (timeWord.has(token.lower) || occasionWord.has(token.lower)) timed = true
    else if (
      start < end &&
      index + 1 === start &&
      !trailingTimeOpening.has(token.lower) &&
      !timeGlue.has(token.lower) &&
      !isCapitalised(token) &&
      !/^\d/.test(token.lower)
    )
      // "a ban on imports on Tuesday": a word right before the time's opening is
      // the statement's ("imports"); one inside an occasion is not ("committee hearing").
      break
    if (timed && trailingTimeOpening.has(token.lower)) start = index
  }
  return start
}

/**
 * Where the position a stance verb takes ends: the thing criticised or
 * endorsed is the noun phrase after the verb, with what it is criticised
 * for ("endorsed Cruz last week, saying …", "praised her effort and
 * provided …", "the proposal, the groups who wrote …"): the phrase ends at a
 * semicolon or a dash, at a comma before a participle or a new clause, and
 * before "and" or "but" with a finite verb of their own; a relative clause
 * ("an agenda that has drawn …") stays part of it.
 */
function stanceEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 1; index < end; index++) {
    const token = tokens[index] as Token
    const next = tokens[index + 1]
    // "supported the bill when it came to a vote": when or why is not the position.
    if (subordinator.has(token.lower) && !isVerblessContrast(tokens, index)) return index
    if (!token.word) {
      if (token.text === ';' || (asideDash.test(token.text) && token.text !== '-')) return index
      if (token.text === ',' && next?.word && opensClause(next)) return index
      continue
    }
    // "blamed it on a “bad earpiece,” claiming …": a comma inside the marks.
    if (token.comma && next?.word && opensClause(next)) return index + 1
    if (
      verbCoordination.has(token.lower) &&
      next?.word &&
      !isCapitalised(next) &&
      !/ing$/.test(next.lower) &&
      (finiteAuxiliary.has(next.lower) || isVerbAt(tokens, index + 1))
    )
      return index
  }
  return end
}

/**
 * Where an infinitive that starts at `from` ends ("declined to comment and
 * was seen leaving", "wanted to run but has not filed"): before "and" or
 * "but" with a verb in a tense, which goes on from the sentence's subject;
 * an infinitive goes on only with a plain form ("to raise taxes and cut
 * spending").
 */
function infinitiveEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 2; index < end - 1; index++) {
    const next = tokens[index + 1] as Token
    if (!verbCoordination.has((tokens[index] as Token).lower) || !next.word) continue
    if (finiteAuxiliary.has(next.lower) || beForm.has(next.lower) || /[^e]ed$/.test(next.lower))
      return index
  }
  return end
}

/**
 * Where a statement that is a noun phrase ends before a second verb of the
 * sentence's subject ("denied the charges and accused her of …", "talked
 * about the economy but made no promises"): "and" or "but" and a verb in a
 * tense, with no verb, subject pronoun, quote or clause opening before
 * them; `end` otherwise. A noun phrase goes on only with another noun
 * ("the charges and the fines").
 */
function secondPredicate(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from; index < end - 1; index++) {
    const token = tokens[index] as Token
    if (token.lower === quoteToken || subjectPronoun.has(token.lower)) return end
    if (!token.word) continue
    if (index > from && verbCoordination.has(token.lower)) {
      if (isSecondVerb(tokens, index + 1)) return index
      continue
    }
    if (clauseOpening.has(token.lower) || relative.has(token.lower) || isFiniteVerb(tokens, index))
      return end
    // "the young woman appears to …": an -s form after a noun is the verb of a clause.
    const previous = tokens[index - 1] as Token
    if (
      index > from &&
      previous.word &&
      !determiner.has(previous.lower) &&
      /[^s]s$/.test(token.lower) &&
      isVerbAt(tokens, index)
    )
      return end
  }
  return end
}

/**
 * Whether the word at `index`, after "and" or "but", starts a predicate of
 * its own: a verb in a tense, not an auxiliary, with an object or a
 * preposition right after it ("and accused her", "and took the stage"; not
 * "and related job losses", an adjective before its noun, nor "and would",
 * which may go on with the statement's own subject).
 */
function isSecondVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || isCapitalised(token) || /ing$|-/.test(token.lower)) return false
  if (!isFiniteVerb(tokens, index) || finiteAuxiliary.has(token.lower) || beForm.has(token.lower))
    return false
  const after = tokens[index + 1]
  return (
    opensNounPhrase(after) ||
    mannerPreposition.has(after?.lower ?? '') ||
    leadingPreposition.has(after?.lower ?? '')
  )
}

/** Words that open a clause about when, why or on what terms ("when", "because", "if"). */
const subordinator: ReadonlySet<string> = new Set(reporting.subordinators)

/** Relative pronouns that stand for the object of the verb after their clause's subject ("which most Whigs opposed"). */
const objectRelative: ReadonlySet<string> = new Set(pronouns.objectRelative)

/** Prepositions in -ing ("including", "following"): they open a phrase, not a participle's clause. */
const ingPreposition: ReadonlySet<string> = new Set(reporting.ingPrepositions)

/** Whether a word after a comma opens a clause of its own: a participle, a subject pronoun or an article. */
function opensClause(token: Token): boolean {
  return (
    (/ing$/.test(token.lower) && !ingPreposition.has(token.lower)) ||
    subjectPronoun.has(token.lower) ||
    determiners.articles.includes(token.lower)
  )
}

/** Whether a token opens a noun phrase: a determiner, an object pronoun or a name. */
function opensNounPhrase(token: Token | undefined): boolean {
  if (!token?.word) return false
  return determiner.has(token.lower) || objectPronoun.has(token.lower) || isCapitalised(token)
}

/** Prepositions that lead from a verb to what was said ("warned of", "talked about"). */
const leadingPreposition: ReadonlySet<string> = new Set(reporting.statementPrepositions)

/**
 * Where the statement after a verb starts: past the person spoken to (for
 * verbs that take one: "told reporters", "urged Congress"), past a time or
 * an occasion ("on Tuesday", "in a statement"), past "that" or a colon, and
 * past a preposition that leads to it ("warned of", "talked about").
 */
function statementStart(tokens: readonly Token[], cueLast: number, cue: Cue): number {
  let index = cueLast + 1
  if (cue.object && cue.class === 'speech') index = pastAddressee(tokens, index)
  // "wrote to the paper", "said to reporters": whom it was said to, before what was said.
  else if (tokens[index]?.lower === 'to' && opensNounPhrase(tokens[index + 1]))
    index = pastAddressee(tokens, index + 1)
  index = pastTime(tokens, index)
  // "said repeatedly that", "told her privately that": the verb's adverbs before "that" are not said.
  let afterAdverbs = index
  while (isVerbAdverb(tokens[afterAdverbs])) afterAdverbs++
  if (afterAdverbs > index && tokens[afterAdverbs]?.lower === 'that') index = afterAdverbs
  if (tokens[index]?.text === ',' || tokens[index]?.text === ':') index++
  if (tokens[index]?.lower === 'that') {
    index++
    // "argue that, while the tax may fall, workers …": the clause opens with a phrase of its own.
    if (tokens[index]?.text === ',' && tokens[index + 1]?.word) index++
  } else if (index === cueLast + 1 && leadingPreposition.has(tokens[index]?.lower ?? '')) index++
  return index
}

/**
 * Where a statement that starts at `from` ends: at a semicolon, before a
 * second verb of the same source (", adding that", " and warned"), before a
 * source given after it (", officials said"), and before "according to".
 * Given the statement's own verb of saying and the verbs of the sentence by
 * token, a verb after "and" that does not agree with it (`agreesWith`) goes
 * on with a reported clause instead.
 */
function statementEnd(
  tokens: readonly Token[],
  from: number,
  sources: ReadonlyMap<number, Source | null>,
  verbs?: { own: Cue; at: ReadonlyMap<number, Cue> },
): number {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.text === ';') return index
    if (token.text === ',' && index > from + 1 && isClosingApposition(tokens, from, index))
      return index
    // "called the remarks “racist,” an extraordinary rebuke": the comma inside the marks.
    if (token.comma && index > from && isClosingApposition(tokens, from, index)) return index + 1
    // "… are “non-entities,” but he gave …": the comma inside the marks ends the clause too.
    if (token.comma && contrast.has(tokens[index + 1]?.lower ?? '')) return index + 1
    if (token.text === ',' && contrast.has(tokens[index + 1]?.lower ?? '')) {
      // "said the plan works, but that it costs too much": a second clause of the same verb.
      if (tokens[index + 2]?.lower === 'that' && tokens[index + 1]?.lower === 'but') continue
      // "the decision, which struck down …, illustrates …": an aside about the
      // subject of the statement, which goes on after it.
      // "the scandal, while troublesome, was dealt with": so is a clause of when or on what terms.
      const opening = tokens[index + 1]?.lower ?? ''
      // "defended the process, though not the results": the contrast is part of what was said.
      if (isVerblessContrast(tokens, index + 1)) continue
      const close =
        relative.has(opening) || opening === 'whose' || subordinator.has(opening)
          ? asideClose(tokens, index)
          : -1
      if (close === -1) return index
      index = close
      continue
    }
    // "found 40% are unsure, and Trump has been invoking him": after a comma,
    // "and" and a subject with a verb of its own open the reporter's next clause.
    if (
      token.text === ',' &&
      index > from + 1 &&
      tokens[index + 1]?.lower === 'and' &&
      opensNounPhrase(tokens[index + 2]) &&
      !objectPronoun.has(tokens[index + 2]?.lower ?? '') &&
      holdsPredicate(tokens, index + 2, asideEnd(tokens, index + 2, tokens.length))
    )
      return index
    if (sources.has(index)) {
      const opening = helpersStart(tokens, index)
      const before = tokens[opening - 1]
      if (before?.text === ',') return opening - 1
      if (verbCoordination.has(before?.lower ?? '')) {
        const next = verbs?.at.get(index)
        const continues =
          verbs !== undefined &&
          next !== undefined &&
          opening === index &&
          sources.get(index) === null &&
          tokens[from]?.lower !== 'to' &&
          holdsPredicate(tokens, from, opening - 1) &&
          (!agreesWith(verbs.own, next, tokens[index] as Token) ||
            isThoughtOfSaying(verbs.own, next))
        if (!continues) return opening - 1
      }
      if (before?.comma) return opening
      const source = sources.get(index)
      // "said the budget was balanced, with most councillors saying it was
      // not": a phrase of "with" and a source of its own is a report of its own.
      if (source && source.first - 1 > from && tokens[source.first - 1]?.lower === 'with') {
        let end = source.first - 1
        while (
          end - 1 > from &&
          (tokens[end - 1]?.text === ',' || asideDash.test(tokens[end - 1]?.text ?? ''))
        )
          end--
        return end
      }
      // "says the race is long but he thinks Cruz will win": what the source
      // thinks is known from what it says, so the thought goes on with the statement.
      const next = verbs?.at.get(index)
      if (
        verbs &&
        next &&
        source &&
        verbCoordination.has(tokens[source.first - 1]?.lower ?? '') &&
        tokens[source.first - 2]?.text !== ',' &&
        isThoughtOfSaying(verbs.own, next)
      )
        continue
      if (
        source &&
        source.first > from &&
        tokens[source.first - 1]?.text === ',' &&
        !(tokens[index + 1]?.word && closesOpeningPhrase(tokens, from, source.first - 1))
      )
        return source.first - 1
      // "called Trump “an orange buffoon,” Susan said": the comma inside the
      // marks parts the statement from the source of the verb after it.
      if (source && source.first - 1 > from && tokens[source.first - 1]?.comma) return source.first
      // "…, and a third said …": a new source with a verb of its own starts a new report.
      if (
        source &&
        source.first - 1 > from &&
        verbCoordination.has(tokens[source.first - 1]?.lower ?? '') &&
        tokens[source.first - 2]?.text === ','
      )
        return source.first - 2
      // "… doesn't care about them and one in four said …": without the comma
      // too, once what came before is a clause of its own or ends in a quote
      // ("said he and his wife agreed" is one subject). "But" joins no
      // subjects, so a source with its verb after it opens a report of its
      // own whatever came before ("claimed the attack but officials said …").
      // After a quote, "while" opens the new report too ("called the plan
      // “reckless” while Holt called it “overdue”"); after a clause it may go
      // on with one of the speaker's own ("would only deepen mistrust while
      // the US continues …").
      const joining = tokens[source?.first === undefined ? -1 : source.first - 1]?.lower ?? ''
      const opensContrast = contrast.has(joining) && verbCoordination.has(joining)
      if (
        source &&
        source.first - 1 > from &&
        (opensContrast ||
          (verbCoordination.has(joining) && holdsPredicate(tokens, from, source.first - 1)) ||
          ((verbCoordination.has(joining) ||
            (subordinator.has(joining) && contrast.has(joining))) &&
            tokens.slice(from, source.first - 1).some((token) => token.text === quoteToken)))
      ) {
        // "…, even though observers doubt …", "… – while his supporters said …":
        // the word and the dash that lead to the joining word go with it.
        let end = source.first - 1
        if (tokens[end - 1]?.lower === 'even') end--
        while (end - 1 > from && asideDash.test(tokens[end - 1]?.text ?? '')) end--
        return end
      }
    }
  }
  let end = tokens.length
  while (
    end > from &&
    !(tokens[end - 1] as Token).word &&
    !/^["”’)\]]$/u.test((tokens[end - 1] as Token).text)
  )
    end--
  return end
}

/**
 * Whether a verb of thought after "and" or "but" goes on with what a verb of
 * saying reports ("said she had checked the figures and thought the plan
 * would fail"): a reporter knows what someone thinks from what they said.
 */
function isThoughtOfSaying(own: Cue, next: Cue): boolean {
  return own.class === 'speech' && next.class === 'thought'
}

/**
 * Whether a verb after "and" or "but" may share the source with the verb of
 * saying `own`, by their forms: both in the same tense, neither a plain form
 * the other is not. "says he spoke to her and asked …" and "says the pilots
 * would inspect it and report …" do not agree, so the second verb goes on with the
 * reported clause's own subject, inside the statement; "said … and warned"
 * and "say … and warn" may go on from the source.
 */
function agreesWith(own: Cue, next: Cue, written: Token): boolean {
  if (own.form === 'gerund' || next.form === 'gerund') return true
  if (own.tense === 'future' || next.tense === 'future') return true
  if (own.tense !== next.tense) return false
  const plain = (cue: Cue, word: string) =>
    word === cue.lemma || word === cue.lemma.replace(/ize$/, 'ise')
  const ownWord = own.text.toLowerCase().split(/\s+/)[0] ?? ''
  return plain(own, ownWord) === plain(next, written.lower)
}

/**
 * Whether the comma at `comma` closes a phrase that opens a clause after
 * "that" ("argued that although the pilot confessed, he showed no remorse",
 * "disclosed that after the vote, the mayor called her"): the subject after
 * it is that clause's own, and its verb, when words follow it, goes on with
 * the statement, though it may be a verb of saying ("that if the stock fell,
 * he would advise …"; but "he finds that in his work, he said.").
 */
function closesOpeningPhrase(tokens: readonly Token[], from: number, comma: number): boolean {
  if (!followsThat(tokens, from) || !introduction.has(tokens[from]?.lower ?? '')) return false
  return !tokens.slice(from, comma).some((token) => !token.word && token.lower !== quoteToken)
}

/**
 * Whether the joining word at `index` ("but", "though") opens a contrast
 * that leaves out the statement's own verb: "not" right after it and no verb
 * up to the next mark ("backs the levy, but not the fee"; "but not all
 * members agreed" has a verb of its own).
 */
function isVerblessContrast(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.lower !== 'not') return false
  let end = index + 2
  while (end < tokens.length && (tokens[end] as Token).word) end++
  return !holdsVerb(tokens, index + 2, end)
}

/**
 * Whether the comma at `comma` opens an apposition that closes the sentence:
 * "a" or "an" and a noun phrase up to the end, with no further comma or dash
 * ("…, a swipe at his rivals.", "…, a provision that bars …"). It sums up or
 * names what the statement spoke of in the writer's words. One set off
 * between commas ("the shoal, an atoll it seized, into a fortress"), one
 * after a name or after "as" ("sees it as a trap, a means to …"), one more
 * item of a list ("roads, a school and a clinic") or a clause ("…, a
 * recount could not be done") is part of the statement.
 */
function isClosingApposition(tokens: readonly Token[], from: number, comma: number): boolean {
  if (!['a', 'an'].includes(tokens[comma + 1]?.lower ?? '')) return false
  // "sees the talks as a trap, a means to …": it renames what the source sees them as.
  if (tokens.slice(from, comma).some((token) => token.lower === 'as')) return false
  // "Tomas Brenn, a skipper who …": who a named person is belongs with the name.
  if (isCapitalised(tokens[comma - 1])) return false
  let phrase = true
  for (let index = comma + 2; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.comma || token.text === ',' || asideDash.test(token.text) || token.text === ';')
      return false
    if (!token.word) continue
    if (relative.has(token.lower)) phrase = false
    if (!phrase || isCapitalised(token)) continue
    // "…, and a school", "…, a recount could not be done": a list or a clause, not a noun phrase.
    if (verbCoordination.has(token.lower) || token.lower === 'or') return false
    if (finiteAuxiliary.has(token.lower)) return false
  }
  return true
}

/**
 * The comma that closes a relative clause opened by the comma at `open`, when
 * a finite verb follows it (", which struck down the law, illustrates"): the
 * clause was an aside inside a statement; -1 otherwise.
 */
function asideClose(tokens: readonly Token[], open: number): number {
  for (let index = open + 2; index < tokens.length && index - open <= 30; index++) {
    const token = tokens[index] as Token
    if (token.word) continue
    if (token.text !== ',') return -1
    const next = tokens[index + 1]
    // A finite verb: an auxiliary, a verb as the lexicon tells, or an -s form ("shows").
    const verb =
      next?.word === true &&
      !isCapitalised(next) &&
      !/ing$/.test(next.lower) &&
      (finiteAuxiliary.has(next.lower) || isVerbAt(tokens, index + 1) || /[^s]s$/.test(next.lower))
    return verb ? index : -1
  }
  return -1
}

/** Whether the statement from `from` on follows "that" (and a comma: "that, while …"). */
function followsThat(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.text === ',' ? from - 2 : from - 1
  return tokens[before]?.lower === 'that'
}

/** Words that open the reporter's own clause after a verb ("she said, but …", "said as"). */
const reporterClause: ReadonlySet<string> = new Set(reporting.reporterClauseOpenings)

/** Words that open a clause of the reporter's own after a statement (", while others …"). */
const contrast: ReadonlySet<string> = new Set(reporting.contrastOpenings)

/**
 * Auxiliaries that make a finite verb: words after a cue that open with one
 * ("states have yet to", "what he said would happen") are the predicate of
 * a noun or a clause, not a statement.
 */
const finiteAuxiliary: ReadonlySet<string> = new Set(
  auxiliaryVerbs(auxiliaries).filter((verb) => !['be', 'been', 'being'].includes(verb)),
)

/** Prepositions that open how, where or when something was said ("said by telephone"). */
const mannerPreposition: ReadonlySet<string> = new Set(reporting.mannerPrepositions)

/**
 * Whether the words after a verb say only how, where or when it was said
 * ("said by telephone on NBC", "admitted during an interview"): they open
 * with such a preposition and hold no verb, so no statement follows.
 */
function isMannerOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (!mannerPreposition.has(tokens[from]?.lower ?? '')) return false
  for (let index = from + 1; index < to; index++) {
    const token = tokens[index] as Token
    // "in interviews", "in a statement": right after the preposition or a
    // determiner a word that may be a verb is the noun the preposition takes.
    const object = index === from + 1 || determiner.has(tokens[index - 1]?.lower ?? '')
    if (
      token.word &&
      !isCapitalised(token) &&
      (auxiliary.has(token.lower) || (!object && isVerbAt(tokens, index)))
    )
      return false
  }
  return true
}

/**
 * Whether the words after a verb and a preposition that may lead to what
 * was said or say where it was said ("said on ABC’s “This Week” on Sunday",
 * "said on CNN") name only a medium or a time: no verb, and a name, a quoted
 * title or a time word. "argued over the budget" is what was argued about.
 */
function namesOnlyWhereOrWhen(
  tokens: readonly Token[],
  cueLast: number,
  from: number,
  to: number,
): boolean {
  if (from !== cueLast + 2 || !mannerPreposition.has(tokens[from - 1]?.lower ?? '')) return false
  let named = false
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (isCapitalised(token) || token.lower === quoteToken || timeWord.has(token.lower))
      named = true
    else if (
      token.word &&
      !timeGlue.has(token.lower) &&
      (auxiliary.has(token.lower) || isVerbAt(tokens, index))
    )
      return false
  }
  return named
}

/** A stretch from the first token to the one before `to`. */
function stretch(tokens: readonly Token[], from: number, to: number): Stretch | null {
  if (to <= from) return null
  return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end }
}

/** How many words a stretch of tokens holds. */
function wordsIn(tokens: readonly Token[], from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) if (tokens[index]?.word) count++
  return count
}

/**
 * The source named after a verb at the end of a statement ("…, said
 * Smith.", "…, said the official, who …"): a name or a noun phrase up to the
 * next comma or the end; `null` when the verb is followed by anything else.
 */
function sourceAfter(tokens: readonly Token[], cueIndex: number): Source | null {
  const first = cueIndex + 1
  let last = first - 1
  // "said the city’s engineer", "said AT&T": marks that join the words of a source go on with it.
  while (
    last + 1 < tokens.length &&
    last - first < 8 &&
    ((tokens[last + 1] as Token).word ||
      (last >= first && sourceJoin.test(tokens[last + 1]?.text ?? '') && tokens[last + 2]?.word))
  )
    last++
  if (last < first) return null
  const next = tokens[last + 1]
  if (next && !/^[,.!?;]$/.test(next.text)) return null
  const opening = tokens[first] as Token
  // "said former harbour master Tomas Brenn": words in lower case before a name give a role.
  const final = tokens[last] as Token
  const roleAndName =
    isCapitalised(final) &&
    !timeWord.has(final.lower) &&
    !innerPreposition.has(opening.lower) &&
    !circumstanceOpening.has(opening.lower)
  if (!isCapitalised(opening) && !determiner.has(opening.lower) && !roleAndName) return null
  if (relative.has(opening.lower)) return null
  // "…, said the country should act": a verb after it makes a clause, not a source.
  for (let index = first; index <= last; index++) {
    const lower = tokens[index]?.lower ?? ''
    if (lower === quoteToken || notInSource.has(lower)) return null
  }
  if (subjectPronoun.has(opening.lower)) return { first, last: first }
  return { first, last }
}

/**
 * The statements a sentence reports, by its shape around each verb of
 * saying: see `Shape`. `frame` is the sentence with its quoted passages
 * blanked out (offsets kept), so that no mark or word inside a quote is
 * taken for the sentence's own. A verb with nothing it reports (a source
 * and no statement, or a statement and no source) reports nothing.
 */
export function reportsIn(
  frame: string,
  cues: readonly Cue[],
  quoted: readonly QuotedStretch[],
): Report[] {
  const tokens = tokenizeWithQuotes(frame, quoted)
  const indexOf = (offset: number) => tokens.findIndex((token) => token.start === offset)
  const cueAt = new Map<number, Cue>()
  for (const cue of cues) {
    const index = indexOf(cue.start)
    if (index !== -1) cueAt.set(index, cue)
  }
  const sources = new Map<number, Source | null>()
  for (const index of cueAt.keys())
    if (cueAt.get(index)?.form !== 'noun')
      sources.set(
        index,
        sourceBefore(tokens, index, cueAt.get(index) as Cue) ??
          sourceBeforeRelative(tokens, index, cueAt.get(index) as Cue),
      )
  const reports: Report[] = []
  for (const [cueIndex, cue] of cueAt) {
    const cueLast = lastTokenOf(tokens, cueIndex, cue)
    if (cue.form === 'noun') {
      const report = possessorReport(tokens, cueIndex, cueLast, cue, sources)
      if (report) reports.push(report)
      continue
    }
    // "In a poll released Monday, …" has the shape of "According to a poll, …".
    if (cue.lemma === 'accord' || cue.lemma === 'in') {
      const report = accordingTo(tokens, cueIndex, cueLast, cue, sources)
      if (report) reports.push(report)
      continue
    }
    if (seemingVerb.has(cue.lemma)) {
      const report = seemingView(tokens, cueIndex, cueLast, cue, sources)
      if (report) reports.push(report)
      continue
    }
    if ((cue.class === 'thought' || cue.class === 'speech') && cue.form === 'past') {
      const report = passiveExpectation(tokens, cueIndex, cueLast, cue, sources)
      if (report) {
        reports.push(report)
        continue
      }
    }
    // "was asked by" names who put the question; its subject is who answers it.
    if (
      cue.form === 'past' &&
      (cue.class === 'speech' || cue.class === 'stance') &&
      cue.lemma !== 'ask'
    ) {
      const report = passiveWithAgent(tokens, cueIndex, cueLast, cue)
      if (report) {
        reports.push(report)
        continue
      }
    }
    if (cue.lemma === 'ask' && cue.form === 'past') {
      const report = question(tokens, cueIndex, cueLast, cue, quoted.length > 0)
      if (report) {
        reports.push(report)
        continue
      }
    }
    const participle = openingParticiple(tokens, cueIndex, cueLast, cue, sources)
    if (participle) {
      reports.push(participle)
      continue
    }
    const source = sources.get(cueIndex) ?? null
    // "After Clinton testified, Gowdy …", "the war, which most Whigs opposed, …": a
    // verb that ends a clause of when or on what terms, or a relative one, at its
    // comma has what it is about inside that clause; what follows is another clause.
    if (
      source &&
      tokens[cueLast + 1]?.text === ',' &&
      (subordinator.has(tokens[source.first - 1]?.lower ?? '') ||
        objectRelative.has(tokens[source.first - 1]?.lower ?? ''))
    )
      continue
    // "…, adding that", "by saying", "and warned": a second verb of the same source.
    const shared =
      !source &&
      ((cue.form === 'gerund' &&
        (participleOpening.has(beforeAdverbs(tokens, cueIndex)) ||
          tokens[helpersStart(tokens, cueIndex) - 1]?.comma === true)) ||
        verbCoordination.has(beforeAdverbs(tokens, cueIndex)) ||
        listedVerb(tokens, cueIndex, cue, reports))
    // ", officials said," and ", officials said.": the source is set inside or after the statement.
    // After a verb that takes a position a name is what it is about ("…, Shaheen endorsed Clinton."),
    // not a time ("said Tuesday").
    const afterCue =
      tokens[
        cue.class === 'speech'
          ? circumstanceAfter(tokens, cueLast + 1)
          : pastTime(tokens, cueLast + 1)
      ]
    const setInside =
      source !== null &&
      tokens[source.first - 1]?.text === ',' &&
      (!afterCue || /^[,.!?]$/.test(afterCue.text))
    // "which officials said will go into effect", "that Carson says led him to it":
    // the relative pronoun stands for the subject of what was said, and leads it.
    // Right after a verb of saying "that" opens its clause ("repeated that China
    // opposed hacking"): no relative pronoun, but a source and its verb inside
    // what the first verb reports.
    const relativeAt = source ? source.first - 1 : -1
    const predicate = tokens[cueLast + 1]
    if (
      source &&
      !setInside &&
      cue.strong &&
      relativeLead.has(tokens[relativeAt]?.lower ?? '') &&
      !cueAt.has(relativeAt - 1) &&
      predicate?.word &&
      (finiteAuxiliary.has(predicate.lower) || isVerbAt(tokens, cueLast + 1))
    ) {
      const lead = stretch(tokens, relativeAt, relativeAt + 1)
      const end = statementEnd(tokens, cueLast + 1, sources)
      // ", which officials said will …, will not …": an aside ends at its comma.
      const aside = tokens[relativeAt - 1]?.text === ','
      const rest = stretch(tokens, cueLast + 1, aside ? asideEnd(tokens, cueLast + 1, end) : end)
      if (lead && rest) {
        const named = stretch(tokens, source.first, source.last + 1)
        reports.push({ cue, shape: 'source-first', source: named, content: [lead, rest] })
        continue
      }
    }
    // "a probe the agency said was ongoing": the same clause without its
    // pronoun, right after the noun it is about, when an auxiliary follows
    // the verb of saying.
    const contact =
      !shared && !setInside && cue.strong && finiteAuxiliary.has(predicate?.lower ?? '')
        ? contactSource(tokens, cueIndex)
        : null
    // A source read back over the noun and the verb before it ("voted for a
    // plan the mayor") is no source: the clause's own is the later one.
    if (contact && (!source || source.first < contact.first)) {
      const rest = stretch(tokens, cueLast + 1, statementEnd(tokens, cueLast + 1, sources))
      const named = stretch(tokens, contact.first, contact.last + 1)
      if (rest && named) {
        reports.push({ cue, shape: 'source-first', source: named, content: [rest] })
        continue
      }
    }
    if ((source && !setInside) || shared) {
      const from = statementStart(tokens, cueLast, cue)
      // ", who warned of …," ends where the aside does, and "while he said …," where
      // the clause of when or on what terms does: the sentence's own clause follows.
      const aside =
        source !== null
          ? isRelativeAside(tokens, source) ||
            subordinator.has(tokens[source.first - 1]?.lower ?? '')
          : isInterposedParticiple(tokens, cueIndex, cue)
      // "… a planner - a former aide said she demanded … - and …": a report set
      // between dashes ends at the closing one.
      const dashed = source !== null && asideDash.test(tokens[source.first - 1]?.text ?? '')
      const statement = statementEnd(tokens, from, sources, { own: cue, at: cueAt })
      // "Delegates who wanted to attend the convention could be faced …": the
      // bound clause ends before the verb of the sentence it is the subject of.
      // After a verb of saying the clause has a verb of its own, and the
      // sentence's verb comes after that one ("Pilots who said the quay was
      // too small | were heard first").
      const bound = source !== null && isBoundRelative(tokens, source)
      const whole = !bound
        ? statement
        : tokens[from]?.lower === 'to' || cue.class === 'stance'
          ? mainVerbAfter(tokens, from, statement)
          : cue.class === 'speech'
            ? mainVerbAfter(tokens, firstVerb(tokens, from, statement), statement)
            : statement
      const end = aside
        ? asideEnd(tokens, from, whole)
        : dashed
          ? dashEnd(tokens, from, whole, tokens[source.first - 1] as Token)
          : whole
      // "described the plan as "…" during a hearing on Thursday", "called for a
      // ban on Friday": when and where a position was taken or a thing asked
      // for is not part of it (a clause after "said" keeps its own times).
      const until =
        cue.class === 'speech' && lastTokenOf(tokens, cueIndex, cue) === cueIndex
          ? end
          : beforeTrailingTime(
              tokens,
              from,
              cue.class === 'stance' ? stanceEnd(tokens, from, end) : end,
            )
      const to =
        tokens[from]?.lower === 'to'
          ? infinitiveEnd(tokens, from, until)
          : secondPredicate(tokens, from, until)
      const content = stretch(tokens, from, to)
      // "she said, but Kevin …": a clause the reporter adds is no statement.
      const opening = tokens[from]?.lower ?? ''
      // "46 percent said yes", "half said so": an answer is a statement of one
      // word. At a sentence's end "no." is read as the abbreviation of
      // "number", full stop and all; the answer is the word without it.
      const answerStop = /\.$/u.test(tokens[from]?.text ?? '')
      const answer =
        cue.class === 'speech' &&
        to === from + 1 &&
        answerWord.has((tokens[from]?.lower ?? '').replace(/\.$/u, ''))
      if (
        content &&
        (wordsIn(tokens, from, to) >= (cue.class === 'stance' ? 1 : 2) ||
          answer ||
          holdsOnlyQuotes(tokens, from, content)) &&
        (!reporterClause.has(opening) || answer || followsThat(tokens, from)) &&
        !finiteAuxiliary.has(opening) &&
        !isMannerOnly(tokens, from, to) &&
        !namesOnlyWhereOrWhen(tokens, cueLast, from, to)
      ) {
        // A second verb with no source of its own in the sentence has the
        // sentence's subject ("Trump took a hard line, saying …").
        const subject =
          source ??
          (reports.some((report) => report.source) ? null : sentenceSubject(tokens, cueIndex))
        reports.push({
          cue,
          shape: source ? 'source-first' : 'shared',
          source: subject ? stretch(tokens, subject.first, subject.last + 1) : null,
          content: [answer && answerStop ? { ...content, end: content.end - 1 } : content],
        })
        continue
      }
    }
    // "“…,” said former harbour master Tomas Brenn.": the quote before the verb is
    // what the source after it said (a source that opens with a name is read with the quote).
    if (
      !source &&
      cue.class === 'speech' &&
      !cue.object &&
      tokens[cueIndex - 1]?.lower === quoteToken
    ) {
      const inverted = sourceAfter(tokens, cueLast)
      // "The plan is “a disaster,” said Dahl.": a clause that ends in the quote is the statement.
      const clauseStart = statementFrom(tokens, cueIndex - 1)
      const clause = wordsIn(tokens, clauseStart, cueIndex - 1) > 0
      const quote = stretch(tokens, clause ? clauseStart : cueIndex - 1, cueIndex)
      if (inverted && quote && (clause || !isCapitalised(tokens[inverted.first]))) {
        const named = stretch(tokens, inverted.first, inverted.last + 1)
        reports.push({ cue, shape: 'source-after', source: named, content: [quote] })
        continue
      }
    }
    // "…, officials said." and "…, said the official.": the statement is before the source.
    const before = source ?? null
    // "…, said the official": only a verb of speech goes before its source
    // ("the scheme, nicknamed the … plan," names nobody), and not one that
    // takes the person spoken to ("…, tells Breitbart News").
    const after =
      before || cue.class !== 'speech' || cue.object || tokens[cueIndex - 1]?.text !== ','
        ? null
        : sourceAfter(tokens, cueLast)
    const named = before ?? after
    if (!named) continue
    const opening = before ? before.first : cueIndex
    // "The plan would be “a disaster,” the mayor said": a clause that ends in a
    // quote (its comma inside the marks) is the statement, the quote and all.
    const afterQuote = before !== null && tokens[opening - 1]?.comma === true
    if (tokens[opening - 1]?.text !== ',' && !afterQuote) continue
    const headEnd = afterQuote ? opening : opening - 1
    // After the source and its verb (and whom it was said to: "he told the
    // court in a filing"), the sentence ends or the statement goes on after a comma.
    let closing = before
      ? cue.object && cue.class === 'speech'
        ? pastTime(tokens, pastObject(tokens, cueLast + 1))
        : circumstanceAfter(tokens, cueLast + 1)
      : (after?.last ?? cueLast) + 1
    // "…, his aides said in interviews.": a phrase of how or where it was
    // said, with no verb of its own, closes the clause as a time does (after
    // a verb of speech: "a deception aimed at undermining …" says nothing).
    if (before && cue.class === 'speech' && !/^[,;.!?]$/.test(tokens[closing]?.text ?? '.')) {
      const from = cue.object ? pastObject(tokens, cueLast + 1) : cueLast + 1
      const stop = tokens.findIndex((token, index) => index > from && /^[,;.!?]$/.test(token.text))
      if (stop !== -1 && isMannerOnly(tokens, from, stop)) closing = stop
    }
    const closer = tokens[closing]
    // "…, analysts say; in 2012, …": a semicolon ends the sentence's clause as a full stop would.
    if (closer && !/^[,;.!?]$/.test(closer.text)) continue
    const headStart = statementFrom(tokens, headEnd)
    const head = stretch(tokens, headStart, headEnd)
    if (!head || (afterQuote && holdsOnlyQuotes(tokens, headStart, head))) continue
    // "The minister, Tomas Rehn, asked …": before a name set off by commas, a
    // noun phrase with no verb is what the name is, not what was said.
    if (
      before &&
      tokens[before.last + 1]?.text === ',' &&
      !afterQuote &&
      !holdsVerb(tokens, headStart, headEnd)
    )
      continue
    const content = [head]
    const tail =
      closer?.text === ','
        ? continuation(tokens, closing + 1, headEnd, sources, before === null)
        : null
    // "Asked about the plan, Dahl said, “…”": after an opening phrase, a quote
    // after the source is the statement, and the phrase only leads to it.
    const leading = introduction.has(tokens[headStart]?.lower ?? '') || cueAt.has(headStart)
    // "Then, she apologized.", "On Monday, The Post sought more details.": an
    // opening phrase with no verb and nothing said after the source is no
    // statement ("Or maybe Jeb Bush, Musser says." is: it answers).
    const lead = tokens[headStart]?.lower ?? ''
    if (
      !tail &&
      (leading || (clauseOpening.has(lead) && !reporterClause.has(lead))) &&
      !holdsVerb(tokens, headStart, headEnd)
    )
      continue
    // "Minutes later, the clerk said, “Done.”": an opening phrase with no verb
    // leads to a quoted sentence after the source as an introduction does
    // ("The plan, she said, “is dead.”" goes on from its subject: one statement).
    const firstAfter = tokens.slice(closing + 1).find((token) => token.word)
    const quotedSentence =
      firstAfter?.lower === quoteToken &&
      quoted.some((quote) => quote.start === firstAfter.start && quote.sentence)
    if (
      tail &&
      (leading || (quotedSentence && !holdsVerb(tokens, headStart, headEnd))) &&
      holdsOnlyQuotes(tokens, closing + 1, tail)
    ) {
      const source = stretch(tokens, named.first, named.last + 1)
      reports.push({ cue, shape: 'source-first', source, content: [tail] })
      continue
    }
    if (tail) content.push(tail)
    reports.push({
      cue,
      shape: 'source-after',
      source: stretch(tokens, named.first, named.last + 1),
      content,
    })
  }
  return outermost(reports)
}

/** Most words of the source of a relative clause without its pronoun ("the law enforcement agency"). */
const contactSourceLength = 4

/**
 * The source of a relative clause without its pronoun, between the noun the
 * clause is about and the verb of saying: a pronoun ("a gift he knew would
 * …"), a name ("a dynamic Greenberg said could …") or a phrase opened by a
 * determiner ("a probe the agency said was …"); or `null`.
 */
function contactSource(tokens: readonly Token[], cueIndex: number): Source | null {
  let last = cueIndex - 1
  while (last >= 0 && tenseAdverb.has(tokens[last]?.lower ?? '')) last--
  const token = tokens[last]
  if (!token?.word) return null
  // A pronoun is a source of one word ("a gift he knew would …"); a name or
  // a phrase is read back.
  const pronoun = subjectPronoun.has(token.lower)
  let first = last
  if (!pronoun && isCapitalised(token)) {
    while (
      first - 1 >= 0 &&
      last - first + 1 < contactSourceLength &&
      isCapitalised(tokens[first - 1])
    )
      first--
  } else if (!pronoun) {
    while (
      first > 0 &&
      last - first + 1 <= contactSourceLength &&
      !determiner.has(tokens[first]?.lower ?? '')
    ) {
      const before = tokens[first - 1] as Token
      if (!before.word || isVerbAt(tokens, first - 1)) return null
      first--
    }
    if (!article.has(tokens[first]?.lower ?? '')) return null
  }
  if (!isContactAntecedent(tokens, first - 1)) return null
  // The noun's phrase follows a word of the clause ("opened a probe", "is a
  // dynamic", "it’s a dynamic"): at the start of a clause it is the subject
  // of a verb of its own, and the clause may be about what was said ("The
  // thing he said was true").
  let opening = first - 1
  while (
    opening > 0 &&
    first - opening <= contactSourceLength &&
    !determiner.has(tokens[opening]?.lower ?? '')
  )
    opening--
  const lead = tokens[opening - 1]
  if (
    !determiner.has(tokens[opening]?.lower ?? '') ||
    lead === undefined ||
    clauseOpening.has(lead.lower) ||
    !(lead.word || lead.text === ',' || clitic.test(lead.text) || asideDash.test(lead.text))
  )
    return null
  return { first, last }
}

/**
 * Whether the word at `index` may be the noun a relative clause without its
 * pronoun is about ("probe" in "a probe the agency said was ongoing"): a
 * lower-case word that is no verb, pronoun, determiner or word that joins
 * or opens a clause.
 */
function isContactAntecedent(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || !/^\p{Ll}/u.test(token.text)) return false
  const word = token.lower
  // "a plan the mayor says …": after a determiner a word that may be a verb is a noun.
  const afterDeterminer = determiner.has(tokens[index - 1]?.lower ?? '')
  if (
    determiner.has(word) ||
    subjectPronoun.has(word) ||
    objectPronoun.has(word) ||
    auxiliary.has(word) ||
    clauseOpening.has(word) ||
    innerPreposition.has(word) ||
    verbCoordination.has(word) ||
    subordinator.has(word) ||
    contrast.has(word)
  )
    return false
  return afterDeterminer || !isVerbAt(tokens, index)
}

/**
 * Whether a participle stands between the sentence's subject and its verb,
 * set off by commas ("Holt, saying that he would stay, left the room"): its
 * comma follows the subject right away, so what it reports ends at the next
 * comma, where the sentence's own predicate goes on.
 */
function isInterposedParticiple(tokens: readonly Token[], cueIndex: number, cue: Cue): boolean {
  const comma = helpersStart(tokens, cueIndex) - 1
  if (cue.form !== 'gerund' || tokens[comma]?.text !== ',') return false
  return sentenceSubject(tokens, comma)?.last === comma - 1
}

/**
 * "Graham slams Trump, praises Clinton", "Dahl denied the charge, accused
 * the board of lying": a verb in the same form as the one before, after the
 * comma where what that one reports ends, is the next of a list of verbs of
 * the same subject.
 */
function listedVerb(
  tokens: readonly Token[],
  cueIndex: number,
  cue: Cue,
  reports: readonly Report[],
): boolean {
  const comma = tokens[helpersStart(tokens, cueIndex) - 1]
  const previous = reports.at(-1)
  if (comma?.text !== ',' || !previous || cue.form === 'gerund') return false
  return previous.cue.form === cue.form && previous.content.at(-1)?.end === comma.start
}

/**
 * "Responding to the critics, Dahl said …", "Noting that the pier was
 * old, the mayor wrote …": a participle that opens the sentence has the
 * subject of the clause after its comma, and what it reports runs to that
 * comma. The subject is the source only where a verb of saying or of a
 * stance of its own follows it ("Recognizing this, Rubio joined …" names no
 * one who says anything). A participle of thought opens no statement of its
 * own ("Regarding the fares, …", "Considering the cost, …").
 */
function openingParticiple(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  sources: ReadonlyMap<number, Source | null>,
): Report | null {
  if (
    cue.form !== 'gerund' ||
    cue.class === 'thought' ||
    cueIndex !== (verbCoordination.has(tokens[0]?.lower ?? '') ? 1 : 0)
  )
    return null
  const comma = tokens.findIndex((token, index) => index > cueLast && token.text === ',')
  if (comma === -1) return null
  const main = [...sources.values()].find((source) => source?.first === comma + 1)
  const from = statementStart(tokens, cueLast, cue)
  // "Speaking to reporters after the meeting, …": when and where, not what.
  if (
    !main ||
    wordsIn(tokens, from, comma) < (cue.class === 'stance' ? 1 : 2) ||
    addresseeEnd.has(tokens[from]?.lower ?? '') ||
    isMannerOnly(tokens, from, comma)
  )
    return null
  const source = stretch(tokens, main.first, main.last + 1)
  const content = stretch(tokens, from, comma)
  return source && content ? { cue, shape: 'shared', source, content: [content] } : null
}

/**
 * Where the person spoken to after a verb ends, when nothing but that and a
 * time follows ("told the court in a filing.", "told reporters on Monday."):
 * an object pronoun, or a noun phrase of up to five words that stops before
 * a time or an occasion.
 */
function pastObject(tokens: readonly Token[], index: number): number {
  const first = tokens[index]
  if (!first?.word) return index
  if (objectPronoun.has(first.lower)) return index + 1
  let at = index
  while (at - index < 5) {
    const token = tokens[at]
    if (!token?.word || token.lower === quoteToken) break
    if (at > index && (circumstanceOpening.has(token.lower) || timeWord.has(token.lower))) break
    at++
  }
  return at
}

/**
 * Whether the tokens from `from` to `to` (excluded) hold a quoted passage or
 * a verb: an auxiliary or a verb in a tense, in lower case.
 */
function holdsVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < Math.min(to, tokens.length); index++)
    if (tokens[index]?.lower === quoteToken || isFiniteVerb(tokens, index)) return true
  return false
}

/** Whether the stretch that starts at token `from` holds quoted passages and no word of its own. */
function holdsOnlyQuotes(tokens: readonly Token[], from: number, piece: Stretch): boolean {
  let quoted = false
  for (
    let index = from;
    index < tokens.length && (tokens[index] as Token).start < piece.end;
    index++
  ) {
    const token = tokens[index] as Token
    if (token.lower === quoteToken) quoted = true
    else if (token.word) return false
  }
  return quoted
}

/**
 * The reports that no other report holds: in "X said Y believes Z", what Y
 * believes is part of what X said, not a second statement the sentence makes.
 * A verb that reports speech only next to quotes or a clause ("states"
 * without "that", "called") holds no verb that reports it on its own.
 */
function outermost(reports: readonly Report[]): Report[] {
  return reports.filter(
    (report) =>
      !reports.some(
        (other) =>
          other !== report &&
          (other.cue.strong || !report.cue.strong) &&
          other.content.some(
            (piece) =>
              piece.start <= report.cue.start &&
              piece.end >= report.cue.end &&
              report.content.every((inner) => inner.start >= piece.start && inner.end <= piece.end),
          ),
      ),
  )
}

/**
 * The rest of a statement that a source set inside it interrupts ("The talks,
 * officials said, will resume"): what follows the source's comma, unless it
 * is a second verb of the source (", adding that") or, after a source named
 * behind its verb, an aside about it ("said Wilcox, a former official,").
 */
function continuation(
  tokens: readonly Token[],
  from: number,
  headEnd: number,
  sources: ReadonlyMap<number, Source | null>,
  inverted: boolean,
): Stretch | null {
  const first = tokens[from]
  if (!first?.word) return null
  // After "said the official," an article opens an aside about the official,
  // and so does a noun phrase with no verb ("said Romero, director of …"); the
  // statement may go on after it ("The paradox, says Anthony, a historian, is …").
  if (
    inverted &&
    (/^\p{Lu}/u.test(first.text) || determiner.has(first.lower) || describesSource(tokens, from))
  ) {
    const end = asideEnd(tokens, from, tokens.length)
    return tokens[end]?.text === ',' && tokens[end]?.comma !== true
      ? continuation(tokens, end + 1, headEnd, sources, inverted)
      : null
  }
  // "There is a risk, the pilots said, that the quay floods": after a source
  // before its verb, "that" goes on with the noun the statement ended on.
  const goesOn = first.lower === 'that' && !inverted
  if (
    (relative.has(first.lower) && !goesOn) ||
    sources.has(from) ||
    headEnd <= statementFrom(tokens, headEnd)
  )
    return null
  return stretch(tokens, from, statementEnd(tokens, from, sources))
}

/**
 * Whether the words from `from` to the next comma, in lower case after a
 * source named behind its verb, describe that source ("director of the
 * project", "senior fellow at …") rather than go on with the statement: a
 * noun phrase with no verb, not opened by a linking word, a preposition or
 * a participle ("because …", "during …", "state forces have …").
 */
function describesSource(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from] as Token
  if (
    clauseOpening.has(first.lower) ||
    subordinator.has(first.lower) ||
    innerPreposition.has(first.lower) ||
    circumstanceOpening.has(first.lower) ||
    introduction.has(first.lower) ||
    /ing$/.test(first.lower)
  )
    return false
  return !holdsPredicate(tokens, from, asideEnd(tokens, from, tokens.length))
}

/** The index of the last token of a cue (its particle, for "called for"). */
function lastTokenOf(tokens: readonly Token[], index: number, cue: Cue): number {
  let last = index
  while (tokens[last + 1] && (tokens[last + 1] as Token).end <= cue.end) last++
  return last
}

/**
 * Where a statement that ends before `end` starts: at the sentence start
 * (past a dateline: "WASHINGTON (AP) — …"), or after the last semicolon or
 * colon before it.
 */
function statementFrom(tokens: readonly Token[], end: number): number {
  let index = end
  while (index > 0 && !/^[;:]$/.test((tokens[index - 1] as Token).text)) index--
  return index === 0 ? Math.min(datelineEnd(tokens, end), end) : index
}

/** Words before "asked" that leave it opening the sentence ("When asked whether …"). */
const questionLead: ReadonlySet<string> = new Set(reporting.questionLeads)

/** Words that open the question a passive "asked" reports ("whether", "what"). */
const questionOpening: ReadonlySet<string> = new Set(reporting.questionOpenings)

/**
 * "Asked whether the quay is safe, Dahl said …", "When asked about the
 * fares, …", "Asked by Rehn to explain the delay, …": a sentence that opens
 * with "asked" reports the question up to the comma that ends the phrase,
 * put by whoever "by" names; the sentence must go on after that comma.
 * The phrase may close the sentence too ("…, Dahl said when asked whether
 * …"), and a passive reports a question after its subject ("Dahl was asked
 * whether …", "voters were asked by pollsters who …"), when a question word
 * or "about" opens it ("was asked to leave" asks for something, no answer).
 * A closing phrase in a sentence with a quote (`quoted`) is left to the quote.
 */
function question(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  quoted: boolean,
): Report | null {
  const opening = cueIndex === 0 || (cueIndex === 1 && questionLead.has(tokens[0]?.lower ?? ''))
  // After a quote the closing phrase says when it was given ("“…,” she said when
  // asked …"): the quote, not the question, is what the paragraph goes on with.
  const closing = !opening && !quoted && questionLead.has(tokens[cueIndex - 1]?.lower ?? '')
  const passive =
    !opening && !closing && beForm.has(tokens[helpersStart(tokens, cueIndex) - 1]?.lower ?? '')
  if (!opening && !closing && !passive) return null
  let from = cueLast + 1
  let source: Stretch | null = null
  if (tokens[from]?.lower === 'by') {
    let last = from + 1
    while (isCapitalised(tokens[last]) && last - from <= 4) last++
    // "asked by host John Dickerson whether": role words before the name.
    if (!opening && last === from + 1) {
      while (
        tokens[last]?.word &&
        !questionOpening.has(tokens[last]?.lower ?? '') &&
        !leadingPreposition.has(tokens[last]?.lower ?? '') &&
        last - from <= 5
      )
        last++
      const next = tokens[last]?.lower ?? ''
      if (!questionOpening.has(next) && !leadingPreposition.has(next)) return null
    }
    source = stretch(tokens, from + 1, last)
    if (!source) return null
    from = last
  }
  if (passive && cueLast === cueIndex && !questionOpening.has(tokens[from]?.lower ?? ''))
    return null
  // A question that closes the sentence ends before its full stop.
  let last = tokens.length
  while (last > from && /^[.!?]$/.test(tokens[last - 1]?.text ?? '')) last--
  // "asked how she would define it - the term used by Kingson - Deacon …": a dash ends it too.
  let end = asideEnd(tokens, from, last)
  const dash = tokens.findIndex(
    (token, index) => index >= from && index < end && asideDash.test(token.text),
  )
  if (dash !== -1) end = dash
  if ((opening && end >= tokens.length - 1) || wordsIn(tokens, from, end) < 2) return null
  const content = stretch(tokens, from, end)
  return content ? { cue, shape: 'question', source, content: [content] } : null
}

/** Possessive determiners that stand for a source ("his claim that …"). */
const possessiveSource: ReadonlySet<string> = new Set(Object.keys(pronouns.possessiveSubjects))

/**
 * The possessor that ends at `index`: a possessive determiner ("his"), or
 * the words before a "’s": a name of up to five capitalised words ("Sen.
 * Ted Cruz’s") or a determiner and up to three words ("the senator’s").
 */
function possessorAt(tokens: readonly Token[], index: number): Source | null {
  const token = tokens[index]
  if (token?.word && possessiveSource.has(token.lower)) return { first: index, last: index }
  if (!/^['’]s$/u.test(token?.text ?? '')) return null
  const last = index - 1
  if (!tokens[last]?.word) return null
  let first = last
  if (isCapitalised(tokens[last])) {
    while (first > 0 && isCapitalised(tokens[first - 1]) && last - first < 4) first--
    return { first, last }
  }
  while (
    first > 0 &&
    tokens[first - 1]?.word &&
    !determiner.has((tokens[first] as Token).lower) &&
    last - first < 3
  )
    first--
  return determiner.has((tokens[first] as Token).lower) ? { first, last } : null
}

/**
 * "his claim that STATEMENT", "the senator’s criticism of STATEMENT",
 * "Cruz’s refusal to STATEMENT": the possessor of a noun that reports what
 * it says (right before it, or before one word that qualifies it) is the
 * source. After "that" the statement is a clause ("the claim that was
 * rejected" has a relative one, and no statement); otherwise it ends where
 * a position does (`stanceEnd`).
 */
function possessorReport(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  sources: ReadonlyMap<number, Source | null>,
): Report | null {
  const source = possessorAt(tokens, cueIndex - 1) ?? possessorAt(tokens, cueIndex - 2)
  if (!source) return null
  let from = cueLast + 1
  const clause = tokens[from]?.lower === 'that'
  if (clause) {
    const next = tokens[from + 1]
    if (!next?.word || finiteAuxiliary.has(next.lower) || isVerbAt(tokens, from + 1)) return null
    from++
  }
  // "Her claim that the ferry was safe surprised them", "the core of his
  // argument against … is": a noun in the subject ends its statement before
  // the clause's verb (after the verb of a "that" clause); the object of a
  // verb ("Dahl rejected his claim that …") runs to the statement's end.
  const whole = statementEnd(tokens, from, sources)
  const before = tokens[source.first - 1]
  const subject =
    isClauseEdge(before) ||
    innerPreposition.has(before?.lower ?? '') ||
    mannerPreposition.has(before?.lower ?? '')
  const end = subject ? beforePredicate(tokens, from, whole, clause ? 1 : 0) : whole
  const to = clause ? end : stanceEnd(tokens, from, end)
  const content = stretch(tokens, from, to)
  if (!content || wordsIn(tokens, from, to) < (cue.class === 'stance' ? 1 : 2)) return null
  return {
    cue,
    shape: 'possessor',
    source: stretch(tokens, source.first, source.last + 1),
    content: [content],
  }
}

/**
 * Whether the "-ed" word at `index` qualifies the object of an infinitive
 * ("to deport undocumented immigrants", "to protect retired pilots"): right
 * after the infinitive's verb and before a noun, not before a determiner, a
 * pronoun or a preposition ("to negotiate angered the pilots").
 */
function qualifiesObject(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return (
    /ed$/.test(tokens[index]?.lower ?? '') &&
    tokens[index - 2]?.lower === 'to' &&
    tokens[index - 1]?.word === true &&
    next?.word === true &&
    !isCapitalised(next) &&
    !opensNounPhrase(next) &&
    !subjectPronoun.has(next.lower) &&
    !innerPreposition.has(next.lower) &&
    !mannerPreposition.has(next.lower) &&
    !isAuxiliary(next)
  )
}

/**
 * Where the verb of a clause starts, past `skip` verbs of clauses inside it
 * ("the toll plan grew louder", "that the ferry was safe surprised"): an
 * auxiliary, a verb in a tense, a word in -s after an adverb ("also
 * impacts") or before an article ("holds the rights"); before a comma and a
 * verb ("fueled by his rejection of talks, ensures"); `end` when none comes.
 */
function beforePredicate(
  tokens: readonly Token[],
  from: number,
  end: number,
  skip: number,
): number {
  let left = skip
  for (let index = from + 1; index < end; index++) {
    const token = tokens[index] as Token
    const next = tokens[index + 1]
    if (token.text === ',' && next?.word && !isCapitalised(next) && isTensedAt(tokens, index + 1))
      return index
    if (!token.word || isCapitalised(token)) continue
    // "to disavow" is no verb in a tense; an auxiliary right after another is the same verb.
    if (tokens[index - 1]?.lower === 'to') continue
    // "Germany’s borders", "the plans": after a determiner a word is a noun.
    const previous = tokens[index - 1]?.lower ?? ''
    if (determiner.has(previous) || /^['’]s$/u.test(previous)) continue
    if (qualifiesObject(tokens, index)) continue
    // "to make firms stay": a word in -s right after the verb of an infinitive is
    // its object, unless it is the present of a verb ("to negotiate extends").
    if (
      /[^s]s$/.test(token.lower) &&
      tokens[index - 2]?.lower === 'to' &&
      !isPresentOfInfinitive(token.lower) &&
      !article.has(next?.lower ?? '')
    )
      continue
    const afterAdverb = /s$/.test(token.lower) && isAuxiliary(tokens[index - 1])
    // "the firm holds the rights": a word in -s that may be a plural or a verb is the verb before its object.
    const beforeObject = mayBePresentVerb(token.lower) && article.has(next?.lower ?? '')
    if (
      beforeObject ||
      finiteAuxiliary.has(token.lower) ||
      beForm.has(token.lower) ||
      isTensedAt(tokens, index) ||
      afterAdverb
    ) {
      // "refusal to negotiate also impacts": the adverb goes with the verb.
      if (left === 0) {
        let at = index
        while (at - 1 > from && isAuxiliary(tokens[at - 1])) at--
        return at
      }
      left--
      while (index + 1 < end && isAuxiliary(tokens[index + 1])) index++
    }
  }
  return end
}

/** Marks that end a clause: a comma, a colon, a semicolon, a dash. */
const clauseBreak = new RegExp(`^(?:[,;:${phraseDashes}-]|--)$`, 'u')

/**
 * Where a view that no one named holds ends, from `from` up to `end`: with
 * its clause, at the first comma, colon or dash; what follows ("…, despite
 * …", "…, potentially teeing up …") is the writer's own. A clause of when or
 * why stays in it ("is expected to win after the vote in Iowa").
 */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  let index = from + 1
  while (index < end && !clauseBreak.test(tokens[index]?.text ?? '')) index++
  return index
}
/** Verbs of seeming ("seems", "appeared"), by dictionary form. */
const seemingVerb: ReadonlySet<string> = new Set(reporting.seemingVerbs)

/**
 * "The plan seemed to stall", "Dahl appears to have won": a verb of seeming
 * before "to" reports a view held by no one named, as "is expected to"
 * does: the subject and what follows "to"; a denied one ("doesn't seem
 * to care") from its subject on, verb and negation included.
 */
function seemingView(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  sources: ReadonlyMap<number, Source | null>,
): Report | null {
  const from = cueLast + 1
  if (tokens[from]?.lower !== 'to') return null
  const subject = sourceBefore(tokens, cueIndex, cue)
  if (!subject) return null
  const end = clauseEnd(tokens, from, statementEnd(tokens, from, sources))
  // "She doesn't seem to care": without its negation the view would state the
  // opposite, so a denied view is stated whole, verb and all.
  for (let index = subject.last + 1; index < cueIndex; index++) {
    if (!negation.has(tokens[index]?.lower ?? '')) continue
    const whole = stretch(tokens, subject.first, end)
    return whole ? { cue, shape: 'passive', source: null, content: [whole] } : null
  }
  const head = stretch(tokens, subject.first, subject.last + 1)
  const rest = stretch(tokens, from, end)
  if (!head || !rest) return null
  return { cue, shape: 'passive', source: null, content: [head, rest] }
}

/** Subjects that stand for the clause after the verb ("it was reported that …"). */
const anticipatory: ReadonlySet<string> = new Set(reporting.anticipatorySubjects)

/**
 * "It was widely reported that …", "it is believed that …", "it’s been said
 * that …": a verb of speech or thought in the passive whose subject "it"
 * stands for the clause after "that" reports what no one named says or
 * thinks: that clause, which must open with its own subject (a verb after
 * "that" makes it a relative pronoun). `that` is the token after the verb
 * and its time. `null` for any other shape.
 */
function expletivePassive(
  tokens: readonly Token[],
  cueIndex: number,
  that: number,
  sources: ReadonlyMap<number, Source | null>,
): Stretch | null {
  if (tokens[that]?.lower !== 'that') return null
  const next = tokens[that + 1]
  if (!next?.word || finiteAuxiliary.has(next.lower) || isVerbAt(tokens, that + 1)) return null
  let index = cueIndex - 1
  let be = false
  while (index >= 0 && isAuxiliary(tokens[index])) {
    if (beForm.has(tokens[index]?.lower ?? '')) be = true
    index--
  }
  // "It’s been said": the clitic is a token of its own after "It".
  if (!be || !anticipatory.has(tokens[index]?.lower ?? '') || !isClauseEdge(tokens[index - 1]))
    return null
  const end = statementEnd(tokens, that + 1, sources)
  // "Because it was reported that …, skippers left": the clause of why ends at its comma.
  const bounded = subordinator.has(tokens[index - 1]?.lower ?? '')
  return stretch(tokens, that + 1, bounded ? asideEnd(tokens, that + 1, end) : end)
}

/**
 * "Trump is expected to win the state", "the factory is not expected to
 * close until 2019", "the mayor is said to be furious": a verb of thought
 * or of speech in the passive before "to" and a verb, with no one named
 * after "by", reports a view or a saying of no one in particular; so does a
 * verb of thought before "as" ("Sanders is seen as the favourite"). The
 * statement is the subject and what follows "to" (or "as").
 */
function passiveExpectation(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  sources: ReadonlyMap<number, Source | null>,
): Report | null {
  // "was said on Tuesday to be": the time of the saying stands before "to".
  const to = pastTime(tokens, cueLast + 1)
  const verb = tokens[to + 1]
  const unnamed = expletivePassive(tokens, cueIndex, to, sources)
  if (unnamed) return { cue, shape: 'passive', source: null, content: [unnamed] }
  // "is seen as empowering voters", "is known as a debate expert": what a thought
  // in the passive takes someone for follows "as".
  const as =
    cue.class === 'thought' &&
    tokens[to]?.lower === 'as' &&
    verb?.word === true &&
    !comparisonOrClause(tokens, to + 1)
  if (
    !as &&
    (tokens[to]?.lower !== 'to' || !verb?.word || isCapitalised(verb) || determiner.has(verb.lower))
  )
    return null
  let be = cueIndex - 1
  while (be > 0 && isAuxiliary(tokens[be]) && !beForm.has(tokens[be]?.lower ?? '')) be--
  if (!beForm.has(tokens[be]?.lower ?? '')) return null
  const subject = sourceBefore(tokens, cueIndex, { ...cue, form: 'present' })
  if (!subject) return null
  const head = stretch(tokens, subject.first, subject.last + 1)
  // ", who are expected to vote on Friday," ends with its aside; ", giving …" is the reporter's.
  const from = as ? to + 1 : to
  const end = statementEnd(tokens, from, sources)
  const rest = stretch(tokens, from, clauseEnd(tokens, from, end))
  if (!head || !rest) return null
  // "is seen as a threat by his rivals": the rivals see it; no one's view unnamed.
  if (as && tokens.slice(from, end).some((token) => token.lower === 'by')) return null
  return { cue, shape: 'passive', source: null, content: [head, rest] }
}

/**
 * "O’Malley’s move was first reported by MSNBC", "the plan has been
 * criticized by unions": a verb of speech or of a stance in the passive
 * names its source after "by" (adverbs and a time may stand between), and
 * its subject is what was said or what the stance is about, as the object
 * is in the active ("MSNBC reported the move"). A relative pronoun ("which
 * was reported by") or a lone "it" for a subject says nothing on its own.
 */
function passiveWithAgent(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
): Report | null {
  let be = cueIndex - 1
  while (be > 0 && isAuxiliary(tokens[be]) && !beForm.has(tokens[be]?.lower ?? '')) be--
  if (!beForm.has(tokens[be]?.lower ?? '')) return null
  let by = cueLast + 1
  while (isAuxiliary(tokens[by])) by++
  by = pastTime(tokens, by)
  if (tokens[by]?.lower !== 'by') return null
  const agent = agentAfter(tokens, by + 1)
  const subject = sourceBefore(tokens, cueIndex, { ...cue, form: 'present' })
  if (!agent || !subject) return null
  // "which was reported by …" stands for words before it; "It was reported by …" for a clause after.
  const opening = tokens[subject.first]?.lower ?? ''
  if (relative.has(opening) || (opening === 'it' && subject.first === subject.last)) return null
  const source = stretch(tokens, agent.first, agent.last + 1)
  const content = stretch(tokens, subject.first, subject.last + 1)
  return source && content ? { cue, shape: 'passive', source, content: [content] } : null
}

/** Words that end the one who acts after "by" ("by MSNBC on Tuesday", "by unions for …"). */
const agentEnd: ReadonlySet<string> = new Set([
  ...clauseOpening,
  ...circumstanceOpening,
  ...trailingTimeOpening,
  ...relative,
  ...reporting.addresseeEnds,
  'for',
  'to',
])

/**
 * The one who acts, named after "by" from `from` on: up to eight words that
 * stop at a mark or where a time, a reason or a clause starts, opening with
 * a name, a determiner, a pronoun for a person or a plural ("by MSNBC", "by
 * the Eagle Forum", "by him", "by libertarians on social media"); not a
 * time, a number or a manner ("by Friday", "by 10 points", "by phone").
 */
function agentAfter(tokens: readonly Token[], from: number): Source | null {
  const opening = tokens[from]
  if (!opening?.word || opening.lower === quoteToken) return null
  if (objectPronoun.has(opening.lower))
    return opening.lower === 'it' ? null : { first: from, last: from }
  let last = from
  while (
    last + 1 < tokens.length &&
    last - from < 7 &&
    (tokens[last + 1] as Token).word &&
    !agentEnd.has((tokens[last + 1] as Token).lower)
  )
    last++
  if (
    tokens
      .slice(from, last + 1)
      .some((token) => timeWord.has(token.lower) || /^\d/.test(token.lower))
  )
    return null
  const head = tokens[last] as Token
  if (!isCapitalised(opening) && !determiner.has(opening.lower) && !looksPlural(head.lower))
    return null
  return { first: from, last }
}

/**
 * Whether the words after "as" make a comparison ("seen as early as May") or a
 * clause ("seen as the board met"), not what someone is taken for ("seen as
 * the favourite", "seen as having lost"): "as" again, or a verb in a tense,
 * within a few words.
 */
function comparisonOrClause(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index - from < 4; index++) {
    const token = tokens[index] as Token
    if (!token.word || relative.has(token.lower)) return false
    if (token.lower === 'as') return true
    if (isCapitalised(token) || /ing$/.test(token.lower)) continue
    if (isFiniteVerb(tokens, index)) return true
  }
  return false
}

/** Marks that join the words of a source after "according to" ("Reuters/Ipsos", "the mayor’s", "AT&T"). */
const sourceJoin = /^(?:['’]s|[/&])$/u

/** Nouns for sources that report findings, singular and plural ("poll", "polls"). */
const findingWord: ReadonlySet<string> = new Set(
  reporting.findingSources.flatMap((noun) => [noun, `${noun}s`]),
)

/**
 * Whether the words of a source name someone who can report a finding: a
 * name ("Axelrod’s memoir", "the Associated Press") or a poll, a study, a
 * report ("a CBS poll released Monday"), not a rule ("the manufacturer").
 */
function namesAuthority(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token
    if (isCapitalised(token) || findingWord.has(token.lower)) return true
  }
  return false
}

/**
 * Where the phrase that "according to" at `end` vouches for starts: after
 * the last comma or dash before it, when that opens a phrase about the words before
 * ("…, with two-thirds of the money coming from men, according to …", "…
 * Mormons, who account for a majority, according to …"); else `from`.
 */
function phraseBefore(tokens: readonly Token[], from: number, end: number): number {
  for (let index = end - 2; index > from; index--) {
    const token = tokens[index] as Token
    if (token.text !== ',' && !asideDash.test(token.text)) continue
    // Only the last mark: "The changes, which take effect in July, are …" is one clause.
    const next = tokens[index + 1]
    if (next?.lower === 'with') return index + 2
    if (relative.has(next?.lower ?? '') || next?.lower === 'whose') return index + 1
    return from
  }
  return from
}

/** "according to SOURCE, STATEMENT" and "STATEMENT, according to SOURCE". */
function accordingTo(
  tokens: readonly Token[],
  cueIndex: number,
  cueLast: number,
  cue: Cue,
  sources: ReadonlyMap<number, Source | null>,
): Report | null {
  let last = cueLast
  while (
    last + 1 < tokens.length &&
    ((tokens[last + 1] as Token).word ||
      (sourceJoin.test((tokens[last + 1] as Token).text) && tokens[last + 2]?.word))
  )
    last++
  if (last === cueLast) return null
  const source = stretch(tokens, cueLast + 1, last + 1)
  if (!source) return null
  const opening = statementFrom(tokens, cueIndex)
  if (cueIndex === opening) {
    if (tokens[last + 1]?.text !== ',') return null
    const content = stretch(tokens, last + 2, statementEnd(tokens, last + 2, sources))
    return content ? { cue, shape: 'according-to', source, content: [content] } : null
  }
  // "STATEMENT, according to SOURCE", also after a dash or a quote that holds
  // the comma ("… a “root canal,” according to"); with no mark it is mostly
  // "in accordance with" ("changed according to the manufacturer"), unless a
  // name or a poll follows ("… 46 percent to 39 percent according to a CBS poll").
  const mark = tokens[cueIndex - 1]
  const marked = mark?.text === ',' || asideDash.test(mark?.text ?? '')
  if (
    !marked &&
    !mark?.comma &&
    !(cue.lemma === 'accord' && mark?.word && namesAuthority(tokens, cueLast + 1, last))
  )
    return null
  const head = stretch(
    tokens,
    phraseBefore(tokens, opening, cueIndex),
    marked ? cueIndex - 1 : cueIndex,
  )
  if (!head) return null
  const content = [head]
  if (tokens[last + 1]?.text === ',' && last + 2 < tokens.length) {
    const tail = stretch(tokens, last + 2, statementEnd(tokens, last + 2, sources))
    if (tail) content.push(tail)
  }
  return { cue, shape: 'according-to', source, content }
}

/**
 * Tokens of the sentence frame, with a quoted passage (blanked in the frame)
 * standing as one word token ("“…”"), so that shapes see where quotes are.
 */
function tokenizeWithQuotes(frame: string, quoted: readonly QuotedStretch[]): Token[] {
  const tokens = tokenize(frame)
  if (quoted.length === 0) return tokens
  const all = [...tokens]
  for (const quote of quoted) {
    all.push({
      text: quoteToken,
      lower: quoteToken,
      start: quote.start,
      end: quote.end,
      word: true,
      comma: quote.comma,
    })
  }
  return all.sort((a, b) => a.start - b.start)
}
