// @ts-check
import { readFileSync } from 'node:fs'

/** Small number, text and file helpers shared by the benchmark scripts. */

/**
 * The median of some numbers (the mean of the middle two for an even count);
 * `NaN` for none.
 * @param {number[]} values
 */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

/**
 * A number with fixed digits, or `-` when it is not finite.
 * @param {number} value
 * @param {number} [digits]
 */
export function fixed(value, digits = 3) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-'
}

/**
 * One line of text, cut to a width.
 * @param {string} message
 * @param {number} width
 */
export function clip(message, width) {
  const line = message.replace(/\s+/g, ' ').trim()
  return line.length > width ? `${line.slice(0, width - 1)}…` : line
}

/**
 * The parsed content of a JSON file; on a file that cannot be read or
 * parsed, `fail` is called with the reason.
 * @param {string} file
 * @param {(problem: string) => never} fail
 * @returns {unknown}
 */
export function readJsonFile(file, fail) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
