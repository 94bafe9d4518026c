import type { Options as ToMdastOptions } from 'rehype-remark'
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
 */
export const toMdastOptions: Readonly<ToMdastOptions> = {
  handlers: {
    base() {
      return undefined
    },
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
