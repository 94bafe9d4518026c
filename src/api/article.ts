import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import type { Article } from '../types.js'

/** Assemble the `Article` from a file the unscrape preset has processed. */
export function toArticle(file: VFile, markdown: string = String(file.value ?? '')): Article {
  const data = unscrapeData(file)
  return {
    title: data.meta.title,
    byline: data.meta.byline,
    authors: data.meta.authors,
    publishedAt: data.meta.publishedAt,
    modifiedAt: data.meta.modifiedAt,
    lang: data.meta.lang,
    url: data.meta.url,
    siteName: data.meta.siteName,
    format: data.format,
    sections: data.sections,
    images: data.images,
    quotes: data.quotes,
    removed: data.removed,
    // Removals are `info` messages; warnings are the ones with `fatal: false`.
    warnings: file.messages
      .filter((message) => message.fatal === false)
      .map((message) => ({ rule: message.ruleId ?? null, message: message.reason })),
    text: data.text,
    markdown,
    stats: data.stats,
  }
}
