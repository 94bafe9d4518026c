import nlp from 'compromise'
import { en as auxiliaries, auxiliaryVerbs } from '../lexicon/auxiliaries.js'
import { en as determiners } from '../lexicon/determiners.js'
import { en as numberWords } from '../lexicon/number-words.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'
import {
  en,
  type SpeechVerbClass,
  type StatementNounEntry,
  speechVerbEntries,
  statementNounEntries,
} from '../lexicon/speech-verbs.js'
import { en as timeWords } from '../lexicon/time-words.js'
import { isIrregularPast, type VerbForm, verbForms } from '../lexicon/verb-forms.js'
import { phraseDashes, titleCaseCounts } from '../shared/text-shape.js'

/** Tense of a verb of saying, which decides which way a weekday resolves. */
export type Tense = 'past' | 'present' | 'future'

/** What a verb reports (see `SpeechVerbClass`). */
export type CueClass = SpeechVerbClass

/** A verb of saying found in a sentence. */
export interface Cue {
  /** The verb as written, with its particle ("said", "called for", "according to"). */
  text: string
  /** Offset of its first character in the sentence. */
  start: number
  /** Offset after it. */
  end: number
  /** The verb's dictionary form ("say" for "said"). */
  lemma: string
  /** Its tense. */
  tense: Tense
  /** What it reports. */
  class: CueClass
  /** Whether it reports speech on its own, without quote marks. */
  strong: boolean
  /**
   * Whether the person spoken to (or about) stands between the verb and
   * the statement: "told reporters that", "urged Congress to", "accused
   * Clinton of".
   */
  object: boolean
  /**
   * The form written: `present` ("says", "say"), `past` ("said", "written"),
   * `gerund` ("saying"), or `noun` for a noun whose possessor is the source
   * ("his claim that", "Trump’s criticism of").
   */
  form: 'present' | 'past' | 'gerund' | 'noun'
  /**
   * Whether the words around it leave open that it is a noun ("a new report",
   * "critics claim"): `confirmedVerbs` asks compromise.
   */
  ambiguous: boolean
}

/** What the lexicon says of one written form of a verb. */
interface Form {
  lemma: string
  class: CueClass
  object: boolean
  /** Particles of which one must follow (empty: none needed). */
  required: readonly string[]
  /** Particles taken into the cue when they follow. */
  optional: readonly string[]
  tense: Tense
  participle: boolean
  /** Whether it is a past participle only ("seen", "known"; not "said"). */
  perfectOnly: boolean
  /** Whether the plain form is the past tense too ("read", "put", "forecast"). */
  alsoPast: boolean
  /** Whether compromise's lexicon also knows the form as a noun ("claims", "calls", "tweet"). */
  noun: boolean
  /** Whether it is the plain form, the lemma itself ("say", "report"). */
  plain: boolean
  /** Whether it reports speech without quote marks only before "that" or a colon ("added that"). */
  clauseOnly: boolean
  /** Whether its particle opens an infinitive ("declined to say"). */
  infinitive: boolean
}

/** Every written form of the lexicon's verbs, lower-cased; built on first use. */
let forms: Map<string, Form[]> | null = null

/** The lexicon's forms, built once (compromise conjugates each lemma: a few milliseconds). */
function lexiconForms(): Map<string, Form[]> {
  if (forms) return forms
  const built = new Map<string, Form[]>()
  const lexiconTags = (
    nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> } } }
  ).model.one.lexicon
  for (const entry of speechVerbEntries(en)) {
    const { lemma, object, clauseOnly, infinitive, required, optional } = entry
    for (const { form, tense, participle, perfectOnly, alsoPast } of verbForms(lemma)) {
      const known = built.get(form) ?? []
      const tag = lexiconTags[form]
      known.push({
        noun:
          tag === undefined ||
          tag === 'Singular' ||
          tag === 'Plural' ||
          tag === 'Noun' ||
          (entry.noun && tense === 'present' && !participle),
        plain: form === lemma || form === lemma.replace(/ize$/, 'ise'),
        lemma,
        class: entry.class,
        object,
        required,
        optional,
        tense,
        participle,
        perfectOnly,
        alsoPast: alsoPast === true,
        clauseOnly,
        infinitive,
      })
      built.set(form, known)
    }
  }
  forms = built
  return built
}

/** Whether a text holds a verb of saying (a cheap test before the costly work). */
export function hasCue(text: string): boolean {
  const pattern = candidatePattern()
  pattern.lastIndex = 0
  if (pattern.test(text)) return true
  const predicate = predicatePattern()
  predicate.lastIndex = 0
  if (predicate.test(text)) return true
  const seeming = seemingPattern()
  seeming.lastIndex = 0
  return seeming.test(text)
}

/** "that" within a few words, or a colon: a clause or a quote follows. */
const clauseAhead = /^\s*(?::|(?:[\p{L}\p{N}.,’'-]+\s+){0,4}?that\b)/u

/**
 * Subject pronouns of the third person that cannot be the object of a verb
 * ("records show he backed", not "found it" or "the shows I watch").
 */
const clauseSubject: ReadonlySet<string> = new Set(
  pronouns.thirdPerson.filter((pronoun) => !pronouns.object.includes(pronoun)),
)

/** Verbs that make a clause finite after its subject ("Dahl has sold", "Clinton would win"). */
const finiteHelper: ReadonlySet<string> = new Set(auxiliaryVerbs(auxiliaries))

/**
 * Whether a clause follows a verb that reports speech only before one:
 * "that" or a colon within a few words (`clauseAhead`), a subject pronoun
 * ("records show he backed …"), or a name and a verb in a tense, an
 * auxiliary or a participle ("polls show Clinton leading", "records show
 * Dahl had sold"; not "found Smith guilty"); or nothing but the sentence's
 * end, after a statement given before the verb ("…, the records show.").
 * A noun phrase that opens with a word in lower case ("show the senator
 * leading") is left out: after "show" it is as often a thing shown.
 */
function clauseFollows(rest: string): boolean {
  if (clauseAhead.test(rest)) return true
  const first = /^\s*([\p{L}’']+|[^\s\p{L}]|$)/u.exec(rest)?.[1] ?? ''
  if (/^[.!?]?$/.test(first) || clauseSubject.has(first.toLowerCase())) return true
  // "polls show Clinton leading", "records show Dahl had sold": a name and its verb.
  const words = rest.slice(0, 80).match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[^\s\p{L}\p{N}]/gu) ?? []
  let at = 0
  while (at < 4 && /^\p{Lu}/u.test(words[at] ?? '')) at++
  const next = words[at] ?? ''
  if (at === 0 || !/^\p{Ll}/u.test(next)) return false
  if (/\p{L}{3}ing$/u.test(next)) return true
  return (
    finiteHelper.has(next) ||
    [lexiconTag(next)].flat().some((tag) => tag === 'PastTense' || tag === 'PresentTense')
  )
}

/** Object pronouns: whom a verb of naming names ("called him a liar"). */
const objectPronoun: ReadonlySet<string> = new Set(pronouns.object)
const relativePronoun: ReadonlySet<string> = new Set(pronouns.relative)
/** Words that open the thing described before "as" ("the plan", "his rival", "himself"). */
const objectOpening: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...pronouns.reflexive,
])
/** Words that open a clause or its subject after a verb ("said the quay", "said they"). */
const clauseOpening: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...pronouns.subject,
])
/** Prepositions that open how, where or when something was said ("said on Tuesday"). */
const mannerPreposition: ReadonlySet<string> = new Set(reporting.mannerPrepositions)
/** Reflexive pronouns: a source that names itself ("calls himself a moderate"). */
const reflexivePronoun: ReadonlySet<string> = new Set(pronouns.reflexive)
/** Articles that open what someone is called ("a liar", "an embarrassment"). */
const complementArticle: ReadonlySet<string> = new Set(
  determiners.articles.filter((article) => article !== 'the'),
)

/** Endings of words that are adjectives more often than not ("divisive", "lawful", "competent", "unpatriotic"). */
const adjectiveEnding = /\p{Ll}{3}(?:ive|ous|ful|less|able|ible|ent|ant|ic|ish)$/u
/** Adjectives of a stance or its lack ("pro-choice", "anti-gay", "unqualified"). */
const stanceAdjective = /^(?:(?:pro|anti)-\p{Ll}+|un\p{Ll}{3,}(?:ed|ic))$/u

/** A word without the full stops that end it ("lawful." gives "lawful"). */
function withoutStops(word: string): string {
  let end = word.length
  while (end > 0 && word.charAt(end - 1) === '.') end--
  return word.slice(0, end)
}

/**
 * Whether a word in lower case is an adjective: one compromise's lexicon
 * knows, or one with an adjective's ending ("divisive", "competent") or a
 * stance's prefix ("pro-choice", "unqualified"), which the lexicon mostly lacks.
 */
export function isAdjectiveWord(written: string): boolean {
  const word = withoutStops(written)
  if (!/^\p{Ll}/u.test(word)) return false
  return (
    [lexiconTag(word)].flat().includes('Adjective') ||
    adjectiveEnding.test(word) ||
    stanceAdjective.test(word)
  )
}

/** Words that join two verbs or two adjectives ("and", "but", "or"). */
const verbJoin: ReadonlySet<string> = new Set([...reporting.verbCoordinations, 'or'])

/**
 * Whether the word at `at` is an adjective that ends what something is
 * called ("the actions lawful.", "it unfair and …"), not one before a noun
 * ("the divisive plan").
 */
function endsWithAdjective(words: readonly string[], at: number): boolean {
  const next = words[at + 1]
  return (
    isAdjectiveWord(words[at] ?? '') &&
    (next === undefined || !/^\p{L}/u.test(next) || verbJoin.has(next.toLowerCase()))
  )
}

/** Words that make "a"/"an" and a noun a time, not what someone is called ("an hour later", "a second time"). */
const timeAfterArticle: ReadonlySet<string> = new Set(['later', 'ago', 'earlier', 'time', 'times'])

/** Whether "a"/"an" at `at` opens what someone is called, not a time ("called him an hour later"). */
function callsArticle(words: readonly string[], at: number): boolean {
  return (
    complementArticle.has(words[at] ?? '') &&
    ![words[at + 2], words[at + 3]].some((word) =>
      timeAfterArticle.has(withoutStops(word ?? '').toLowerCase()),
    )
  )
}

/**
 * Whether the words after a verb that names someone or something give a
 * name and what it is called: an object or reflexive pronoun or a
 * capitalised name of up to six words, then "a"/"an", a possessive or an
 * adjective ("him a liar", "Trump a fascist", "himself a moderate", "Ohio
 * her home state", "them competent", "Senate Majority Leader Mitch
 * McConnell a liar"); a noun phrase that opens with a determiner, and "as"
 * within five words ("the plan as reckless", "himself as a moderate", "it
 * as a lapse"), or a noun phrase of two to four words and "a"/"an" or an
 * adjective that ends the clause ("the actions lawful", "this a false
 * narrative"); "it" and an adjective ("it unfair").
 */
function namesWhatItIs(rest: string): boolean {
  const words: string[] =
    rest.slice(0, 80).match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[^\s\p{L}\p{N}]/gu) ?? []
  let at = 0
  const pronoun = words[0]?.toLowerCase() ?? ''
  // "called it a day": a thing is called something with "as" ("described it as") or an adjective.
  if (pronoun === 'it') return words[1] === 'as' || endsWithAdjective(words, 1)
  if (objectPronoun.has(pronoun) || reflexivePronoun.has(pronoun)) at = 1
  else while (at < 6 && /^\p{Lu}/u.test(words[at] ?? '')) at++
  if (at === 0 || (at === 1 && reflexivePronoun.has(pronoun) && words[1] === 'as')) {
    // "described the plan as …", "described himself as …"; not "brands such as …".
    if (!objectOpening.has(pronoun)) return false
    const as = words.indexOf('as')
    if (as >= 1 && as <= 5 && words.slice(0, as).every((word) => /^\p{L}/u.test(word))) return true
    return calledNounPhrase(words)
  }
  const next = words[at] ?? ''
  if (next === 'as' || callsArticle(words, at) || possessive.has(next)) return true
  return isAdjectiveWord(next)
}

/** Prepositions that end a noun phrase ("the difference to …", "the plan in …"); compromise tags "to" otherwise. */
const phrasePreposition: ReadonlySet<string> = new Set([
  ...reporting.sourcePrepositions,
  ...reporting.mannerPrepositions,
])

/**
 * Whether words that open with a determiner are a noun phrase and what it
 * is called: after the determiner, one to three words in lower case, then
 * "a"/"an" or an adjective that ends the clause ("the actions lawful",
 * "this a false narrative", "the whole thing nothing short of …" is not).
 */
function calledNounPhrase(words: readonly string[]): boolean {
  for (let at = 2; at <= 4; at++) {
    const word = words[at - 1] ?? ''
    // "compared the difference to folding a sheet …", "called the plan the … in a speech":
    // a preposition or a second determiner ends the noun phrase.
    if (
      !/^\p{Ll}/u.test(word) ||
      objectOpening.has(word) ||
      phrasePreposition.has(word) ||
      isPreposition(word)
    )
      return false
    if (callsArticle(words, at) || endsWithAdjective(words, at)) return true
  }
  return false
}

/** A word after "to" that may be a verb: in lower case, and no number, article or possessive. */
const infinitiveAhead = new RegExp(
  `^\\s+(?!(?:${[...determiners.articles, ...determiners.possessives].join('|')})\\b)\\p{Ll}`,
  'u',
)

/** Particles after which the person spoken to stands before the statement ("called on Congress to"). */
const addresseeParticle: ReadonlySet<string> = new Set(reporting.addresseeParticles)

/** "that" right after a verb, or after a time of one or two words ("joked on Tuesday that"). */
const thatAhead = /^\s+(?:(?:on|last|this|earlier|late)\s+[\p{L}\p{N}]+\s+)?that\b/iu

/** Auxiliaries that put a verb in the future. */
const futureAuxiliary = /^(?:will|’ll|'ll|shall)$/i
/** Auxiliaries after which a verb reports the past ("has said", "had told"). */
const perfectAuxiliary = /^(?:has|have|had|was|were)$/i
/** Words between an auxiliary and its verb ("will not say", "has also said"), lower-cased. */
const beforeVerb: ReadonlySet<string> = new Set([
  ...auxiliaries.negation,
  ...reporting.tenseAdverbs,
])
/** Auxiliaries and the like: the preceding word is not a speaker but helps the verb. */
const strongClasses = new Set<CueClass>(['speech', 'stance', 'thought'])

/** A noun's plural: "polls", "surveys", "studies", "analyses". */
function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  if (noun.endsWith('is')) return `${noun.slice(0, -2)}es`
  return `${noun}s`
}

/** Nouns for sources that report findings, singular and plural ("poll", "studies"). */
const findingNouns: readonly string[] = reporting.findingSources.flatMap((noun) => [
  noun,
  pluralOf(noun),
])
const findingNoun: ReadonlySet<string> = new Set(findingNouns)

/** Marks that end a phrase ("In a poll, …"): a comma, a stop, a colon, a dash. */
const clauseMarks = new RegExp(`[,.;:${phraseDashes}]`, 'u')
/** The same marks but the comma. */
const sentenceMarks = new RegExp(`[.;:${phraseDashes}]`, 'u')

/** How many words may stand between a poll or a study and its verb ("a poll released Sunday by … shows"). */
const findingReach = 12

/** Words that open another clause: a poll or a study before them is not the subject after them. */
const findingBarrier: ReadonlySet<string> = new Set([
  ...reporting.subordinators,
  ...pronouns.relative,
  ...reporting.relativeLeads,
  'but',
])

/**
 * Whether a poll, a study or a count heads the clause before a verb that
 * starts at `start` ("a Marist poll released Monday shows …", "a study by
 * the watchdog group Media Matters found …", "polls that show …"): what
 * such a source shows or finds is its finding, with or without "that". The
 * subject may name who made the poll and when, so the look goes back up to
 * `findingReach` words, over an aside between commas right before the verb
 * ("The poll, released Monday, shows"); it stops at a mark and at a word
 * that opens another clause ("after the poll closed, officials found"),
 * but a relative pronoun right before the verb is the poll's own ("polls
 * that show"), and "and" between names is part of one ("by The Post and
 * ABC News").
 */
function findingBefore(sentence: string, start: number): boolean {
  let before = sentence.slice(Math.max(0, start - 200), start).trimEnd()
  if (before.endsWith(','))
    before = before.slice(0, Math.max(0, before.lastIndexOf(',', before.length - 2)))
  const words = before.split(/\s+/).slice(-findingReach - 1)
  // Whether only the verb's helpers stand between the word looked at and the verb ("polls have shown").
  let helping = true
  for (let back = words.length - 1; back >= 0; back--) {
    const word = words[back] ?? ''
    const lower = word.replace(/^["“‘(]+/u, '').toLowerCase()
    if (findingNoun.has(lower)) return true
    if (clauseMarks.test(word)) return false
    const rightBefore = back === words.length - 1
    if (findingBarrier.has(lower) && !(rightBefore && pronouns.relative.includes(lower)))
      return false
    if (lower === 'and' && !/^\p{Lu}/u.test(words[back + 1] ?? '')) return false
    // "than they have shown": the verb has a subject of its own ("polls in the
    // state he calls home show" keeps the poll's, its pronoun heading another verb).
    if (helping && pronouns.subject.includes(lower)) return false
    // "if the poll is right the mayor found": a verb of another clause stands between.
    const helper = finiteHelper.has(lower) || beforeVerb.has(lower) || /ly$/.test(lower)
    if (!helping && finiteHelper.has(lower)) return false
    helping &&= helper
  }
  return false
}

/**
 * "In a Marist poll released Monday, Cruz led by 10 points": a sentence that
 * opens with "in" and a poll or a study, up to a comma, reports the finding
 * after it; the cue is the "in". `null` when the sentence has another shape.
 */
function findingOpening(sentence: string, nounStart: number): Cue | null {
  const opening = /^[\s"“‘]*(in)\s/iu.exec(sentence)
  if (!opening) return null
  const head = sentence.slice(0, nounStart)
  if (clauseMarks.test(head) || head.split(/\s+/).length > 9) return null
  const comma = sentence.indexOf(',', nounStart)
  if (
    comma === -1 ||
    sentenceMarks.test(sentence.slice(nounStart, comma)) ||
    comma - nounStart > 60
  )
    return null
  const start = opening[0].length - 1 - (opening[1] as string).length
  return cueOf(opening[1] as string, start, start + 2, 'in', 'present', 'speech')
}

/** Words after which a verb form is a noun ("the report", "her claims", "of support"). */
const nounBefore: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...reporting.nounBefore,
])
/** Words that hand the sentence's subject on to a participle ("by saying", "in arguing"). */
const participleOpening: ReadonlySet<string> = new Set(reporting.participleOpenings)
/** Words after which a present form is a verb ("he says", "will report", "to claim"). */
const verbBefore: ReadonlySet<string> = new Set([
  ...pronouns.subject,
  ...pronouns.relative,
  ...auxiliaries.modals,
  ...auxiliaries.do,
  ...reporting.verbBefore,
])

/**
 * The verbs of saying in a sentence, in order: every form of the lexicon's
 * verbs that stands as a verb, with its particle, its lemma and the tense its
 * auxiliaries give it; and "according to". A form right after a determiner,
 * a possessive or a preposition is a noun ("the report", "her claims"); a
 * capitalised one inside the sentence is a name ("the United States"). A
 * present form after a word that may be a noun or an adjective ("a new
 * report", "critics claim") is marked `ambiguous`, for compromise to decide
 * where something hangs on it (`confirmedVerbs`). `quoteOpenings` are
 * where quotes open in the sentence, which may have them blanked out, and
 * `commaEnds` where those whose words end with a comma close.
 */
export function findCues(
  sentence: string,
  quoteOpenings: readonly number[] = [],
  commaEnds: readonly number[] = [],
): Cue[] {
  const known = lexiconForms()
  // Whether a quote opens at `from`, after nothing but a comma or a colon.
  const quoteNext = (from: number) =>
    quoteOpenings.some((open) => open >= from && /^[,:]?$/.test(sentence.slice(from, open).trim()))
  const cues: Cue[] = []
  const candidates = candidatePattern()
  candidates.lastIndex = 0
  const titleCase = isTitleCase(sentence)
  for (let match = candidates.exec(sentence); match; match = candidates.exec(sentence)) {
    const written = match[0]
    const start = match.index
    // The pattern's \b knows ASCII letters only: "naïvesaid" is no word "said".
    if (
      isWordChar(sentence.charAt(start - 1)) ||
      isWordChar(sentence.charAt(start + written.length))
    )
      continue
    const lower = written.toLowerCase()
    const after = /^(\s*)(\p{L}[\p{L}’'-]*)/u.exec(
      sentence.slice(start + written.length, start + written.length + 40),
    )
    const space = after?.[1] ?? ''
    const adjacent = space !== '' && /^\s+$/.test(space)
    const nextWord = adjacent ? (after?.[2] ?? '').toLowerCase() : ''
    const nextEnd = start + written.length + (after?.[0].length ?? 0)
    if (lower === 'according') {
      if (nextWord === 'to')
        cues.push(
          cueOf(sentence.slice(start, nextEnd), start, nextEnd, 'accord', 'present', 'speech'),
        )
      continue
    }
    if (findingNoun.has(lower)) {
      const opening = findingOpening(sentence, start)
      if (opening && cues[0]?.lemma !== 'in') cues.unshift(opening)
    }
    const noun = statementNoun.get(lower)
    const possessed = noun ? possessedCue(sentence, start, written, noun, nextWord, nextEnd) : null
    if (possessed) {
      cues.push(possessed)
      continue
    }
    const entries = known.get(lower)
    if (!entries) continue
    // "the United States": a capitalised word inside a sentence is a name, but
    // not in a headline in Title Case ("Trump Says He Will Not Debate").
    if (
      start > 0 &&
      /^\p{Lu}/u.test(written) &&
      !/^[\s"“‘]*$/u.test(sentence.slice(0, start)) &&
      !titleCase
    )
      continue
    const lead = wordsBefore(sentence, start)
    const previous = lead.at(-1)
    const gapBefore = previous ? previous.gap : sentence.slice(0, start)
    // "said on KBC’s “Morning Joe,” adding": a comma inside a quote's closing
    // mark parts the word from the one before the quote, as one outside would.
    const quoteComma = commaEnds.some((end) => end <= start && end > start - gapBefore.length)
    const before = previous && /^\s+$/.test(gapBefore) && !quoteComma ? previous.word : ''
    const beforeLower = before.toLowerCase()
    // "the report", "her claims", "nearly 400 pledged delegates": nouns and
    // adjectives; but a plain form after a number has it for its subject
    // ("Six in 10 say"), and so has any form after a share ("three in 10 said",
    // "3 out of 5 say").
    const afterNumber = /(?:^|\s)[\d.,]*\d%?\s+$/.test(gapBefore)
    const wordBefore = previous?.word.toLowerCase()
    const afterShare =
      afterNumber &&
      /^\s+[\d.,]*\d%?\s+$/.test(gapBefore) &&
      (wordBefore === 'in' || (wordBefore === 'of' && lead.at(-2)?.word.toLowerCase() === 'out'))
    // "some say", "most claim": after a share of a group a plain form is its verb.
    const afterGroup = shareWord.has(beforeLower) && entries.some((form) => form.plain)
    // "Of the pilots asked, 12 said the quay …", "12 said on Tuesday …": a
    // number is the subject of a past form that opens a clause or says how or
    // when ("nearly 400 pledged delegates" qualifies a noun, and "20 states
    // that …", "1,200 emails" are plurals).
    const countSays =
      afterNumber &&
      entries.some((form) => form.tense === 'past') &&
      (nextWord === 'that' || clauseOpening.has(nextWord) || mannerPreposition.has(nextWord))
    // "began by saying", "in arguing": after a word that hands the subject on
    // to a participle, an -ing form is the subject's act, not a noun.
    const gerund = participleOpening.has(beforeLower) && entries.some((form) => form.participle)
    // "a sign that read “…”", "a message that said, “…”": "that" is the
    // relative pronoun, not a determiner, when the quote follows the verb.
    const relativeBeforeQuote =
      relativePronoun.has(beforeLower) && quoteNext(start + written.length)
    if (
      (nounBefore.has(beforeLower) && !afterGroup && !gerund && !relativeBeforeQuote) ||
      isPossessive(beforeLower) ||
      (afterNumber && !afterShare && !countSays && !entries.some((form) => form.plain))
    )
      continue
    for (const form of entries) {
      const particle = adjacent && [...form.required, ...form.optional].includes(nextWord)
      if (form.required.length > 0 && !particle) continue
      // "declined to say": a verb whose "to" opens an infinitive takes a verb, not "to 5 million".
      if (form.infinitive && !infinitiveAhead.test(sentence.slice(nextEnd, nextEnd + 40))) continue
      const present = form.tense === 'present' && !form.participle
      // "Those surveyed say", "voters polled say": a participle after a plural is part of its subject.
      const beforeBefore = lead.at(-2)?.word.toLowerCase() ?? ''
      const pluralWithParticiple =
        /\p{Ll}ed$/u.test(before) && (beforeBefore === 'those' || plural(beforeBefore))
      const verbContext =
        pluralWithParticiple ||
        !present ||
        before === '' ||
        afterNumber ||
        verbBefore.has(beforeLower) ||
        /ly$/.test(beforeLower) ||
        // "polls from the 2008 cycle show", "data show": a poll or a study heads the subject.
        findingBefore(sentence, start) ||
        (/^\p{Lu}/u.test(before) && !form.noun)
      // "As the harbour master put it, “…”", "the economist forecast that …":
      // a plain form that is its past too is that past after a singular
      // subject, where what it reports follows.
      const pastOfPlain =
        form.alsoPast &&
        !plural(beforeLower) &&
        (particle ||
          thatAhead.test(sentence.slice(start + written.length)) ||
          quoteNext(start + written.length))
      // After a lower-case word, a verb's plain form needs a plural subject
      // ("officials say", not "a new report"), and its -s form is a verb
      // unless compromise's lexicon knows it as a noun too ("the campaign
      // says", but "his claims").
      if (
        !verbContext &&
        form.plain &&
        !plural(beforeLower) &&
        !pastOfPlain &&
        !(!form.noun && pluralHeadBefore(sentence, start))
      )
        break
      // A form that is also a noun after a word the lexicon knows as an
      // adjective is a noun ("new claims", "recent calls"), after a noun a
      // verb ("the campaign calls for"); other words leave it to compromise.
      const modifier = !verbContext && form.noun ? modifierWord(beforeLower) : null
      if (modifier === true) break
      // "rejected US calls for talks", "perceives Western claims as …": after a
      // name that is the object of a verb before it, a form that is also a noun
      // heads that object. Verbs of saying and thinking are left out: they take
      // a clause ("said US officials warned").
      if (!verbContext && form.noun && /^\p{Lu}/u.test(before) && isObjectOfVerb(lead, known)) break
      // "Trump claims he is worth …", "exit polling shows they won": a subject
      // pronoun right after the form opens the clause it reports; a noun
      // takes no clause there ("the claims he made" has its determiner).
      const ambiguous =
        !verbContext &&
        form.noun &&
        modifier === null &&
        !clauseSubject.has(nextWord.replace(/['’]\p{L}+$/u, ''))
      // "levels seen since 2007", "a developer known for golf": a form that is
      // only a participle, with no auxiliary before it, qualifies the noun
      // before it; "has seen", "had known" keep it a verb.
      if (form.perfectOnly && !auxiliaryBefore(lead)) break
      // "declined to comment": the "to" of an infinitive opens what was declined, as after a noun.
      const end = particle && !form.infinitive ? nextEnd : start + written.length
      // "went on to say": a verb of saying after "to" reports; "go on" only says it came next.
      const afterTo =
        form.class === 'quoting'
          ? /^\s+to\s+(\p{L}+)/u.exec(sentence.slice(end, end + 40))?.[1]
          : undefined
      if (afterTo && known.has(afterTo.toLowerCase())) break
      const tense = tenseOf(
        lead.map((entry) => entry.word),
        pastOfPlain ? { ...form, tense: 'past' } : form,
      )
      const cue = cueOf(sentence.slice(start, end), start, end, form.lemma, tense, form.class)
      // "The change adds six crossings": some verbs report speech only before a
      // clause, unless a poll or a study is what shows or finds it ("the poll shows Cruz ahead").
      if (
        form.clauseOnly &&
        !clauseFollows(sentence.slice(end)) &&
        !(findingBefore(sentence, start) && !objectPronoun.has(nextWord))
      )
        cue.strong = false
      // "called Trump a fascist", "described the plan as reckless": what someone is called is said.
      if (form.class === 'quoting' && form.object && namesWhatItIs(sentence.slice(end)))
        cue.strong = true
      // "joked that Brooklyn was his answer": a clause after "that" is what was said
      // (after "called" or "described", "that" is what is named: "called that a lie").
      if (form.class === 'quoting' && !form.object && thatAhead.test(sentence.slice(end)))
        cue.strong = true
      cues.push({
        ...cue,
        // "called for a ban", "warned of a storm": after such a particle comes what was said.
        object: form.object && (!particle || addresseeParticle.has(nextWord)),
        form: form.participle
          ? 'gerund'
          : form.tense === 'past' || pastOfPlain
            ? 'past'
            : 'present',
        ambiguous,
      })
      break
    }
  }
  // "Aides are convinced that …", "made it clear that …": predicates the lexicon has no verb for.
  for (const cue of predicateCues(sentence, quoteOpenings.length > 0)) {
    const at = cues.findIndex((other) => other.start < cue.end && cue.start < other.end)
    // "Skippers are worried that …": a verb of thought's participle before "that" is an adjective, no passive.
    if (at === -1) cues.push(cue)
    else if (cues[at]?.class === 'thought' && cues[at]?.form === 'past') cues[at] = cue
  }
  cues.sort((a, b) => a.start - b.start)
  // "In the poll, 61 percent say …": a verb of the sentence reports it, not the opening.
  return cues[0]?.lemma === 'in' && cues.length > 1 ? cues.slice(1) : cues
}

/** Forms of "be" and of the other linking verbs ("remains", "seemed"), lower-cased. */
const linkingForms: readonly VerbForm[] = [
  ...auxiliaries.be.map((form) => ({
    form,
    tense: /^(?:was|were|been)$/.test(form) ? ('past' as const) : ('present' as const),
    participle: form === 'being',
    perfectOnly: form === 'been',
  })),
  ...reporting.linkingVerbs.flatMap((lemma) => verbForms(lemma)),
]
/** Forms of "be", which stand between a subject and its predicate as auxiliaries do. */
const beForm: ReadonlySet<string> = new Set([...auxiliaries.be, ...auxiliaries.beClitics])
/** The forms of "make", which report what was said before "it" and an adjective ("made it clear that"). */
const makeForm: ReadonlyMap<string, VerbForm> = new Map(
  verbForms('make').map((verb) => [verb.form, verb]),
)
/** Words of degree before a predicate adjective ("more convinced"). */
const degreeWord: ReadonlySet<string> = new Set(reporting.degreeWords)
/** Subjects that stand for no one ("it is clear that"). */
const emptySubject: ReadonlySet<string> = new Set(reporting.emptySubjects)
/** Adverbs that may stand between a linking verb and its adjective ("is now convinced", "was not aware"). */
const predicateAdverb: ReadonlySet<string> = new Set([
  ...auxiliaries.negation,
  ...reporting.verbAdverbs,
  ...degreeWord,
])
/** Words that name a time, which "that" may point to ("aware that day"). */
const pointedTime: ReadonlySet<string> = new Set(timeWords.relativeTimes)

/**
 * A linking verb, up to two adverbs and a word before "that" ("are convinced
 * that", "remain hopeful that", "she’s not sure that"); and "make" before
 * an adjective ("made it clear that"). ASCII and case-insensitive like
 * `candidatePattern`: a cheap look, `predicateCues` reads the words.
 */
function predicatePattern(): RegExp {
  if (predicates) return predicates
  const links = [...new Set(linkingForms.map((verb) => verb.form))]
    .filter((form) => /^[a-z]+$/.test(form))
    .sort((a, b) => b.length - a.length)
  predicates = new RegExp(
    `(?:\\b(?:${[...links, ...makeForm.keys()].join('|')})|['’](?:s|re|m))(?:\\s+[a-z’'-]{1,24}){1,3}\\s+that\\b`,
    'gi',
  )
  return predicates
}
let predicates: RegExp | null = null

/**
 * Cues of predicates that take a clause but are no verb of the lexicon: an
 * adjective or a participle after a linking verb ("Aides are convinced
 * that …", "she remains hopeful that …", "he was not aware that …"), which
 * reports what its subject thinks, and "make" with an adjective ("made it
 * clear that …", "made plain that …"), which reports what it says. The
 * clause after "that" must open with its subject: a verb right after it
 * makes "that" a relative pronoun ("a bill was introduced that would …"),
 * and a time makes it a determiner ("was aware that day"). A subject that
 * stands for no one ("it is clear that", "there is hope that") holds no view,
 * and "so" or "too" before the adjective make the clause a result ("so
 * tired that he left"): both are left out. And a verb of seeming before
 * "to" ("the plan seemed to stall"; see `seemingCue`), in a sentence with
 * no quote in it (`quoted`).
 */
function predicateCues(sentence: string, quoted: boolean): Cue[] {
  const known = lexiconForms()
  const pattern = predicatePattern()
  pattern.lastIndex = 0
  const cues: Cue[] = []
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const cue = predicateCue(sentence, match, known)
    if (cue) cues.push(cue)
    // A match that reads as no predicate may hide one inside it ("is why he is sure that").
    else pattern.lastIndex = match.index + 1
  }
  // A quote has a speaker of its own, whom a verb of seeming does not name ("… “…” seems …").
  if (quoted) return cues
  const seeming = seemingPattern()
  seeming.lastIndex = 0
  for (let match = seeming.exec(sentence); match; match = seeming.exec(sentence)) {
    const cue = seemingCue(sentence, match, known)
    if (cue) cues.push(cue)
  }
  return cues
}

/** Forms of the verbs of seeming ("seems", "appeared"), lower-cased, with their dictionary forms. */
const seemingForms: ReadonlyMap<string, VerbForm & { lemma: string }> = new Map(
  reporting.seemingVerbs.flatMap((lemma) =>
    verbForms(lemma).map((verb) => [verb.form, { ...verb, lemma }]),
  ),
)

/** A verb of seeming in a tense before "to" and a word ("seemed to stall"); see `seemingCue`. */
function seemingPattern(): RegExp {
  if (seemings) return seemings
  const forms = [...seemingForms.values()]
    .filter((verb) => !verb.participle && !verb.perfectOnly && /^[a-z]+$/.test(verb.form))
    .map((verb) => verb.form)
  seemings = new RegExp(`\\b(?:${forms.join('|')})\\s+to\\s+[a-z]{1,24}\\b`, 'gi')
  return seemings
}
let seemings: RegExp | null = null

/**
 * The cue of a verb of seeming before "to" and a verb ("the plan seemed to
 * stall"), which reports a view held by no one named. Left out when a verb of
 * the lexicon follows "to" ("seemed to suggest" reports what the subject
 * suggests), when the subject stands for no one ("it seems to me"), and
 * when "to" leads to a person rather than a verb ("seemed to voters").
 */
function seemingCue(
  sentence: string,
  match: RegExpExecArray,
  known: ReadonlyMap<string, readonly Form[]>,
): Cue | null {
  const [written = '', , verb = ''] = match[0].split(/\s+/)
  if (isWordChar(sentence.charAt(match.index - 1))) return null
  const form = seemingForms.get(written.toLowerCase())
  const lower = verb.toLowerCase()
  // The lexicon knows many verbs as nouns too ("win", "stall"): a word that is no
  // plural and opens no noun phrase is taken for the verb.
  const verbLike =
    isVerbWord(lower) || (!/s$/.test(lower) && !nounOpening.has(lower) && !objectPronoun.has(lower))
  if (!form || !/^\p{Ll}/u.test(verb) || known.has(lower) || !verbLike) return null
  const subject = wordsBefore(sentence, match.index).at(-1)?.word.toLowerCase() ?? ''
  if (subject === '' || emptySubject.has(subject)) return null
  const end = match.index + written.length
  return cueOf(written, match.index, end, form.lemma, form.tense, 'thought')
}

/** The cue of one match of `predicatePattern`, or `null` when its words have another shape. */
function predicateCue(
  sentence: string,
  match: RegExpExecArray,
  known: ReadonlyMap<string, readonly Form[]>,
): Cue | null {
  const words = [...match[0].matchAll(/[\p{L}’'-]+/gu)].map((word) => ({
    lower: word[0].toLowerCase(),
    start: match.index + word.index,
    end: match.index + word.index + word[0].length,
  }))
  const link = words[0]
  const predicate = words.at(-2)
  if (!link || !predicate) return null
  // A clitic ("she’s") leans on its host, the subject; a whole word starts at a word edge.
  const clitic = /^['’]/.test(link.lower)
  if (!clitic && isWordChar(sentence.charAt(link.start - 1))) return null
  // A verb of saying in the passive ("was told that") has its own reading; a verb of thought's
  // participle is an adjective here ("worried that").
  if (
    !/^\p{Ll}/u.test(sentence.slice(predicate.start)) ||
    known.get(predicate.lower)?.some((form) => form.class !== 'thought')
  )
    return null
  // Participles ("convinced") and adjectives in "-al" ("skeptical") that the lexicon lacks count too.
  if (!isAdjectiveWord(predicate.lower) && !/^\p{Ll}{3,}(?:ed|al)$/u.test(predicate.lower))
    return null
  const making = makeForm.get(link.lower)
  const between = words.slice(1, -2)
  if (making) {
    // "made it clear that", "made plain that": "it" stands for the clause to come.
    if (between.length > 1 || (between[0] && between[0].lower !== 'it')) return null
  } else if (
    between.some((word) => !predicateAdverb.has(word.lower) && !/^\p{Ll}{3,}ly$/u.test(word.lower))
  )
    return null
  const lead = wordsBefore(sentence, link.start)
    .slice(-2)
    .map((word) => word.word.toLowerCase())
  // The subject before the linking verb (for a clitic, its host) must stand for someone.
  const host = lead.at(-1)
  if (!making && (!host || emptySubject.has(host.replace(/['’]\p{L}+$/u, '')))) return null
  // The clause's subject follows "that": a verb after it makes it a relative pronoun.
  const next = /^\s+([\p{L}’'-]+)/u.exec(sentence.slice(match.index + match[0].length))?.[1]
  const nextLower = next?.toLowerCase() ?? ''
  if (
    !next ||
    finiteHelper.has(nextLower) ||
    pointedTime.has(nextLower) ||
    (/^\p{Ll}/u.test(next) && isTensedWord(nextLower) && !clauseSubject.has(nextLower))
  )
    return null
  const linkForm = making ?? linkingForms.find((verb) => verb.form === link.lower)
  // After "be" the cue is the predicate, with its degree words ("more convinced"):
  // "be" and the adverbs before it are read as auxiliaries are, between subject and verb.
  const be = clitic || beForm.has(link.lower)
  const first = be ? (between.find((word) => degreeWord.has(word.lower)) ?? predicate) : link
  const tense: Tense = lead.some((word) => futureAuxiliary.test(word))
    ? 'future'
    : linkForm?.tense === 'past' || lead.some((word) => perfectAuxiliary.test(word))
      ? 'past'
      : 'present'
  const cue = cueOf(
    sentence.slice(first.start, predicate.end),
    first.start,
    predicate.end,
    making ? 'make' : predicate.lower,
    tense,
    making ? 'speech' : 'thought',
  )
  // "…, making clear that", "…, remaining hopeful that": an -ing form goes on from the
  // sentence's subject; "made it clear" is a past form, which "be" before it would make passive.
  const gerund = !be && linkForm?.participle === true
  return { ...cue, form: gerund ? 'gerund' : making?.tense === 'past' ? 'past' : 'present' }
}

/**
 * Whether a sentence is a headline in Title Case: of its words of four
 * letters or more (short ones are often left in lower case: "to", "of",
 * "with"), at least three, and four in five, open with a capital.
 */
export function isTitleCase(sentence: string): boolean {
  const { counted, capitalised } = titleCaseCounts(sentence)
  return capitalised >= 3 && capitalised >= counted * 0.8
}

/** Nouns that report what their possessor says, singular and plural. */
const statementNoun: ReadonlyMap<string, StatementNounEntry> = new Map(
  statementNounEntries(en).flatMap((entry) => [
    [entry.noun, entry],
    [pluralOf(entry.noun), entry],
  ]),
)

/** Possessive determiners ("his", "their"). */
const possessive: ReadonlySet<string> = new Set(determiners.possessives)

/** Whether a word names a possessor: a possessive determiner or a word in "’s" ("Trump’s"). */
function isPossessor(word: string): boolean {
  return possessive.has(word.toLowerCase()) || /\p{L}['’]s$/u.test(word)
}

/**
 * A noun that reports what its possessor says, as a cue ("his claim that",
 * "Trump’s criticism of", "the senator’s recent call for"): a possessor
 * right before it, or before one word in lower case that qualifies it, and
 * one of the words that lead from it to the statement right after it. A
 * preposition is part of the cue; "that" and a "to" before an infinitive
 * are not. `null` when the words around it have another shape.
 */
function possessedCue(
  sentence: string,
  start: number,
  written: string,
  noun: StatementNounEntry,
  nextWord: string,
  nextEnd: number,
): Cue | null {
  if (!noun.leads.includes(nextWord)) return null
  // "his refusal to answer", not "his call to the office".
  if (
    nextWord === 'to' &&
    noun.infinitive &&
    !infinitiveAhead.test(sentence.slice(nextEnd, nextEnd + 40))
  )
    return null
  const lead = wordsBefore(sentence, start)
  let at = lead.length - 1
  const adjacent = (index: number) => /^\s+$/.test(lead[index]?.gap ?? '')
  if (!adjacent(at)) return null
  const previous = lead[at]?.word ?? ''
  if (!isPossessor(previous)) {
    // "his recent call for": one word that qualifies the noun.
    if (!/^\p{Ll}/u.test(previous) || nounBefore.has(previous) || verbBefore.has(previous))
      return null
    at--
    if (!adjacent(at) || !isPossessor(lead[at]?.word ?? '')) return null
  }
  const end =
    nextWord === 'that' || (nextWord === 'to' && noun.infinitive) ? start + written.length : nextEnd
  return {
    ...cueOf(sentence.slice(start, end), start, end, noun.noun, 'past', noun.class),
    form: 'noun',
  }
}

/** Pronouns whose "’s" is "is" or "has" ("he’s saying", "it’s shown"), not a possessive. */
const cliticHost: ReadonlySet<string> = new Set([...pronouns.subject, ...pronouns.relative])

/** Whether a lower-case word in "’s" is a possessive ("Trump’s claims"), not a pronoun and "is" ("he’s claiming"). */
function isPossessive(word: string): boolean {
  const match = /^(.*)['’]s$/u.exec(word)
  return match !== null && !cliticHost.has(match[1] as string)
}

/** A letter, or an apostrophe or hyphen that joins letters into one word. */
function isWordChar(char: string): boolean {
  return char !== '' && /[\p{L}’'-]/u.test(char)
}

/** A word of letters, with inner apostrophes and hyphens. */
const letterWord = /\p{L}[\p{L}’'-]*/gu

/** The (up to three) words before an offset, each with the characters between it and the next. */
function wordsBefore(sentence: string, start: number): Array<{ word: string; gap: string }> {
  const from = Math.max(0, start - 60)
  const window = sentence.slice(from, start)
  const found: RegExpExecArray[] = []
  letterWord.lastIndex = 0
  for (let match = letterWord.exec(window); match; match = letterWord.exec(window)) {
    found.push(match)
    if (found.length > 3) found.shift()
  }
  // A word cut by the window's edge is not a word of its own.
  if (from > 0 && found[0]?.index === 0) found.shift()
  return found.map((match, index) => {
    const end = (match.index ?? 0) + match[0].length
    const next = found[index + 1]?.index ?? window.length
    return { word: match[0], gap: window.slice(end, next) }
  })
}

/**
 * One pattern for every form of the lexicon, ASCII and case-insensitive:
 * a quick look that finds the candidates, far quicker than a Unicode
 * pattern or a lookup of every word; `findCues` checks the word edges.
 */
function candidatePattern(): RegExp {
  if (candidates) return candidates
  const alternatives = [
    ...lexiconForms().keys(),
    'according',
    ...findingNouns,
    ...statementNoun.keys(),
  ]
    .filter((form) => /^[a-z’'-]+$/.test(form))
    .sort((a, b) => b.length - a.length)
  // Literal words between word edges: linear, no backtracking to blow up.
  candidates = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi')
  return candidates
}
let candidates: RegExp | null = null

/** Lexicon tags of words that modify a noun: the noun reading of what follows them. */
const modifierTags = new Set([
  'Adjective',
  'Superlative',
  'Comparative',
  'Ordinal',
  'Cardinal',
  'Determiner',
  'Value',
  'TextValue',
])
/** Lexicon tags of nouns: a verb reading of what follows them. */
const nounTags = new Set([
  'Singular',
  'Plural',
  'Actor',
  'Organization',
  'Uncountable',
  'Noun',
  'Place',
  'Country',
  'City',
])

/**
 * What compromise's lexicon says of a word before an ambiguous form: `true`
 * for a word that modifies a noun, `false` for a noun, `null` when it does
 * not know the word or it is neither.
 */
function modifierWord(word: string): boolean | null {
  const tags = [lexiconTag(word)].flat()
  if (tags.some((tag) => tag !== undefined && modifierTags.has(tag))) return true
  if (tags.some((tag) => tag !== undefined && nounTags.has(tag))) return false
  return null
}

/** Lexicon tags of verbs. */
const verbTags = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Copula',
  'Modal',
  'Auxiliary',
  'Gerund',
  'Participle',
  'PhrasalVerb',
])

/** Whether a lower-case word is a verb, as compromise's lexicon or an "-ed" ending tells. */
export function isVerbWord(word: string): boolean {
  return (
    /ed$/.test(word) ||
    [lexiconTag(word)].flat().some((tag) => tag !== undefined && verbTags.has(tag))
  )
}

/**
 * Whether a lower-case word is a verb in a tense, as compromise's lexicon or
 * an "-ed" ending tells ("grew", "angered", "extends"; not "plans", which it
 * knows as a noun too).
 */
export function isTensedWord(word: string): boolean {
  if (/ed$/.test(word)) return true
  const tags = [lexiconTag(word)].flat()
  return tags.includes('PastTense') || (tags.includes('PresentTense') && !isPluralNoun(word))
}

/**
 * Whether a lower-case word is a verb in a tense where it stands, between
 * `previous` and `next` (the lower-case words around it, `undefined` at a
 * mark or an edge): as `isTensedWord` tells, or an irregular past that
 * compromise's lexicon files under another reading (see `isPastWhereItStands`)
 * and that no verb comes right before: after one it is a participle ("having
 * lost", "was left"). A word in -s after a preposition, an article or a
 * possessive is a plural ("taxes on firms", "the votes").
 */
export function isTensedWordAt(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): boolean {
  if (/[^s]s$/.test(word) && opensNounPhraseBefore(previous)) return false
  if (isTensedWord(word)) return true
  return isPastWhereItStands(word, previous, next) && !participleHelper().has(previous ?? '')
}

/**
 * Whether a word opens a noun phrase before a word in -s, which then is a
 * plural, not a verb: a preposition, an article or a possessive ("taxes on
 * firms", "the votes", "their plans").
 */
function opensNounPhraseBefore(previous: string | undefined): boolean {
  return previous !== undefined && (nounOpening.has(previous) || isPreposition(previous))
}

/** Whether compromise's lexicon knows a lower-case word as a preposition ("on", "of"). */
function isPreposition(word: string): boolean {
  return [lexiconTag(word)].flat().includes('Preposition')
}

/** Forms of "be" and "have" ("was", "having"): a past form after them is a participle. */
function participleHelper(): ReadonlySet<string> {
  participleHelpers ??= new Set([
    ...auxiliaries.be,
    ...auxiliaries.have,
    ...verbForms('have').map((form) => form.form),
  ])
  return participleHelpers
}
let participleHelpers: ReadonlySet<string> | null = null

/** Whether a lower-case word is a verb where it stands, as `isVerbWord` or `isTensedWordAt` tells. */
export function isVerbWordAt(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): boolean {
  return isVerbWord(word) || isPastWhereItStands(word, previous, next)
}

/** Articles and possessives: after them a word qualifies a noun ("the left wing"). */
const nounOpening: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.possessives,
])

/**
 * Whether an irregular past that compromise's lexicon files under another
 * reading ("left" and "lost" as adjectives, "drew" as a name, "rose" as a
 * flower) is the verb where it stands: not after an article or a possessive
 * ("the left wing", "his lost wallet"), and before what a verb takes, its
 * object or an adverb ("left the hall", "lost power", "left early"), not
 * before a preposition, a verb or a mark ("turn left at the quay", "the lane
 * they turned left was").
 */
function isPastWhereItStands(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): boolean {
  if (next === undefined || !isIrregularPast(word)) return false
  if (previous !== undefined && nounOpening.has(previous)) return false
  return !isPreposition(next) && ![lexiconTag(next)].flat().some((tag) => verbTags.has(tag ?? ''))
}

/**
 * Whether a word in -s may be the plural of a noun: compromise holds it
 * between a plural and a verb ("votes", "holds", "leads": its lexicon files
 * some of these as one, some as the other), or knows its singular as a noun
 * ("plans").
 */
function isPluralNoun(word: string): boolean {
  if (switchOf(word) === 'Plural|Verb') return true
  return singularsOf(word).some((singular) =>
    [lexiconTag(singular)].flat().some((tag) => tag !== undefined && nounTags.has(tag)),
  )
}

/**
 * Whether a lower-case word in -s may be a verb in the present: compromise's
 * lexicon tags it so, or holds it between a plural and a verb ("angers",
 * "holds"), whether or not `isTensedWord` reads it as one on its own.
 */
export function mayBePresentVerb(word: string): boolean {
  return switchOf(word) === 'Plural|Verb' || [lexiconTag(word)].flat().includes('PresentTense')
}

/**
 * Whether a lower-case word in -s is the present of a verb that compromise's
 * lexicon has as an infinitive ("extends", "wants"), not of a word it knows
 * first as something else ("firms": "firm" is an adjective to it, and a verb
 * only in "firm up").
 */
export function isPresentOfInfinitive(word: string): boolean {
  return singularsOf(word).some((singular) => [lexiconTag(singular)].flat().includes('Infinitive'))
}

/** What the singular of a word in -s may be ("taxes": "taxe", "tax"; "levies": "levy"). */
function singularsOf(word: string): string[] {
  return [word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]
}

/** Compromise's choice of readings for a word it holds between two ("Plural|Verb" for "votes"). */
function switchOf(word: string): string | undefined {
  return (nlp.world() as unknown as { model: { two: { switches: Record<string, string> } } }).model
    .two.switches[word]
}

/** The tag (or tags) compromise's lexicon gives a word. */
export function lexiconTag(word: string): string | string[] | undefined {
  return (
    nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }
  ).model.one.lexicon[word]
}

/** Shares of a group ("some", "most", "half"). */
const shareWord: ReadonlySet<string> = new Set(reporting.shares)

/**
 * Words besides plural nouns (`looksPlural`) that a verb's plain form can
 * follow: shares of a group ("some say", "a third say") and numbers above
 * one ("one in five say").
 */
const pluralWithoutS: ReadonlySet<string> = new Set([...shareWord, ...numberWords.numbers.slice(2)])
/** Plural nouns without an -s ("people", "police"). */
const pluralNounWithoutS: ReadonlySet<string> = new Set(reporting.pluralsWithoutS)

/**
 * How a plural subject with words after it that qualify it ends right
 * before a verb, from the plural on (the pattern is tried at each word): a
 * phrase of a preposition — at most one word ("close", "familiar"), the
 * preposition, then up to four words without a mark ("residents of the
 * town", "sources close to the mayor") — or a relative clause of up to
 * fourteen words without a mark ("voters who backed the mayor", "officials
 * whose laws were struck down").
 */
const pluralHeadPattern = new RegExp(
  String.raw`^(\p{L}+)\s+(?:(?:\p{Ll}+\s+)?(?:${[...phrasePreposition].join('|')})\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}|(?:${[...relativePronoun, 'whose'].join('|')})\s+(?:[\p{L}\p{N}'’.-]+\s+){2,14})$`,
  'u',
)

/**
 * Whether the words before `start` are a plural with a phrase of a
 * preposition or a relative clause after it, so that a plain form there
 * agrees with the plural ("residents of the town say", "voters who backed
 * the mayor say"), not with the noun next to it. Each word of the stretch
 * is tried as the plural, so a word that opens the clause ("But residents
 * of the town say") does not hide it.
 */
function pluralHeadBefore(sentence: string, start: number): boolean {
  const stretch = sentence.slice(Math.max(0, start - 120), start)
  let previous = ''
  for (const word of stretch.matchAll(/(?:^|(?<=[\s"“]))\p{L}+/gu)) {
    const match = pluralHeadPattern.exec(stretch.slice(word.index))
    const head = match?.[1]?.toLowerCase()
    if (
      match &&
      head !== undefined &&
      plural(head) &&
      // "released details of his plan": a plural after a verb is its object.
      !isTensedWord(previous) &&
      // "voters who back him but want": the verb may be the clause's own.
      !match[0].split(/\s+/).some((inner) => verbJoin.has(inner.toLowerCase()))
    )
      return true
    previous = word[0].toLowerCase()
  }
  return false
}

/** Whether a lower-case word may be a plural a verb's plain form agrees with: a plural noun, a share or a number. */
function plural(word: string): boolean {
  return pluralWithoutS.has(word) || looksPlural(word)
}

/**
 * Whether a lower-case word looks like a plural noun: one of the plurals without
 * an -s ("people"), or a word of four letters or more in -s but not -ss
 * ("officials"; not "press", "was" or "this").
 */
export function looksPlural(word: string): boolean {
  return pluralNounWithoutS.has(word) || (/[^s]s$/.test(word) && word.length > 3)
}

/**
 * The cues that are verbs: those not ambiguous (see `Cue.ambiguous`), and
 * of the ambiguous ones those in `asked` that compromise tags as verbs.
 * compromise reads a few words around each (six before, four after: enough
 * to tell "the company posts" from "blog posts"), not the whole sentence.
 */
export function confirmedVerbs(
  sentence: string,
  cues: readonly Cue[],
  asked: readonly Cue[],
): Cue[] {
  const verbs = new Set(asked.filter((cue) => taggedVerb(sentence, cue)))
  return cues.filter((cue) => !cue.ambiguous || verbs.has(cue))
}

/** Whether compromise tags a cue as a verb in the words around it. */
function taggedVerb(sentence: string, cue: Cue): boolean {
  const start = wordsBack(sentence, cue.start, 6)
  const end = wordsAhead(sentence, cue.end, 4)
  const json = nlp(sentence.slice(start, end)).json({
    offset: true,
    terms: { offset: true },
  }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number } }>
  }>
  return json.some((part) =>
    part.terms.some(
      (term) => term.offset.start === cue.start - start && term.tags.includes('Verb'),
    ),
  )
}

/**
 * Whether the last of `lead` (the words before a cue) follows a verb in a
 * tense, right before it with only a space between, that is not a verb of
 * saying or thinking (those in `known`): the word is that verb's object.
 */
function isObjectOfVerb(
  lead: ReadonlyArray<{ word: string; gap: string }>,
  known: ReadonlyMap<string, unknown>,
): boolean {
  const verb = lead.at(-2)
  if (!verb || !/^ +$/.test(verb.gap) || !/^\p{Ll}+$/u.test(verb.word)) return false
  return isTensedWord(verb.word) && !known.has(verb.word)
}

/** Where the `count` words before `index` start (the text's start when it has fewer). */
function wordsBack(text: string, index: number, count: number): number {
  let at = index
  for (let seen = 0; seen < count && at > 0; seen++) {
    while (at > 0 && /\s/.test(text.charAt(at - 1))) at--
    while (at > 0 && !/\s/.test(text.charAt(at - 1))) at--
  }
  return at
}

/** Where the `count` words after `index` end (the text's end when it has fewer). */
function wordsAhead(text: string, index: number, count: number): number {
  let at = index
  for (let seen = 0; seen < count && at < text.length; seen++) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++
    while (at < text.length && !/\s/.test(text.charAt(at))) at++
  }
  return at
}

/** A cue with the defaults for its class. */
function cueOf(
  text: string,
  start: number,
  end: number,
  lemma: string,
  tense: Tense,
  cueClass: CueClass,
): Cue {
  return {
    text,
    start,
    end,
    lemma,
    tense,
    class: cueClass,
    strong: strongClasses.has(cueClass),
    object: false,
    form: 'present',
    ambiguous: false,
  }
}

/**
 * Whether an auxiliary stands before a verb, with only negations and adverbs
 * of time or manner between ("has seen", "had not known", "is widely seen").
 */
function auxiliaryBefore(before: ReadonlyArray<{ word: string }>): boolean {
  for (let back = before.length - 1; back >= 0; back--) {
    const word = (before[back]?.word ?? '').toLowerCase()
    if (finiteHelper.has(word) || /['’](?:ve|d)$/.test(word)) return true
    if (!beforeVerb.has(word) && !/ly$/.test(word)) return false
  }
  return false
}

/** The tense of a verb form, from the form and the (up to three) words before it. */
function tenseOf(before: readonly string[], form: Form): Tense {
  for (let back = before.length - 1; back >= 0; back--) {
    const word = before[back] ?? ''
    if (futureAuxiliary.test(word)) return 'future'
    if (perfectAuxiliary.test(word)) return 'past'
    if (!beforeVerb.has(word.toLowerCase())) break
  }
  return form.tense
}
