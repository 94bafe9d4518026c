import { andWords, en as bylineWords, byWords } from '../lexicon/byline-words.js'
import { nameParticles } from '../lexicon/name-words.js'
import { monthShortForms, months, weekdays } from '../lexicon/time-words.js'

/**
 * Separators between names in an author line: commas, "and", "&", "und",
 * "et", "y". The white space around them goes when each name is trimmed.
 */
const nameSeparator = new RegExp(
  `,|;|&|${andWords.map((word) => `\\b${word}\\b`).join('|')}|\\|`,
  'i',
)

/** "By", "Von", "Par", …: the word a byline opens with, and the white space after it. */
const byWord = new RegExp(`^(?:${byWords.join('|')})\\s+`, 'iu')
/**
 * The words of a date that end the names in a byline: its labels, "on",
 * weekdays, months and their short forms but "Mar", a word of names too
 * ("del Mar").
 */
const dateWords = [
  ...(bylineWords.dateLabels ?? []),
  'on',
  ...[...weekdays, ...months, ...monthShortForms.filter((short) => short !== 'Mar')].map((word) =>
    word.toLowerCase(),
  ),
]
/** What ends the names in a byline: a separator, a word of a date, a digit. */
const namesEnd = new RegExp(`[|·•—–]|\\b(?:${dateWords.join('|')})\\b|\\d`, 'giu')
/** Line terminators: the names, and the end of the line after them, stay on one line. */
const lineTerminators = ['\n', '\r', '\u2028', '\u2029']

/**
 * The names in a byline ("By Jane Roe and John Doe · May 14, 2024"): what
 * follows "by" up to the first separator, date word or digit (white space
 * before it left out), or else to the end; `null` when the text does not
 * open with "by" or its names do not stand on one line.
 */
export function bylineNames(text: string): string | null {
  const by = byWord.exec(text)
  if (!by) return null
  const start = by[0].length
  const lastLineEnd = Math.max(...lineTerminators.map((char) => text.lastIndexOf(char)))
  // An end mark followed by a line terminator does not end the names: look past the last one.
  namesEnd.lastIndex = Math.max(start + 1, lastLineEnd + 1)
  const mark = namesEnd.exec(text)
  const end = mark ? Math.max(start + 1, text.slice(0, mark.index).trimEnd().length) : text.length
  const names = text.slice(start, end)
  return names === '' || lineTerminators.some((char) => names.includes(char)) ? null : names
}

/** Split an author line ("Jane Roe and John Doe") into names. */
export function splitNames(value: string): string[] {
  return unique(
    value
      .split(nameSeparator)
      .map((name) => name.trim())
      .filter((name) => name.length > 1),
  )
}

/** The values without repeats, in order. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

/** Lowercase words that may stand inside a name ("Ludwig van Beethoven"). */
const particles: ReadonlySet<string> = new Set(nameParticles)

/**
 * Whether a part of a byline is a person's name rather than a role ("Staff
 * writer", "Business reporter"): one to five words, each capitalised but
 * for name particles.
 */
export function looksLikeName(value: string): boolean {
  const parts = value.split(/\s+/)
  if (parts.length === 0 || parts.length > 5) return false
  return parts.every((part) => /^\p{Lu}/u.test(part) || particles.has(part))
}
