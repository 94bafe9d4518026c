import type { Element, Root, RootContent } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import type { DefaultTreeAdapterTypes } from 'parse5'
import { VFile } from 'vfile'

type P5Node = DefaultTreeAdapterTypes.Node
type P5Element = DefaultTreeAdapterTypes.Element
type P5Parent = DefaultTreeAdapterTypes.ParentNode

declare module 'hast' {
  interface ElementData {
    /**
     * Set on an element whose descendants the depth limit flattened into
     * runs of text: its blocks were made by unscrape, not by the page.
     */
    flattened?: boolean | undefined
  }
}

/**
 * Turn a parse5 document into hast with `hast-util-from-parse5` (positions
 * included when the document was parsed with `sourceCodeLocationInfo`), and
 * mark the elements the depth limit flattened.
 *
 * unscrape once built the tree itself, reading each attribute name once per
 * page; whole pipeline, `npm run bench -- <wcxb> --limit 150 --rounds 3
 * --baseline <that build>` read 1.01 (extraction only 1.07) with the
 * package, within what a build compared with itself reads (0.94–1.05), so
 * the package does the work.
 *
 * @param tree The parse5 document (depth capped by `limitDepth`).
 * @param document The source text, to position the root.
 * @param flattened Elements `limitDepth` flattened: their hast elements get
 *   `data.flattened`, so later stages know their blocks are not the page's own.
 */
export function hastFromParse5(
  tree: DefaultTreeAdapterTypes.Document,
  document: string,
  flattened?: ReadonlySet<P5Element>,
): Root {
  const root = fromParse5(tree, { file: new VFile(document) }) as Root
  if (flattened) markFlattened(tree, root, flattened)
  return root
}

/**
 * Turn the nodes of a parse5 fragment into hast, without positions.
 *
 * @param fragment The parse5 fragment (depth capped by `limitDepth`).
 * @param flattened Elements `limitDepth` flattened in it.
 */
export function hastFromParse5Fragment(
  fragment: DefaultTreeAdapterTypes.DocumentFragment,
  flattened?: ReadonlySet<P5Element>,
): RootContent[] {
  const root = fromParse5(fragment) as Root
  if (flattened) markFlattened(fragment, root, flattened)
  return root.children
}

/** Walk both trees side by side: `hast-util-from-parse5` makes one hast node of each parse5 node. */
function markFlattened(
  tree: DefaultTreeAdapterTypes.ParentNode,
  root: Root,
  flattened: ReadonlySet<P5Element>,
): void {
  const pending: Array<[P5Node | P5Parent, Root | RootContent]> = [[tree, root]]
  while (pending.length > 0) {
    const [from, to] = pending.pop() as [P5Node | P5Parent, Root | RootContent]
    if (to.type === 'element' && flattened.has(from as P5Element)) {
      to.data = { ...to.data, flattened: true } as Element['data']
    }
    // A `<template>`'s children are in its content, on both sides.
    if (to.type === 'element' && to.content && 'content' in from)
      pending.push([from.content, to.content])
    if ('childNodes' in from && 'children' in to) {
      from.childNodes.forEach((child, index) => {
        const node = to.children[index]
        if (node) pending.push([child, node])
      })
    }
  }
}
