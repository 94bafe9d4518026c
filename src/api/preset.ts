import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import type { PluggableList, Preset } from 'unified'
import { rehypeUnscrapeClean } from '../clean/rehype-unscrape-clean.js'
import { rehypeUnscrapeBodyMetadata } from '../metadata/rehype-unscrape-body-metadata.js'
import { rehypeUnscrapeMetadata } from '../metadata/rehype-unscrape-metadata.js'
import { remarkUnscrapeQuotes } from '../quotes/remark-unscrape-quotes.js'
import { remarkUnscrapeStructure } from '../structure/remark-unscrape-structure.js'
import { createFlowHandover } from '../to-mdast/minified-flow.js'
import { rehypeUnscrapeMinifyWhitespace } from '../to-mdast/rehype-unscrape-minify-whitespace.js'
import { rehypeUnscrapeSlimTree } from '../to-mdast/rehype-unscrape-slim-tree.js'
import { toMdastOptionsFor } from '../to-mdast/to-mdast-options.js'
import { markdownSettings } from '../write/settings.js'
import type { Settings } from './options.js'

/**
 * The unscrape stages as a unified preset, to use after a parser
 * (`unscrapeParseHtml` or `rehype-parse` for HTML, `unscrapeParseText` for
 * plain text):
 *
 * 1. `rehypeUnscrapeMetadata` reads the page metadata — before cleaning,
 *    because cleaning removes `<head>`-like chrome the metadata lives in;
 * 2. `rehypeUnscrapeClean` drops dangerous addresses, comments and
 *    invisible characters from the tree and runs the cleaning rules;
 * 3. `rehypeUnscrapeBodyMetadata` completes the metadata from the kept body
 *    and the removed bylines — after cleaning, so a related card's date
 *    never counts;
 * 4. `rehypeUnscrapeSlimTree` drops the properties that the conversion to
 *    Markdown never uses, `rehypeUnscrapeMinifyWhitespace` collapses white
 *    space as the conversion would, only faster, `rehype-remark` turns the
 *    clean HTML tree into a Markdown tree;
 * 5. `remarkUnscrapeStructure` drops addresses whose scheme could run code
 *    (`javascript:` and the like), links and images that show or lead
 *    nowhere, and invisible characters, takes blocks out of headings and
 *    paragraphs and puts stray list items in lists, then builds sections,
 *    paragraphs and sentences;
 * 6. `remarkUnscrapeQuotes` finds the quotes, their speakers and dates;
 * 7. `remark-gfm` + `remark-stringify` write Markdown (tables included).
 *
 * `settings.quotes: false` leaves out step 6 and `settings.markdown: false`
 * step 7 (the processor then has no compiler: run it with `runSync`, not
 * `processSync`); `settings.sentences: false` keeps paragraphs unsplit.
 *
 * Results are on `file.data.unscrape`; `toArticle(file)` assembles them.
 */
export function createPreset(settings?: Partial<Settings> | null): Preset {
  const handover = createFlowHandover()
  const plugins: PluggableList = [
    [rehypeUnscrapeMetadata, { url: settings?.url, publishedAt: settings?.publishedAt }],
    [
      rehypeUnscrapeClean,
      {
        rules: settings?.rules,
        extraRules: settings?.extraRules,
        keepCaptions: settings?.keepCaptions,
        places: settings?.places,
      },
    ],
    rehypeUnscrapeBodyMetadata,
    rehypeUnscrapeSlimTree,
    [rehypeUnscrapeMinifyWhitespace, handover],
    [rehypeRemark, toMdastOptionsFor(handover)],
    [remarkUnscrapeStructure, { sentences: settings?.sentences }],
  ]
  if (settings?.quotes !== false) plugins.push(remarkUnscrapeQuotes)
  if (settings?.markdown !== false) plugins.push(remarkGfm, [remarkStringify, markdownSettings])
  return { plugins }
}

/** The stages with default settings. */
export const unscrapePreset: Preset = createPreset()
