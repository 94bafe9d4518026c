import type { Link, Nodes, Parent, Root } from 'mdast'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { visibleText } from '../shared/safe-text.js'
import { browserUrl, isSafeUrl } from '../shared/safe-url.js'
import type { Image, Metadata } from '../types.js'

/** Blocks that are nothing once what they held is gone. */
const emptiable: ReadonlySet<string> = new Set([
  'blockquote',
  'heading',
  'list',
  'listItem',
  'paragraph',
  'table',
  'tableCell',
  'tableRow',
])

/**
 * An e-mail address as CommonMark reads one in an autolink (`<a@b.c>`).
 * A `mailto:` link whose text is its address is written that way.
 */
const autolinkEmail =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?)*$/

/**
 * Make the Markdown tree safe to write and to render, and its text what a
 * reader sees:
 *
 * - addresses are read as a browser reads them (spaces and controls at the
 *   ends stripped, line breaks removed: see `browserUrl`), and every one
 *   whose scheme could run code is dropped (see `isSafeUrl`);
 * - a link with such an address, with none, inside another link (a
 *   `<video>` in an `<a>`: CommonMark reads no link in a link, and shows the
 *   outer one's brackets), or that would be written as an autolink
 *   CommonMark does not read as one (a `mailto:` link whose text, its
 *   address, is no e-mail address) becomes its text; a link with no text
 *   left and no image goes;
 * - an image with such an address or none goes (it shows nothing; its alt
 *   text describes a picture that is not there), and so does a definition;
 * - raw HTML goes (the unscrape stages make none; a chain of one's own may
 *   pass on a comment);
 * - text, code (its language and info string too), alt text and titles
 *   lose control, invisible and reordering characters (see `visibleText`);
 *   so do the page metadata and the article's images;
 * - a paragraph, list item, list, quotation, table, row or cell left with
 *   nothing goes too: an empty list item is written as a bare `1.`, which a
 *   renderer reads as words of the paragraph before it, and a table with no
 *   rows as a bare `| |`, read as text.
 *
 * A page written to attack whoever renders its Markdown gets nothing
 * clickable out of it; its words stay. No warning: `data:` placeholders of
 * lazy-loaded images are on ordinary pages, not a sign of an attack.
 */
export function makeMarkdownSafe(tree: Root, file: VFile): undefined {
  tidyChildren(tree)
  const data = unscrapeData(file)
  cleanMetadata(data.meta)
  data.images = data.images.flatMap(safeImage)
}

/**
 * Rebuild a parent's children without what is unsafe or empty, depth first
 * (one pass per parent: taking nodes out one by one would cost the square
 * of their number). Returns whether anything was taken out below it.
 */
function tidyChildren(parent: Parent, inLink = false): boolean {
  let dropped = false
  const kept: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') {
      child.value = visibleText(child.value)
      if (child.type === 'code') {
        // The info string is written after the fence: a reader sees it too.
        child.lang = child.lang ? visibleText(child.lang) || null : child.lang
        child.meta = child.meta ? visibleText(child.meta) || null : child.meta
      }
      if (child.value === '' && child.type !== 'code') {
        dropped = true
        continue
      }
    } else if (child.type === 'html') {
      dropped = true
      continue
    } else if (child.type === 'image' || child.type === 'definition') {
      child.url = browserUrl(child.url)
      if (!child.url || !isSafeUrl(child.url)) {
        dropped = true
        continue
      }
      if (child.title) child.title = visibleText(child.title)
      if (child.type === 'image' && child.alt) child.alt = visibleText(child.alt)
    }
    const emptied = 'children' in child && tidyChildren(child, inLink || child.type === 'link')
    if (emptied) dropped = true
    if (child.type === 'link') {
      child.url = browserUrl(child.url)
      if (child.title) child.title = visibleText(child.title)
      if (inLink || !child.url || !isSafeUrl(child.url) || isBrokenAutolink(child)) {
        dropped = true
        kept.push(...child.children)
        continue
      }
      if (!showsSomething(child)) {
        dropped = true
        continue
      }
    }
    if (
      emptied &&
      emptiable.has(child.type) &&
      'children' in child &&
      child.children.length === 0
    ) {
      continue
    }
    kept.push(child)
  }
  parent.children = kept as typeof parent.children
  return dropped
}

/** Whether a node holds text other than white space, or an image. */
function showsSomething(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.trim() !== ''
  return 'children' in node && (node.children as Nodes[]).some(showsSomething)
}

/**
 * Whether the writer would write a link as an autolink that CommonMark does
 * not read as one: `mailto:` and its text, when the text is no e-mail
 * address (`<name~example.org>`, an address hidden from robots, would show
 * its angle brackets and link nowhere).
 */
function isBrokenAutolink(link: Link): boolean {
  const only = link.children[0]
  return (
    link.children.length === 1 &&
    only?.type === 'text' &&
    link.url === `mailto:${only.value}` &&
    !autolinkEmail.test(only.value)
  )
}

/** Metadata strings as a reader sees them; one left empty is `null`. */
function cleanMetadata(meta: Metadata): undefined {
  meta.title = readable(meta.title)
  meta.byline = readable(meta.byline)
  meta.siteName = readable(meta.siteName)
  meta.authors = meta.authors.flatMap((author) => readable(author) ?? [])
  for (const date of [meta.publishedAt, meta.modifiedAt]) {
    if (date) date.text = readable(date.text) ?? ''
  }
}

/** An image of the article with a safe address and readable text, or none. */
function safeImage(image: Image): Image[] {
  const src = browserUrl(image.src)
  if (!src || !isSafeUrl(src)) return []
  return [
    {
      src,
      alt: readable(image.alt),
      caption: readable(image.caption),
      credit: readable(image.credit),
    },
  ]
}

/**
 * A short text as a reader sees it (see `visibleText`), white space
 * collapsed where anything changed; `null` when nothing is left.
 */
function readable(value: string | null): string | null {
  if (value === null) return null
  const visible = visibleText(value)
  if (visible === value) return value
  return visible.replace(/\s+/g, ' ').trim() || null
}
