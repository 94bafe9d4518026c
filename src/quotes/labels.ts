import nlp from 'compromise'
import { en as determiners } from '../lexicon/determiners.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'
import { isTitleCase, lexiconTag } from './cues.js'

/**
 * A statement given after its speaker's name and a colon, as headlines and
 * transcripts give them ("Graham: Trump’s rhetoric hurts the party",
 * "TAPPER: Do you think …"): where the name is and where the statement starts.
 */
export interface Label {
  /** The name as written. */
  name: string
  /** Offset where the statement starts, past the colon and the space after it. */
  statement: number
}

/** A sentence that opens with up to five words and a colon ("Sen. Mara Holt: …"). */
const labelled = /^\s*(\p{Lu}[\p{L}\p{N}.’'&-]*(?:[ \t]+[\p{L}\p{N}.’'&-]+){0,4})[ \t]*:\s+(?=\S)/u

/** Whether a text may hold a sentence that opens with a name and a colon (a cheap test before `labelOf`). */
export function mayHoldLabel(text: string): boolean {
  // Most texts have no colon at all: looking for one is far cheaper than the patterns.
  return (
    text.includes(':') && (labelled.test(text) || /[.!?]\s+\p{Lu}[^:.!?\n]{0,60}:\s/u.test(text))
  )
}

/** Words that cannot open a name: articles, demonstratives, pronouns, opening prepositions. */
const notOpening: ReadonlySet<string> = new Set([
  ...determiners.articles,
  ...determiners.demonstratives,
  ...determiners.possessives,
  ...pronouns.subject,
  ...pronouns.object,
  ...reporting.introductions,
])

/** Tags compromise gives no word of a name: what exclaims, qualifies a verb or is one. */
const notInName = new Set(['Expression', 'Adverb', 'Copula', 'Auxiliary', 'Modal', 'Pronoun'])

/** Tags of a word that is no name on its own before a colon ("Remember:", "Plus:", "Today:"). */
const notAlone = new Set(['Verb', 'Conjunction', 'Date', 'Adjective'])

/**
 * The name a sentence opens with before a colon, when its words may name a
 * speaker (a cheap look; `isLabelledStatement` decides): up to five
 * capitalised words ("Graham", "NY Daily News"), none in lower case, none
 * possessive ("Editor’s note"), none ending like a verb form ("Revealed",
 * "Breaking"), not opening with an article or a pronoun ("The Latest"); and
 * three words or more after the colon.
 */
export function labelOf(sentence: string): Label | null {
  const match = labelled.exec(sentence)
  if (!match) return null
  const name = match[1] ?? ''
  const statement = match[0].length
  if (sentence.slice(statement).split(/\s+/).filter(Boolean).length < 3) return null
  const words = name.split(/[ \t]+/)
  const first = words[0] ?? ''
  if (first.length < 2 || notOpening.has(first.toLowerCase())) return null
  if (words.some((word) => /^\p{Ll}/u.test(word) || /['’]s?$/u.test(word))) return null
  if (words.some((word) => /\p{L}{3}(?:ed|ing)$/iu.test(word))) return null
  return { name, statement }
}

/**
 * Whether a name and the words after its colon are a statement, as
 * compromise reads them: no word of the name is an exclamation, an adverb
 * or an auxiliary ("Wow", "Just Leaked"), no word past the first is a verb,
 * a single word is no verb, conjunction, date or adjective ("Remember",
 * "Plus") and the name is no place alone ("Iowa:" opens a list); and the
 * statement has a verb before its last word, so that a key and its value
 * ("Trash: every Monday, unchanged") are none. A headline in Title Case is
 * read in lower case, where compromise tags its words as names ("Donald
 * Trump Is a Failure").
 */
export function isLabelledStatement(name: string, statement: string): boolean {
  const terms = termsOf(name)
  if (terms.some((term) => term.tags.some((tag) => notInName.has(tag)))) return false
  const verbAfterFirst = terms
    .slice(1)
    .some(
      (term) =>
        term.tags.includes('Verb') && !term.tags.includes('Person') && !term.tags.includes('Noun'),
    )
  if (verbAfterFirst || terms.every((term) => term.tags.includes('Place'))) return false
  if (terms.length === 1 && terms[0]?.tags.some((tag) => notAlone.has(tag))) return false
  // compromise reads the statement's first words only (a verb comes early in a clause):
  // one more than it looks at, so that a long statement's twelfth word is not its last.
  const opening = statement.split(/\s+/).slice(0, 13).join(' ')
  const said = termsOf(isTitleCase(opening) ? opening.toLowerCase() : opening)
  return said.slice(0, Math.min(said.length - 1, 12)).some((term) => term.tags.includes('Verb'))
}

/** Tags of compromise's lexicon that a word of a person's name may have. */
const nameTags = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'])

/**
 * Whether a name before a colon is written as a transcript writes its
 * speakers ("TAPPER", "JOEL BENENSON"): one to three words in capitals,
 * each one compromise's lexicon knows as part of a name or does not know at
 * all ("NOTE", "TIP", "UPDATE" are words, not names).
 */
export function isTranscriptName(name: string): boolean {
  if (!/^\p{Lu}[\p{Lu}.’' -]*\p{Lu}$/u.test(name)) return false
  const words = name.split(/\s+/)
  return (
    words.length <= 3 &&
    words.every((word) => {
      const tags = [lexiconTag(word.toLowerCase().replace(/\.$/u, ''))].flat()
      return tags.every((tag) => tag === undefined || nameTags.has(tag))
    })
  )
}

/** The terms compromise reads in a text, with their tags. */
function termsOf(text: string): Array<{ tags: string[] }> {
  return (nlp(text).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap(
    (part) => part.terms,
  )
}
