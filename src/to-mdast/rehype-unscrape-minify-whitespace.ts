import type { Root } from 'hast'
import { type FlowHandover, handOverFlow } from './minified-flow.js'
import { minifyWhitespace } from './minify-whitespace.js'

/**
 * Collapse the white space of the clean tree as `rehype-remark` would, and
 * hand the content over beside the tree: `rehype-remark` then neither
 * copies it nor collapses its white space again. The same Markdown, in
 * less than half the time the conversion took (see `minifyWhitespace`).
 *
 * The tree it leaves holds a stand-in only: run it right before
 * `rehype-remark`, with the same handover in `toMdastOptionsFor`, whose
 * handler converts the content.
 *
 * @param handover Where the content waits for the conversion.
 */
export function rehypeUnscrapeMinifyWhitespace(handover: FlowHandover) {
  return (tree: Root): undefined => {
    minifyWhitespace(tree)
    handOverFlow(tree, handover)
  }
}
