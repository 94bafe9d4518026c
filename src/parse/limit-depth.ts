import { type DefaultTreeAdapterTypes, defaultTreeAdapter, html } from 'parse5'
import type { VFile } from 'vfile'
import { flattenBlockTags, flattenHiddenTags, tableStructureTags } from '../shared/tag-names.js'

type ParentNode = DefaultTreeAdapterTypes.ParentNode
type ChildNode = DefaultTreeAdapterTypes.ChildNode
type Element = DefaultTreeAdapterTypes.Element
type TextNode = DefaultTreeAdapterTypes.TextNode

/**
 * Element depth kept by default: far deeper than any real article (the
 * deepest of 550 saved news and blog pages has 46 levels), and shallow
 * enough that every recursive tree utility after parsing stays well inside
 * the call stack. Some of them walk a chain of wrappers once per level
 * (rehype-remark does, to wrap the blocks a flattened element holds), so
 * the cap also bounds that cost.
 */
export const defaultMaxDepth = 128

/**
 * The element each block of flattened text goes in, by the flattened
 * element: items in a list, paragraphs in other blocks, nothing (line
 * breaks) in paragraphs, headings and inline elements.
 */
const blockWrappers: ReadonlyMap<string, string> = new Map([
  ...['dir', 'menu', 'ol', 'ul'].map((tagName): [string, string] => [tagName, 'li']),
  ['dl', 'dd'],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'body',
    'center',
    'dd',
    'details',
    'dialog',
    'div',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hgroup',
    'html',
    'li',
    'main',
    'nav',
    'section',
    'td',
    'th',
  ].map((tagName): [string, string] => [tagName, 'p']),
])

/**
 * Most blocks a flattened element gets. rehype-remark spreads an element's
 * blocks into its parent's as function arguments, and a few hundred
 * thousand arguments overflow the call stack.
 */
const maxBlocks = 2000

/** Marks the end of a block element while flattening. */
const blockEnd = Symbol('block end')

/**
 * Cap the element depth of a parse5 tree, in place and without recursion.
 *
 * An element at `maxDepth` keeps its text but loses its descendant
 * elements: their text becomes a run of paragraphs (one per block the
 * page had), or of lines inside a paragraph-like element. Scripts, styles
 * and other hidden elements below the cap are dropped with their text.
 *
 * @returns The elements that were flattened (none when the tree was shallow enough).
 */
export function limitDepth(tree: ParentNode, maxDepth: number = defaultMaxDepth): Element[] {
  const flattened: Element[] = []
  // Nodes and their depths in two stacks: no pair made per element of the page.
  const nodes: ParentNode[] = [tree]
  const depths: number[] = [0]
  for (let node = nodes.pop(); node; node = nodes.pop()) {
    const depth = depths.pop() as number
    if (depth >= maxDepth && 'tagName' in node && !tableStructureTags.has(node.tagName)) {
      if (node.childNodes.some((child) => 'tagName' in child)) {
        flatten(node)
        flattened.push(node)
      }
      continue
    }
    for (const child of childrenOf(node)) {
      if ('childNodes' in child) {
        nodes.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return flattened
}

/** Child nodes, the content of a `<template>` included. */
function childrenOf(node: ParentNode): ChildNode[] {
  if ('content' in node) return [...node.childNodes, ...node.content.childNodes]
  return node.childNodes
}

/** Replace the descendants of an element with its text, block breaks kept. */
function flatten(element: Element): void {
  const runs: TextNode[][] = []
  let run: TextNode[] = []
  const endRun = () => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  const pending: Array<ChildNode | typeof blockEnd> = [...element.childNodes].reverse()
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === blockEnd) {
      endRun()
    } else if (node && defaultTreeAdapter.isTextNode(node)) {
      run.push(node)
    } else if (node && 'tagName' in node && !flattenHiddenTags.has(node.tagName)) {
      if (flattenBlockTags.has(node.tagName)) {
        endRun()
        pending.push(blockEnd)
      }
      for (let index = node.childNodes.length - 1; index >= 0; index--) {
        pending.push(node.childNodes[index] as ChildNode)
      }
    }
  }
  endRun()

  element.childNodes = []
  const wrapper = blockWrappers.get(element.tagName)
  if (!wrapper) {
    appendLines(element, runs)
    return
  }
  // Past `maxBlocks`, blocks share a paragraph, a line each.
  const perBlock = Math.ceil(runs.length / maxBlocks)
  for (let start = 0; start < runs.length; start += perBlock) {
    const block = newElement(wrapper)
    appendLines(block, runs.slice(start, start + perBlock))
    append(element, block)
  }
}

/**
 * Append runs of text as one text node, a line break between runs: one node,
 * not a `<br>` and a node a run, because every later stage pays per node and
 * these runs come by the hundred thousand.
 */
function appendLines(parent: Element, runs: TextNode[][]): void {
  const first = runs[0]?.[0]
  if (!first) return
  first.value = runs.map((texts) => texts.map((text) => text.value).join('')).join('\n')
  append(parent, first)
}

/** A new HTML element with no attributes. */
function newElement(tagName: string): Element {
  return defaultTreeAdapter.createElement(tagName, html.NS.HTML, [])
}

/** Append a node to a parent, detached from wherever it stood. */
function append(parent: Element, child: ChildNode): void {
  child.parentNode = parent
  parent.childNodes.push(child)
}

/**
 * Warn on a file that the depth limit flattened some elements.
 *
 * @param file The file being processed.
 * @param maxDepth The depth limit applied.
 * @param count How many elements were flattened (no warning when 0).
 */
export function warnFlattened(file: VFile, maxDepth: number, count: number): void {
  if (count === 0) return
  file.message(
    `Elements nested deeper than ${maxDepth} levels were flattened into their text (${count} ${count === 1 ? 'place' : 'places'})`,
    { ruleId: 'depth-limit', source: 'unscrape' },
  )
}
