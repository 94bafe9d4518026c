import type { Root } from 'hast'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { defaultMaxDepth, warnFlattened } from './limit-depth.js'
import { markdownToHast } from './markdown-to-hast.js'

/**
 * unified parser for Markdown, such as the Markdown many scrapers and
 * crawlers save: it builds the same kind of hast tree as HTML gives, so the
 * unscrape preset cleans it like a page (raw HTML blocks included; see
 * `markdownToHast`).
 */
export const unscrapeParseMarkdown: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string, file: VFile): Root => {
    unscrapeData(file).format = 'markdown'
    const { tree, flattened } = markdownToHast(document)
    warnFlattened(file, defaultMaxDepth, flattened)
    return tree
  }
}
