import type { Element } from 'hast'
import { endsWithPunctuation, titleCaseRatio, wordCount, words } from '../../text-shape.js'
import { childElements, headingLevel, isElement, linkDensity, textOf } from '../element.js'
import type { Finding, Rule, RuleContext } from '../rule.js'

const listTags: ReadonlySet<string> = new Set(['ul', 'ol'])

/** Fewest items a link list has: two links can be part of a story. */
const minItems = 3
/** Most words in an item of a link list. */
const maxItemWords = 12
/** Most words in the label before a link list ("Related searches"). */
const maxLabelWords = 8
/** Share of items unrelated to the story that marks a list as a link farm. */
const unrelatedShare = 1 / 3
/** An item is unrelated when fewer than this share of its words occur in the story. */
const relatedWordShare = 0.5

/**
 * Removes blocks of short link-like items that are not part of the story:
 * "related" and "more stories" link lists, and SEO "related searches" lists
 * of Title Case phrases that share little vocabulary with the story. A
 * short label right before such a list ("Related", "More from …") goes with it.
 *
 * A list introduced by a sentence ending with a colon is the story's own and
 * stays, as does any list with long or punctuated items.
 */
export const linkList: Rule = {
  id: 'link-list',
  description: 'Remove lists of short link-like items unrelated to the story',
  siblings(nodes, context) {
    const findings: Finding[] = []
    nodes.forEach((node, index) => {
      if (!listTags.has(node.tagName)) return
      const previous = nodes[index - 1]
      const reason = linkListReason(node, previous, context)
      if (!reason) return
      const withLabel = previous && isLabel(previous, nodes[index - 2])
      findings.push({ nodes: withLabel ? [previous, node] : [node], reason })
    })
    return findings
  },
}

/** Why a list is a link list, or `undefined` when it is the story's own. */
function linkListReason(
  list: Element,
  previous: Element | undefined,
  context: RuleContext,
): string | undefined {
  const items = childElements(list).filter((item) => item.tagName === 'li')
  if (items.length < minItems) return undefined
  const texts = items.map(textOf)
  if (!items.every((item, index) => isLinkLikeItem(item, texts[index] ?? ''))) return undefined
  if (previous && introducesList(previous)) return undefined

  if (items.every((item) => linkDensity(item) >= 0.9) && !linksWithinPage(items)) {
    return 'list of short links'
  }
  if (previous && headingLevel(previous) > 0) return undefined
  const titled = texts.filter((text) => titleCaseRatio(text) >= 0.6).length
  if (titled < texts.length * 0.8) return undefined
  // Quantities and figures ("350 g Zucker") make a data list, such as a
  // recipe's ingredients, whatever their case (German capitalises nouns).
  if (texts.some((text) => /^\d/.test(text))) return undefined
  const story = context.storyWords()
  if (story.size === 0) return undefined
  const unrelated = texts.filter((text) => !isRelated(text, story)).length
  return unrelated / texts.length >= unrelatedShare
    ? 'list of short Title Case phrases unrelated to the story'
    : undefined
}

/** Whether a list item is short and shaped like a link or headline, not a sentence. */
function isLinkLikeItem(item: Element, text: string): boolean {
  if (item.children.some((child) => isElement(child, listTags))) return false
  const count = wordCount(text)
  return count > 0 && count <= maxItemWords && (!endsWithPunctuation(text) || text.endsWith('?'))
}

/** Whether a block introduces the list after it ("You will need:"). */
function introducesList(node: Element): boolean {
  return node.tagName === 'p' && textOf(node).endsWith(':')
}

/** Whether every item links within the page (a table of contents, not a link list). */
function linksWithinPage(items: Element[]): boolean {
  return items.every((item) =>
    item.children.some(
      (child) =>
        isElement(child) &&
        child.tagName === 'a' &&
        String(child.properties.href ?? '').startsWith('#'),
    ),
  )
}

/** Whether most of an item's longer words occur in the story. */
function isRelated(text: string, story: ReadonlySet<string>): boolean {
  const longer = words(text)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4)
  if (longer.length === 0) return true
  const shared = longer.filter((word) => story.has(word)).length
  return shared / longer.length >= relatedWordShare
}

/** Whether a block is a short label for the list after it (not a heading of a real section). */
function isLabel(node: Element, beforeLabel: Element | undefined): boolean {
  if (node.tagName !== 'p' && headingLevel(node) === 0) return false
  const text = textOf(node)
  const count = wordCount(text)
  if (count === 0 || count > maxLabelWords || endsWithPunctuation(text)) return false
  // A label right after another heading would leave that heading empty; keep to simple cases.
  return !(beforeLabel && headingLevel(beforeLabel) > 0)
}
