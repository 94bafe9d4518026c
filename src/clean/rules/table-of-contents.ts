import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { listTags } from '../../shared/tag-names.js'
import { words } from '../../shared/text-shape.js'
import {
  childElements,
  headingLevel,
  isElement,
  linkDensity,
  nameTokens,
  textOf,
  textSize,
} from '../element.js'
import type { Finding, Rule } from '../rule.js'

/** Titles of a table of contents, in the languages we know. */
const tocTitle =
  /^(?:table of contents|contents|in this (?:article|story|guide|post)|on this page|jump to|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|contenido|indice|sommario|spis treści|inhoud|目次|目录)\s*:?$/i

/** Longest table-of-contents title (non-space characters). */
const maxTitleSize = 40

/** Class or id tokens of a table-of-contents box. */
const tocName = /(?:^|[\s_-])(?:toc|table-of-contents|tableofcontents)(?:$|[\s_-])/

/** Fewest page headings that must match entries before the entries reshape the outline. */
const minMatchedHeadings = 2

/**
 * Removes a table of contents (a "Table of Contents" title with the list
 * after it, a `toc` box, or a list whose every item links within the page)
 * and learns the heading hierarchy from it: headings it lists are top
 * level; headings at that level it does not list are sub-sections of the
 * listed heading before them, one level deeper.
 */
export const tableOfContents: Rule = {
  id: 'table-of-contents',
  description: 'Remove the table of contents; its entries set which headings are top level',
  create() {
    /** The entries of the tables of contents found on this page. */
    const entries: string[] = []
    return {
      siblings(nodes) {
        const findings: Finding[] = []
        nodes.forEach((node, index) => {
          if (!listTags.has(node.tagName)) return
          const title = nodes[index - 1]
          const titled = title !== undefined && isTocTitle(title)
          if (!titled && !linksWithinPage(node)) return
          entries.push(...entriesOf(node))
          findings.push({ nodes: titled ? [title, node] : [node], reason: 'table of contents' })
        })
        return findings
      },
      element(node) {
        // A toc box is links; a page container named "…-toc-page" is not.
        if (!tocName.test(nameTokens(node)) || linkDensity(node) < 0.5) return undefined
        entries.push(...entriesOf(node))
        return 'table of contents'
      },
      finish(tree, context) {
        if (entries.length > 0) applyOutline(tree, entries, context.meta.title)
      },
    }
  },
}

/** Whether a block is a table-of-contents title ("Table of Contents", "In this article"). */
function isTocTitle(node: Element): boolean {
  if (node.tagName !== 'p' && headingLevel(node) === 0) return false
  return textSize(node) <= maxTitleSize && tocTitle.test(textOf(node))
}

/** The texts of a list's items (nested items included), or of a box's links. */
function entriesOf(node: Element): string[] {
  const entries: string[] = []
  visit(node, 'element', (child) => {
    if (child.tagName !== 'li') return undefined
    const own = child.children.filter((grandchild) => !isElement(grandchild, listTags))
    const text = textOf({ type: 'root', children: own })
    if (text) entries.push(text)
    return undefined
  })
  return entries
}

/**
 * Whether a list has three or more items and each one is a link to
 * `#somewhere` and little else: an item that holds more text than its link
 * (the answer under a question of a folding FAQ) is no entry of a table of
 * contents.
 */
function linksWithinPage(list: Element): boolean {
  const items = childElements(list)
  if (items.length < 3) return false
  return items.every((item) => {
    const link = childElements(item).find((child) => child.tagName === 'a')
    const href = String(link?.properties.href ?? '')
    return href.startsWith('#') && linkDensity(item) >= 0.5
  })
}

/**
 * Demote headings the table of contents does not list: those at the level of
 * the listed headings go one level down, with everything under them.
 */
function applyOutline(tree: Root, entries: readonly string[], title: string | null): void {
  const listed = new Set(entries.map(simplify))
  const headings: Element[] = []
  visit(tree, 'element', (node) => {
    if (headingLevel(node) > 0 && textOf(node) !== title) headings.push(node)
  })
  const matched = headings.filter((heading) => listed.has(simplify(textOf(heading))))
  if (matched.length < minMatchedHeadings) return
  const top = Math.min(...matched.map(headingLevel))
  let demoting = false
  for (const heading of headings) {
    const level = headingLevel(heading)
    if (level <= top) demoting = level === top && !listed.has(simplify(textOf(heading)))
    if (demoting && level >= top && level < 6) heading.tagName = `h${level + 1}`
  }
}

/** Compare entries and headings by their words only. */
function simplify(value: string): string {
  return words(value).join(' ').toLowerCase()
}
