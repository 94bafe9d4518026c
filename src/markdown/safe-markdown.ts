import type { Nodes, Parent, Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { isSafeUrl } from './safe-url.js'

/** Blocks that are nothing once what they held is gone. */
const emptiable: ReadonlySet<string> = new Set([
  'blockquote',
  'heading',
  'list',
  'listItem',
  'paragraph',
  'tableCell',
])

/**
 * Drop every output URL whose scheme could run code (see `isSafeUrl`):
 * a link with one becomes its text, an image or a definition with one is
 * removed — in the Markdown tree and in the article's images alike. A
 * paragraph, list item, list or quotation left with nothing goes too: an
 * empty list item is written as a bare `1.`, which a renderer reads as
 * words of the paragraph before it.
 *
 * A page written to attack whoever renders its Markdown gets nothing
 * clickable out of it; its words stay. No warning: `data:` placeholders of
 * lazy-loaded images are on ordinary pages, not a sign of an attack.
 */
export const remarkUnscrapeSafeUrls: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  dropUnsafe(tree)
  const data = unscrapeData(file)
  data.images = data.images.filter((image) => isSafeUrl(image.src))
}

/**
 * Rebuild a parent's children without unsafe addresses, depth first (one
 * pass per parent: taking nodes out one by one would cost the square of
 * their number). Returns whether anything was taken out below it.
 */
function dropUnsafe(parent: Parent): boolean {
  let dropped = false
  const kept: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    const unsafe =
      (child.type === 'link' || child.type === 'image' || child.type === 'definition') &&
      !isSafeUrl(child.url)
    const emptied = 'children' in child && dropUnsafe(child)
    if (unsafe) {
      dropped = true
      if (child.type === 'link') kept.push(...child.children)
      continue
    }
    if (emptied) {
      dropped = true
      if (emptiable.has(child.type) && 'children' in child && child.children.length === 0) continue
    }
    kept.push(child)
  }
  parent.children = kept as typeof parent.children
  return dropped
}
