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

/** Collapse runs of whitespace to one space and trim. */
export function collapseWhitespace(value: string): string {
  return value.replace(whitespace, ' ').trim()
}

/** The words of a text (runs of letters and digits, with inner apostrophes and hyphens). */
export function words(value: string): string[] {
  return value.match(word) ?? []
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

/**
 * Share of the longer words (four letters or more) that start with a capital:
 * near 1 for Title Case headlines, low for prose. Returns 0 when there are
 * no such words (caseless scripts included).
 */
export function titleCaseRatio(value: string): number {
  let counted = 0
  let capitalised = 0
  for (const token of words(value)) {
    if (token.length < 4 || !letterStart.test(token)) continue
    if (token.toLowerCase() === token.toUpperCase()) continue
    counted++
    if (upperStart.test(token)) capitalised++
  }
  return counted === 0 ? 0 : capitalised / counted
}
