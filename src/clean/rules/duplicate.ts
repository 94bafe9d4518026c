import type { Element, Root } from 'hast'
import { headingLevel, isParagraphBlock, isProtected, textOf } from '../element.js'
import type { Prune, Rule } from '../rule.js'

/** Blocks compared: paragraphs, list items, headings. */
const blockTags: ReadonlySet<string> = new Set(['p', 'li', 'dd', 'dt'])

/** Fewest characters of a block whose second copy goes: shorter lines repeat by nature. */
const minCopyLength = 40

/**
 * Removes the second and later copies of a paragraph that occurs more than
 * once in what is left of the page: pages print their teaser again as the
 * first paragraph, or the whole body twice (once for readers, once in a
 * hidden or microdata block). The first copy stays. Lines shorter than 40
 * characters ("Pros", "Read more", a list of short items) may repeat and
 * stay, as do tables, code and quotations.
 */
export const duplicate: Rule = {
  id: 'duplicate',
  description:
    'Remove the second copy of a paragraph that occurs twice (a teaser or body printed again)',
  prune(scope) {
    const seen = new Set<string>()
    const prunes: Prune[] = []
    const walk = (parent: Root | Element): void => {
      for (const child of parent.children) {
        // The blocks the depth limit made repeat what the page repeated; they are not copies.
        if (child.type !== 'element' || isProtected(child) || child.data?.flattened) continue
        if (!isComparedBlock(child)) {
          walk(child)
          continue
        }
        const text = textOf(child)
        if (text.length < minCopyLength) continue
        if (seen.has(text))
          prunes.push({ node: child, parent, reason: 'second copy of a paragraph' })
        else seen.add(text)
      }
    }
    walk(scope)
    return { prunes }
  },
}

/** Whether an element is a block whose text is compared whole (a cell is looked into). */
function isComparedBlock(node: Element): boolean {
  if (blockTags.has(node.tagName) || headingLevel(node) > 0) return true
  return (node.tagName === 'div' || node.tagName === 'section') && isParagraphBlock(node)
}
