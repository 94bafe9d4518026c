import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { type Byline, unscrapeData } from '../data.js'
import { isSafeUrl } from '../shared/safe-url.js'
import { collapseWhitespace } from '../shared/text-shape.js'
import type { DateRef, Image } from '../types.js'
import { dateInText } from './date-text.js'
import { bylineNames, looksLikeName, splitNames } from './names.js'
import { toDateRef } from './page-date.js'

/** A date in an article's address: "/2024/05/14/". */
const urlDate = /\/(20\d{2}|19\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/

/**
 * Complete the metadata from what the story's own body says, read after
 * cleaning so that nothing comes from a removed region (a `<time>` in a
 * related card is not the article's date): a `<time>` marked as the
 * publication date in the kept text, then the bylines and datelines the
 * clean stage took out (their `datetime` values, then a date in their
 * text), then a date in the article's URL. Declared metadata wins; no date
 * beats a wrong date.
 *
 * The story's images go to `file.data.unscrape.images`, with the captions
 * and credits the clean stage took out of the text; an image whose address
 * could run code (see `isSafeUrl`) is left out.
 */
export function rehypeUnscrapeBodyMetadata() {
  return (tree: Root, file: VFile): undefined => {
    const data = unscrapeData(file)
    data.images = collectImages(bodyOf(tree))
    const meta = data.meta
    meta.publishedAt ??= markedTime(tree) ?? bylineDate(data.bylines) ?? dateInUrl(meta.url)
    if (meta.authors.length === 0 || meta.byline === null) {
      for (const byline of data.bylines) {
        const names = bylineNames(byline.text)
        if (!names) continue
        if (meta.authors.length === 0) meta.authors = splitNames(names).filter(looksLikeName)
        meta.byline ??= byline.text
        break
      }
    }
  }
}

/** A `<time>` marked as the publication date (`pubdate`, `itemprop="datePublished"`). */
function markedTime(tree: Root): DateRef | null {
  // A plain walk, in document order: it visits every element of the
  // story, where `unist-util-visit`'s ancestor bookkeeping costs more than
  // the reading.
  const walk = (parent: Root | Element): DateRef | null => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (node.tagName !== 'time') {
        const found = walk(node)
        if (found) return found
        continue
      }
      const itemProp = node.properties.itemProp
      const marked =
        node.properties.pubdate !== undefined ||
        (Array.isArray(itemProp) && itemProp.includes('datePublished'))
      const value = node.properties.dateTime
      if (marked && typeof value === 'string') {
        const date = toDateRef(value, 'time')
        if (date.value !== null) return date
      }
    }
    return null
  }
  return walk(tree)
}

/** The first date a removed byline or dateline gives. */
function bylineDate(bylines: readonly Byline[]): DateRef | null {
  for (const byline of bylines) {
    if (byline.published === null) continue
    const date = toDateRef(byline.published, 'time')
    if (date.value !== null) return date
  }
  for (const byline of bylines) {
    for (const value of byline.dateTimes) {
      const date = toDateRef(value, 'byline')
      if (date.value !== null) return date
    }
  }
  for (const byline of bylines) {
    const value = dateInText(byline.text)
    if (value)
      return {
        text: collapseWhitespace(byline.text),
        value,
        precision: 'day',
        basis: 'explicit',
        source: 'byline',
      }
  }
  return null
}

/** A date in the article's address. */
function dateInUrl(url: string | null): DateRef | null {
  const match = url ? urlDate.exec(url) : null
  if (!match || !url) return null
  const date = toDateRef(`${match[1]}-${match[2]}-${match[3]}`, 'url')
  return date.value === null ? null : { ...date, text: url }
}

/** The `<body>` of a page, or the tree itself for fragments and plain text. */
function bodyOf(tree: Root): Root | Element {
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'html') continue
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'body') return child
    }
  }
  return tree
}

/** The story's images, with the captions found for them (`ElementData.caption`). */
function collectImages(scope: Root | Element): Image[] {
  const images: Image[] = []
  const walk = (node: Root | Element, figure: Element | undefined): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'img') {
        const src = typeof child.properties.src === 'string' ? child.properties.src.trim() : ''
        if (!src || !isSafeUrl(src)) continue
        const alt = typeof child.properties.alt === 'string' ? child.properties.alt.trim() : ''
        const parts = figure?.data?.caption
        images.push({
          src,
          alt: alt || null,
          caption: parts?.caption ?? null,
          credit: parts?.credit ?? null,
        })
        continue
      }
      walk(child, child.tagName === 'figure' || child.data?.caption ? child : figure)
    }
  }
  walk(scope, undefined)
  return images
}
