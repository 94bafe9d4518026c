import type { Root } from 'hast'
import { holdMinifiedFlow } from './minified-flow.js'
import { minifyWhitespace } from './minify-whitespace.js'

/**
 * Collapse the white space of the clean tree as `rehype-remark` would, and
 * hand the content over so that it does not do it again: the same Markdown,
 * for about two fifths less time in the conversion (see `minifyWhitespace`).
 *
 * The tree it leaves is for `rehype-remark` with `toMdastOptions` only,
 * whose handler reads it (`handleMinifiedFlow`): run it last before the
 * conversion.
 */
export function rehypeUnscrapeMinifyWhitespace() {
  return (tree: Root): undefined => {
    minifyWhitespace(tree)
    holdMinifiedFlow(tree)
  }
}
