import type { Element, Properties, Root, RootContent } from 'hast'
import { visibleText } from '../shared/safe-text.js'
import { isSafeUrl } from '../shared/safe-url.js'

/** Properties that hold an address a browser would follow, load or submit to. */
const urlProperties: ReadonlySet<string> = new Set([
  'action',
  'cite',
  'data',
  'formAction',
  'href',
  'poster',
  'src',
  'xLinkHref',
])

/** Properties that hold text a reader may see. */
const textProperties: ReadonlySet<string> = new Set(['alt', 'title'])

/**
 * Make an HTML tree safe before anything reads its content: addresses
 * whose scheme could run code are dropped (see `isSafeUrl`; the element and
 * its text stay), comments are dropped (a Markdown writer would pass them
 * on as raw HTML), `<base>` elements are dropped (addresses stay as
 * written, as in the preset; `rehype-remark` throws on one whose address
 * is not absolute), and text, alt text and titles lose control, invisible
 * and reordering characters (see `visibleText`).
 *
 * `rehypeUnscrapeClean` does this first, so that the rules judge the text a
 * reader sees and a chain of one's own that converts its result to
 * Markdown without the other unscrape stages gets no `javascript:` link.
 */
export function makeHastSafe(tree: Root): undefined {
  const parents: Array<Root | Element> = [tree]
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    let dropped = false
    for (const child of parent.children) {
      if (child.type === 'text') child.value = visibleText(child.value)
      else if (child.type === 'comment' || isBase(child)) dropped = true
      else if (child.type === 'element') {
        makePropertiesSafe(child.properties)
        parents.push(child)
        if (child.content) parents.push(child.content)
      }
    }
    if (dropped) {
      parent.children = (parent.children as RootContent[]).filter(
        (child) => child.type !== 'comment' && !isBase(child),
      ) as typeof parent.children
    }
  }
}

/** Whether a node is a `<base>` element. */
function isBase(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'base'
}

function makePropertiesSafe(properties: Properties): undefined {
  // An element has a few properties: reading them is cheaper than looking up every name checked.
  for (const name in properties) {
    const value = properties[name]
    if (typeof value !== 'string') continue
    if (urlProperties.has(name)) {
      if (!isSafeUrl(value)) delete properties[name]
    } else if (textProperties.has(name)) {
      properties[name] = visibleText(value)
    }
  }
}
