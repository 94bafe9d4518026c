import type { Nodes, PhrasingContent, Root } from 'mdast'
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
 * Make headings, paragraphs and other phrasing parents hold phrasing only:
 * blocks inside them (`<h2><div>…</div></h2>` gives a paragraph inside a
 * heading) are replaced by their content, each block on a line of its own.
 *
 * `rehype-remark` passes such blocks through, and writing Markdown from a
 * heading nested in a heading takes time exponential in the nesting: a
 * few dozen levels would hang the caller.
 */
export const remarkUnscrapePhrasing: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, (node) => {
    if (!phrasingParents.has(node.type) || !('children' in node)) return
    const children: Nodes[] = node.children
    if (children.every((child) => phrasingTypes.has(child.type))) return
    ;(node as { children: PhrasingContent[] }).children = toPhrasing(children)
  })
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
