import { wordList } from './word-list.js'

/**
 * The words of one language that bylines and datelines are written with
 * ("By Jane Roe and John Doe", "Updated 5 hours ago"): the byline rule
 * finds them by these words, and the metadata reads the names and dates
 * out of them. A lexicon lists only the words it has; all are lower-cased.
 */
export interface BylineWordLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** The word a byline opens with, before the names ("By", "Von", "Par"). */
  by?: string | undefined
  /** The word between the last two names of a byline ("and", "und"). */
  and?: string | undefined
  /** Words that label a byline's date ("Updated", "Published"). */
  dateLabels?: readonly string[] | undefined
  /** Words that make a line's numbers a date without a month or a weekday ("5 hours ago", "today"). */
  relativeDates?: readonly string[] | undefined
  /**
   * The other words of a line that says only when ("at 6:15 p.m.", "3 min
   * read"), beside the labels, relative dates, time zones, weekdays and
   * months.
   */
  datelineWords?: readonly string[] | undefined
}

/** English. */
export const en: BylineWordLexicon = {
  lang: 'en',
  by: 'by',
  and: 'and',
  dateLabels: wordList('updated published posted modified'),
  relativeDates: wordList('ago yesterday today'),
  datelineWords: wordList(
    'last at on am pm a p m hour hours minute minutes min mins day days week weeks and read ' +
      'reading time',
  ),
}

/** German. */
export const de: BylineWordLexicon = { lang: 'de', by: 'von', and: 'und' }

/** French. */
export const fr: BylineWordLexicon = { lang: 'fr', by: 'par', and: 'et' }

/** Spanish. */
export const es: BylineWordLexicon = { lang: 'es', by: 'por', and: 'y' }

/** Italian. */
export const it: BylineWordLexicon = { lang: 'it', by: 'di' }

/** Dutch. */
export const nl: BylineWordLexicon = { lang: 'nl', by: 'door' }

/** Polish. */
export const pl: BylineWordLexicon = { lang: 'pl', by: 'przez' }

/** Swedish (Norwegian writes it too). */
export const sv: BylineWordLexicon = { lang: 'sv', by: 'av' }

/** Danish. */
export const da: BylineWordLexicon = { lang: 'da', by: 'af' }

/** The lexicons bylines are read with, every language at once (a page may mix them). */
export const bylineLexicons: readonly BylineWordLexicon[] = [en, de, fr, es, it, nl, pl, sv, da]

/** The words a byline opens with, in every language. */
export const byWords: readonly string[] = bylineLexicons.flatMap((lexicon) =>
  lexicon.by ? [lexicon.by] : [],
)

/** The words between two names of a byline, in every language. */
export const andWords: readonly string[] = bylineLexicons.flatMap((lexicon) =>
  lexicon.and ? [lexicon.and] : [],
)
