import type { DateRef, DateSource } from '../types.js'

const isoDate = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/

/**
 * Read a page-level date (an attribute or meta value) as a `DateRef`.
 *
 * Only ISO 8601 forms (`2025-02-10`, `2025-02-10T08:00:00Z`, `2025-02`,
 * `2025`) are resolved, to the calendar date as written (no time zone
 * shift). Anything else is kept as text with `value: null`: no date beats
 * a wrong date.
 */
export function toDateRef(text: string, source: DateSource): DateRef {
  const match = isoDate.exec(text)
  const unresolved: DateRef = { text, value: null, precision: 'unresolved', basis: 'none', source }
  if (!match) return unresolved
  const [, year, month, day] = match
  if (month === undefined)
    return { text, value: `${year}`, precision: 'year', basis: 'explicit', source }
  const monthNumber = Number(month)
  if (monthNumber < 1 || monthNumber > 12) return unresolved
  if (day === undefined) {
    return { text, value: `${year}-${month}`, precision: 'month', basis: 'explicit', source }
  }
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)))
  if (date.getUTCDate() !== Number(day)) return unresolved
  return { text, value: `${year}-${month}-${day}`, precision: 'day', basis: 'explicit', source }
}
