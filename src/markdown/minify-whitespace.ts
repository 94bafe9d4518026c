import type { Element, Root, RootContent } from 'hast'

/**
 * Elements that bound white space like blocks do, as the Markdown
 * conversion (`hast-util-minify-whitespace`) counts them: text of white
 * space alone first in them or right after them is dropped.
 */
export const blockTags: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'dialog',
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
  'head',
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
  'optgroup',
  'option',
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
  'wbr',
  'xmp',
])

/** Elements that show something of their own, so white space next to them counts. */
const contentTags: ReadonlySet<string> = new Set([
  // Embedded content.
  'audio',
  'canvas',
  'embed',
  'iframe',
  'img',
  'math',
  'object',
  'picture',
  'svg',
  'video',
  // Form controls.
  'button',
  'input',
  'select',
  'textarea',
])

/** Elements passed over when looking for what follows a piece of white space. */
const skippableTags: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'dialog',
  'datalist',
  'head',
  'link',
  'meta',
  'noembed',
  'noframes',
  'param',
  'rp',
  'script',
  'source',
  'style',
  'template',
  'track',
  'title',
])

/** How an element lays out the white space in it (CSS `white-space`). */
type WhiteSpace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap'

/** Runs of white space that collapse to one space. */
const whitespaceRun = /[\t\n\v\f\r ]+/g
/** Characters that are HTML white space (`\v` is not). */
const htmlWhitespace = /^[ \t\n\f\r]*$/

/** What minifying a node tells its parent's walk. */
interface Outcome {
  /** The node does not count as content for white space (a comment). */
  ignore: boolean
  /** White space that may start the next text can go. */
  stripAtStart: boolean
  /** The node was white space alone, and goes. */
  remove: boolean
}

const removed: Outcome = { ignore: false, stripAtStart: false, remove: true }
const ignored: Outcome = { ignore: true, stripAtStart: false, remove: false }
const kept: Outcome = { ignore: false, stripAtStart: false, remove: false }
const keptStripping: Outcome = { ignore: false, stripAtStart: true, remove: false }

/**
 * Collapse and trim white space the way the Markdown conversion of
 * `rehype-remark` does (`hast-util-minify-whitespace`, without the
 * `newlines` option): the same decisions, node for node.
 *
 * It exists for speed. The upstream step builds its test of 58 block names
 * anew each time it asks whether a node is a block, several times a node;
 * that was two fifths of turning a clean page into Markdown. Here the names
 * are sets. A test holds it to the upstream result on generated and real
 * pages.
 */
export function minifyWhitespace(tree: Root): void {
  minifyChildren(tree, true, true, 'normal')
}

/** Minify a parent's children; `before`/`after` say whether white space at the edges can go. */
function minifyChildren(
  parent: Root | Element,
  atStart: boolean,
  atEnd: boolean,
  whitespace: WhiteSpace,
): Outcome {
  const { children } = parent
  let before = atStart
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    const outcome = minifyNode(child, before, collapsibleAfter(children, index, atEnd), whitespace)
    if (outcome.remove) {
      children.splice(index, 1)
      index--
    } else if (!outcome.ignore) {
      before = outcome.stripAtStart
    }
    // After a removal this looks at the node before it again, as upstream does.
    if (isContent(children[index])) before = false
  }
  return before || atEnd ? keptStripping : kept
}

/** Minify one node. */
function minifyNode(
  node: RootContent,
  before: boolean,
  after: boolean | undefined,
  whitespace: WhiteSpace,
): Outcome {
  if (node.type === 'element') {
    const block = blockTags.has(node.tagName)
    return minifyChildren(
      node,
      block || before,
      block || Boolean(after),
      whiteSpaceOf(node, whitespace),
    )
  }
  if (node.type === 'text') {
    if (whitespace === 'normal') return minifyText(node, before, Boolean(after))
    if (whitespace === 'nowrap') node.value = node.value.replace(whitespaceRun, ' ')
    return kept
  }
  return node.type === 'comment' || node.type === 'doctype' ? ignored : kept
}

/** Collapse a text's white space, and trim it where the layout drops it. */
function minifyText(node: { value: string }, before: boolean, after: boolean): Outcome {
  const value = node.value.replace(whitespaceRun, ' ')
  let start = 0
  let end = value.length
  let stripAtStart = false
  if (before && value.charCodeAt(0) === 32) start++
  if (start !== end && value.charCodeAt(end - 1) === 32) {
    if (after) end--
    else stripAtStart = true
  }
  if (start === end) return removed
  node.value = value.slice(start, end)
  return stripAtStart ? keptStripping : kept
}

/**
 * Whether white space at the end of `nodes[index]` can go: the first
 * following node that decides says so (a block yes, text or content no);
 * when none does, `after`.
 */
function collapsibleAfter(
  nodes: ReadonlyArray<RootContent>,
  index: number,
  after: boolean | undefined,
): boolean | undefined {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next] as RootContent
    let boundary = boundaryOf(node)
    if (boundary === undefined && node.type === 'element' && !isSkippable(node)) {
      boundary = collapsibleAfter(node.children, -1, undefined)
    }
    if (boundary !== undefined) return boundary
  }
  return after
}

/** Whether a node ends white space before it (`true`), keeps it (`false`), or leaves it to what follows. */
function boundaryOf(node: RootContent): boolean | undefined {
  if (node.type === 'element') {
    if (contentTags.has(node.tagName)) return false
    if (blockTags.has(node.tagName)) return true
    return undefined
  }
  if (node.type === 'text') return htmlWhitespace.test(node.value) ? undefined : false
  return node.type === 'comment' || node.type === 'doctype' ? undefined : false
}

/** Whether a node is an element that shows something of its own. */
function isContent(node: RootContent | undefined): boolean {
  return node?.type === 'element' && contentTags.has(node.tagName)
}

/** Whether an element is passed over when looking for what follows. */
function isSkippable(node: Element): boolean {
  return Boolean(node.properties.hidden) || skippableTags.has(node.tagName)
}

/** The white-space layout inside an element. */
function whiteSpaceOf(node: Element, inherited: WhiteSpace): WhiteSpace {
  switch (node.tagName) {
    case 'listing':
    case 'plaintext':
    case 'script':
    case 'style':
    case 'xmp':
      return 'pre'
    case 'nobr':
      return 'nowrap'
    case 'pre':
      return node.properties.wrap ? 'pre-wrap' : 'pre'
    case 'td':
    case 'th':
      return node.properties.noWrap ? 'nowrap' : inherited
    case 'textarea':
      return 'pre-wrap'
    default:
      return inherited
  }
}
