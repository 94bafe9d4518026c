/**
 * Verbs of one language that attribute a quotation when they follow it
 * (`"Why now?" Karimi asked.`): the quotation's "?" or "!" then ends no
 * sentence.
 */
export interface SpeechVerbLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** The verbs as written after a name, case-sensitive (lowercase). */
  afterQuote: readonly string[]
}

/** English. */
export const en: SpeechVerbLexicon = {
  lang: 'en',
  afterQuote: [
    'said',
    'says',
    'asked',
    'asks',
    'added',
    'adds',
    'told',
    'tells',
    'wrote',
    'writes',
    'replied',
    'replies',
    'shouted',
    'yelled',
    'exclaimed',
    'insisted',
    'recalled',
    'explained',
    'continued',
    'countered',
    'noted',
    'argued',
    'wondered',
    'demanded',
    'cried',
    'declared',
    'stated',
    'responded',
    'remarked',
    'warned',
  ],
}
