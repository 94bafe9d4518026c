import type { Element } from 'hast'
import { embedded } from 'hast-util-embedded'
import { headingLevel, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/**
 * Microdata properties whose values are data about the page, not words of
 * the story: dates, addresses, sizes, keywords, the publisher and its logo.
 */
const metadataProperties: ReadonlySet<string> = new Set([
  'contentUrl',
  'copyrightYear',
  'dateCreated',
  'dateModified',
  'datePublished',
  'duration',
  'embedUrl',
  'encodingFormat',
  'height',
  'inLanguage',
  'interactionCount',
  'isAccessibleForFree',
  'isFamilyFriendly',
  'keywords',
  'logo',
  'mainEntityOfPage',
  'publisher',
  'thumbnailUrl',
  'uploadDate',
  'url',
  'width',
  'wordCount',
])

/** An ISO 8601 date or date and time: `2019-11-19`, `2019-11-19T08:57:40+01:00`. */
const isoDate =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
/** The end of the name of an image or media file. */
const mediaExtension = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|webm|mov|mp3|m4a)$/i
/** A keyword: one to four words, the first starting with a letter, no sentence punctuation. */
const keyword = /^\p{L}[^\s,.!?;:]*(?: [^\s,.!?;:]+){0,3}$/u
/** Fewest keywords in a list. */
const minKeywords = 3

/** Longest text of a metadata leftover. */
const maxLeftoverText = 300

/**
 * Removes metadata printed as text: the values of microdata properties
 * about the page (`itemprop="datePublished"`, `publisher`, `width`,
 * `keywords`, …) shown in the body, and blocks whose whole text is
 * machine-readable: an ISO timestamp, the address of an image or media file
 * that is not a link, keywords joined by bare commas. The address of a page
 * and a link whose text is its address are the author's and stay.
 */
export const machineText: Rule = {
  id: 'machine-text',
  description:
    'Remove metadata printed as text (microdata values, ISO timestamps, image addresses, keyword lists)',
  element(node) {
    if (textSize(node) === 0 || textSize(node) > maxLeftoverText) return undefined
    if (!showsItsValue(node) && hasMetadataProperty(node)) return 'microdata value'
    const text = textOf(node)
    if (isoDate.test(text)) return 'timestamp'
    if (isKeywordList(text)) return 'keyword list'
    if (isMediaFile(text) && !holdsLink(node)) return 'media file address'
    return undefined
  },
}

/** Whether an element shows what its microdata property says: a link, a heading, an image. */
function showsItsValue(node: Element): boolean {
  return node.tagName === 'a' || headingLevel(node) > 0 || embedded(node)
}

/** The address or name of an image or media file alone: `https://…/photo.jpg?w=500`, `IMG_2041.jpeg`. */
function isMediaFile(text: string): boolean {
  if (/\s/.test(text)) return false
  const path = text.split(/[?#]/, 1)[0] ?? ''
  return mediaExtension.test(path)
}

/** Whether an element carries a microdata property about the page. */
function hasMetadataProperty(node: Element): boolean {
  const itemProp = node.properties.itemProp
  return Array.isArray(itemProp) && itemProp.some((name) => metadataProperties.has(String(name)))
}

/**
 * Keywords joined by bare commas, as a `keywords` attribute holds them:
 * `tech,tech news,SAI`. One of them at least is of several words: nobody
 * writes "word word,word" by hand, while "HTML,CSS,JS" may be the story's.
 */
function isKeywordList(text: string): boolean {
  if (text.includes(', ')) return false
  const items = text.split(',')
  return (
    items.length >= minKeywords &&
    items.every((item) => keyword.test(item)) &&
    items.some((item) => item.includes(' '))
  )
}

/** Whether an element is or holds a link. */
function holdsLink(node: Element): boolean {
  if (node.tagName === 'a') return true
  return node.children.some((child) => child.type === 'element' && holdsLink(child))
}
