/** The personal and relative pronouns of one language. */
export interface PronounLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** Subject pronouns ("he", "they"), lower-cased: a source on their own ("he said"). */
  subject: readonly string[]
  /**
   * Subject pronouns of the third person ("he", "they"), lower-cased: neither
   * the writer nor the reader. After "show" or "found" they open a clause
   * ("records show he sold"); "I" and "we" there often open a relative one
   * ("the shows I watch").
   */
  thirdPerson: readonly string[]
  /** Object pronouns ("him", "them"), lower-cased: whom something is said to ("told him"). */
  object: readonly string[]
  /**
   * Relative pronouns ("who", "which"), lower-cased: they stand for the noun
   * before them ("officials who said").
   */
  relative: readonly string[]
  /**
   * Relative pronouns that can stand for the object of the verb in their
   * clause ("the charges, which Mr. Dahl denies"), lower-cased.
   */
  objectRelative: readonly string[]
  /** Reflexive pronouns ("himself"), lower-cased: they follow a name without being part of it. */
  reflexive: readonly string[]
  /**
   * The subject pronoun each possessive determiner stands for ("his" → "he"),
   * lower-cased: a possessor is resolved like the subject ("his claim that …").
   */
  possessiveSubjects: Readonly<Record<string, string>>
}

/** English. */
export const en: PronounLexicon = {
  lang: 'en',
  subject: ['he', 'she', 'they', 'we', 'i', 'you', 'it'],
  thirdPerson: ['he', 'she', 'they', 'it'],
  object: ['him', 'her', 'them', 'us', 'me', 'you', 'it'],
  relative: ['who', 'which', 'that'],
  objectRelative: ['which', 'that', 'whom'],
  reflexive: ['himself', 'herself', 'itself', 'themselves'],
  possessiveSubjects: { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' },
}
