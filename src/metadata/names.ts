/** Separators between names in an author line: commas, "and", "&", "und", "et", "y". */
const nameSeparator = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*/i

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
const particles: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'ter',
])

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
