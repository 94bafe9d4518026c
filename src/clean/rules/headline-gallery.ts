import type { Element } from 'hast'
import { endsLikeSentence, looksLikeProse, titleCaseRatio, words } from '../../shared/text-shape.js'
import { textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Blocks a gallery line can be. */
const lineTags: ReadonlySet<string> = new Set(['p', 'div'])
/** Fewest lines in a gallery: one short last line can be the story's. */
const minLines = 2
/** Fewest and most words of a headline. */
const minWords = 3
const maxWords = 25
/** Most non-space characters of a headline: a cheap gate before reading the text. */
const maxHeadlineSize = 400
/** "Headline | Site": the way teaser headlines are often scraped; a site's name starts with a letter or digit. */
const siteSuffix = /\s\|\s[\p{L}\p{N}]/u

/**
 * Removes a trailing gallery of headline-like lines: teasers of other
 * stories scraped after the article ("Iran Wants To Negotiate … | The Daily
 * Caller"). Only the run at the very end of a container counts: two lines
 * or more, each one headline-shaped (3–25 words, no sentence-ending
 * punctuation), at least half of them Title Case or with a "| Site" suffix.
 */
export const headlineGallery: Rule = {
  id: 'headline-gallery',
  description: 'Remove a trailing run of headline-like lines (teasers of other stories)',
  siblings(nodes) {
    let start = nodes.length
    while (start > 0 && isHeadlineShaped(nodes[start - 1] as Element)) start--
    const run = nodes.slice(start)
    if (run.length < minLines) return []
    // Trailing means after a story: prose must come before the run.
    if (!nodes.slice(0, start).some((node) => looksLikeProse(textOf(node)))) return []
    // Sentence-case headlines pass when most of the run looks like teasers.
    const marked = run.filter((node) => hasHeadlineMark(textOf(node))).length
    if (marked < run.length / 2) return []
    return [{ nodes: run, reason: 'trailing run of headline-like lines' }]
  },
}

/** Whether a block is one short line without sentence-ending punctuation. */
function isHeadlineShaped(node: Element): boolean {
  if (!lineTags.has(node.tagName) || textSize(node) > maxHeadlineSize) return false
  const text = textOf(node)
  const tokens = words(text)
  const count = tokens.length
  if (count > maxWords) return false
  // Words, not figures: "1. | x = 1" is a scrap of data, not a headline.
  if (tokens.filter((token) => /\p{L}/u.test(token)).length < minWords) return false
  // Three or more figures make a line of data (a schedule row), not a headline.
  if (tokens.filter((token) => /\d/.test(token)).length >= 3) return false
  return !endsLikeSentence(text) || text.endsWith('?')
}

/** Whether a line carries a mark of a teaser headline: Title Case, or a "| Site" suffix. */
function hasHeadlineMark(text: string): boolean {
  return siteSuffix.test(text) || titleCaseRatio(text) >= 0.5
}
