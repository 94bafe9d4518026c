import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { toArticle } from './article.js'
import { UnscrapeError } from './error.js'
import { normalizeOptions, type Options } from './options.js'
import { detectFormat } from './parse/detect-format.js'
import { unscrapeParseText } from './parse/unscrape-parse-text.js'
import { createPreset } from './preset.js'
import type { Article } from './types.js'

/**
 * Clean a scraped article: find its metadata, remove the junk, split it into
 * sections, paragraphs and sentences, and write it as Markdown.
 *
 * @param input The scraped page: HTML (a whole page or a fragment) or plain text.
 * @param options Configuration (optional).
 * @returns The clean article.
 * @throws {UnscrapeError} `invalid-input` when `input` is not a string;
 *   `invalid-option` when an option is wrong or names an unknown rule.
 */
export function clean(input: string, options?: Options | null): Article {
  if (typeof input !== 'string') {
    throw new UnscrapeError(
      'invalid-input',
      `Expected \`input\` to be a string, not ${typeof input}`,
    )
  }
  const settings = normalizeOptions(options)
  const format = settings.format === 'auto' ? detectFormat(input) : settings.format
  const parser = format === 'html' ? unified().use(rehypeParse) : unified().use(unscrapeParseText)
  const processor = parser.use(createPreset(settings))
  const file = new VFile({ value: input })
  const tree = processor.parse(file)
  const result = processor.runSync(tree, file)
  const markdown = String(processor.stringify(result, file))
  return toArticle(file, markdown)
}
