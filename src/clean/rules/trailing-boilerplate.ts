import type { Element, Root } from 'hast'
import { headingTags } from '../../shared/tag-names.js'
import { endsLikeSentence, wordCount } from '../../shared/text-shape.js'
import { childElements, isProtected, linkDensity, textOf, textSize } from '../element.js'
import type { Prune, Rule } from '../rule.js'
import { isWriterBiography } from './author-bio.js'
import { keptByMainContent } from './main-content.js'

/** Blocks that end a story's content in reading order. */
const leafTags: ReadonlySet<string> = new Set(['p', 'li', ...headingTags, 'dt', 'dd', 'span', 'a'])
/** Most words of a trailing line that is taken for boilerplate. */
const maxTrailingWords = 8
/** Fewest items of plain text that make a list the story's own points. */
const minPlainItems = 3
/** Least share of a list's items that are plain text (not links) for that. */
const minPlainShare = 0.8

/**
 * Removes the boilerplate at the end of the container `main-content` kept:
 * the run of last blocks, in reading order, that are mostly links, short
 * lines that are not sentences ("Categories", "How It Works", "Top 100"),
 * or a biography of the page's writer ("Jane Roe is a reporter who…").
 * A block is a paragraph, list item, heading, term or description of a
 * definition list, span or link (`leafTags`), or any element with text of
 * its own. The run stops at the first block of prose, at a list of three
 * or more plain-text points (not links), and at anything protected (a
 * table, a quotation, code, footnotes); a run that would take
 * half of what was kept or more is taken for the story and left.
 *
 * It acts only where `main-content` chose the story's container: the end of
 * that container is the end of the story. With `main-content` off, or where
 * it chose none (plain text, fragments, a page where it held back), the last
 * lines of the input may be the page's own, and they are left to the other
 * rules.
 */
export const trailingBoilerplate: Rule = {
  id: 'trailing-boilerplate',
  description:
    'Remove short lines, link lines and the writer’s biography after the end of the story, in the container `main-content` kept',
  prune(_scope, context) {
    const kept = keptByMainContent(context.file)
    if (!kept) return { prunes: [] }
    // The sibling rules judged the kept container again after `main-content`
    // and may have taken some of its blocks: what those held is reported.
    const blocks = kept.blocks.filter((block) => kept.parent.children.includes(block))
    const parents = new Map<Element, Root | Element>()
    const leaves: Element[] = []
    for (const block of blocks) {
      parents.set(block, kept.parent)
      collectLeaves(block, leaves, parents)
    }

    const authors = context.meta.authors
    // Each list is judged once, however many of its items are looked at.
    const pointLists = new Map<Element, boolean>()
    let first = leaves.length
    while (first > 0) {
      const leaf = leaves[first - 1] as Element
      if (isProtected(leaf) || !isTrailingBoilerplate(leaf, parents, pointLists, authors)) break
      first--
    }
    // Most of what was kept is the story, however it is linked or laid out:
    // a run that long is not what follows it.
    const keptSize = blocks.reduce((sum, node) => sum + textSize(node), 0)
    const run = leaves.slice(first)
    const runSize = run.reduce((sum, node) => sum + textSize(node), 0)
    if (runSize * 2 > keptSize) return { prunes: [] }
    const prunes: Prune[] = []
    for (const node of wholest(run, new Set(blocks), parents)) {
      const parent = parents.get(node)
      if (parent) prunes.push({ node, parent, reason: 'boilerplate after the end of the story' })
    }
    return { prunes }
  },
}

/**
 * The blocks of text under `node`, in reading order, added to `leaves`: the
 * leaf blocks, elements holding text of their own, and protected elements
 * whole. The parent of every element passed on the way goes to `parents`.
 */
function collectLeaves(
  node: Element,
  leaves: Element[],
  parents: Map<Element, Root | Element>,
): void {
  if (isProtected(node)) {
    leaves.push(node)
    return
  }
  const children = childElements(node)
  const hasText = node.children.some((child) => child.type === 'text' && child.value.trim() !== '')
  if (leafTags.has(node.tagName) || hasText || children.length === 0) {
    if (textOf(node)) leaves.push(node)
    return
  }
  for (const child of children) {
    parents.set(child, node)
    collectLeaves(child, leaves, parents)
  }
}

/**
 * The largest elements made only of some leaves, in reading order: a list
 * whose items are all boilerplate is one removal, not one per item (and a
 * list of 100,000 such items costs one, not 100,000). Kept blocks are
 * never taken whole.
 */
function wholest(
  leaves: readonly Element[],
  keep: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
): Element[] {
  const covered = new Set<Element>(leaves)
  const coveredChildren = new Map<Element, number>()
  const textParts = new Map<Element, number>()
  const queue = [...leaves]
  for (let index = 0; index < queue.length; index++) {
    const node = queue[index] as Element
    if (keep.has(node)) continue
    const parent = parents.get(node)
    if (parent?.type !== 'element' || keep.has(parent)) continue
    let parts = textParts.get(parent)
    if (parts === undefined) {
      parts = partsWithText(parent)
      textParts.set(parent, parts)
    }
    const count = (coveredChildren.get(parent) ?? 0) + 1
    coveredChildren.set(parent, count)
    if (count === parts) {
      covered.add(parent)
      queue.push(parent)
    }
  }
  const found: Element[] = []
  const seen = new Set<Element>()
  for (const leaf of leaves) {
    let top = leaf
    for (
      let parent = parents.get(top);
      parent?.type === 'element' && covered.has(parent);
      parent = parents.get(top)
    ) {
      top = parent
    }
    if (!seen.has(top)) {
      seen.add(top)
      found.push(top)
    }
  }
  return found
}

/** How many children of an element hold text: elements with some, and text that is not blank. */
function partsWithText(node: Element): number {
  let count = 0
  for (const child of node.children) {
    if (
      child.type === 'element'
        ? textSize(child) > 0
        : child.type === 'text' && child.value.trim() !== ''
    )
      count++
  }
  return count
}

/** Whether a block reads like navigation or a label rather than the story. */
function isTrailingBoilerplate(
  node: Element,
  parents: ReadonlyMap<Element, Root | Element>,
  pointLists: Map<Element, boolean>,
  authors: readonly string[],
): boolean {
  if (linkDensity(node) >= 0.5) return true
  const list = parents.get(node)
  if (node.tagName === 'li' && list?.type === 'element') {
    let points = pointLists.get(list)
    if (points === undefined) {
      points = isListOfPoints(list)
      pointLists.set(list, points)
    }
    if (points) return false
  }
  const text = textOf(node)
  if (isWriterBiography(text, authors)) return true
  return wordCount(text) <= maxTrailingWords && !endsLikeSentence(text)
}

/**
 * Whether a list is made of plain-text items: the points, steps or
 * ingredients a story ends with. Menus and tag lists that end a container
 * are links; items that short which link nowhere are the story's own.
 * Measured on all four benchmark sets: none lower, both validation sets up.
 */
function isListOfPoints(list: Element): boolean {
  let items = 0
  let plain = 0
  for (const child of childElements(list)) {
    if (child.tagName !== 'li' || textSize(child) === 0) continue
    items++
    if (linkDensity(child) < 0.5) plain++
  }
  return plain >= minPlainItems && plain >= items * minPlainShare
}
