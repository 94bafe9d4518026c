import { monthNumbers } from '../lexicon/month-names.js'

const monthName = '([A-Za-zÀ-ÿ]{3,9})\\.?'
/** "May 14, 2024", "Feb. 27, 2024". */
const monthDayYear = new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`)
/** "14 May 2024", "6. April 2024", "14 mai 2024". */
const dayMonthYear = new RegExp(
  `\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?${monthName}\\s+(?:de\\s+)?(\\d{4})\\b`,
)
/** "2024-02-27". */
const isoDay = /\b(\d{4})-(\d{2})-(\d{2})\b/
/** "27.02.2024": day first, as written where dots separate dates. */
const dottedDay = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/

/** A calendar date found in text. */
export interface FoundDate {
  /** The words as written. */
  text: string
  /** Where they start in the text. */
  index: number
  /** The date as `YYYY-MM-DD`. */
  value: string
}

/**
 * Find the first unambiguous calendar date in a line of text. Slash dates
 * ("2/3/2024") are left alone: the order of day and month cannot be told.
 */
export function findDate(text: string): FoundDate | null {
  const found: FoundDate[] = []
  const take = (match: RegExpExecArray | null, value: string | null) => {
    if (match && value) found.push({ text: match[0], index: match.index, value })
  }
  let match = monthDayYear.exec(text)
  take(
    match,
    match && isoDate(match[3], monthNumbers.get((match[1] ?? '').toLowerCase()), match[2]),
  )
  match = dayMonthYear.exec(text)
  take(
    match,
    match && isoDate(match[3], monthNumbers.get((match[2] ?? '').toLowerCase()), match[1]),
  )
  match = isoDay.exec(text)
  take(match, match && isoDate(match[1], Number(match[2]), match[3]))
  match = dottedDay.exec(text)
  take(match, match && isoDate(match[3], Number(match[2]), match[1]))
  return found.sort((a, b) => a.index - b.index)[0] ?? null
}

/** The first unambiguous calendar date in a line of text as `YYYY-MM-DD`, or `null`. */
export function dateInText(text: string): string | null {
  return findDate(text)?.value ?? null
}

/** The number of a month name or abbreviation (English, German, French, Spanish), or `undefined`. */
export function monthNumber(name: string): number | undefined {
  return monthNumbers.get(name.toLowerCase().replace(/\.$/, ''))
}

export function isoDate(
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
): string | null {
  if (!year || !month || !day) return null
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== Number(day)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`
}
