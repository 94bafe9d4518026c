import type { Element } from 'hast'
import type { State } from 'hast-util-to-mdast'
import type { Link, Text } from 'mdast'
import type { Options as ToMdastOptions } from 'rehype-remark'
import { handleTable } from './bounded-table.js'
import { type FlowHandover, handleMinifiedFlow, minifiedFlowType } from './minified-flow.js'

/**
 * How the clean HTML tree becomes a Markdown tree (rehype-remark).
 *
 * `<base>` is ignored: links and images keep their addresses as written.
 * Resolving against it would throw on pages whose `<base href>` is not an
 * absolute URL (`<base href="/">`, which real pages have), and would make
 * `Article.images` disagree with the page.
 *
 * Comments are dropped: rehype-remark would write them as raw HTML, and the
 * Markdown holds none (`<!-- -->` can hide or smuggle markup in renderers).
 *
 * `<video>` and `<audio>` become a link to their source labelled by their
 * `title`, else “Video” or “Audio”, with a space on each side; without a
 * source they
 * go. What they hold is left out: a browser shows it only when it cannot
 * play the media (“Your browser does not support the video tag”).
 *
 * A table too big to read as a grid is written row by row (`handleTable`).
 */
export const toMdastOptions: Readonly<ToMdastOptions> = {
  handlers: {
    audio: mediaLink('Audio'),
    base() {
      return undefined
    },
    table: handleTable,
    video: mediaLink('Video'),
  },
  nodeHandlers: {
    comment() {
      return undefined
    },
  },
}

/**
 * `toMdastOptions`, also converting the content that
 * `rehypeUnscrapeMinifyWhitespace` handed over through `handover`.
 */
export function toMdastOptionsFor(handover: FlowHandover): ToMdastOptions {
  return {
    ...toMdastOptions,
    nodeHandlers: {
      ...toMdastOptions.nodeHandlers,
      [minifiedFlowType]: handleMinifiedFlow(handover),
    },
  }
}

/**
 * A handler that turns a media element into a labelled link to its source,
 * set off by a space on each side: a player is a box of its own, and its
 * label must not run into the words beside it (`listen[Audio](…)`).
 */
function mediaLink(label: string) {
  return (state: State, node: Element): Array<Link | Text> | undefined => {
    const source = mediaSource(node)
    if (!source) return undefined
    const name = typeof node.properties.title === 'string' ? node.properties.title.trim() : ''
    const link: Link = {
      type: 'link',
      url: state.resolve(source),
      title: null,
      children: [{ type: 'text', value: name || label }],
    }
    state.patch(node, link)
    return [{ type: 'text', value: ' ' }, link, { type: 'text', value: ' ' }]
  }
}

/** The address a media element plays: its `src`, else that of its first `<source>` with one. */
function mediaSource(node: Element): string {
  if (typeof node.properties.src === 'string' && node.properties.src.trim()) {
    return node.properties.src
  }
  for (const child of node.children) {
    if (child.type !== 'element' || child.tagName !== 'source') continue
    const src = child.properties.src
    if (typeof src === 'string' && src.trim()) return src
  }
  return ''
}
