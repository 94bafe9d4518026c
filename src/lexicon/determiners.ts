/** The words of one language that open a noun phrase ("the", "his", "several"). */
export interface DeterminerLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** Articles, lower-cased. */
  articles: readonly string[]
  /** Demonstratives ("this", "those"), lower-cased. */
  demonstratives: readonly string[]
  /** Possessives ("his", "their"), lower-cased. */
  possessives: readonly string[]
  /** Quantifiers ("some", "every", "such"), lower-cased. */
  quantifiers: readonly string[]
}

/** English. */
export const en: DeterminerLexicon = {
  lang: 'en',
  articles: ['the', 'a', 'an'],
  demonstratives: ['this', 'that', 'these', 'those'],
  possessives: ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
  quantifiers: [
    'some',
    'many',
    'most',
    'several',
    'few',
    'both',
    'all',
    'each',
    'every',
    'other',
    'another',
    'no',
    'any',
    'such',
  ],
}
