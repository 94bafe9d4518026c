/** What JSON-LD says about the article. */
export interface JsonLdArticle {
  /** `headline` or `name`. */
  headline: string | null
  /** Names of the authors. */
  authors: string[]
  /** `datePublished` as written. */
  datePublished: string | null
  /** `dateModified` as written. */
  dateModified: string | null
  /** `inLanguage`. */
  inLanguage: string | null
  /** `url` or `mainEntityOfPage`. */
  url: string | null
  /** `publisher.name`. */
  publisher: string | null
}

/**
 * `@type`s of articles: any type ending in "Article" (`NewsArticle`,
 * `schema:ReportageNewsArticle`), and three others on their own or after a
 * non-letter (`schema:BlogPosting`).
 */
const articleType = /(?:Article|(?:^|[^a-z])(?:BlogPosting|Report|WebPage))$/i

/**
 * Read the article object out of a page's JSON-LD blocks (`@graph`s and
 * arrays included). Broken JSON is skipped: pages often ship it.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const result: JsonLdArticle = {
    headline: null,
    authors: [],
    datePublished: null,
    dateModified: null,
    inLanguage: null,
    url: null,
    publisher: null,
  }
  const article = blocks.map(parse).flatMap(objectsOf).find(isArticle)
  if (!article) return result
  result.headline = stringOf(article.headline) ?? stringOf(article.name)
  result.authors = listOf(article.author)
    .map((author) => (typeof author === 'string' ? author : stringOf(asObject(author)?.name)))
    .filter((name): name is string => Boolean(name))
  result.datePublished = stringOf(article.datePublished)
  result.dateModified = stringOf(article.dateModified)
  result.inLanguage = stringOf(article.inLanguage)
  result.url = stringOf(article.url) ?? stringOf(asObject(article.mainEntityOfPage)?.['@id'])
  result.publisher = stringOf(asObject(article.publisher)?.name)
  return result
}

type JsonObject = Record<string, unknown>

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Every object in a JSON-LD value: the value, array members and `@graph` members. */
function objectsOf(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf)
  const object = asObject(value)
  if (!object) return []
  return [object, ...objectsOf(object['@graph'])]
}

function isArticle(object: JsonObject): boolean {
  return listOf(object['@type']).some(
    (type) => typeof type === 'string' && articleType.test(type) && type !== 'WebPage',
  )
}

function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}
