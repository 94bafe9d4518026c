import type { Element } from 'hast'
import {
  endsLikeSentence,
  looksLikeProse,
  titleCaseRatio,
  wordCount,
  words,
} from '../../shared/text-shape.js'
import { headingLevel, textOf, textSize } from '../element.js'
import type { Rule, RuleContext } from '../rule.js'
import { isRelatedToStory } from '../story-phrases.js'

/** Blocks a gallery line can be. */
const lineTags: ReadonlySet<string> = new Set(['p', 'div'])
/** Fewest lines in a gallery: one short last line can be the story's. */
const minLines = 2
/** Fewest and most words of a headline. */
const minWords = 3
const maxWords = 25
/** Most non-space characters of a headline: a cheap gate before reading the text. */
const maxHeadlineSize = 400
/** Fewest lines of a gallery with no Title Case or site names. */
const minUnmarkedLines = 3
/** Most blocks after the run, and most words in each, for the run to still end the page. */
const maxTailBlocks = 2
const maxTailWords = 20
/**
 * "Headline | Site" or "Headline - Site Name": the way teaser headlines are
 * often scraped; a site's name starts with a letter or digit, and after a
 * dash it is one to four capitalised words that end the line.
 */
const siteSuffix =
  /\s\|\s[\p{L}\p{N}]|\s[-–—]\s[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,3}$/u

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
  siblings(nodes, context) {
    // Scraped text is one flat run of lines, where the teasers may be
    // followed by a line or two of other junk, and reading it makes a line
    // before prose a heading: the run's last line may be one. On a page,
    // containers set the teasers apart and headings are the page's own.
    const scrapedText = context.format === 'text'
    const end = scrapedText ? textRunEnd(nodes) : nodes.length
    let start = end
    while (
      start > 0 &&
      isHeadlineShaped(nodes[start - 1] as Element, scrapedText && start === end)
    ) {
      start--
    }
    const run = nodes.slice(start, end)
    if (run.length < minLines) return []
    // Trailing means after a story: prose must come before the run.
    if (!nodes.slice(0, start).some((node) => looksLikeProse(textOf(node)))) return []
    // Sentence-case headlines pass when most of the run looks like teasers,
    // or when three or more of them are about other stories (a story's own
    // closing lines, such as a recipe's last steps, share its words).
    const marked = run.filter((node) => hasHeadlineMark(textOf(node))).length
    if (marked < run.length / 2 && !isAboutOtherStories(run, context)) return []
    return [{ nodes: run, reason: 'trailing run of headline-like lines' }]
  },
}

/**
 * Where a trailing run of scraped text would end: the end of the text, or
 * before a line or two of other short text (a plea to subscribe, a
 * copyright) that follow the teasers on many pages. That text is left to
 * the other rules; the run's last line may read as a heading.
 */
function textRunEnd(nodes: readonly Element[]): number {
  let end = nodes.length
  while (end > 0 && nodes.length - end < maxTailBlocks) {
    const last = nodes[end - 1] as Element
    if (isHeadlineShaped(last, true) || wordCount(textOf(last)) >= maxTailWords) break
    end--
  }
  const beforeTail = nodes[end - 1]
  return beforeTail && isHeadlineShaped(beforeTail, true) ? end : nodes.length
}

/** Whether a block is one short line without sentence-ending punctuation. */
function isHeadlineShaped(node: Element, headingAllowed = false): boolean {
  const tagAllowed = lineTags.has(node.tagName) || (headingAllowed && headingLevel(node) >= 2)
  if (!tagAllowed || textSize(node) > maxHeadlineSize) return false
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

/** Whether a run of three or more lines shares none of its words with the story. */
function isAboutOtherStories(run: readonly Element[], context: RuleContext): boolean {
  if (run.length < minUnmarkedLines) return false
  const story = context.storyWords()
  return story.size > 0 && run.every((node) => !isRelatedToStory(textOf(node), story))
}

/** Whether a line carries a mark of a teaser headline: Title Case, or a "| Site" suffix. */
function hasHeadlineMark(text: string): boolean {
  return siteSuffix.test(text) || titleCaseRatio(text) >= 0.5
}
