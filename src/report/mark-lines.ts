import type { Element, ElementContent } from 'hast'
import { visibleText } from '../shared/safe-text.js'
import { findRemovedText, markProperties, type Target } from './mark.js'

/**
 * Plain text or Markdown as its lines, with each removal marked over the
 * characters it covered: a block over whole lines, a span inside a line (a
 * removed sentence is marked on its own words when they are found in its
 * paragraph). Shown as written, less the characters a reader never sees
 * (controls, reordering marks: `visibleText`).
 *
 * @param source The input.
 * @param targets The removals with their spans, in document order.
 * @returns The marked lines, for a container that keeps white space, and
 *   the targets that could not be placed (a span outside the input).
 */
export function markLines(
  source: string,
  targets: readonly Target[],
): { children: ElementContent[]; unplaced: Target[] } {
  const unplaced: Target[] = []
  const ranges: Target[] = []
  for (const target of targets) {
    if (target.start < 0 || target.end > source.length || target.start > target.end) {
      unplaced.push(target)
    } else ranges.push(narrowed(source, target))
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  return { children: chunk(render(source, 0, source.length, ranges, false)), unplaced }
}

/** Lines of unmarked text in one block: blocks off screen are not laid out. */
const linesPerChunk = 40

/**
 * Group what stands between block marks into blocks of up to
 * `linesPerChunk` lines, cut after a line break, so a browser can skip the
 * layout of those off screen.
 */
function chunk(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  let current: ElementContent[] = []
  let lines = 0
  const close = () => {
    if (current.length > 0)
      out.push({ type: 'element', tagName: 'div', properties: {}, children: current })
    current = []
    lines = 0
  }
  for (const node of nodes) {
    if (node.type === 'element' && node.tagName === 'div') {
      close()
      out.push(node)
      continue
    }
    if (node.type !== 'text') {
      current.push(node)
      continue
    }
    let rest = node.value
    let breakAt = nthLineBreak(rest, linesPerChunk - lines)
    while (breakAt >= 0) {
      current.push({ type: 'text', value: rest.slice(0, breakAt + 1) })
      close()
      rest = rest.slice(breakAt + 1)
      breakAt = nthLineBreak(rest, linesPerChunk)
    }
    if (rest) {
      current.push({ type: 'text', value: rest })
      lines += countLineBreaks(rest)
    }
  }
  close()
  return out
}

/** Offset of the `count`th line feed in `value` (from 1), or -1. */
function nthLineBreak(value: string, count: number): number {
  let at = -1
  for (let seen = 0; seen < count; seen++) {
    at = value.indexOf('\n', at + 1)
    if (at < 0) return -1
  }
  return at
}

function countLineBreaks(value: string): number {
  let count = 0
  for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) count++
  return count
}

/** A removed sentence's target cut to its own words, when found in its paragraph's span. */
function narrowed(source: string, target: Target): Target {
  const removed = target.removal.text
  if (!removed) return target
  const span = source.slice(target.start, target.end)
  const found = findRemovedText(span, removed)
  if (!found) return target
  const [start, end] = found
  if (span.slice(0, start).trim() === '' && span.slice(end).trim() === '') return target
  return { ...target, start: target.start + start, end: target.start + end }
}

/**
 * `source[from, to)` as text and marks. `ranges` are inside it, sorted by
 * start, the longer first; a range that starts inside another is drawn
 * inside it (cut at its end).
 */
function render(
  source: string,
  from: number,
  to: number,
  ranges: readonly Target[],
  inline: boolean,
): ElementContent[] {
  const out: ElementContent[] = []
  let cursor = from
  let index = 0
  while (index < ranges.length) {
    const range = ranges[index] as Target
    let next = index + 1
    while (next < ranges.length && (ranges[next] as Target).start < range.end) next++
    const start = Math.max(range.start, cursor)
    const end = Math.min(range.end, to)
    const inner = ranges.slice(index + 1, next).map((target) => ({
      ...target,
      start: Math.max(target.start, start),
      end: Math.min(target.end, end),
    }))
    if (start > cursor) out.push(text(source.slice(cursor, start)))
    const block = !inline && isWholeLines(source, start, end)
    const mark: Element = {
      type: 'element',
      tagName: block ? 'div' : 'span',
      properties: markProperties(range),
      children: render(source, start, end, inner, !block),
    }
    out.push(mark)
    cursor = end
    // A block ends its line itself: the line break after it would add an empty line.
    if (block && cursor < to) cursor += lineBreakLength(source, cursor)
    index = next
  }
  if (cursor < to) out.push(text(source.slice(cursor, to)))
  return out
}

/** Whether `[start, end)` starts at the start of a line and ends at the end of one. */
function isWholeLines(source: string, start: number, end: number): boolean {
  const atStart = start === 0 || source[start - 1] === '\n' || source[start - 1] === '\r'
  const atEnd = end === source.length || source[end] === '\n' || source[end] === '\r'
  return atStart && atEnd && end > start
}

/** Length of the line break at `offset` (`\r\n`, `\n` or `\r`), 0 when there is none. */
function lineBreakLength(source: string, offset: number): number {
  if (source.startsWith('\r\n', offset)) return 2
  return source[offset] === '\n' || source[offset] === '\r' ? 1 : 0
}

function text(value: string): ElementContent {
  return { type: 'text', value: visibleText(value) }
}
