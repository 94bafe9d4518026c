/**
 * Words of one language that open or close a letter or an e-mail: the
 * greeting ("Dear Ana,", "Hi all,") and the sign-off ("Best regards,",
 * "Sincerely,") are lines of their own, ended by a comma, not the start of
 * the sentence after them.
 */
export interface LetterWordLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** First words of a greeting ("dear", "hi"), lower-cased. */
  greetings: readonly string[]
  /**
   * Of the greetings, those that greet with no name after them ("Hi,",
   * "Hello,"), lower-cased: alone, they are a greeting only when they open
   * the paragraph.
   */
  bareGreetings: readonly string[]
  /**
   * Last words of a sign-off ("regards" of "Best regards", "sincerely",
   * "thanks"), lower-cased.
   */
  signOffs: readonly string[]
}

/** English. */
export const en: LetterWordLexicon = {
  lang: 'en',
  greetings: ['dear', 'hi', 'hello', 'hey', 'greetings'],
  bareGreetings: ['hi', 'hello', 'greetings'],
  signOffs: [
    'regards',
    'wishes',
    'sincerely',
    'faithfully',
    'truly',
    'respectfully',
    'cordially',
    'cheers',
    'thanks',
    'best',
  ],
}
