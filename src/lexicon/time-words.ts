/** Words of one language around clock times ("5 p.m. Friday", "At 5 a.m."). */
export interface TimeWordLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /**
   * Words that keep "5 p.m." in its sentence when they follow it: weekdays,
   * months and time zones ("5 p.m. Friday", "9 a.m. EST"), case-sensitive.
   */
  afterTime: readonly string[]
  /**
   * Prepositions that open a time phrase ("At 5 a.m.", "By 9 p.m."),
   * lower-cased: the phrase alone is not a sentence.
   */
  timePrepositions: readonly string[]
  /**
   * Words that name a time by its distance from now or a span of it
   * ("yesterday", "last week", "three days ago", "earlier"), lower-cased.
   */
  relativeTimes: readonly string[]
}

/** English weekday names, capitalised. */
export const weekdays: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]

/** Short forms of English weekday names, capitalised. */
export const weekdayShortForms: readonly string[] = [
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
]

/** English month names, capitalised. */
export const months: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Short forms of English month names, capitalised. */
export const monthShortForms: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]

/** Abbreviations of time zones written after a clock time ("9 a.m. EST"), in capitals. */
export const timeZones: readonly string[] = [
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'BST',
  'UTC',
  'CET',
  'CEST',
  'EET',
  'IST',
  'JST',
  'KST',
  'AEST',
  'AEDT',
  'HKT',
]

/**
 * English month names as news style shortens them ("Jan.", "Sept."), with
 * their full stop: the months of up to five letters are written out.
 */
export const monthAbbreviations: readonly string[] = [
  'Jan.',
  'Feb.',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]

/** English. */
export const en: TimeWordLexicon = {
  lang: 'en',
  afterTime: [
    ...weekdays,
    ...weekdayShortForms,
    ...months,
    ...monthShortForms,
    ...timeZones,
    'Eastern',
    'Central',
    'Mountain',
    'Pacific',
    'Local',
  ],
  timePrepositions: [
    'at',
    'by',
    'from',
    'until',
    'till',
    'before',
    'after',
    'around',
    'about',
    'since',
    'between',
  ],
  relativeTimes: [
    'yesterday',
    'today',
    'tonight',
    'week',
    'weekend',
    'month',
    'year',
    'morning',
    'afternoon',
    'evening',
    'night',
    'day',
    'days',
    'weeks',
    'months',
    'years',
    'ago',
    'earlier',
    'later',
    'recently',
  ],
}

/**
 * English weekday and month names and their short forms, lower-cased: the
 * words of a date ("Tues", "Sept", "December").
 */
export const calendarWords: ReadonlySet<string> = new Set(
  [...weekdays, ...weekdayShortForms, ...months, ...monthShortForms].map((word) =>
    word.toLowerCase(),
  ),
)
