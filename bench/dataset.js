// @ts-check
/**
 * Reading benchmark datasets: the folder layout, page decoding and the snippet
 * lists of the ground truth.
 *
 * A dataset folder holds `dataset.json` (what it is and which metrics apply),
 * `ground-truth.json` (one entry per page id) and `html/<id>.html.gz` (the saved
 * page, gzipped, bytes as crawled).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { declaredCharset, decodeBytes, decodePage as sniffPage } from '../dist/parse/decode.js'

export { declaredCharset, decodeBytes }

/** The metrics a dataset can ask for. */
export const METRICS = /** @type {const} */ (['shingle', 'wordf1', 'snippet'])

/** @typedef {typeof METRICS[number]} MetricName */

/**
 * What `dataset.json` says.
 * @typedef {object} DatasetMeta
 * @property {string} name
 * @property {string} [source]
 * @property {string} [commit]
 * @property {string} [licence]
 * @property {string} encoding `utf-8`, `sniff`, or an encoding label.
 * @property {MetricName[]} metrics
 * @property {string} [subset]
 * @property {number} [n]
 */

/**
 * One page's ground truth, with the snippet lists parsed.
 * @typedef {object} Truth
 * @property {string} id
 * @property {string | null} url
 * @property {string | null} title
 * @property {string | null} articleBody
 * @property {string[] | null} with Snippets that must appear (null when not given).
 * @property {string[] | null} without Snippets that must not appear (null when not given).
 */

/**
 * Read one quoted Python string literal starting at `start` (the opening quote).
 * @param {string} source
 * @param {number} start
 * @param {boolean} raw Whether the literal had an `r` prefix (escapes kept as written).
 * @returns {{value: string, end: number}} The string and the index after its closing quote.
 */
function readPythonString(source, start, raw) {
  const quote = source[start]
  let value = ''
  let index = start + 1
  while (index < source.length) {
    const char = source[index]
    if (char === quote) return { value, end: index + 1 }
    if (char !== '\\') {
      value += char
      index++
      continue
    }
    const next = source[index + 1]
    if (next === undefined) break
    if (raw) {
      value += char + next
      index += 2
      continue
    }
    index += 2
    /** @type {Record<string, string>} */
    const simple = {
      '\\': '\\',
      "'": "'",
      '"': '"',
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\n': '',
    }
    const known = simple[next]
    if (known !== undefined) {
      value += known
      continue
    }
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
    if (hexLength > 0) {
      const hex = source.slice(index, index + hexLength)
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
        throw new SyntaxError(`Bad \\${next} escape at ${index - 2}`)
      }
      value += String.fromCodePoint(Number.parseInt(hex, 16))
      index += hexLength
      continue
    }
    const octal = /^[0-7]{1,3}/.exec(source.slice(index - 1, index + 2))
    if (octal) {
      value += String.fromCodePoint(Number.parseInt(octal[0], 8))
      index += octal[0].length - 1
      continue
    }
    // Python keeps an unknown escape (and `\N{…}`, which needs a name table) as written.
    value += char + next
  }
  throw new SyntaxError(`Unterminated string starting at ${start}`)
}

/**
 * Parse a Python list literal of strings, as `repr()` of a list prints it:
 * `['a', "b's", 'c\\n']`. Strings may be single- or double-quoted, carry a
 * `u`/`r`/`b` prefix, use backslash escapes, and sit side by side to be joined.
 * @param {string} source
 * @returns {string[]}
 * @throws {SyntaxError} When the text is not such a list.
 */
export function parsePythonStringList(source) {
  let index = 0
  const skipSpace = () => {
    while (index < source.length && /\s/.test(source[index] ?? '')) index++
  }
  skipSpace()
  if (source[index] !== '[') throw new SyntaxError('Expected [ at the start of the list')
  index++
  /** @type {string[]} */
  const items = []
  for (;;) {
    skipSpace()
    if (source[index] === ']') break
    let item = ''
    let parts = 0
    for (;;) {
      const prefix = /^[uUrRbB]{0,2}(?=['"])/.exec(source.slice(index, index + 3))
      if (!prefix) break
      index += prefix[0].length
      const { value, end } = readPythonString(source, index, /r/i.test(prefix[0]))
      item += value
      parts++
      index = end
      skipSpace()
    }
    if (parts === 0) throw new SyntaxError(`Expected a string at ${index}`)
    items.push(item)
    if (source[index] === ',') {
      index++
      continue
    }
    if (source[index] === ']') break
    throw new SyntaxError(`Expected , or ] at ${index}`)
  }
  index++
  skipSpace()
  if (index !== source.length) throw new SyntaxError(`Unexpected text after the list at ${index}`)
  return items
}

/**
 * A snippet list from the ground truth, whatever form it was stored in: a JSON
 * array, a string holding a Python list literal or a JSON array, or a single
 * snippet as a plain string. Returns `null` when the field is absent.
 * @param {unknown} value
 * @returns {string[] | null}
 */
export function snippetList(value) {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(String)
  if (typeof value !== 'string') throw new TypeError(`Snippet list of type ${typeof value}`)
  const trimmed = value.trim()
  if (trimmed === '') return []
  if (!trimmed.startsWith('[')) return [value]
  try {
    return parsePythonStringList(trimmed)
  } catch (pythonError) {
    try {
      const parsed = JSON.parse(trimmed)
      if (Array.isArray(parsed)) return parsed.map(String)
    } catch {
      // Not JSON either: report the Python parser's reason below.
    }
    throw pythonError
  }
}

/**
 * Decode a saved page. With `sniff`: by its byte order mark, else UTF-8 when the
 * bytes are valid UTF-8, else the charset the page declares, else windows-1252
 * (the library's own reading of bytes, `decodePage` in `src/parse/decode.ts`).
 * Any other value is used as the encoding label.
 * @param {Uint8Array} bytes
 * @param {string} encoding
 * @returns {{html: string, charset: string}}
 */
export function decodePage(bytes, encoding) {
  if (encoding !== 'sniff') {
    return { html: decodeBytes(bytes, encoding), charset: encoding }
  }
  const { text, charset } = sniffPage(bytes)
  return { html: text, charset }
}

/**
 * A string field of the ground truth, or `null` when absent.
 * @param {unknown} value
 * @returns {string | null}
 */
function stringField(value) {
  return typeof value === 'string' ? value : null
}

/**
 * Load a dataset folder's description and ground truth (pages are read one at a
 * time with `readPage`).
 * @param {string} dir
 * @returns {{dir: string, meta: DatasetMeta, truths: Truth[]}}
 */
export function loadDataset(dir) {
  const meta = /** @type {DatasetMeta} */ (
    JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'))
  )
  for (const metric of meta.metrics) {
    if (!METRICS.includes(metric)) throw new Error(`${dir}: unknown metric ${metric}`)
  }
  const raw = /** @type {Record<string, Record<string, unknown>>} */ (
    JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'))
  )
  const truths = Object.entries(raw).map(([id, entry]) => {
    try {
      return {
        id,
        url: stringField(entry.url),
        title: stringField(entry.title),
        articleBody: stringField(entry.articleBody),
        with: snippetList(entry.with),
        without: snippetList(entry.without),
      }
    } catch (error) {
      throw new Error(`${dir}: ground truth of ${id}: ${String(error)}`)
    }
  })
  return { dir, meta, truths }
}

/**
 * Read and decode one saved page.
 * @param {string} dir
 * @param {string} id
 * @param {string} encoding
 * @returns {{html: string, charset: string}}
 */
export function readPage(dir, id, encoding) {
  return decodePage(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))), encoding)
}
