import type { Element } from 'hast'
import { headingLevel, textSize } from '../element.js'
import type { Finding, Rule } from '../rule.js'

/** Blocks that stand above a title as a line of their own. */
const lineTags: ReadonlySet<string> = new Set(['p', 'div'])
/** Most non-space characters of a masthead line: a logo's name, a section's. */
const maxLineSize = 80
/** Addresses of image files: a picture linking to its large version is the story's. */
const imageFile = /\.(?:avif|gif|jpe?g|png|svg|webp)(?:[?#]|$)/i

/**
 * Removes the lines of links alone that stand above the page's title in its
 * own container: the site's logo linking home, the section the story is
 * filed under. Pages saved as Markdown keep them right before the `# title`,
 * with no container around the story for `main-content` to leave them out
 * of. A picture linking to its own large version stays.
 */
export const masthead: Rule = {
  id: 'masthead',
  description: 'Remove lines of links alone above the title (the site logo, the section link)',
  siblings(nodes) {
    const title = nodes.findIndex((node) => headingLevel(node) === 1)
    if (title <= 0) return []
    const findings: Finding[] = []
    for (const node of nodes.slice(0, title)) {
      if (isLinkLine(node))
        findings.push({ nodes: [node], reason: 'line of links above the title' })
    }
    return findings
  },
}

/** Whether a block is one short line holding links and nothing else. */
function isLinkLine(node: Element): boolean {
  if (!lineTags.has(node.tagName) || textSize(node) > maxLineSize) return false
  let links = 0
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type !== 'element' || child.tagName !== 'a') return false
    const href = child.properties.href
    // In-page links ("Skip to content") are the breadcrumb rule's.
    if (typeof href !== 'string' || href.startsWith('#') || imageFile.test(href)) return false
    links++
  }
  return links > 0
}
