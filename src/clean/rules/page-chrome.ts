import type { Element } from 'hast'
import { EXIT, SKIP, visit } from 'unist-util-visit'
import { textOf } from '../element.js'
import type { Rule, RuleContext } from '../rule.js'

/** Elements that are site furniture wherever they stand. */
const chromeTags: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'menu',
])

/** Containers of the story: a header or footer inside them belongs to it. */
const storyTags: ReadonlySet<string> = new Set(['article', 'main'])

/**
 * Removes the site's furniture: navigation, sidebars, forms and controls,
 * and page headers and footers. A header or footer inside `<article>` or
 * `<main>`, or one holding the article's title, is the story's own and stays.
 */
export const pageChrome: Rule = {
  id: 'page-chrome',
  description: 'Remove navigation, sidebars, forms, and the page header and footer',
  element(node, context) {
    if (chromeTags.has(node.tagName)) return `\`<${node.tagName}>\` is page furniture`
    if (node.tagName !== 'header' && node.tagName !== 'footer') return undefined
    if (context.ancestors.some((ancestor) => storyTags.has(ancestor.tagName))) return undefined
    if (holdsTitle(node, context)) return undefined
    return `page \`<${node.tagName}>\` outside the article`
  },
}

/** Whether a header holds the article's title as a heading. */
function holdsTitle(node: Element, context: RuleContext): boolean {
  const title = context.meta.title
  if (!title) return false
  let found = false
  visit(node, 'element', (child) => {
    if (child.tagName !== 'h1') return undefined
    found = textOf(child) === title
    return found ? EXIT : SKIP
  })
  return found
}
