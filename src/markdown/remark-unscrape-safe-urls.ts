import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { isSafeUrl } from './safe-url.js'

/**
 * Drop every output URL whose scheme could run code (see `isSafeUrl`):
 * a link with one becomes its text, an image or a definition with one is
 * removed — in the Markdown tree and in the article's images alike.
 *
 * A page written to attack whoever renders its Markdown gets nothing
 * clickable out of it; its words stay. No warning: `data:` placeholders of
 * lazy-loaded images are on ordinary pages, not a sign of an attack.
 */
export const remarkUnscrapeSafeUrls: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
    if (isSafeUrl(node.url)) return
    const kept = node.type === 'link' ? node.children : []
    parent.children.splice(index, 1, ...(kept as typeof parent.children))
    return [SKIP, index]
  })
  const data = unscrapeData(file)
  data.images = data.images.filter((image) => isSafeUrl(image.src))
}
