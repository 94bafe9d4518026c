import { type Article, clean, type Options } from '../src/index.js'

/** A page body with enough story prose around the case to look like an article. */
export function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour pact signed | The Coast Times</title></head><body>${body}</body></html>`
}

/** A paragraph of story prose, for context around a case. */
export const storyParagraph =
  '<p>The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, the ferry operators and the town council, officials said in a statement.</p>'

/**
 * Clean HTML with `main-content`, `duplicate` and `furniture-score` off, so
 * a rule's case is judged by that rule alone (the small test pages have no
 * real main container to find, repeat `storyParagraph` as filler, and are
 * no page layout for a model of layouts to judge).
 */
export function cleanHtml(html: string, options: Options = {}): Article {
  return clean(html, {
    format: 'html',
    ...options,
    rules: {
      'main-content': false,
      duplicate: false,
      'furniture-score': false,
      ...options.rules,
    },
  })
}

/** The texts a rule removed. */
export function removedBy(article: Article, rule: string): string[] {
  return article.removed.filter((removal) => removal.rule === rule).map((removal) => removal.text)
}
