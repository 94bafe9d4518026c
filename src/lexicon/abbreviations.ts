/**
 * Abbreviations of one language, grouped by what a full stop after them
 * means to a sentence splitter. Entries are written without their final full
 * stop ("Mr", "e.g", "a.m"); each category says whether it is matched with
 * its case or lower-cased.
 */
export interface AbbreviationLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /**
   * Titles before a name ("Mr", "Dr", "Gen"), case-sensitive: never the end
   * of a sentence. "Dr" is always read as "Doctor", never "Drive".
   */
  titles: readonly string[]
  /**
   * Abbreviations that usually continue the sentence but can close it ("Inc",
   * "Jr", "etc"), case-sensitive: a sentence ends after them only before a
   * sentence starter.
   */
  closing: readonly string[]
  /**
   * Abbreviations always followed by more of their sentence ("e.g", "vs"),
   * lower-cased.
   */
  continuing: readonly string[]
  /** Abbreviations before a number ("No. 5", "p. 12", "c. 1818"), lower-cased. */
  beforeNumber: readonly string[]
  /** Month abbreviations ("Jan. 5"), lower-cased. */
  months: readonly string[]
  /** Clock-time abbreviations ("a.m", "p.m"), lower-cased. */
  times: readonly string[]
  /**
   * Abbreviations seen mostly in running text ("esp", "approx", "incl"),
   * lower-cased: before a lowercase word their full stop ends nothing.
   */
  common: readonly string[]
  /**
   * Entries of the lists above that are also everyday words ("no", "art",
   * "sun"), lower-cased: before a lowercase word their full stop ends the
   * sentence, as after any word.
   */
  words: readonly string[]
}

/** English. */
export const en: AbbreviationLexicon = {
  lang: 'en',
  titles: [
    'Mr',
    'Mrs',
    'Ms',
    'Mx',
    'Dr',
    'Prof',
    'Drs',
    'Profs',
    'Gov',
    'Sen',
    'Sens',
    'Rep',
    'Reps',
    'Gen',
    'Col',
    'Lt',
    'Capt',
    'Sgt',
    'Cpl',
    'Pvt',
    'Maj',
    'Adm',
    'Brig',
    'Cmdr',
    'Det',
    'Insp',
    'Supt',
    'Rev',
    'Hon',
    'Pres',
    'Amb',
    'Fr',
    'Msgr',
    'Messrs',
    'Mme',
    'Mlle',
    'Assoc',
    'Asst',
  ],
  closing: [
    'St',
    'Mt',
    'Ft',
    'Ave',
    'Blvd',
    'Rd',
    'Hwy',
    'Co',
    'Inc',
    'Corp',
    'Ltd',
    'Bros',
    'Jr',
    'Sr',
    'Esq',
    'Dept',
    'Univ',
    'Assn',
    'Ph.D',
    'etc',
    'Etc',
    'al',
  ],
  continuing: ['e.g', 'i.e', 'vs', 'cf', 'viz', 'approx', 'ca'],
  beforeNumber: [
    'no',
    'nos',
    'nr',
    'n°',
    'nº',
    'vol',
    'vols',
    'fig',
    'figs',
    'p',
    'pp',
    'art',
    'sec',
    'ch',
    'chap',
    'para',
    'pt',
    'op',
    'ed',
    'est',
    'ver',
    'vs',
    'v',
    'approx',
    'ca',
    'c',
    'ext',
    'tel',
    'ref',
    'eq',
  ],
  months: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  times: ['a.m', 'p.m'],
  common: [
    'esp',
    'incl',
    'excl',
    'approx',
    'appt',
    'avg',
    'bldg',
    'dept',
    'dist',
    'div',
    'govt',
    'hr',
    'hrs',
    'min',
    'mins',
    'secs',
    'yr',
    'yrs',
    'wk',
    'wks',
    'mo',
    'mos',
    'lb',
    'lbs',
    'oz',
    'sq',
    'misc',
    'intl',
    'natl',
    'resp',
    'qty',
    'tsp',
    'tbsp',
  ],
  words: ['no', 'art', 'op', 'mar', 'hon', 'rep'],
}
