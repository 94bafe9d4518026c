/**
 * Measures of what a piece of text looks like: the properties the parser
 * and the cleaning rules decide on. They count characters and words of any
 * script, never particular words.
 */

const whitespace = /\s+/g
const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu
const sentenceEnd = /[.!?…。！？]["'”’»)\]]*$/u
const clauseEnd = /[.!?…。！？,;:，；：]["'”’»)\]]*$/u
const upperStart = /^\p{Lu}/u
const letterStart = /^\p{L}/u
const lowerStart = /^\p{Ll}/u
const capitalLetter = /\p{Lu}/u

/** Whitespace that collapsing would change: any but a lone inner space. */
const uncollapsed = /[^\S ]| \s|^\s|\s$/

/** Collapse runs of whitespace to one space and trim. */
export function collapseWhitespace(value: string): string {
  // Most text of clean paragraphs needs neither, and testing is cheaper than
  // building the same string again.
  return uncollapsed.test(value) ? value.replace(whitespace, ' ').trim() : value
}

/** The words of a text (runs of letters and digits, with inner apostrophes and hyphens). */
export function words(value: string): string[] {
  return value.match(word) ?? []
}

/** A character that starts a word: a letter or digit. */
const wordStart = /^[\p{L}\p{N}]$/u
/** A character that goes on with a word: also marks, apostrophes, `_` and `-`. */
const wordPart = /^[\p{L}\p{N}\p{M}'’_-]$/u

/**
 * How many words a text has: `words(value).length`, counted in one pass
 * without building them (ASCII characters by their code, the others by
 * their Unicode properties).
 */
export function wordCount(value: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let starts: boolean
    let goesOn: boolean
    if (code < 0x80) {
      starts = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
      goesOn = starts || code === 0x27 || code === 0x5f || code === 0x2d
    } else {
      const next = value.charCodeAt(index + 1)
      const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
      const character = pair ? value.slice(index, index + 2) : value.charAt(index)
      if (pair) index++
      starts = wordStart.test(character)
      goesOn = starts || wordPart.test(character)
    }
    if (inWord && goesOn) continue
    inWord = starts
    if (starts) count++
  }
  return count
}

/** Whether the text ends like a sentence (`.`, `!`, `?`, `…`, maybe followed by a closing quote). */
export function endsLikeSentence(value: string): boolean {
  return sentenceEnd.test(value.trimEnd())
}

/** Whether the text ends with any clause punctuation (sentence end, comma, semicolon, colon). */
export function endsWithPunctuation(value: string): boolean {
  return clauseEnd.test(value.trimEnd())
}

/** Whether the text starts with a lowercase letter (a continuation, not a new block). */
export function startsLowercase(value: string): boolean {
  return lowerStart.test(value.trimStart())
}

/** Whether the text has no capital letter at all (as search terms are typed). */
export function hasNoCapitals(value: string): boolean {
  return !capitalLetter.test(value)
}

/**
 * The longer words (four letters or more, in a script with case) of a text,
 * and how many of them start with a capital.
 */
export function titleCaseCounts(value: string): { counted: number; capitalised: number } {
  let counted = 0
  let capitalised = 0
  for (const token of words(value)) {
    if (token.length < 4 || !letterStart.test(token)) continue
    if (token.toLowerCase() === token.toUpperCase()) continue
    counted++
    if (upperStart.test(token)) capitalised++
  }
  return { counted, capitalised }
}

/**
 * Share of the longer words (four letters or more) that start with a capital:
 * near 1 for Title Case headlines, low for prose. Returns 0 when there are
 * no such words (caseless scripts included).
 */
export function titleCaseRatio(value: string): number {
  const { counted, capitalised } = titleCaseCounts(value)
  return counted === 0 ? 0 : capitalised / counted
}

/** Longest line that still reads as a title or heading. */
const maxHeadingLength = 150
/** Most words a heading has. */
const maxHeadingWords = 20

/**
 * Whether a line reads like a title or heading: short, not a continuation,
 * no final punctuation (a question mark aside), and Title Case, a colon title
 * or at most eight words.
 */
export function looksLikeHeading(value: string): boolean {
  if (value.length > maxHeadingLength || startsLowercase(value)) return false
  const count = wordCount(value)
  if (count === 0 || count > maxHeadingWords) return false
  if (endsWithPunctuation(value) && !value.endsWith('?')) return false
  return titleCaseRatio(value) >= 0.6 || value.includes(': ') || count <= 8
}

/** Whether a block of text is running prose (what a heading introduces). */
export function looksLikeProse(value: string): boolean {
  const count = wordCount(value)
  return count >= 20 || (count >= 6 && endsLikeSentence(value))
}

/** Characters of a text that are not whitespace. */
export function nonSpaceLength(value: string): number {
  let spaces = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // Printable ASCII and Latin-1 first: most characters, and never a space.
    if (code > 0x20 && code < 0xa0) continue
    if (isSpaceCode(code)) spaces++
  }
  return value.length - spaces
}

/** Whether a text has more than `limit` characters that are not whitespace: reads no further than that. */
export function nonSpaceLengthExceeds(value: string, limit: number): boolean {
  if (value.length <= limit) return false
  let seen = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (((code > 0x20 && code < 0xa0) || !isSpaceCode(code)) && ++seen > limit) return true
  }
  return false
}

/** Commas of many scripts (Latin, Arabic, CJK): more clauses, more prose. */
export function commaCount(value: string): number {
  return value.match(/[,،、，﹐]/g)?.length ?? 0
}

/**
 * Whether lines of these lengths were wrapped at a fixed width: three or more
 * lines, the longest between 40 and 100 characters, and most (60%) of the
 * lines before the last at least 75% as long as the longest.
 */
export function isHardWrapped(lengths: readonly number[]): boolean {
  if (lengths.length < 3) return false
  // A loop, not Math.max(...lengths): a chunk can have more lines than a call has arguments.
  let longest = 0
  for (const length of lengths) if (length > longest) longest = length
  if (longest > 100 || longest < 40) return false
  let full = 0
  for (const length of lengths.slice(0, -1)) if (length >= longest * 0.75) full++
  return full / (lengths.length - 1) >= 0.6
}

/** Whether a UTF-16 code unit is white space (what `\s` matches). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * The dashes that set off a phrase inside a sentence: em dash, en dash and
 * horizontal bar ("PHILADELPHIA ― Clinton’s campaign said …"), as a string to
 * put inside a regular expression's character class.
 */
export const phraseDashes = '—–―'
