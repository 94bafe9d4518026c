import { phraseDashes } from '../shared/text-shape.js'

/** A passage in quote marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset after the closing mark (the end of the paragraph for a quote left open). */
  close: number
  /** Whether a closing mark ends it. */
  closed: boolean
  /** Offset after the opening mark (marks of two characters: '' and ``). */
  innerStart: number
  /** Offset of the closing mark (the end of the paragraph for a quote left open). */
  innerEnd: number
  /** The words between the marks. */
  text: string
}

/**
 * Opening marks and the marks that can close them. A curly double quote and
 * a straight one close each other too: scraped text often mixes them
 * (`"Oz has a huge bully pulpit,” said …`).
 */
const pairs: Readonly<Record<string, string>> = {
  '“': '”"',
  '„': '“',
  '«': '»',
  '‘': '’',
  '"': '"”',
}

/** What may stand right before a mark that opens a quote: space, a bracket, a dash, a colon. */
const wordStartBefore = new RegExp(`[\\s([${phraseDashes}:-]`, 'u')

/** Two digits and no third, after the mark of a year cut short ("‘08", "‘90s"). */
const elidedYear = /^\d\d(?!\d)/u

/** Quote marks of every kind. */
const anyMark = /["“”„«»‘’]|''|``/u

/** Where a quote may open: an opening mark, or the first of a doubled one ('' and ``). */
const openingCandidate = new RegExp(`[${Object.keys(pairs).join('')}'\`]`, 'gu')

/**
 * Marks of two characters that some news feeds and text archives write
 * double quotes with: ''…'' and ``…''.
 */
const doubledOpening = /^(?:''|``)/

/**
 * Find the passages in quote marks in a paragraph: curly and straight double
 * quotes, guillemets, and single curly quotes where they quote (an opening
 * ‘ after a space or at the start, but not before a year cut short: "‘08";
 * a ’ inside a word is an apostrophe). An
 * unclosed mark quotes to the end of the paragraph (news style for a quote
 * that continues in the next paragraph), unless other quote marks follow
 * it (an apostrophe inside a word, "can’t", is none): then it is a stray
 * mark, and the passages after it are read on their own.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  // Only where a mark may open is there anything to look at.
  openingCandidate.lastIndex = 0
  for (let found = openingCandidate.exec(text); found; found = openingCandidate.exec(text)) {
    const index = found.index
    const mark = found[0]
    const atWordStart = index === 0 || wordStartBefore.test(text.charAt(index - 1))
    const doubled = atWordStart && doubledOpening.test(text.slice(index, index + 2))
    const closing = doubled ? "''" : pairs[mark]
    if (closing === undefined || (mark === '‘' && !atWordStart) || (mark === '"' && !atWordStart))
      continue
    if (mark === '‘' && isElidedYear(text, index)) continue
    const innerStart = index + (doubled ? 2 : 1)
    const end = doubled ? doubledClose(text, innerStart) : closingMark(text, innerStart, closing)
    if (end === -1 && anyMark.test(withoutApostrophes(text.slice(innerStart)))) continue
    const innerEnd = end === -1 ? text.length : end
    const close = end === -1 ? text.length : end + (doubled ? 2 : 1)
    const inner = text.slice(innerStart, innerEnd).trim()
    // Marks around no words ("«, ") quote nothing.
    if (/[\p{L}\p{N}]/u.test(inner))
      spans.push({ open: index, close, closed: end !== -1, innerStart, innerEnd, text: inner })
    openingCandidate.lastIndex = close
  }
  return spans
}

/** An apostrophe inside a word ("can’t", "Trump’s"), which quotes nothing. */
const inWordApostrophe = /(?<=[\p{L}\p{N}])’(?=\p{L})/gu

/** The text with its in-word apostrophes left out, so that only quote marks are left to find. */
function withoutApostrophes(text: string): string {
  return text.replace(inWordApostrophe, '')
}

/**
 * Whether the ‘ at `index` stands for the century left out of a year ("in
 * ‘08", "the ‘90s"): two digits follow it, and no ’ closes it in the same
 * sentence (‘12 hours of waiting’ is a quote).
 */
function isElidedYear(text: string, index: number): boolean {
  if (!elidedYear.test(text.slice(index + 1, index + 4))) return false
  const close = closingMark(text, index + 1, '’')
  return close === -1 || /[.!?]\s/u.test(text.slice(index, close))
}

/** Offset of the '' that closes a doubled quote from `from` on, where a word ends; or -1. */
function doubledClose(text: string, from: number): number {
  for (let index = text.indexOf("''", from); index !== -1; index = text.indexOf("''", index + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(index + 2))) return index
  }
  return -1
}

/**
 * Offset of the first of the `closing` marks from `from` on, or -1. A
 * straight or single quote mark closes only where a word ends; a straight
 * opening mark followed by a curly one before any close is left open (the
 * curly close belongs to the curly opening); a curly opening mark that ends a
 * word closes a curly quote (`“abhorrent“`).
 */
function closingMark(text: string, from: number, closing: string): number {
  for (let index = from; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === '“' && closing === '"”') return -1
    // “abhorrent“: an opening mark right after a word's end, with no word
    // after it, is a closing one written the wrong way round.
    if (char === '“' && closing === '”"' && isWrongWayClose(text, index)) return index
    if (!closing.includes(char)) continue
    if ((char === '"' || char === '’') && /[\p{L}\p{N}]/u.test(text.charAt(index + 1))) continue
    return index
  }
  return -1
}

/** Whether the “ at `index` ends the word before it and opens none after it (`“Frozen“ and`). */
function isWrongWayClose(text: string, index: number): boolean {
  return (
    /[\p{L}\p{N}.,!?…]/u.test(text.charAt(index - 1)) &&
    !/[\p{L}\p{N}]/u.test(text.charAt(index + 1))
  )
}
