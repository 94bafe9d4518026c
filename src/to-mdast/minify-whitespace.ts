import type { Element, Root, RootContent } from 'hast'
import { embedded } from 'hast-util-embedded'
import { formControlTags, minifyBlockTags, minifySkippableTags } from '../shared/tag-names.js'

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
 * that was most of rehype-remark's time on real pages. Here the names
 * are sets. And where upstream looks ahead from every node for the next
 * one that decides about white space, which costs the square of a run of
 * nodes that do not (`<sup> </sup>` by the thousand), this finds them for
 * all of a parent's children in one pass from the end. A test holds it to
 * the upstream result on generated and real pages.
 */
export function minifyWhitespace(tree: Root): void {
  minifyChildren(tree, true, true, 'normal', new Map())
}

/**
 * Minify a parent's children; `atStart`/`atEnd` say whether white space at
 * its edges can go.
 */
function minifyChildren(
  parent: Root | Element,
  atStart: boolean,
  atEnd: boolean,
  whitespace: WhiteSpace,
  inside: BoundariesInside,
): Outcome {
  const children = parent.children as RootContent[]
  // What follows each child, read before any child changes, as upstream
  // reads the siblings after a child before it minifies them.
  const following = followingBoundaries(children, inside)
  const left: RootContent[] = []
  let before = atStart
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent
    const outcome = minifyNode(child, before, following[index] ?? atEnd, whitespace, inside)
    if (!outcome.remove) {
      left.push(child)
      if (!outcome.ignore) before = outcome.stripAtStart
    }
    // After a removal this looks at the node kept before it, as upstream does.
    if (isContent(left.at(-1))) before = false
  }
  if (left.length !== children.length) parent.children = left as typeof parent.children
  return before || atEnd ? keptStripping : kept
}

/** Minify one node. */
function minifyNode(
  node: RootContent,
  before: boolean,
  after: boolean,
  whitespace: WhiteSpace,
  inside: BoundariesInside,
): Outcome {
  if (node.type === 'element') {
    const block = minifyBlockTags.has(node.tagName)
    return minifyChildren(
      node,
      block || before,
      block || after,
      whiteSpaceOf(node, whitespace),
      inside,
    )
  }
  if (node.type === 'text') {
    if (whitespace === 'normal') return minifyText(node, before, after)
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
 * What decides about white space first inside an element (see
 * `decidedBy`), by element: each is looked for once, before anything in
 * the element changes.
 */
type BoundariesInside = Map<Element, boolean | undefined>

/**
 * For each node, whether white space at its end can go by what follows it:
 * the first following node that decides says so (a block yes, text or
 * content no), looking into inline elements; `undefined` when none does.
 */
function followingBoundaries(
  nodes: readonly RootContent[],
  inside: BoundariesInside,
): Array<boolean | undefined> {
  const following: Array<boolean | undefined> = new Array(nodes.length)
  let next: boolean | undefined
  for (let index = nodes.length - 1; index >= 0; index--) {
    following[index] = next
    const decided = decidedBy(nodes[index] as RootContent, inside)
    if (decided !== undefined) next = decided
  }
  return following
}

/** Whether a node decides about the white space before it, looking into inline elements. */
function decidedBy(node: RootContent, inside: BoundariesInside): boolean | undefined {
  const boundary = boundaryOf(node)
  if (boundary !== undefined || node.type !== 'element' || isSkippable(node)) return boundary
  if (inside.has(node)) return inside.get(node)
  let found: boolean | undefined
  for (const child of node.children) {
    found = decidedBy(child, inside)
    if (found !== undefined) break
  }
  inside.set(node, found)
  return found
}

/** Whether a node ends white space before it (`true`), keeps it (`false`), or leaves it to what follows. */
function boundaryOf(node: RootContent): boolean | undefined {
  if (node.type === 'element') {
    if (showsContent(node)) return false
    if (minifyBlockTags.has(node.tagName)) return true
    return undefined
  }
  if (node.type === 'text') return htmlWhitespace.test(node.value) ? undefined : false
  return node.type === 'comment' || node.type === 'doctype' ? undefined : false
}

/** Whether a node is an element that shows something of its own. */
function isContent(node: RootContent | undefined): boolean {
  return node?.type === 'element' && showsContent(node)
}

/** Whether an element shows something of its own: embedded content or a form control. */
function showsContent(node: Element): boolean {
  return embedded(node) || formControlTags.has(node.tagName)
}

/** Whether an element is passed over when looking for what follows. */
function isSkippable(node: Element): boolean {
  return Boolean(node.properties.hidden) || minifySkippableTags.has(node.tagName)
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
