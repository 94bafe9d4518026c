/** The numbers of one language written as words ("three days ago", "dozens of people"). */
export interface NumberWordLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** The numbers from zero to ten, lower-cased: each word's index is its value. */
  numbers: readonly string[]
  /** Plurals that count without a number ("dozens", "thousands"), lower-cased. */
  multitudes: readonly string[]
  /** Phrases that bound a number before it ("at least 12 pilots"), lower-cased. */
  bounds: readonly string[]
  /** Words that bound a number with "than" before it ("more than half"), lower-cased. */
  comparatives: readonly string[]
}

/** English. */
export const en: NumberWordLexicon = {
  lang: 'en',
  numbers: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  multitudes: ['dozens', 'hundreds', 'thousands', 'millions'],
  bounds: ['at least', 'at most'],
  comparatives: ['more', 'fewer', 'less'],
}
