import type { Element, Properties, Root } from 'hast'

/**
 * The properties that turning HTML into Markdown reads (links, images,
 * media, code languages, lists, tables, form controls, and what decides
 * whitespace and phrasing: `hidden`, `wrap`, `noWrap`, `itemProp`, `rel`).
 */
const markdownProperties: ReadonlySet<string> = new Set([
  'align',
  'alt',
  'checked',
  'className',
  'colSpan',
  'dataMdast',
  'disabled',
  'hidden',
  'href',
  'id',
  'itemProp',
  'label',
  'list',
  'multiple',
  'noWrap',
  'placeholder',
  'poster',
  'rel',
  'rowSpan',
  'selected',
  'size',
  'src',
  'start',
  'title',
  'type',
  'value',
  'wrap',
])

/**
 * Elements after which, and first in which, text of white space alone is
 * dropped by the Markdown conversion (`hast-util-minify-whitespace`, whose
 * list of blocks holds all of these).
 */
const blocks: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'dir',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
])

/** Elements whose white space the Markdown conversion keeps, or keeps from trimming. */
const keepsWhitespace: ReadonlySet<string> = new Set([
  'listing',
  'nobr',
  'plaintext',
  'pre',
  'script',
  'style',
  'textarea',
  'xmp',
])

/** Text that the Markdown conversion collapses to nothing after a block. */
const collapsible = /^[\t\n\v\f\r ]*$/

/**
 * Slim the clean tree for the Markdown conversion, for the same Markdown:
 *
 * - drop the element properties it never reads (`style`, `data-*`,
 *   `aria-*`, sizes, tracking attributes);
 * - drop text of white space alone that stands first in a block or right
 *   after one (the indentation between a page's blocks), which it drops too.
 *
 * rehype-remark copies the whole tree before it works on it and then looks
 * at every node to collapse white space, at a cost by node: the properties
 * are about a tenth of that step on real pages, the white space between
 * blocks a third of the nodes. Runs after cleaning and metadata, which read
 * those properties.
 */
export function rehypeUnscrapeSlimTree() {
  return (tree: Root): undefined => {
    const stack: Array<{ parent: Root | Element; keepsWhitespace: boolean }> = [
      { parent: tree, keepsWhitespace: false },
    ]
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const { parent } = entry
      if (!entry.keepsWhitespace) parent.children = withoutBlockWhitespace(parent)
      for (const child of parent.children) {
        if (child.type !== 'element') continue
        child.properties = slimmed(child.properties)
        const keeps = entry.keepsWhitespace || keepsWhitespaceOf(child)
        stack.push({ parent: child, keepsWhitespace: keeps })
        if (child.content) stack.push({ parent: child.content, keepsWhitespace: keeps })
      }
    }
  }
}

/** Whether the conversion keeps the white space in an element as written, or untrimmed. */
function keepsWhitespaceOf(node: Element): boolean {
  return (
    keepsWhitespace.has(node.tagName) ||
    ((node.tagName === 'td' || node.tagName === 'th') && Boolean(node.properties.noWrap))
  )
}

/**
 * A parent's children without white space alone first in it (when it is a
 * block or the root) or right after a block; comments in between change
 * nothing, as for the conversion.
 */
function withoutBlockWhitespace(parent: Root | Element): Array<(typeof parent.children)[number]> {
  const kept: Array<(typeof parent.children)[number]> = []
  let afterBlock = parent.type === 'root' || blocks.has(parent.tagName)
  for (const child of parent.children) {
    if (child.type === 'text') {
      if (afterBlock && collapsible.test(child.value)) continue
      afterBlock = false
    } else if (child.type === 'element') afterBlock = blocks.has(child.tagName)
    else if (child.type !== 'comment') afterBlock = false
    kept.push(child)
  }
  return kept
}

/** The properties kept, or the same object when all of them are. */
function slimmed(properties: Properties): Properties {
  let kept: Properties | undefined
  for (const name in properties) {
    if (!markdownProperties.has(name)) {
      kept = {}
      break
    }
  }
  if (!kept) return properties
  for (const name in properties) {
    if (markdownProperties.has(name)) kept[name] = properties[name]
  }
  return kept
}
