import type { Element, ElementContent, Parent, Properties, Text } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { toText } from 'hast-util-to-text'
import { collapseWhitespace } from '../shared/text-shape.js'
import { findRemovedText, markProperties, type Target } from './mark.js'

/** A run of children of one parent: `parent.children.slice(from, to)`. */
interface Run {
  parent: Parent
  from: number
  to: number
}

/**
 * Mark removals where they stood in a (safe) page tree, found by the
 * positions the parser gave its nodes: the element that spans the removal
 * exactly, else the run of children that covers it, else the piece of a
 * text node. A removed sentence (whose place is its paragraph's) is marked
 * on its own words when they are found in one text node.
 *
 * @param tree The tree, changed in place.
 * @param targets The removals with their spans, in document order.
 * @param source The input the positions point into.
 * @returns The targets that could not be found in the tree.
 */
export function markTree(tree: Parent, targets: readonly Target[], source: string): Target[] {
  const unplaced: Target[] = []
  for (const target of targets) {
    const run = locate(tree, target.start, target.end, source)
    if (run) mark(run, target)
    else unplaced.push(target)
  }
  return unplaced
}

/** The span of a node in the input, when known. */
function span(node: ElementContent): [number, number] | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return typeof start === 'number' && typeof end === 'number' ? [start, end] : null
}

/** Find what covers `[start, end)`, descending from `root`. */
function locate(root: Parent, start: number, end: number, source: string): Run | null {
  let parent: Parent = root
  for (;;) {
    const { children } = parent
    let inside: number | null = null
    for (let index = 0; index < children.length; index++) {
      const bounds = span(children[index] as ElementContent)
      if (!bounds) continue
      if (bounds[0] >= end) break
      if (bounds[0] <= start && end <= bounds[1]) {
        inside = index
        break
      }
    }
    if (inside === null) return coveringRun(parent, start, end, source)
    const child = children[inside] as ElementContent
    const [childStart, childEnd] = span(child) as [number, number]
    if (childStart === start && childEnd === end) return { parent, from: inside, to: inside + 1 }
    if (child.type === 'element') {
      parent = child
      continue
    }
    if (child.type === 'text' && child.value.length === childEnd - childStart) {
      // The text is as written (no entity, no line break rewritten): cut it at the offsets.
      const cut = splitText(parent, inside, start - childStart, end - childStart)
      return { parent, from: cut, to: cut + 1 }
    }
    return { parent, from: inside, to: inside + 1 }
  }
}

/** The children of `parent` inside `[start, end)`, when they cover it but for white space. */
function coveringRun(parent: Parent, start: number, end: number, source: string): Run | null {
  let from = -1
  let to = -1
  let first = end
  let last = start
  parent.children.forEach((child, index) => {
    const bounds = span(child as ElementContent)
    if (!bounds || bounds[0] < start || bounds[1] > end) return
    if (from < 0) {
      from = index
      first = bounds[0]
    }
    to = index + 1
    last = bounds[1]
  })
  if (from < 0) return null
  if (source.slice(start, first).trim() !== '' || source.slice(last, end).trim() !== '') return null
  return { parent, from, to }
}

/** Cut a text node into up to three at `[start, end)`; the index of the middle one. */
function splitText(parent: Parent, index: number, start: number, end: number): number {
  const node = parent.children[index] as Text
  const offset = node.position?.start.offset ?? 0
  const piece = (from: number, to: number): Text => ({
    type: 'text',
    value: node.value.slice(from, to),
    position: {
      start: { line: 0, column: 0, offset: offset + from },
      end: { line: 0, column: 0, offset: offset + to },
    },
  })
  const pieces = [piece(0, start), piece(start, end), piece(end, node.value.length)]
  const kept = pieces.filter((part, at) => at === 1 || part.value !== '')
  parent.children.splice(index, 1, ...kept)
  return index + (start > 0 ? 1 : 0)
}

/** Mark a run: on the element itself when it is one unmarked element, else in a wrapper. */
function mark(run: Run, target: Target): void {
  const { parent, from, to } = run
  const only = parent.children[from]
  if (to === from + 1 && only?.type === 'element' && !isMarked(only)) {
    const removed = target.removal.text
    const sentence = removed && !isWholeText(only, removed) ? narrow(only, removed) : null
    if (sentence) Object.assign(sentence.properties, markProperties(target))
    else Object.assign(only.properties, mergeClasses(only.properties, markProperties(target)))
    return
  }
  const children = parent.children.slice(from, to) as ElementContent[]
  const wrapper: Element = {
    type: 'element',
    tagName: children.every(phrasing) ? 'span' : 'div',
    properties: markProperties(target),
    children,
    position: {
      start: { line: 0, column: 0, offset: target.start },
      end: { line: 0, column: 0, offset: target.end },
    },
  }
  parent.children.splice(from, to - from, wrapper)
}

function isMarked(node: Element): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes('u-mark')
}

/** Mark properties on an element that may have classes of its own (a stand-in box's). */
function mergeClasses(own: Properties, marks: Properties): Properties {
  const classes = [own.className, marks.className].flat().filter((name) => typeof name === 'string')
  return { ...marks, className: classes }
}

/**
 * When the removed words stand in one text node of an element that holds
 * more, cut them out into a `span` and give it back; else `null`.
 */
function narrow(element: Element, removed: string): Element | null {
  for (let index = 0; index < element.children.length; index++) {
    const child = element.children[index] as ElementContent
    if (child.type === 'element') {
      const found = narrow(child, removed)
      if (found) return found
      continue
    }
    if (child.type !== 'text') continue
    const found = findRemovedText(child.value, removed)
    if (!found) continue
    const [start, end] = found
    const mark: Element = {
      type: 'element',
      tagName: 'span',
      properties: {},
      children: [{ type: 'text', value: child.value.slice(start, end) }],
    }
    const before: Text = { type: 'text', value: child.value.slice(0, start) }
    const after: Text = { type: 'text', value: child.value.slice(end) }
    element.children.splice(index, 1, before, mark, after)
    return mark
  }
  return null
}

/** Whether the removed text is all of an element's text, white space aside. */
function isWholeText(element: Element, removed: string): boolean {
  return (
    collapseWhitespace(toText(element, { whitespace: 'pre-wrap' })) === collapseWhitespace(removed)
  )
}
