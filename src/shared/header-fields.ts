/**
 * Header fields: the `Label: value` pairs of a letterhead, a signature or a
 * message header (`Phone: 555 0100`, `cc: Ana Roe`, `Email: ana@example.com`),
 * and the entries of a list of contacts (`Ana Roe ana@example.com`), that
 * often run together on one line with no sentence punctuation between them.
 * A field is a unit of its own, as a sentence is; these tests say where one
 * ends.
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
/** A capitalised word of a name: "Ana", "O'Neill". */
const nameWord = /^\p{Lu}[\p{L}'’-]*$/u
/** A middle initial: "M.". */
const initial = /^\p{Lu}\.$/u

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
 * Where the contact entry whose e-mail address holds the "@" at `at` starts
 * (`… Ana Roe ana@example.com`, `… Ana M. Roe ana@example.com`), when
 * something comes before its name; -1 otherwise.
 */
export function contactEntryStart(text: string, at: number): number {
  let start = at
  while (start > 0 && at - start < 64 && !isSpaceCode(text.charCodeAt(start - 1))) start--
  let end = at
  while (end < text.length && end - at < 64 && !isSpaceCode(text.charCodeAt(end))) end++
  // Up to three tokens before the address, nearest last, with their starts.
  const starts: number[] = []
  let k = start
  while (starts.length < 3) {
    let e = k
    while (e > 0 && k - e < 64 && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e === 0 || e === k) break
    k = e
    while (k > 0 && e - k < 64 && !isSpaceCode(text.charCodeAt(k - 1))) k--
    starts.unshift(k)
  }
  for (let from = starts.length - 2; from >= 0; from--) {
    const first = starts[from] ?? 0
    const tokens = text.slice(first, end).split(/\s+/)
    if (first > 0 && contactEntryLength(tokens) === tokens.length) return first
  }
  return -1
}

/**
 * How many of the first tokens make a contact entry: a name of two
 * capitalised words, or three with a middle initial, then an e-mail address;
 * 0 when they do not.
 */
function contactEntryLength(tokens: readonly string[]): number {
  const [first = '', second = '', third = '', fourth = ''] = tokens
  if (!nameWord.test(first)) return 0
  if (nameWord.test(second) && emailAddress.test(third)) return 3
  return initial.test(second) && nameWord.test(third) && emailAddress.test(fourth) ? 4 : 0
}

/**
 * Whether a header field ends between `sentence` (the sentence so far,
 * trimmed) and `rest` (the text from the next token on, a line's worth).
 * After a sentence that opens with a label, one to three short tokens the
 * last of which ends in a colon (`Phone:`, `encl:`, `E-mail address:`,
 * `Team 2:`), the field ends:
 *
 * - before a one-word label written like the opening one (both capitalised
 *   or both in lowercase), when the value so far holds no lowercase word
 *   (`Phone: 555 0100 ‖ Fax: 555 0199`, `encl: Joint Resolution 36-01: Penn
 *   State Wiki ‖ cc: Ana Roe`): field values are names, numbers and
 *   addresses, while a lowercase word marks prose ("Update: officials gave
 *   one reason: cost" stays whole, and so does "Warning: Spoilers ahead:
 *   …");
 * - after a single contact value (an e-mail address, a web address or a
 *   telephone number) before a capitalised word or a web address
 *   (`Email: ana@example.com ‖ Site made!`, `Fax: 555-0199 ‖
 *   http://example.org`), but not before a lowercase word (`Email:
 *   ana@example.com or call us`).
 *
 * After a sentence that opens with a contact entry (`Ana Roe
 * ana@example.com`), the entry ends before the next one (`Ana Roe
 * ana@example.com Carrow University ‖ Bo Lind bo@example.org …`).
 */
export function endsField(sentence: string, rest: string): boolean {
  const tokens = sentence.split(/\s+/)
  if (contactEntryLength(tokens) > 0) {
    const following = rest.split(/\s+/, 4)
    return contactEntryLength(following) > 0
  }
  const next = rest.split(/\s/, 1)[0] ?? ''
  const labelEnd = openingLabelEnd(tokens)
  if (labelEnd === -1 || labelEnd === tokens.length) return false
  const value = tokens.slice(labelEnd)
  if (oneWordLabel.test(next)) {
    // Labels in a row ("Team 2: Coach: Ana Roe") name one field.
    if (value.at(-1)?.endsWith(':')) return false
    // The labels of a run are written alike: "Phone: … Fax:", "encl: … cc:",
    // not "Warning: Spoilers ahead:".
    if (startsUpper(tokens[0] ?? '') !== startsUpper(next)) return false
    return !value.some((token) => lowercaseWord.test(token))
  }
  const only = value.length === 1 ? (value[0] ?? '') : ''
  if (!isContactValue(only)) return false
  return startsUpper(next) || isWebAddress(next)
}

function startsUpper(token: string): boolean {
  return /^\p{Lu}/u.test(token)
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
