import type { Element, Nodes, Root } from 'hast'
import { headingTags, separatedTags, silentTags } from '../shared/tag-names.js'
import {
  collapseWhitespace,
  endsLikeSentence,
  nonSpaceLength,
  wordCount,
} from '../shared/text-shape.js'

/** Whether a node is an element, optionally of one of the given tags. */
export function isElement(node: Nodes | undefined, tags?: ReadonlySet<string>): node is Element {
  return node?.type === 'element' && (!tags || tags.has(node.tagName))
}

/** The heading level of `h1`–`h6`, or 0. */
export function headingLevel(node: Element): number {
  return headingTags.has(node.tagName) ? Number(node.tagName.charAt(1)) : 0
}

/**
 * Whether an element is a heading, or wraps one and nothing else (a `<div>`
 * around an `<h2>`, as page builders put every block in wrappers of its
 * own): either way it titles what follows it.
 */
export function isHeadingBlock(node: Element): boolean {
  for (let inner: Element | undefined = node; inner; ) {
    if (headingLevel(inner) > 0) return true
    const elements = childElements(inner)
    const ownText = inner.children.some((child) => child.type === 'text' && child.value.trim())
    inner = elements.length === 1 && !ownText ? elements[0] : undefined
  }
  return false
}

/** Text measures of a node. */
interface Measures {
  /** Its visible text, as written, once asked for. */
  text: string | undefined
  /** That text with whitespace collapsed, once asked for. */
  collapsed: string | undefined
  /** Non-space characters of its text. */
  total: number
  /** Non-space characters of its text inside links. */
  linked: number
  /** Headings inside it that link to another page as a whole (see `isLinkedHeading`). */
  linkedHeadings: number
}

/** Measures of the nodes of a tree, remembered while it does not change under them. */
export interface TreeMeasures {
  /** Text measures, by node. */
  readonly text: Map<Element | Root, Measures>
  /**
   * Whether an element is or holds a mark of the story's own container
   * (see `isStoryMark`), by element. Apart from the text measures: it
   * needs no text counted.
   */
  readonly storyMarks: Map<Element, boolean>
}

/** Measures of a tree not measured yet. */
export function createMeasures(): TreeMeasures {
  return { text: new Map(), storyMarks: new Map() }
}

/** Forget what `measures` remember of a node, whose subtree changed. */
export function forgetMeasures(measures: TreeMeasures, node: Element | Root): void {
  measures.text.delete(node)
  if (node.type === 'element') measures.storyMarks.delete(node)
}

/** The measures in use, while a phase runs (see `withMeasures`). */
let memo: TreeMeasures | undefined

/**
 * Run `task` with text measures remembered per node: each node's text is
 * then computed once, from its children's, instead of once per rule that
 * asks. Only for phases that decide about a node before anything inside it
 * changes (the clean stage's walk is such: it decides top-down).
 *
 * @param measures Measures to start from and add to (default: none): those
 *   of an earlier phase, less every node whose subtree changed since.
 */
export function withMeasures<T>(task: () => T, measures: TreeMeasures = createMeasures()): T {
  const previous = memo
  memo = measures
  try {
    return task()
  } finally {
    memo = previous
  }
}

/** Count a node's characters (not its text: most nodes never need it built). */
function measure(node: Element | Root): Measures {
  const known = memo?.text.get(node)
  if (known) return known
  let total = 0
  let linked = 0
  let linkedHeadings = 0
  for (const child of node.children) {
    if (child.type === 'text') {
      total += nonSpaceLength(child.value)
    } else if (child.type === 'element' && !silentTags.has(child.tagName)) {
      const inner = measure(child)
      total += inner.total
      linked += child.tagName === 'a' ? inner.total : inner.linked
      linkedHeadings += inner.linkedHeadings + (isLinkedHeading(child) ? 1 : 0)
    }
  }
  const measures: Measures = {
    text: undefined,
    collapsed: undefined,
    total,
    linked,
    linkedHeadings,
  }
  memo?.text.set(node, measures)
  return measures
}

/** A node's visible text, as written, remembered on its measures when there are some. */
function visibleText(node: Element | Root): string {
  const measures = memo?.text.get(node)
  if (measures?.text !== undefined) return measures.text
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && !silentTags.has(child.tagName)) {
      // Cells, rows and lines are apart on the screen even with no space
      // between their tags: `<td>Fee</td><td>4.50</td>` reads "Fee 4.50".
      text += separatedTags.has(child.tagName) ? ` ${visibleText(child)} ` : visibleText(child)
    }
  }
  if (measures) measures.text = text
  return text
}

/**
 * How much visible text an element has, in non-space characters: a cheap
 * gate before `textOf` (which builds the text) on large containers.
 */
export function textSize(node: Element | Root): number {
  return measure(node).total
}

/**
 * How many headings that link to another page an element holds: a cheap
 * gate before looking for teaser cards. While the tree is cleaned this may
 * count headings removed since, never fewer than there are.
 */
export function linkedHeadingCount(node: Element | Root): number {
  return measure(node).linkedHeadings
}

/**
 * Whether an element may hold the story's own container or title (see
 * `isStoryMark`): a cheap gate before looking closer. While the tree is
 * cleaned this may still say yes for a mark removed since, never no for
 * one that is there.
 */
export function mayHoldStory(node: Element): boolean {
  const known = memo?.storyMarks.get(node)
  if (known !== undefined) return known
  let found = isStoryMark(node)
  for (const child of node.children) {
    if (found) break
    if (child.type === 'element' && !silentTags.has(child.tagName)) found = mayHoldStory(child)
  }
  memo?.storyMarks.set(node, found)
  return found
}

/** Elements that may mark the story: `<main>`, `<article>`, `<h1>`, the article body. */
function isStoryMark(node: Element): boolean {
  return (
    node.tagName === 'main' ||
    node.tagName === 'article' ||
    node.tagName === 'h1' ||
    isArticleBody(node)
  )
}

/** The element's visible text (scripts and styles left out) with whitespace collapsed. */
export function textOf(node: Element | Root): string {
  const measures = measure(node)
  measures.collapsed ??= collapseWhitespace(visibleText(node))
  return measures.collapsed
}

/** Class and id tokens already read; they do not change while a page is cleaned. */
const names = new WeakMap<Element, string>()

/**
 * The element's `class` and `id` tokens, lowercased, joined by spaces. A
 * heading's id made from its own words (the anchor `what-share-of-voters`
 * of "What share of voters …") is its text, not a name, and is left out.
 */
export function nameTokens(node: Element): string {
  const className = node.properties.className
  const id = node.properties.id
  // Most elements have neither: nothing to build or remember.
  if (!Array.isArray(className) && typeof id !== 'string') return ' '
  let tokens = names.get(node)
  if (tokens === undefined) {
    const classes = Array.isArray(className) ? className.join(' ') : ''
    const ownId = typeof id === 'string' && !isTextAnchor(node, id) ? id : ''
    tokens = `${classes} ${ownId}`.toLowerCase()
    names.set(node, tokens)
  }
  return tokens
}

/** Fewest words of a heading's anchor made from its text. */
const minAnchorWords = 3

/** Whether `id` is an anchor made from a heading's first words ("what-share-of-voters"). */
function isTextAnchor(node: Element, id: string): boolean {
  if (headingLevel(node) === 0) return false
  const idWords = id.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (idWords.length < minAnchorWords) return false
  const textWords =
    textOf(node)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return idWords.every((word, index) => textWords[index] === word)
}

/**
 * Share of an element's text (non-space characters) that sits inside links:
 * near 1 for menus and link lists, near 0 for prose.
 */
export function linkDensity(node: Element): number {
  const { total, linked } = measure(node)
  return total === 0 ? 0 : linked / total
}

/**
 * Whether a heading is a link to another page as a whole: the mark of a
 * teaser card ("<h3><a href="/other-story">…</a></h3>"), not of a section.
 */
export function isLinkedHeading(node: Element): boolean {
  if (headingLevel(node) === 0 || linkDensity(node) < 0.9) return false
  let external = false
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const link =
      child.tagName === 'a' ? child : childElements(child).find((inner) => inner.tagName === 'a')
    const href = link?.properties.href
    if (typeof href === 'string' && !href.startsWith('#')) external = true
  }
  return external
}

/** Blocks whose text is a paragraph's. */
const paragraphTags: ReadonlySet<string> = new Set(['p', 'pre', 'blockquote', 'td', 'dd'])

/** Fewest characters of a paragraph that says something. */
export const minParagraphLength = 25

/** Most link text (share of its text) a paragraph of prose has. */
export const maxProseLinkDensity = 0.3

/**
 * Whether an element is a paragraph-like block: `<p>`, `<pre>`, a
 * quotation, a cell or a definition, or a `<div>` or `<section>` that holds
 * a paragraph's worth of text directly (no `<p>` around it).
 */
export function isParagraphBlock(node: Element): boolean {
  if (paragraphTags.has(node.tagName)) return true
  if (node.tagName !== 'div' && node.tagName !== 'section') return false
  return node.children.some(
    (child) => child.type === 'text' && child.value.trim().length >= minParagraphLength,
  )
}

/**
 * The prose inside an element: how many paragraph-like blocks of at least
 * `minParagraphLength` characters, few of them links, it holds, and their
 * non-space characters. A block inside such a block is counted with it.
 */
export function proseOf(node: Element | Root): { paragraphs: number; size: number } {
  let paragraphs = 0
  let size = 0
  const walk = (parent: Element | Root): void => {
    for (const child of parent.children) {
      if (child.type !== 'element' || silentTags.has(child.tagName)) continue
      if (!isParagraphBlock(child)) {
        walk(child)
        continue
      }
      if (textOf(child).length >= minParagraphLength && linkDensity(child) < maxProseLinkDensity) {
        paragraphs++
        size += textSize(child)
      }
    }
  }
  walk(node)
  return { paragraphs, size }
}

/** Fewest words of a paragraph that is a point of the story rather than a line of a prompt. */
const minStoryPointWords = 12

/**
 * Whether an element holds a paragraph of the story beside what `says`
 * recognises: a paragraph-like block or list item of prose (a sentence of
 * `minStoryPointWords` words or more, few of them links) whose own text
 * `says` nothing of. A rule that knows a prompt by its words then leaves the
 * container and takes the prompt's own block: a story of a few short
 * paragraphs with "Subscribe to read on" under them keeps its paragraphs,
 * while a prompt box of short lines (plans, prices, buttons) still goes whole.
 */
export function holdsStoryBeside(node: Element, says: (text: string) => boolean): boolean {
  for (const child of node.children) {
    if (child.type !== 'element' || silentTags.has(child.tagName)) continue
    if (!isParagraphBlock(child) && child.tagName !== 'li') {
      if (holdsStoryBeside(child, says)) return true
      continue
    }
    const text = textOf(child)
    if (
      wordCount(text) >= minStoryPointWords &&
      endsLikeSentence(text) &&
      linkDensity(child) < maxProseLinkDensity &&
      !says(text)
    )
      return true
  }
  return false
}

/** Class or id tokens of footnote and endnote lists. */
const footnoteName =
  /(?:^|[\s_-])(?:footnote|footnotes|endnote|endnotes|fn-list|reflist|references)(?:$|[\s_-])/

/** Whether an element is a footnote or endnote list (by role, `data-footnotes`, class or id). */
export function isFootnotes(node: Element): boolean {
  const role = node.properties.role
  if (typeof role === 'string' && /\bdoc-(?:end|foot)notes\b/.test(role)) return true
  if (node.properties.dataFootnotes !== undefined) return true
  return footnoteTags.has(node.tagName) && footnoteName.test(nameTokens(node))
}

/** Elements a footnote list can be. */
const footnoteTags: ReadonlySet<string> = new Set(['ol', 'ul', 'div', 'section', 'aside', 'footer'])

/**
 * Whether an element is a data table: one with header cells or a caption
 * (layout tables, which wrap whole pages on old sites, have neither).
 */
function isDataTable(node: Element): boolean {
  if (node.tagName !== 'table') return false
  const role = node.properties.role
  if (role === 'presentation' || role === 'none') return false
  let found = false
  const search = (parent: Element): void => {
    for (const child of parent.children) {
      if (found || child.type !== 'element' || child.tagName === 'table') continue
      if (child.tagName === 'th' || child.tagName === 'thead' || child.tagName === 'caption')
        found = true
      else search(child)
    }
  }
  search(node)
  return found
}

/**
 * Whether no rule may touch an element (unless it is that rule's own
 * subject): code, maths, data tables, footnote lists and quotations keep
 * every word.
 */
export function isProtected(node: Element): boolean {
  return protectedTags.has(node.tagName) || isDataTable(node) || isFootnotes(node)
}

const protectedTags: ReadonlySet<string> = new Set(['pre', 'code', 'math', 'blockquote'])

/** Whether an element is marked up as the article body (`itemprop="articleBody"`). */
export function isArticleBody(node: Element): boolean {
  const itemProp = node.properties.itemProp
  return Array.isArray(itemProp) && itemProp.includes('articleBody')
}

/** The element children of a node. */
export function childElements(node: Element | Root): Element[] {
  const elements: Element[] = []
  for (const child of node.children) if (child.type === 'element') elements.push(child)
  return elements
}
