import { childElements, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** What notices about the reader's browser say (English, German, French, Spanish, Italian, Dutch). */
const noticeText = new RegExp(`\\b(?:${phrases('browserNotices')})`, 'i')

/** Blocks a notice stands in on a page. */
const noticeTags: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'p', 'center'])

/** Longest notice: a greeting, the warning and what to do about it. */
const maxNoticeText = 800
/** Least text of a paragraph of running text beside a block (a sentence or so). */
const minProseParagraph = 80

/**
 * Removes notices about the reader's browser: "You are using an outdated
 * browser", "Please enable JavaScript to view this page". Sites show them
 * to readers whose browser they do not support, and scrapers, which are
 * such readers, keep them; a comma-rich notice can even outscore a story
 * written in plain sentences and be taken for the article. A notice stands
 * apart from the story: a block with the same words among paragraphs of
 * running text (a how-to about browser settings) is left alone, and so is
 * scraped text, which has no blocks to stand apart in.
 */
export const browserNotice: Rule = {
  id: 'browser-notice',
  description:
    'Remove notices about the reader’s browser (outdated browser, JavaScript turned off)',
  element(node, context) {
    // Scraped text has no blocks for a notice to stand apart in, and a line
    // with these words may be a step of a how-to: only pages are judged.
    if (context.format !== 'html' || !noticeTags.has(node.tagName)) return undefined
    if (textSize(node) > maxNoticeText) return undefined
    const text = textOf(node)
    if (text.length > maxNoticeText || !noticeText.test(text)) return undefined
    const parent = context.ancestors.at(-1)
    const inRunningText =
      parent !== undefined &&
      childElements(parent).some(
        (sibling) =>
          sibling !== node &&
          sibling.tagName === 'p' &&
          textSize(sibling) >= minProseParagraph &&
          !noticeText.test(textOf(sibling)),
      )
    return inRunningText ? undefined : 'notice about the reader’s browser'
  },
}
