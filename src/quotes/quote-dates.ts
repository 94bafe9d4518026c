import { en as numberWords } from '../lexicon/number-words.js'
import { monthAbbreviations, months, weekdays } from '../lexicon/time-words.js'
import { findDate, isoDate, monthNumber } from '../metadata/date-text.js'
import type { DateBasis, DateRef } from '../types.js'
import type { Tense } from './cues.js'

/** The day relative dates are counted from, and how it is known. */
export interface Anchor {
  /** The day as `YYYY-MM-DD`. */
  value: string
  /** `published` (the publication date) or `context` (a date stated nearby). */
  basis: DateBasis
}

const weekdayNames = weekdays.join('|')
const monthNames = months.join('|')
const monthAbbreviationNames = monthAbbreviations
  .map((abbreviation) => abbreviation.replace('.', '\\.'))
  .join('|')
const weekday = new RegExp(`\\b(?:on\\s+)?(${weekdayNames})\\b(?!,?\\s+(?:${monthNames}|\\d))`)
const monthDay = new RegExp(
  `\\b(?:on\\s+)?(${monthNames}|${monthAbbreviationNames})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`,
)
const dayWord = /\b(yesterday|today|tomorrow)\b/i
const monthAlone = new RegExp(`\\b(?:in|last|this|next)\\s+(${monthNames})\\b(?!\\s+\\d)`)
const period = /\b(last|this|next)\s+(month|year)\b/i
/** The numbers from one to ten, as words ("three days ago"). */
const countNames = numberWords.numbers.slice(1).join('|')
/** "three days ago", "in two days": a count of days from the anchor (weeks are too loose for a day). */
const dayCount = new RegExp(
  `\\b(?:(a|an|${countNames}|\\d{1,2})\\s+days?\\s+ago|in\\s+(a|${countNames}|\\d{1,2})\\s+days?)\\b`,
  'i',
)

/**
 * The date a sentence gives (outside its quotes), resolved against an
 * anchor: an explicit date as written; a weekday, a month and day without a
 * year, "yesterday"/"today"/"tomorrow", or "three days ago"/"in two days"
 * counted from the anchor — back in
 * time for past and present reporting ("said on Friday" is the latest Friday
 * on or before the anchor), forward for the future ("will meet on Friday").
 * Without an anchor, a relative date stays unresolved: no date beats a wrong
 * one.
 */
export function dateInSentence(frame: string, tense: Tense, anchor: Anchor | null): DateRef | null {
  const explicit = findDate(frame)
  if (explicit) {
    return {
      text: explicit.text.trim(),
      value: explicit.value,
      precision: 'day',
      basis: 'explicit',
      source: null,
    }
  }
  const forward = tense === 'future'
  const day = monthDay.exec(frame)
  if (day) {
    const text = day[0].trim()
    const month = monthNumber(day[1] ?? '')
    if (!anchor || month === undefined) return unresolved(text, 'unresolved')
    const year = Number(anchor.value.slice(0, 4))
    let value = isoDate(String(year), month, day[2])
    if (value && !forward && value > anchor.value) value = isoDate(String(year - 1), month, day[2])
    if (value && forward && value < anchor.value) value = isoDate(String(year + 1), month, day[2])
    return value
      ? { text, value, precision: 'day', basis: anchor.basis, source: null }
      : unresolved(text, 'unresolved')
  }
  const named = weekday.exec(frame)
  if (named) {
    const text = named[0].trim()
    if (!anchor) return unresolved(text, 'weekday')
    // `getUTCDay()` counts from Sunday, 0; the lexicon's week starts on Monday.
    const target = (weekdays.indexOf(named[1] ?? '') + 1) % 7
    const from = new Date(`${anchor.value}T00:00:00Z`)
    const shift = forward
      ? (target - from.getUTCDay() + 7) % 7
      : -((from.getUTCDay() - target + 7) % 7)
    return counted(text, anchor, shift)
  }
  const relative = dayWord.exec(frame)
  if (relative) {
    const text = relative[0]
    if (!anchor) return unresolved(text, 'unresolved')
    const shift = { yesterday: -1, today: 0, tomorrow: 1 }[
      text.toLowerCase() as 'yesterday' | 'today' | 'tomorrow'
    ]
    return counted(text, anchor, shift)
  }
  const count = dayCount.exec(frame)
  if (count) {
    const text = count[0]
    const ago = count[1] !== undefined
    // "in two days" is ahead of the anchor only when the statement looks ahead.
    if (!anchor || (!ago && !forward)) return unresolved(text, 'unresolved')
    const days = dayNumber(count[1] ?? count[2] ?? '')
    return counted(text, anchor, ago ? -days : days)
  }
  const month = monthAlone.exec(frame)
  if (month) {
    const text = month[0]
    const number = monthNumber(month[1] ?? '')
    if (!anchor || number === undefined) return unresolved(text, 'unresolved')
    const anchorMonth = Number(anchor.value.slice(5, 7))
    let year = Number(anchor.value.slice(0, 4))
    if (!forward && number > anchorMonth) year--
    if (forward && number < anchorMonth) year++
    return monthRef(text, anchor, year, number)
  }
  const relativePeriod = period.exec(frame)
  if (relativePeriod) {
    const text = relativePeriod[0]
    if (!anchor) return unresolved(text, 'unresolved')
    const step = { last: -1, this: 0, next: 1 }[
      (relativePeriod[1] ?? '').toLowerCase() as 'last' | 'this' | 'next'
    ]
    const year = Number(anchor.value.slice(0, 4))
    if (/year/i.test(relativePeriod[2] ?? '')) {
      return {
        text,
        value: String(year + step),
        precision: 'year',
        basis: anchor.basis,
        source: null,
      }
    }
    const months = year * 12 + Number(anchor.value.slice(5, 7)) - 1 + step
    return monthRef(text, anchor, Math.floor(months / 12), (months % 12) + 1)
  }
  return null
}

/** The number a count of days is written with ("two", "a", "12"). */
function dayNumber(word: string): number {
  const lower = word.toLowerCase()
  if (lower === 'a' || lower === 'an') return 1
  const index = numberWords.numbers.indexOf(lower)
  return index === -1 ? Number(lower) : index
}

/** A month counted from the anchor, as `YYYY-MM`. */
function monthRef(text: string, anchor: Anchor, year: number, month: number): DateRef {
  return {
    text,
    value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
    precision: 'month',
    basis: anchor.basis,
    source: null,
  }
}

/** A day counted from the anchor. */
function counted(text: string, anchor: Anchor, days: number): DateRef {
  return {
    text,
    value: addDays(anchor.value, days),
    precision: 'day',
    basis: anchor.basis,
    source: null,
  }
}

function unresolved(text: string, precision: 'weekday' | 'unresolved'): DateRef {
  return { text, value: null, precision, basis: 'none', source: null }
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * Keep a date counted from the anchor only when the paragraph states no
 * other date far from it: a weekday in a paragraph about June, counted from
 * a February publication date, is not trusted (a wrong date is worse than
 * none).
 */
export function trustRelative(
  date: DateRef | null,
  paragraph: string,
  tense: Tense,
  anchor: Anchor | null,
): DateRef | null {
  // A month and day or a month names its own place in the year: only a
  // weekday or "yesterday" can land in the wrong week.
  if (!date?.value || date.basis === 'explicit' || !countedDay.test(date.text)) return date
  const value = date.value
  const stated: string[] = []
  for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
    const other = dateInSentence(sentence, tense, anchor)
    if (other?.value && other.precision === 'day' && other.text !== date.text)
      stated.push(other.value)
  }
  const far = stated.some((other) => Math.abs(Date.parse(other) - Date.parse(value)) > weekMs)
  return far
    ? unresolved(
        date.text,
        date.precision === 'day' && /day$/i.test(date.text) ? 'weekday' : 'unresolved',
      )
    : date
}

const countedDay = /(?:days?|yesterday|today|tomorrow|ago)$/i
const weekMs = 7 * 24 * 60 * 60 * 1000
