import { monthShortForms, months } from './time-words.js'

/** The month names of one language, for reading dates written out ("14 mai 2024"). */
export interface MonthNameLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** January to December: each month's names and short forms, lower-cased. */
  months: ReadonlyArray<readonly string[]>
}

/** English: the names and short forms of `time-words`. */
export const en: MonthNameLexicon = {
  lang: 'en',
  months: months.map((name) => {
    const lower = name.toLowerCase()
    return [
      lower,
      ...monthShortForms
        .map((short) => short.toLowerCase())
        .filter((short) => short !== lower && lower.startsWith(short)),
    ]
  }),
}

/** German. */
export const de: MonthNameLexicon = {
  lang: 'de',
  months: 'januar februar märz april mai juni juli august september oktober november dezember'
    .split(' ')
    .map((name) => [name]),
}

/** French. */
export const fr: MonthNameLexicon = {
  lang: 'fr',
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'
    .split(' ')
    .map((name) => [name]),
}

/** Spanish. */
export const es: MonthNameLexicon = {
  lang: 'es',
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
    .split(' ')
    .map((name) => [name]),
}

/** Every month name of every lexicon, lower-cased, with its number (1 to 12). */
export const monthNumbers: ReadonlyMap<string, number> = new Map(
  [en, de, fr, es].flatMap((lexicon) =>
    lexicon.months.flatMap((names, index) =>
      names.map((name): [string, number] => [name, index + 1]),
    ),
  ),
)
