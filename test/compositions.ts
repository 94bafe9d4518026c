import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { type Processor, unified } from 'unified'
import {
  type Article,
  createPreset,
  type InputFormat,
  markdownSettings,
  rehypeUnscrapeBodyMetadata,
  rehypeUnscrapeClean,
  rehypeUnscrapeMetadata,
  remarkUnscrapeQuotes,
  remarkUnscrapeStructure,
  toArticle,
  unscrapeParseHtml,
  unscrapeParseMarkdown,
  unscrapeParseText,
  unscrapePreset,
} from '../src/index.js'

/**
 * The ways the documentation shows to compose the exported stages into a chain of
 * one's own, each with the input form it reads: a parser and the preset,
 * and every stage by hand. Safety must not depend on using `clean()`.
 */
export interface Composition {
  /** What the chain is. */
  name: string
  /** The input form it reads. */
  format: InputFormat
  /** A fresh processor. */
  processor: () => Processor
}

// Processors of different plugins have different types; a chain is a chain.
const chain = (build: () => unknown) => build as () => Processor

export const compositions: readonly Composition[] = [
  {
    name: 'unscrapeParseHtml + unscrapePreset',
    format: 'html',
    processor: chain(() => unified().use(unscrapeParseHtml).use(unscrapePreset)),
  },
  {
    name: 'rehype-parse + unscrapePreset',
    format: 'html',
    processor: chain(() => unified().use(rehypeParse).use(unscrapePreset)),
  },
  {
    name: 'unscrapeParseText + createPreset',
    format: 'text',
    processor: chain(() =>
      unified()
        .use(unscrapeParseText)
        .use(createPreset({ rules: { 'link-list': false }, url: 'https://example.com/storm' })),
    ),
  },
  {
    name: 'unscrapeParseMarkdown + unscrapePreset',
    format: 'markdown',
    processor: chain(() => unified().use(unscrapeParseMarkdown).use(unscrapePreset)),
  },
  {
    name: 'every stage by hand',
    format: 'html',
    processor: chain(() =>
      unified()
        .use(rehypeParse)
        .use(rehypeUnscrapeMetadata)
        .use(rehypeUnscrapeClean)
        .use(rehypeUnscrapeBodyMetadata)
        .use(rehypeRemark)
        .use(remarkUnscrapeStructure)
        .use(remarkUnscrapeQuotes)
        .use(remarkGfm)
        .use(remarkStringify, markdownSettings),
    ),
  },
]

/** Run a composition on one input: the article. */
export function runComposition(composition: Composition, input: string): Article {
  const file = composition.processor().processSync(input)
  return toArticle(file)
}
