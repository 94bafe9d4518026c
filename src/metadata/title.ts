import { wordCount } from '../shared/text-shape.js'

/**
 * Separators sites put between a headline and their name, with the white
 * space around them. A separator is looked for only where a run of white
 * space starts (`(?<!\s)`): from inside a run, reading the rest of it again
 * finds nothing new.
 */
const separator = /(?<!\s)\s+(?:[|·•»«]|[-–—]|::)\s+/

/**
 * Strip the site name from a `<title>`-style string: "Headline | Site" and
 * "Site - Headline" become "Headline". A part is taken for the site name when
 * it equals `siteName`, or when it is short (four words at most) beside a
 * longer headline.
 */
export function cleanTitle(value: string, siteName: string | null): string {
  const parts = titleParts(value)
  if (parts.length < 2) return value.trim()
  const site = siteName?.toLowerCase().trim()
  const named = parts.filter((part) => part.toLowerCase() !== site)
  if (site && named.length < parts.length && named.length > 0) return named.join(' - ')
  const last = parts[parts.length - 1] as string
  const firstPart = parts[0] as string
  const rest = (from: number, to: number) => parts.slice(from, to).join(' - ')
  if (wordCount(last) <= 4 && wordCount(rest(0, -1)) > wordCount(last)) {
    return rest(0, -1)
  }
  if (wordCount(firstPart) <= 4 && wordCount(rest(1, parts.length)) > wordCount(firstPart)) {
    return rest(1, parts.length)
  }
  return value.trim()
}

/** The parts of a title between site separators ("Headline | Section | Site"). */
export function titleParts(value: string): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
}
