/**
 * Reading a saved page's bytes as text, the way a browser would when the
 * server's `Content-Type` header is lost: a byte order mark wins; else bytes
 * that are valid UTF-8 are read as UTF-8; else the charset the page declares
 * in a `<meta>` tag; else windows-1252.
 *
 * Valid UTF-8 goes before the declared charset because saved pages often keep
 * a stale `<meta charset>` while the server sent UTF-8; text in a legacy
 * encoding is almost never valid UTF-8 by chance.
 *
 * Browser-safe: only `TextDecoder`, no Node API.
 */
import { UnscrapeError } from '../error.js'
import type { Warning } from '../types.js'

/** How the encoding of a page was chosen. */
export type CharsetSource = 'bom' | 'utf-8' | 'declared' | 'default'

/** A page's bytes read as text. */
export interface DecodedPage {
  /** The text, byte order mark removed. */
  text: string
  /** The encoding used: its WHATWG name (`utf-8`, `windows-1252`, `shift_jis`, …). */
  charset: string
  /** How the encoding was chosen. */
  source: CharsetSource
  /** The charset the page declares in a `<meta>` tag, lower-cased as written, or `null`. */
  declared: string | null
  /** What the caller should know: a declaration that was wrong or unknown, bytes not valid. */
  warnings: Warning[]
}

/** How far into the page a `<meta>` declaration is looked for. */
const declarationWindow = 2048

/** Where a `<meta>` tag starts; it ends at the next `>`. */
const metaStart = /<meta\b/gi

/** A charset in a `<meta>` tag: `charset=utf-8`, `content="text/html; charset='latin1'"`. */
const charsetValue = /charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i

/**
 * The charset a page declares in a `<meta charset>` or `<meta http-equiv>` tag
 * within its first 2 KB, lower-cased as written; `null` when there is none.
 *
 * @param bytes The page.
 * @returns The declared label, or `null`.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Tags and labels are ASCII: reading each byte as one character is enough to find them.
  const head = String.fromCharCode(...bytes.subarray(0, declarationWindow))
  metaStart.lastIndex = 0
  for (let start = metaStart.exec(head); start; start = metaStart.exec(head)) {
    // With no `>` left, no later tag ends either: stop rather than look from each `<meta`.
    const end = head.indexOf('>', start.index)
    if (end === -1) break
    const match = charsetValue.exec(head.slice(start.index, end + 1))
    if (match?.[1]) return match[1].toLowerCase()
    metaStart.lastIndex = end + 1
  }
  return null
}

/**
 * What windows-1252 maps bytes 0x80–0x9F to (the five bytes it leaves undefined
 * map to the same code point, as the WHATWG Encoding standard says).
 */
const windows1252C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decode bytes with a `TextDecoder` for `label`.
 *
 * Some Node versions decode windows-1252 (and its aliases such as iso-8859-1)
 * as plain latin1, turning curly quotes, dashes and the euro sign into C1
 * control characters; those are mapped to what windows-1252 means by them.
 *
 * @param bytes The bytes.
 * @param label An encoding label (`utf-8`, `latin1`, `sjis`, …).
 * @param fatal Throw a `TypeError` on bytes not valid in the encoding instead
 *   of replacing them with U+FFFD (default: `false`).
 * @returns The text.
 * @throws {RangeError} When the label names no encoding this runtime knows.
 */
export function decodeBytes(bytes: Uint8Array, label: string, fatal = false): string {
  const decoder = new TextDecoder(label, { fatal })
  const text = decoder.decode(bytes)
  if (decoder.encoding !== 'windows-1252') return text
  return text.replace(
    /[\u0080-\u009f]/g,
    (char) => windows1252C1[char.charCodeAt(0) - 0x80] ?? char,
  )
}

/** The encoding a byte order mark at the start of `bytes` names, or `null`. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return null
}

/** The WHATWG name of the encoding `label` names, or `null` when this runtime knows none. */
function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

/** Whether any byte is outside ASCII. */
function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte > 0x7f)
}

/**
 * Read a saved page's bytes as text: by its byte order mark, else as UTF-8 when
 * the bytes are valid UTF-8, else by the charset it declares, else as
 * windows-1252. Never throws: bytes not valid in the chosen encoding become
 * U+FFFD, and `warnings` says so.
 *
 * @param bytes The page as saved.
 * @returns The text, the encoding used and why.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const declared = declaredCharset(bytes)
  const warnings: Warning[] = []
  const bom = bomCharset(bytes)
  if (bom) {
    return { text: decodeBytes(bytes, bom), charset: bom, source: 'bom', declared, warnings }
  }
  const declaredName = declared ? encodingName(declared) : null
  try {
    const text = decodeBytes(bytes, 'utf-8', true)
    if (declared && declaredName !== 'utf-8' && hasNonAscii(bytes)) {
      warnings.push(
        warning(`The page declares \`${declared}\` but its bytes are valid UTF-8: read as UTF-8`),
      )
    }
    return { text, charset: 'utf-8', source: 'utf-8', declared, warnings }
  } catch {
    // Not UTF-8: the declaration decides.
  }
  // A page cannot declare UTF-16 in its own bytes (WHATWG: such a declaration means UTF-8).
  const usable = declaredName?.startsWith('utf-16') ? 'utf-8' : declaredName
  if (declared && usable && usable !== 'replacement') {
    try {
      const text = decodeBytes(bytes, usable, true)
      return { text, charset: usable, source: 'declared', declared, warnings }
    } catch {
      warnings.push(
        warning(
          `Some bytes are not valid \`${usable}\`, the charset the page declares: they were replaced with U+FFFD`,
        ),
      )
      return {
        text: decodeBytes(bytes, usable),
        charset: usable,
        source: 'declared',
        declared,
        warnings,
      }
    }
  }
  warnings.push(
    warning(
      declared
        ? `The page declares \`${declared}\`, which is not a known charset: read as windows-1252`
        : 'The page declares no charset and is not UTF-8: read as windows-1252',
    ),
  )
  return {
    text: decodeBytes(bytes, 'windows-1252'),
    charset: 'windows-1252',
    source: 'default',
    declared,
    warnings,
  }
}

/** A warning of the charset reader. */
function warning(message: string): Warning {
  return { rule: 'charset', message }
}

/** What `clean()` works on: the input as text, and what reading it had to say. */
export interface InputText {
  /** The input as text. */
  text: string
  /** Warnings from decoding bytes (empty for a string input). */
  warnings: Warning[]
}

/**
 * Check `clean()`'s input and read it as text: a string as it is, bytes with
 * `decodePage`.
 *
 * @param input What the caller passed.
 * @param maxBytes The largest input accepted, in bytes (a string counts as its UTF-8 bytes).
 * @returns The text and the decoder's warnings.
 * @throws {UnscrapeError} `invalid-input` when `input` is neither a string nor a
 *   `Uint8Array`, or is bytes of binary data; `input-too-large` when it is over `maxBytes`.
 */
export function decodeInput(input: unknown, maxBytes: number): InputText {
  if (typeof input === 'string') {
    const size = utf8Length(input, maxBytes)
    if (size > maxBytes) throw inputTooLarge(`more than ${maxBytes}`, maxBytes)
    return { text: input, warnings: [] }
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw inputTooLarge(String(input.byteLength), maxBytes)
    const { text, warnings } = decodePage(input)
    if (isBinary(text)) {
      throw new UnscrapeError('invalid-input', 'The input is binary data, not a page of text')
    }
    return { text, warnings }
  }
  throw new UnscrapeError(
    'invalid-input',
    `Expected \`input\` to be a string or a \`Uint8Array\`, not ${input === null ? 'null' : typeof input}`,
  )
}

/** Tab, line feed, form feed and carriage return: the controls a page of text has. */
const whiteSpaceControls: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d])

/** How much of a text is looked at to tell binary data. */
const binaryWindow = 65_536

/**
 * Whether decoded bytes are binary data rather than a page: a NUL, or more
 * than 1% C0 control characters other than white space (a page has next to
 * none; random bytes read as windows-1252 have about 11%).
 */
function isBinary(text: string): boolean {
  const length = Math.min(text.length, binaryWindow)
  let controls = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if ((code < 0x20 && !whiteSpaceControls.has(code)) || code === 0x7f) controls++
  }
  return controls > length / 100
}

/**
 * The error for an input over `maxBytes`.
 *
 * @param size The input's size in bytes, or how much is known of it.
 * @param maxBytes The limit.
 */
export function inputTooLarge(size: string, maxBytes: number): UnscrapeError {
  return new UnscrapeError(
    'input-too-large',
    `The input has ${size} bytes, over the limit of ${maxBytes} (\`maxBytes\`)`,
  )
}

/**
 * The UTF-8 length of `value`, counted only as far as needed to tell whether
 * it is over `limit` (a result over `limit` may be short of the real length).
 */
function utf8Length(value: string, limit: number): number {
  // Each UTF-16 unit is 1 to 3 bytes in UTF-8 (a surrogate pair is 4 bytes for 2 units).
  if (value.length > limit) return value.length
  if (value.length * 3 <= limit) return value.length
  let bytes = 0
  for (let index = 0; index < value.length && bytes <= limit; index++) {
    const unit = value.charCodeAt(index)
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3
  }
  return bytes
}
