import type { Root } from 'hast'
import { type FlowHandover, handOverFlow } from './minified-flow.js'
import { minifyWhitespace } from './minify-whitespace.js'

/**
 * Collapse the white space of the clean tree as `rehype-remark` would, and
 * hand the content over beside the tree: `rehype-remark` then neither
 * copies it nor collapses its white space again. The same Markdown, in
 * less than half the time the conversion took (see `minifyWhitespace`).
 * Whole pipeline, measured with `npm run bench -- <wcxb> --limit 150
 * --rounds 2 --baseline <a build without this step, where rehype-remark
 * minifies with hast-util-minify-whitespace>`: `clean()` took 0.77 of the
 * time (0.75 with sentences and quotes off), where a build compared with
 * itself read 0.94 (0.95).
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
