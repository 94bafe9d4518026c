export { toArticle } from './api/article.js'
export { clean } from './api/clean.js'
export type { FormatOption, Options } from './api/options.js'
export { createPreset, unscrapePreset } from './api/preset.js'
export { rehypeUnscrapeClean } from './clean/rehype-unscrape-clean.js'
export type {
  CleanOptions,
  Finding,
  Prune,
  PruneResult,
  Rule,
  RuleContext,
  RuleHooks,
  RulesOption,
} from './clean/rule.js'
export { rules } from './clean/rules/index.js'
export type { UnscrapeData } from './data.js'
export type { UnscrapeErrorCode } from './error.js'
export { UnscrapeError } from './error.js'
export { rehypeUnscrapeBodyMetadata } from './metadata/rehype-unscrape-body-metadata.js'
export type { MetadataOptions } from './metadata/rehype-unscrape-metadata.js'
export { rehypeUnscrapeMetadata } from './metadata/rehype-unscrape-metadata.js'
export { detectFormat } from './parse/detect-format.js'
export type { MarkdownToHastResult } from './parse/markdown-to-hast.js'
export { markdownToHast } from './parse/markdown-to-hast.js'
export { textToHast } from './parse/text-to-hast.js'
export type { ParseHtmlOptions } from './parse/unscrape-parse-html.js'
export { unscrapeParseHtml } from './parse/unscrape-parse-html.js'
export { unscrapeParseMarkdown } from './parse/unscrape-parse-markdown.js'
export { unscrapeParseText } from './parse/unscrape-parse-text.js'
export { remarkUnscrapeQuotes } from './quotes/remark-unscrape-quotes.js'
export { toReport } from './report/to-report.js'
export type { SentenceSpan } from './shared/sentences.js'
export { splitSentences } from './shared/sentences.js'
export type { StructureOptions } from './structure/remark-unscrape-structure.js'
export { remarkUnscrapeStructure } from './structure/remark-unscrape-structure.js'
export type * from './types.js'
export { markdownSettings } from './write/settings.js'
