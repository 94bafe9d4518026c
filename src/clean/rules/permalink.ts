import { headingLevel, textOf } from '../element.js'
import type { Rule } from '../rule.js'

/** What heading permalinks show: a sign, not words. */
const permalinkText = /^(?:[#¶§🔗⚓]|link|permalink|anchor)?$/iu

/**
 * Removes permalink markers from headings ("Design critics get it wrong#",
 * "¶"): links within the page whose text is a sign, not words.
 */
export const permalink: Rule = {
  id: 'permalink',
  description: 'Remove permalink markers (#, ¶, 🔗) beside headings',
  element(node, context) {
    if (node.tagName !== 'a') return undefined
    const href = node.properties.href
    if (typeof href !== 'string' || !href.startsWith('#')) return undefined
    if (!context.ancestors.some((ancestor) => headingLevel(ancestor) > 0)) return undefined
    const text = textOf(node)
    // A sign, or the link's own address written out ("#section2").
    return permalinkText.test(text) || text === href ? 'heading permalink' : undefined
  },
}
