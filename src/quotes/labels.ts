import nlp from 'compromise'
import { en as determiners } from '../lexicon/determiners.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'

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
  return labelled.test(text) || /[.!?]\s+\p{Lu}[^:.!?\n]{0,60}:\s/u.test(text)
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
 * The name a sentence opens with before a colon, when what follows is its
 * speaker's statement: a name, or a short phrase of capitalised words ("NY
 * Daily News"), none in lower case and none possessive ("Editor’s note");
 * never a label that says what kind of story follows ("The Latest",
 * "Revealed", "Breaking", "Wow"): no article or pronoun opens it, no word
 * ends like a verb form ("-ed", "-ing"), and compromise tags none of its
 * words as an exclamation, an adverb or an auxiliary, nor any word past the
 * first as a verb; a single word in capitals only when compromise takes it
 * for a person or the article has named it before ("TAPPER:" after "Jake Tapper"); a single word that compromise tags as a verb, a
 * conjunction, a date or an adjective ("Remember", "Plus") is none either,
 * nor a place alone ("Iowa:" opens a list). The statement must hold three
 * words or more, and a verb before its last word: a key and its value
 * ("Trash: every Monday, unchanged") are no statement.
 */
export function labelOf(sentence: string, knows: (name: string) => boolean): Label | null {
  const match = labelled.exec(sentence)
  if (!match) return null
  const name = match[1] ?? ''
  const statement = match[0].length
  if (sentence.slice(statement).split(/\s+/).filter(Boolean).length < 3) return null
  const words = name.split(/[ \t]+/)
  const first = words[0] ?? ''
  if (notOpening.has(first.toLowerCase())) return null
  if (words.some((word) => /^\p{Ll}/u.test(word) || /['’]s?$/u.test(word))) return null
  if (words.some((word) => /\p{L}{3}(?:ed|ing)$/iu.test(word))) return null
  const terms = (nlp(name).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap(
    (part) => part.terms,
  )
  if (terms.some((term) => term.tags.some((tag) => notInName.has(tag)))) return null
  if (
    terms
      .slice(1)
      .some(
        (term) =>
          term.tags.includes('Verb') &&
          !term.tags.includes('Person') &&
          !term.tags.includes('Noun'),
      )
  )
    return null
  if (terms.every((term) => term.tags.includes('Place'))) return null
  // "STAT OF THE WEEK:", "BREAKING NEWS:": words in capitals name no one unless compromise knows a person.
  const shouted = words.every((word) => word === word.toUpperCase())
  const person = terms.some((term) => term.tags.includes('Person'))
  if (shouted && !person && !(words.length === 1 && knows(first))) return null
  if (words.length === 1) {
    const tags = terms[0]?.tags ?? []
    if (first.length < 2 || tags.some((tag) => notAlone.has(tag))) return null
  }
  // "Trash: every Monday, unchanged", "Source: the quarterly filing": a key and its value say nothing.
  const said = (
    nlp(sentence.slice(statement)).json() as Array<{ terms: Array<{ tags: string[] }> }>
  ).flatMap((part) => part.terms)
  if (!said.slice(0, -1).some((term) => term.tags.includes('Verb'))) return null
  return { name, statement }
}
