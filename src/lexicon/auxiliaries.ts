/**
 * The auxiliary verbs of one language: the verbs that help another ("has
 * said", "will say", "did not say") and stand between it and its subject.
 */
export interface AuxiliaryLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** Forms of "be", lower-cased. */
  be: readonly string[]
  /** Forms of "have", lower-cased. */
  have: readonly string[]
  /** Forms of "do", lower-cased. */
  do: readonly string[]
  /** Modal verbs ("will", "should"), lower-cased. */
  modals: readonly string[]
  /** The negation, as a word and as a clitic ("not", "n’t"), lower-cased, with either apostrophe. */
  negation: readonly string[]
  /**
   * Auxiliaries whose stem changes before the negation's clitic ("ca" of
   * "can’t", "wo" of "won’t"), lower-cased, with the verb each stands for.
   */
  negatedStems: Readonly<Record<string, string>>
  /**
   * Forms of "be" written as clitics ("she’s", "they’re"), lower-cased, with
   * either apostrophe; "’s" stands for "has" as well.
   */
  beClitics: readonly string[]
  /** Every auxiliary written as a clitic: `beClitics`, and those of "have", "would" and "will". */
  clitics: readonly string[]
}

/** English forms of "be" written as clitics. */
const englishBeClitics = ['’s', "'s", '’re', "'re", '’m', "'m"]

/** English. */
export const en: AuxiliaryLexicon = {
  lang: 'en',
  be: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  have: ['has', 'have', 'had'],
  do: ['did', 'does', 'do'],
  modals: ['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall'],
  negation: ['not', 'n’t', "n't"],
  negatedStems: { ca: 'can', wo: 'will', sha: 'shall' },
  beClitics: englishBeClitics,
  clitics: [...englishBeClitics, '’ve', "'ve", '’d', "'d", '’ll', "'ll"],
}

/** Every auxiliary verb of a lexicon (its forms of "be", "have" and "do", and its modals). */
export function auxiliaryVerbs(lexicon: AuxiliaryLexicon): string[] {
  return [...lexicon.be, ...lexicon.have, ...lexicon.do, ...lexicon.modals]
}
