import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { collapseWhitespace } from '../shared/text-shape.js'
import type { DateRef, DateSource } from '../types.js'
import { readJsonLd } from './json-ld.js'
import { splitNames, unique } from './names.js'
import { toDateRef } from './page-date.js'
import { cleanTitle, titleParts } from './title.js'

/** Configuration for `rehypeUnscrapeMetadata`. */
export interface MetadataOptions {
  /** The article's address; wins over the page's (default: none). */
  url?: string | null | undefined
  /** The publication date; wins over the page's (default: none). */
  publishedAt?: string | Date | null | undefined
}

const emptyOptions: Readonly<MetadataOptions> = {}

/** What one walk over the page collects. */
interface PageFacts {
  meta: Map<string, string>
  titleTag: string | null
  firstH1: string | null
  canonical: string | null
  lang: string | null
  jsonLd: string[]
}

/**
 * Read page metadata (title, authors, publication and modification dates,
 * language, URL, site name) from what the page declares: `<head>` —
 * OpenGraph, `article:*` and `name=` meta, JSON-LD `NewsArticle` — the
 * `<h1>` and `lang`. Puts it on `file.data.unscrape.meta`; the tree is not
 * changed. What only the body says (bylines, `<time>`) is read after
 * cleaning, by `rehypeUnscrapeBodyMetadata`, so a related story's date never
 * counts.
 */
export function rehypeUnscrapeMetadata(options?: MetadataOptions | null) {
  const settings = options ?? emptyOptions
  return (tree: Root, file: VFile): undefined => {
    const facts = collect(tree)
    const ld = readJsonLd(facts.jsonLd)
    const meta = unscrapeData(file).meta

    meta.title = pickTitle(facts, ld.headline)
    meta.authors = pickAuthors(facts, ld.authors)
    meta.byline = first(facts.meta.get('author'), meta.authors.join(', ')) ?? null
    meta.lang = first(facts.lang, facts.meta.get('content-language'), ld.inLanguage) ?? null
    meta.url = webUrl(first(settings.url, facts.canonical, facts.meta.get('og:url'), ld.url))
    meta.siteName =
      first(facts.meta.get('og:site_name'), ld.publisher, facts.meta.get('application-name')) ??
      null
    meta.publishedAt = pickPublished(settings.publishedAt, facts, ld.datePublished)
    meta.modifiedAt = firstDate([
      [ld.dateModified, 'json-ld'],
      [facts.meta.get('article:modified_time'), 'meta'],
      [facts.meta.get('og:updated_time'), 'meta'],
      [facts.meta.get('datemodified'), 'meta'],
      [facts.meta.get('last-modified'), 'meta'],
    ])
  }
}

/** Walk the page once and note every fact metadata may come from. */
function collect(tree: Root): PageFacts {
  const facts: PageFacts = {
    meta: new Map(),
    titleTag: null,
    firstH1: null,
    canonical: null,
    lang: null,
    jsonLd: [],
  }
  // A plain walk: this one visits every element of the page, where
  // `unist-util-visit`'s ancestor bookkeeping costs more than the reading.
  const walk = (parent: Root | Element): void => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      switch (node.tagName) {
        case 'html':
          facts.lang ??= stringProperty(node, 'lang')
          break
        case 'meta': {
          const key = (
            stringProperty(node, 'property') ??
            stringProperty(node, 'name') ??
            stringProperty(node, 'httpEquiv') ??
            stringProperty(node, 'itemProp')
          )?.toLowerCase()
          const content = stringProperty(node, 'content')
          if (key && content && !facts.meta.has(key))
            facts.meta.set(key, collapseWhitespace(content))
          continue
        }
        case 'title':
          if (parent.type === 'element' && parent.tagName === 'svg') continue
          facts.titleTag ??= collapseWhitespace(toText(node))
          continue
        case 'link':
          if (relOf(node).includes('canonical')) facts.canonical ??= stringProperty(node, 'href')
          continue
        case 'script':
          if (stringProperty(node, 'type')?.toLowerCase() === 'application/ld+json') {
            facts.jsonLd.push(toText(node, { whitespace: 'pre' }))
          }
          continue
        case 'h1':
          facts.firstH1 ??= collapseWhitespace(toText(node)) || null
          continue
        default:
          break
      }
      walk(node)
    }
  }
  walk(tree)
  return facts
}

/**
 * The title: the page's `<h1>` when it agrees with a title the head declares
 * (OpenGraph, JSON-LD or `<title>` without its " | Site" suffix), else the
 * declared one, else the `<h1>`.
 */
function pickTitle(facts: PageFacts, headline: string | null): string | null {
  const siteName = facts.meta.get('og:site_name') ?? null
  const declared = [facts.meta.get('og:title'), headline, facts.titleTag]
    .map((value) => (value ? cleanTitle(value, siteName) : null))
    .filter((value): value is string => Boolean(value))
  const h1 = facts.firstH1
  const agrees = (value: string) =>
    h1 !== null && (sameText(value, h1) || titleParts(value).some((part) => sameText(part, h1)))
  if (h1 && (declared.some(agrees) || (facts.titleTag && agrees(facts.titleTag)))) return h1
  return declared[0] ?? h1
}

/** The publication date: the caller's, then JSON-LD, then meta. */
function pickPublished(
  given: string | Date | null | undefined,
  facts: PageFacts,
  ldPublished: string | null,
): DateRef | null {
  if (given) {
    return toDateRef(given instanceof Date ? given.toISOString() : given, 'option')
  }
  return firstDate([
    [ldPublished, 'json-ld'],
    [facts.meta.get('article:published_time'), 'meta'],
    [facts.meta.get('og:published_time'), 'meta'],
    [facts.meta.get('datepublished'), 'meta'],
    [facts.meta.get('parsely-pub-date'), 'meta'],
    [facts.meta.get('sailthru.date'), 'meta'],
    [facts.meta.get('date'), 'meta'],
    [facts.meta.get('dc.date'), 'meta'],
    [facts.meta.get('dc.date.issued'), 'meta'],
  ])
}

/** The first candidate that is a resolvable date. */
function firstDate(candidates: Array<[string | null | undefined, DateSource]>): DateRef | null {
  for (const [value, source] of candidates) {
    if (!value) continue
    const date = toDateRef(value, source)
    if (date.value !== null) return date
  }
  return null
}

/**
 * The authors: JSON-LD's, else the `author` meta split into names; an
 * `article:author` that is a profile URL is not a name.
 */
function pickAuthors(facts: PageFacts, ldAuthors: string[]): string[] {
  if (ldAuthors.length > 0) return unique(ldAuthors)
  for (const key of [
    'author',
    'article:author',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  ]) {
    const value = facts.meta.get(key)
    if (value && !/^https?:\/\//i.test(value)) return splitNames(value)
  }
  return []
}

/** Compare two titles ignoring case, punctuation and spacing. */
function sameText(a: string, b: string): boolean {
  const simplify = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return simplify(a) === simplify(b)
}

/** The first non-empty value. */
function first(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) if (value) return value
  return undefined
}

/**
 * Keep only web addresses: the article's own address is an `http(s):` one.
 * Stricter than `isSafeUrl`, which also lets relative, `mailto:` and `tel:`
 * addresses through: those are safe to write out but are not where the
 * article lives.
 */
function webUrl(value: string | undefined): string | null {
  if (!value) return null
  return /^https?:\/\//i.test(value.trim()) ? value.trim() : null
}

/** A property as a string, if it is one. */
function stringProperty(node: Element, name: string): string | null {
  const value = node.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return null
}

/** The `rel` tokens of a link. */
function relOf(node: Element): string[] {
  const rel = node.properties.rel
  return Array.isArray(rel) ? rel.map((token) => String(token).toLowerCase()) : []
}
