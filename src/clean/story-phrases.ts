import type { Element } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { endsWithPunctuation, hasNoCapitals, titleCaseRatio, words } from '../shared/text-shape.js'
import { isElement, textOf, textSize } from './element.js'

/** Blocks a bare phrase line can be (a line of scraped text may be read as a heading). */
const lineTags: ReadonlySet<string> = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Most words in a phrase line ("Cheap Flights To Lisbon"). */
const maxPhraseWords = 8
/** Most non-space characters of such a phrase (eight long words). */
const maxPhraseSize = 160
/** A phrase is the story's when at least this share of its longer words occur in the story. */
const relatedWordShare = 0.5

/**
 * Whether a block is one short Title Case phrase, the shape of an item of a
 * "related searches" list written as bare lines: no sentence, not a row of
 * figures. A phrase wholly in lower case counts too: search terms are typed
 * so ("cheap flights to lisbon"), and the story's own short lines start
 * with a capital. With `anyCase`, any phrase counts (for lines that other
 * evidence marks, such as being one link each).
 */
export function isPhraseLine(node: Element, anyCase = false): boolean {
  if (!lineTags.has(node.tagName)) return false
  if (node.children.some((child) => isElement(child) && !phrasing(child))) return false
  // A phrase of eight words is far shorter than this: most blocks stop here, uncounted.
  if (textSize(node) > maxPhraseSize) return false
  const text = textOf(node)
  const tokens = words(text)
  if (tokens.length < 2 || tokens.length > maxPhraseWords || endsWithPunctuation(text)) return false
  // Figures first, or two of them, make a line of data ("Calories 310 Fat 12").
  if (/^\d/.test(text) || tokens.filter((token) => /\d/.test(token)).length >= 2) return false
  return anyCase || isSearchPhraseCase(text)
}

/**
 * Whether a short phrase is cased like an item of a list of search terms or
 * headlines: Title Case, or no capital at all.
 */
export function isSearchPhraseCase(text: string): boolean {
  return titleCaseRatio(text) >= 0.6 || hasNoCapitals(text)
}

/**
 * Whether most of a phrase's longer words occur in the story (`storyWords`
 * of the rule context): the story's own subheadings and list items share
 * its vocabulary, lists planted around it do not.
 */
export function isRelatedToStory(text: string, story: ReadonlySet<string>): boolean {
  const longer = words(text)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4)
  if (longer.length === 0) return true
  const shared = longer.filter((word) => story.has(word)).length
  return shared / longer.length >= relatedWordShare
}
