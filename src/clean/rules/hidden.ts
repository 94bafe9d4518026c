import type { Element } from 'hast'
import { SKIP, visit } from 'unist-util-visit'
import { wordCount } from '../../shared/text-shape.js'
import { linkDensity, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i

/** Least text (non-space characters) of a hidden block kept as folded story. */
const minFoldedText = 200
/** Most link text (share of the text) of folded story. */
const maxFoldedLinkDensity = 0.25
/** Fewest prose paragraphs of folded story, and the fewest words of each. */
const minFoldedParagraphs = 2
const minParagraphWords = 15

/**
 * Removes elements the page hides from readers, and tooltips, except folded story: pages
 * hide the collapsed panels of accordions and tabs and the rest of a "read
 * more" with the same markup as menus and dialogs, and a reader opens them
 * with a click. A hidden block of prose paragraphs with few links is such a
 * panel and stays.
 */
export const hidden: Rule = {
  id: 'hidden',
  description:
    'Remove elements hidden from readers (`hidden`, `aria-hidden`, `display: none`, tooltips), except folded prose',
  // Hidden panels of prose are judged by `isFoldedStory`.
  mayRemoveProse: true,
  element(node) {
    const reason = hiddenReason(node)
    return reason && !isFoldedStory(node) ? reason : undefined
  },
}

/** How an element is hidden, if it is. */
function hiddenReason(node: Element): string | undefined {
  const { properties } = node
  if (properties.hidden !== undefined && properties.hidden !== false) {
    return 'hidden by the `hidden` attribute'
  }
  if (properties.ariaHidden === 'true') return 'hidden by `aria-hidden="true"`'
  // A tooltip shows only while the pointer rests on what it explains.
  if (properties.role === 'tooltip') return 'a tooltip (`role="tooltip"`)'
  if (typeof properties.style === 'string' && hiddenStyle.test(properties.style)) {
    return 'hidden by an inline style'
  }
  return undefined
}

/** Whether a hidden element holds paragraphs of prose with few links: a folded panel of the story. */
function isFoldedStory(node: Element): boolean {
  if (textSize(node) < minFoldedText || linkDensity(node) >= maxFoldedLinkDensity) return false
  let paragraphs = 0
  visit(node, 'element', (child) => {
    if (child.tagName !== 'p' && child.tagName !== 'li') return undefined
    if (wordCount(textOf(child)) >= minParagraphWords) paragraphs++
    return SKIP
  })
  return paragraphs >= minFoldedParagraphs
}
