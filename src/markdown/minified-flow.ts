import type { Element, Root, RootContent } from 'hast'
import type { NodeHandle } from 'hast-util-to-mdast'

/** Node type of a page's content whose white space is minified already. */
export const minifiedFlowType = 'unscrapeMinifiedFlow'

/**
 * A page's content, its white space minified already, held where the
 * white-space step of `rehype-remark` does not walk: it looks only in
 * `children`, and this node has none.
 */
export interface MinifiedFlow {
  /** Node type. */
  type: typeof minifiedFlowType
  /** The content, converted as the root's children would be. */
  nodes: RootContent[]
}

/**
 * Put the root's content in a `MinifiedFlow` node, so that `rehype-remark`
 * does not minify its white space a second time (`handleMinifiedFlow`
 * converts it).
 */
export function holdMinifiedFlow(tree: Root): void {
  const flow: MinifiedFlow = { type: minifiedFlowType, nodes: tree.children }
  // The one node hast does not know of; only the handler below reads it.
  tree.children = [flow as unknown as RootContent]
}

/**
 * Convert a `MinifiedFlow` to Markdown as `rehype-remark` converts a root's
 * children. It first notes the elements by `id`, as the conversion does
 * for the whole tree before it starts (first one wins), as it only sees
 * into `children`.
 */
export const handleMinifiedFlow: NodeHandle = (state, node: MinifiedFlow) => {
  const stack: RootContent[] = [...node.nodes].reverse()
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.type !== 'element') continue
    const id = idOf(next)
    if (id && !state.elementById.has(id)) state.elementById.set(id, next)
    for (let index = next.children.length - 1; index >= 0; index--) {
      stack.push(next.children[index] as RootContent)
    }
  }
  return state.all({ type: 'root', children: node.nodes })
}

/** An element's `id`, as the conversion reads it. */
function idOf(node: Element): string | undefined {
  return String(node.properties.id || '') || undefined
}
