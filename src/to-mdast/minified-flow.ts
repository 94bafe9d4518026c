import type { Element, Root, RootContent } from 'hast'
import type { NodeHandle } from 'hast-util-to-mdast'

/** Node type of the stand-in for a page's content, whose white space is minified already. */
export const minifiedFlowType = 'unscrapeMinifiedFlow'

/**
 * Stand-in for a page's content, whose white space is minified already:
 * the content waits beside the tree, in a `FlowHandover`, so that
 * `rehype-remark` neither copies it (it copies the whole tree first) nor
 * minifies its white space a second time.
 */
export interface MinifiedFlow {
  /** Node type. */
  type: typeof minifiedFlowType
  /** Which content of the handover it stands for. */
  key: number
}

/**
 * Where content minified by `rehypeUnscrapeMinifyWhitespace` waits for the
 * conversion by `rehype-remark`, which runs right after it: one per preset,
 * shared by the two steps. Only the latest content waits, so content that a
 * failed run left behind is let go at the next run.
 */
export interface FlowHandover {
  /** The content waiting, with the key of its stand-in. */
  waiting: { key: number; nodes: RootContent[] } | undefined
  /** Key of the next content handed over. */
  next: number
}

/** A handover with nothing waiting. */
export function createFlowHandover(): FlowHandover {
  return { waiting: undefined, next: 0 }
}

/** Hand the root's content over, leaving a `MinifiedFlow` stand-in in its place. */
export function handOverFlow(tree: Root, handover: FlowHandover): void {
  const key = handover.next++
  handover.waiting = { key, nodes: tree.children }
  const flow: MinifiedFlow = { type: minifiedFlowType, key }
  // The one node hast does not know of; only the handler below reads it.
  tree.children = [flow as unknown as RootContent]
}

/**
 * A `rehype-remark` handler that converts the content a `MinifiedFlow`
 * stands for as the root's children would be converted. It first notes the
 * elements by `id` (first one wins), as the conversion does for the whole
 * tree before it starts, where it cannot see this content.
 */
export function handleMinifiedFlow(handover: FlowHandover): NodeHandle {
  return (state, node: MinifiedFlow) => {
    const { waiting } = handover
    if (waiting?.key !== node.key) {
      throw new Error('The content of a minified flow was not handed over, or another was since')
    }
    handover.waiting = undefined
    const { nodes } = waiting
    const stack: RootContent[] = [...nodes].reverse()
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (next.type !== 'element') continue
      const id = idOf(next)
      if (id && !state.elementById.has(id)) state.elementById.set(id, next)
      for (let index = next.children.length - 1; index >= 0; index--) {
        stack.push(next.children[index] as RootContent)
      }
    }
    return state.all({ type: 'root', children: nodes })
  }
}

/** An element's `id`, as the conversion reads it. */
function idOf(node: Element): string | undefined {
  return String(node.properties.id || '') || undefined
}
