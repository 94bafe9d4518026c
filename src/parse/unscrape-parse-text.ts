import type { Root } from 'hast'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { textToHast } from './text-to-hast.js'

/**
 * Parser plugin for plain scraped text: turns it into a hast tree shaped like
 * the HTML of the same article (see `textToHast`), so the rest of the
 * pipeline treats both forms alike. Use it where you would use `rehype-parse`.
 */
export const unscrapeParseText: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string, file: VFile): Root => {
    unscrapeData(file).format = 'text'
    return textToHast(document)
  }
}
