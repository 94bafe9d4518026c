import type { Element, Properties, Root } from 'hast'
import { blockTags } from './minify-whitespace.js'

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

/**
 * Inline elements the Markdown conversion reads through: it makes nothing of
 * them but their children, and they are neither blocks nor content for its
 * white space.
 */
const wrapperTags: ReadonlySet<string> = new Set([
  'abbr',
  'acronym',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'dfn',
  'font',
  'ins',
  'small',
  'span',
  'time',
])

/**
 * Blocks converted as the flow of their children (a block around a block
 * adds nothing).
 */
const flowTags: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'div',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'main',
  'nav',
  'section',
])

/** Headings, converted from their children's Markdown. */
const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/**
 * Elements whose conversion reads only the Markdown made of their children,
 * never which elements those children are (unlike lists, which look for a
 * leading checkbox, and definition lists, tables, selects and media).
 */
const readsChildrenAsMarkdown: ReadonlySet<string> = new Set([
  ...wrapperTags,
  ...flowTags,
  ...headingTags,
  'a',
  'b',
  'blockquote',
  'del',
  'em',
  'i',
  'mark',
  'p',
  's',
  'strike',
  'strong',
  'sub',
  'sup',
  'td',
  'th',
])

/** Blocks converted to flow content (or to nothing, when empty), never to phrasing. */
const flowBlockTags: ReadonlySet<string> = new Set([
  ...flowTags,
  ...headingTags,
  'blockquote',
  'dl',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
])

/**
 * Elements whose conversion reads the elements inside them, at any depth:
 * a checkbox first in them or in their first paragraph, and the blocks
 * that make the item spread. Nothing in them is read through.
 */
const listItemTags: ReadonlySet<string> = new Set(['li', 'dt', 'dd'])

/** Text that the Markdown conversion collapses to nothing after a block. */
const collapsible = /^[\t\n\v\f\r ]*$/

/**
 * Slim the clean tree for the Markdown conversion, for the same Markdown:
 *
 * - drop the element properties it never reads (`style`, `data-*`,
 *   `aria-*`, sizes, tracking attributes);
 * - drop text of white space alone that stands first in a block or right
 *   after one (the indentation between a page's blocks), which it drops too;
 * - drop comments, and put the children of bare inline wrappers (`<span>`,
 *   `<font>`, `<time>`) in their place, which it reads through, and those
 *   of a block that is all its parent block holds (`<div><div>…</div></div>`)
 *   or that holds only blocks (`<div><p>…</p><p>…</p></div>`).
 *
 * rehype-remark copies the whole tree before it works on it and then looks
 * at every node to collapse white space, at a cost by node: the properties
 * are about a tenth of that step on real pages, the white space between
 * blocks a third of the nodes. Runs after cleaning and metadata, which read
 * those properties.
 */
export function rehypeUnscrapeSlimTree() {
  return (tree: Root): undefined => {
    const stack: Array<{
      parent: Root | Element
      keepsWhitespace: boolean
      inListItem: boolean
      unwraps: boolean
    }> = [{ parent: tree, keepsWhitespace: false, inListItem: false, unwraps: true }]
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const { parent } = entry
      if (!entry.keepsWhitespace) parent.children = slimChildren(parent, entry.unwraps)
      for (const child of parent.children) {
        if (child.type !== 'element') continue
        child.properties = slimmed(child.properties)
        const keeps = entry.keepsWhitespace || keepsWhitespaceOf(child)
        const inListItem = entry.inListItem || listItemTags.has(child.tagName)
        const unwraps = !inListItem && readsChildrenAsMarkdown.has(child.tagName)
        stack.push({ parent: child, keepsWhitespace: keeps, inListItem, unwraps })
        if (child.content) {
          stack.push({ parent: child.content, keepsWhitespace: keeps, inListItem, unwraps: true })
        }
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
 * A parent's children as the conversion sees them: where the parent only
 * reads its children's Markdown, without comments and with the children of
 * bare wrappers (`<span>`, `<font>` with no `id`) in their place; and without
 * white space alone first in the parent (when it is a block or the root)
 * or right after a block.
 */
function slimChildren(
  parent: Root | Element,
  unwraps: boolean,
): Array<(typeof parent.children)[number]> {
  const kept: Array<(typeof parent.children)[number]> = []
  let afterBlock = parent.type === 'root' || blockTags.has(parent.tagName)
  const add = (children: Array<(typeof parent.children)[number]>): void => {
    // A wrapper followed by only such elements up to the next block lets
    // them lose their leading white space; read through, it would not.
    const unwrapsHere = unwraps && !children.some(isSkippedButShown)
    for (const child of children) {
      if (child.type === 'comment' && unwraps) continue
      if (child.type === 'text') {
        if (afterBlock && collapsible.test(child.value)) continue
        afterBlock = false
      } else if (child.type === 'element') {
        if (unwrapsHere && wrapperTags.has(child.tagName) && isBare(child)) {
          add(child.children)
          continue
        }
        if (unwrapsHere && flowTags.has(child.tagName) && isBare(child) && holdsBlocksOnly(child)) {
          // Its text is white space between blocks or first in it, dropped either way.
          add(child.children.filter((inner) => inner.type === 'element'))
          continue
        }
        afterBlock = blockTags.has(child.tagName)
      } else afterBlock = false
      kept.push(child)
    }
  }
  add(parent.children)
  // A block that is all its parent holds changes nothing in its conversion.
  const [only] = kept
  if (
    unwraps &&
    kept.length === 1 &&
    only?.type === 'element' &&
    parent.type === 'element' &&
    flowTags.has(parent.tagName) &&
    flowTags.has(only.tagName) &&
    isBare(only)
  )
    return slimChildren(only, true)
  return kept
}

/**
 * Whether an element holds blocks, and between them only white space and
 * comments: as the conversion makes the same flow of blocks with it or
 * without it, it can give way to them.
 */
function holdsBlocksOnly(node: Element): boolean {
  let found = false
  for (const child of node.children) {
    if (child.type === 'text' && collapsible.test(child.value)) continue
    if (child.type === 'comment') continue
    if (child.type !== 'element' || !flowBlockTags.has(child.tagName) || !isBare(child))
      return false
    found = true
  }
  return found
}

/**
 * Whether an element is one the white space collapsing skips over when it
 * looks for the next block, though the conversion shows what it holds: a
 * hidden element that no rule removed, the fallback of a ruby (`<rp>`).
 */
function isSkippedButShown(node: (Root | Element)['children'][number]): boolean {
  if (node.type !== 'element') return false
  const { hidden } = node.properties
  return (
    (hidden !== undefined && hidden !== false) || node.tagName === 'rp' || node.tagName === 'head'
  )
}

/**
 * Whether an element carries nothing the conversion reads of it but its
 * children: no `id` (a link or a form control could point to it), not
 * hidden, no `data-mdast`.
 */
function isBare(node: Element): boolean {
  const { id, hidden, dataMdast } = node.properties
  return id === undefined && (hidden === undefined || hidden === false) && dataMdast === undefined
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
