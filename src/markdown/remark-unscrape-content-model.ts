import type {
  BlockContent,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
} from 'mdast'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'

/** Nodes that may hold phrasing content only. */
const phrasingParents: ReadonlySet<string> = new Set([
  'delete',
  'emphasis',
  'heading',
  'link',
  'linkReference',
  'paragraph',
  'strong',
  'tableCell',
])

/** Nodes that hold blocks (flow content). */
const flowParents: ReadonlySet<string> = new Set(['blockquote', 'listItem', 'root'])

/** Phrasing content node types. */
const phrasingTypes: ReadonlySet<string> = new Set([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
])

/** Marks a block boundary while flattening. */
const boundary = Symbol('block boundary')

/**
 * Make every node hold what mdast allows it to:
 *
 * - headings, paragraphs and other phrasing parents hold phrasing only:
 *   blocks inside them (`<h2><div>…</div></h2>` gives a paragraph inside a
 *   heading) are replaced by their content, each block on a line of its own;
 * - list items stand in lists (an `<li>` outside `<ul>` or `<ol>` gets one),
 *   lists hold list items only (`<a><ol>…</ol></a>` gives a link in a list),
 *   and text in a list item, a blockquote or the root stands in a paragraph;
 * - inline code is not empty, and holds no line break: `<code>` around
 *   blocks gives one, and a blank line would end the code span early and
 *   let the rest of it be read as Markdown (a renderer shows a line break in
 *   a code span as a space).
 *
 * `rehype-remark` passes both through. Writing Markdown from a heading
 * nested in a heading takes time exponential in the nesting (a few dozen
 * levels would hang the caller), and stray items and text would be in the
 * Markdown but not in the text.
 */
export const remarkUnscrapeContentModel: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, (node) => {
    if (node.type === 'inlineCode') node.value = node.value.replace(/\r\n?|\n/g, ' ')
    if (!('children' in node)) return
    // Empty code is written as a bare run of backticks, which joins the
    // backticks of the next code span and opens a longer one that never
    // closes: what that code span held would be read as Markdown.
    if (node.children.some(isEmptyCode)) {
      ;(node as Parent).children = (node.children as Nodes[]).filter(
        (child) => !isEmptyCode(child),
      ) as Parent['children']
    }
    const children: Nodes[] = node.children
    if (phrasingParents.has(node.type)) {
      if (children.every((child) => phrasingTypes.has(child.type))) return
      ;(node as { children: PhrasingContent[] }).children = toPhrasing(children)
    } else if (node.type === 'list' && children.some((child) => child.type !== 'listItem')) {
      node.children = asItems(children)
    } else if (flowParents.has(node.type) && children.some(isStray)) {
      ;(node as Parent).children = asFlow(children) as Parent['children']
    }
  })
}

/** Whether a node is inline code with nothing in it. */
function isEmptyCode(node: Nodes): boolean {
  return node.type === 'inlineCode' && node.value === ''
}

/** Whether a node cannot stand in a flow parent as it is. */
function isStray(node: Nodes): boolean {
  return node.type === 'listItem' || phrasingTypes.has(node.type)
}

/** Runs of stray list items wrapped in lists, runs of phrasing in paragraphs. */
function asFlow(nodes: Nodes[]): Nodes[] {
  const result: Nodes[] = []
  let list: List | undefined
  let paragraph: Paragraph | undefined
  for (const node of nodes) {
    if (node.type === 'listItem') {
      paragraph = undefined
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] }
        result.push(list)
      }
      list.children.push(node)
    } else if (phrasingTypes.has(node.type)) {
      list = undefined
      if (!paragraph) {
        paragraph = { type: 'paragraph', children: [] }
        result.push(paragraph)
      }
      paragraph.children.push(node as PhrasingContent)
    } else {
      list = undefined
      paragraph = undefined
      result.push(node)
    }
  }
  return result
}

/** Every node of a list in a list item: runs of phrasing in one, in a paragraph. */
function asItems(nodes: Nodes[]): ListItem[] {
  const items: ListItem[] = []
  let paragraph: Paragraph | undefined
  for (const node of nodes) {
    if (phrasingTypes.has(node.type)) {
      if (!paragraph) {
        paragraph = { type: 'paragraph', children: [] }
        items.push({ type: 'listItem', spread: false, children: [paragraph] })
      }
      paragraph.children.push(node as PhrasingContent)
      continue
    }
    paragraph = undefined
    items.push(
      node.type === 'listItem'
        ? node
        : { type: 'listItem', spread: false, children: [node as BlockContent] },
    )
  }
  return items
}

/** The phrasing content of a list of nodes, a line break where each block started or ended. */
function toPhrasing(nodes: Nodes[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  const pending: Array<Nodes | typeof boundary> = [...nodes].reverse()
  const breakLine = () => {
    const last = result[result.length - 1]
    if (last && last.type !== 'break') result.push({ type: 'break' })
  }
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === boundary) breakLine()
    else if (!node) break
    else if (phrasingTypes.has(node.type)) result.push(node as PhrasingContent)
    else {
      breakLine()
      if ('children' in node) {
        pending.push(boundary)
        for (let index = node.children.length - 1; index >= 0; index--) {
          pending.push(node.children[index] as Nodes)
        }
      } else if ('value' in node && node.type !== 'yaml') {
        result.push({ type: 'text', value: node.value })
        pending.push(boundary)
      }
    }
  }
  if (result[result.length - 1]?.type === 'break') result.pop()
  return result
}
