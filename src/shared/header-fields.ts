/**
 * Header fields: the `Label: value` pairs of a letterhead, a signature or a
 * message header (`Phone: 555 0100`, `cc: Ana Roe`, `Email: ana@example.com`)
 * that often run together on one line with no sentence punctuation between
 * them. A field is a unit of its own, as a sentence is; these tests say where
 * one ends.
 */

import { isSpaceCode } from './text-shape.js'

/** The longest label a field opens with, colon included ("E-mail address:"). */
const maxLabel = 32
/** A token that can be part of a label: letters, digits, "-", "/", "&", "." ("Tel.", "A/V"). */
const labelPart = /^[\p{L}\p{N}][\p{L}\p{N}&./’'-]*$/u
/** A label of one word, as a later field of a run starts with: "Fax:", "cc:", "E-mail:". */
const oneWordLabel = /^\p{L}[\p{L}-]*:$/u
/** A word of letters that starts in lowercase: the mark of running prose. */
const lowercaseWord = /^\p{Ll}[\p{L}'’-]*[,;]?$/u
/** An e-mail address ("ana@example.com", "ana...@example.com"). */
const emailAddress = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$/u
/** A telephone number: digits with separators, seven digits or more. */
const telephone = /^\+?[\d()./-]+$/

/**
 * Where a one-word label that ends with the colon at `colon` starts ("Fax:",
 * "cc:", "E-mail:"), when whitespace comes before it and after the colon;
 * -1 otherwise (a clock time "10:30", a word inside a token "A/V:").
 */
export function oneWordLabelStart(text: string, colon: number): number {
  const after = colon + 1
  if (after < text.length && !isSpaceCode(text.charCodeAt(after))) return -1
  let start = colon
  while (start > 0 && colon - start < 16 && isLabelLetter(text.charCodeAt(start - 1))) start--
  if (start === colon || start === 0 || !isSpaceCode(text.charCodeAt(start - 1))) return -1
  return oneWordLabel.test(text.slice(start, after)) ? start : -1
}

/** A letter or hyphen, the characters of a one-word label (ASCII and beyond). */
function isLabelLetter(code: number): boolean {
  if (code < 0x80) return code === 0x2d || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return /\p{L}/u.test(String.fromCharCode(code))
}

/**
 * Whether a header field ends between `sentence` (the sentence so far,
 * trimmed) and `next` (the next token). The sentence must open with a label:
 * one to three short tokens, the last ending in a colon (`Phone:`, `encl:`,
 * `E-mail address:`, `Team 2:`). The field then ends:
 *
 * - before a one-word label, when the value so far holds no lowercase word
 *   (`Phone: 555 0100 ‖ Fax: 555 0199`, `encl: Joint Resolution 36-01: Penn
 *   State Wiki ‖ cc: Ana Roe`): field values are names, numbers and
 *   addresses, while a lowercase word marks prose ("Note: the firm said
 *   profits fell Reuters: …" stays whole);
 * - after a single contact value (an e-mail address, a web address or a
 *   telephone number) before a capitalised word or a web address
 *   (`Email: ana@example.com ‖ Site made!`, `Fax: 555-0199 ‖
 *   http://example.org`), but not before a lowercase word (`Email:
 *   ana@example.com or call us`).
 */
export function endsField(sentence: string, next: string): boolean {
  const tokens = sentence.split(/\s+/)
  const labelEnd = openingLabelEnd(tokens)
  if (labelEnd === -1 || labelEnd === tokens.length) return false
  const value = tokens.slice(labelEnd)
  if (oneWordLabel.test(next)) {
    // Labels in a row ("Team 2: Coach: Ana Roe") name one field.
    if (value.at(-1)?.endsWith(':')) return false
    return !value.some((token) => lowercaseWord.test(token))
  }
  const only = value.length === 1 ? (value[0] ?? '') : ''
  if (!isContactValue(only)) return false
  return /^\p{Lu}/u.test(next) || isWebAddress(next)
}

/** Where the opening label of a sentence's tokens ends (the index after it), or -1. */
function openingLabelEnd(tokens: readonly string[]): number {
  let length = 0
  for (let index = 0; index < 3 && index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    length += token.length + 1
    if (length > maxLabel + 1) return -1
    const word = token.endsWith(':') ? token.slice(0, -1) : token
    if (!labelPart.test(word)) return -1
    if (token.endsWith(':')) return index + 1
  }
  return -1
}

/** An e-mail address, a web address or a telephone number standing alone. */
function isContactValue(token: string): boolean {
  if (emailAddress.test(token) || isWebAddress(token)) return true
  if (!telephone.test(token)) return false
  let digits = 0
  for (const ch of token) if (ch >= '0' && ch <= '9') digits++
  return digits >= 7
}

function isWebAddress(token: string): boolean {
  return token.startsWith('http://') || token.startsWith('https://') || token.startsWith('www.')
}
