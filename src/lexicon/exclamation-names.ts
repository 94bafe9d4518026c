/**
 * Names of one language's world written with "!" ("Yahoo!", "Jeopardy!"):
 * their "!" ends no sentence unless a sentence starter follows.
 */
export interface ExclamationNameLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** The names with their "!", lower-cased. */
  names: readonly string[]
}

/** English. */
export const en: ExclamationNameLexicon = {
  lang: 'en',
  names: ['yahoo!', 'jeopardy!', 'wham!', 'yum!', 'e!', 'oklahoma!', 'joomla!'],
}
