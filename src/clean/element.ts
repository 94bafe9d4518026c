import type { Element, Nodes, Root } from 'hast'
import { toString as textContent } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { collapseWhitespace } from '../text-shape.js'

/** Heading elements. */
export const headingTags: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Whether a node is an element, optionally of one of the given tags. */
export function isElement(node: Nodes | undefined, tags?: ReadonlySet<string>): node is Element {
  return node?.type === 'element' && (!tags || tags.has(node.tagName))
}

/** The heading level of `h1`–`h6`, or 0. */
export function headingLevel(node: Element): number {
  return headingTags.has(node.tagName) ? Number(node.tagName.charAt(1)) : 0
}

/** The element's text with whitespace collapsed. */
export function textOf(node: Element | Root): string {
  return collapseWhitespace(textContent(node))
}

/** The element's `class` and `id` tokens, lowercased, joined by spaces. */
export function nameTokens(node: Element): string {
  const className = node.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : ''
  const id = typeof node.properties.id === 'string' ? node.properties.id : ''
  return `${classes} ${id}`.toLowerCase()
}

/**
 * Share of an element's text (non-space characters) that sits inside links:
 * near 1 for menus and link lists, near 0 for prose.
 */
export function linkDensity(node: Element): number {
  const total = nonSpaceLength(textContent(node))
  if (total === 0) return 0
  let linked = 0
  visit(node, 'element', (child) => {
    if (child.tagName !== 'a') return undefined
    linked += nonSpaceLength(textContent(child))
    return 'skip'
  })
  return linked / total
}

/** Whether an element is marked up as the article body (`itemprop="articleBody"`). */
export function isArticleBody(node: Element): boolean {
  const itemProp = node.properties.itemProp
  return Array.isArray(itemProp) && itemProp.includes('articleBody')
}

/** The element children of a node. */
export function childElements(node: Element | Root): Element[] {
  const elements: Element[] = []
  for (const child of node.children) if (child.type === 'element') elements.push(child)
  return elements
}

function nonSpaceLength(value: string): number {
  return value.replace(/\s+/g, '').length
}
