import type { Root } from 'hast'
import { parse } from 'parse5'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import { hastFromParse5 } from './hast-from-parse5.js'
import { defaultMaxDepth, limitDepth, warnFlattened } from './limit-depth.js'

/** Configuration for `unscrapeParseHtml`. */
export interface ParseHtmlOptions {
  /**
   * Deepest element level kept (default: 128). Elements below it are
   * flattened into their text, with a `depth-limit` warning.
   */
  maxDepth?: number | null | undefined
  /**
   * Give every node its position in the input (default: `true`, as
   * `rehype-parse` does). Tracking source locations costs about two fifths
   * of the parse; leave it off when nothing reads positions.
   */
  positions?: boolean | null | undefined
}

/**
 * Parser plugin for HTML: parse5 on a whole document, as `rehype-parse`
 * does, with the element depth capped between parsing and building the
 * hast tree, which `hastFromParse5` builds as `hast-util-from-parse5` would.
 *
 * Broken generators nest elements by the hundred thousand; every recursive
 * tree walk, the hast conversion first, would overflow the call stack on
 * them. Past `maxDepth`, elements are flattened into their text (block
 * breaks kept) and the file gets a `depth-limit` warning. Use it where you
 * would use `rehype-parse`.
 */
export const unscrapeParseHtml: Plugin<[(ParseHtmlOptions | null | undefined)?], string, Root> =
  function (this: Processor, options) {
    const maxDepth = options?.maxDepth ?? defaultMaxDepth
    const positions = options?.positions !== false
    this.parser = (document: string, file: VFile): Root => {
      const tree = parse(document, { sourceCodeLocationInfo: positions, scriptingEnabled: false })
      const flattened = limitDepth(tree, maxDepth)
      warnFlattened(file, maxDepth, flattened.length)
      return hastFromParse5(tree, document, flattened.length > 0 ? new Set(flattened) : undefined)
    }
  }
