import type { CaptionParts } from '../data.js'
import { nonSpaceLengthExceeds } from '../shared/text-shape.js'

/** News agencies and picture desks that credits name. */
const newsAgencies =
  'AP|AFP|Reuters|EPA|dpa|Bloomberg|Xinhua|ANP|PA|Imago|NurPhoto|Anadolu|Keystone|SOPA Images|ZUMA|Sipa'
/** Stock-photo libraries that credits name. */
const stockAgencies = 'Getty Images|Getty|Shutterstock|Alamy|iStock|Unsplash|Wikimedia Commons'

/**
 * A credit at the end of a caption: "Photo: Jane Roe/Agency", "Image
 * credit: AP", "(AP Photo/John Doe)", "(Photo by Jane Roe)", "Foto: dpa",
 * "Jane Roe / Getty Images", "© Jane Roe"; up to the end
 * of a text that ends in two white space characters at most. Sticky:
 * searched for anywhere, each try would read up to 120 characters ahead, so
 * `splitCredit` tries it only where a credit can start. White space before
 * a credit is taken whole (`(?!\s)`), so a name of spaces only ("Caption
 * /AFP") needs its own branch.
 */
const creditAt = new RegExp(
  String.raw`(?:^|\s+(?!\s)|(?<=[.!?]))(\(?(?:file )?(?:photo|photograph|image|picture|illustration|graphic|video|credit|foto|bild|crédit|crédito)s?(?: credits?)?\s*[:/©](?:\s*[^()\s][^()]{0,119}(?:\([^()]{1,40}\))?|\s+)\)?|\((?:photo|photograph|image|picture|illustration|video)s? by [^()]{1,120}\)|\((?:${newsAgencies}|Getty Images?)\b[^()]{0,80}\)|©(?:\s*[^©\s][^©]{0,119}|\s+)|(?:[\p{L}\p{M} '’-]{1,40}|(?<=(?:^|[\s.!?]) ))\/ ?(?:${newsAgencies}|${stockAgencies})(?: via [\p{L} .'’-]{1,60})?)\.?\s{0,2}$`,
  'iuy',
)

/** A word of a credited name: capitalised, or a small word between such ("of the", "for", "via"). */
const nameWord = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|the|for|and|via|de|da|del|van|von|der|le|la|family)`

/**
 * A credit that is a whole line in words rather than after a label and a
 * colon: "Illustration by Sam Hall", "Photo courtesy of the Lenz family",
 * "Courtesy of NASA", "AP Photo/Evan Vucci", "Reuters/Lisa Ng", "Image via
 * Wikimedia Commons", "Source: Getty Images", or an agency's name alone. Read
 * case by case, so that the name must be one ("Photos by the dozen were
 * taken" is a sentence): it is never searched for inside a caption.
 */
const wordedCredit = new RegExp(
  String.raw`^\s*(?:(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ii]llustration|[Gg]raphic|[Vv]ideo|[Aa]rtwork)s? (?:by|via|courtesy(?: of)?)|[Cc]ourtesy(?: of)?|(?:${newsAgencies}) [Pp]hoto ?\/|(?:${newsAgencies}|${stockAgencies}) ?\/|[Ss]ource: (?=(?:${newsAgencies}|${stockAgencies})\b)|(?=(?:${newsAgencies}|${stockAgencies})\.?\s{0,2}$)) ?${nameWord}(?:[ /]{1,3}${nameWord}){0,7}\.?\s{0,2}$`,
  'u',
)

/** Longest credit in words. */
const longestWordedCredit = 100

/**
 * Most characters other than white space a credit holds: a label, its
 * separator, 120 characters and a closing bracket and full stop.
 */
const longestCredit = 140

/**
 * Whether a line of text is a credit and nothing else: "Photo: Jane
 * Roe/Agency", "Image credit: AP", "Jan Novak / AFP via Getty Images",
 * "(Photo by Jane Roe)".
 */
export function isCreditLine(text: string): boolean {
  if (isWordedCredit(text)) return true
  // What `splitCredit` finds with nothing but white space before it: tried
  // only where such a credit can start (most lines fail on their first
  // characters), not at every position.
  const body = text.slice(0, text.trimEnd().length + 2)
  if (nonSpaceLengthExceeds(body, longestCredit)) return false
  const firstText = body.length - body.trimStart().length
  for (let start = 0; start <= firstText && start < body.length; start++) {
    if (start > 0 && isSpace(body[start - 1]) && isSpace(body[start])) continue
    creditAt.lastIndex = start
    if (creditAt.exec(body)?.[1] !== undefined) return true
  }
  return false
}

/** Split a caption into its description and its trailing credit. */
export function splitCredit(text: string): CaptionParts {
  if (isWordedCredit(text)) return { caption: null, credit: text.trim() }
  // Two trailing white space characters do all that a longer run can (end " via " and a name).
  const body = text.slice(0, text.trimEnd().length + 2)
  for (let start = creditSearchStart(body); start < body.length; start++) {
    // Inside a run of white space a credit can only start where the run does.
    if (start > 0 && isSpace(body[start - 1]) && isSpace(body[start])) continue
    creditAt.lastIndex = start
    const match = creditAt.exec(body)
    if (match?.[1] === undefined) continue
    const caption = body.slice(0, match.index).trim()
    return { caption: caption || null, credit: match[1].trim() }
  }
  return { caption: text || null, credit: null }
}

/** Where a credit can start at the earliest: `longestCredit` non-space characters before the end. */
function creditSearchStart(body: string): number {
  let seen = 0
  for (let index = body.length - 1; index >= 0; index--) {
    if (!isSpace(body[index]) && ++seen > longestCredit) return index + 1
  }
  return 0
}

/** Whether a text is a credit in words, whole (see `wordedCredit`). */
function isWordedCredit(text: string): boolean {
  return !nonSpaceLengthExceeds(text, longestWordedCredit) && wordedCredit.test(text)
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char)
}
