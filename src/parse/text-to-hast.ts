import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { Point, Position } from 'unist'
import { inlineListItems } from '../shared/inline-lists.js'
import {
  endsLikeSentence,
  isHardWrapped,
  looksLikeHeading,
  looksLikeProse,
  startsLowercase,
} from '../shared/text-shape.js'

/** One line of the input with where it stands. */
interface Line {
  /** The line without its end-of-line characters and trailing whitespace. */
  value: string
  /** Line number (1-based). */
  line: number
  /** Offset of the line's first character. */
  offset: number
}

/** A paragraph-like run of lines. */
interface TextBlock {
  kind: 'text'
  value: string
  first: Line
  last: Line
}

/** One list item line. */
interface ItemBlock {
  kind: 'item'
  value: string
  indent: number
  ordered: boolean
  number: number | null
  first: Line
  last: Line
}

type RawBlock = TextBlock | ItemBlock

const lineBreak = /\r\n|\r|\n/g
const listItem = /^(\s*)(?:([-*•‣◦▪–])|(\d{1,3})[.)])\s+(\S.*)$/u

/**
 * Turn plain scraped text into a hast tree of the same shape as HTML gives,
 * so that every cleaning rule serves both forms.
 *
 * - the first line, when short and unpunctuated, is the title (`h1`);
 * - a short line without final punctuation that is followed by prose is a
 *   heading (`h2`; the table-of-contents rule later demotes headings it
 *   does not list); a numbered one ("1. Introduction", "2.1 Background")
 *   takes its level from its numbering;
 * - lines starting with `-`, `*`, `•` or `1.` are list items, nested by indent,
 *   unless the line holds a whole list ("1) one 2) two"): that stays prose;
 * - paragraphs are split by blank lines, and by line breaks when the text
 *   has one paragraph per line; hard-wrapped lines are joined.
 */
export function textToHast(value: string): Root {
  const blocks = toBlocks(toLines(value))
  const children: RootContent[] = []
  let index = 0

  while (index < blocks.length) {
    const block = blocks[index] as RawBlock
    if (block.kind === 'item') {
      const end = listEnd(blocks, index)
      const next = blocks[end]
      // A lone numbered line before prose is a numbered heading ("1. Introduction").
      if (
        end === index + 1 &&
        block.ordered &&
        next &&
        looksLikeHeading(block.value) &&
        isProse(next)
      ) {
        const value = block.first.value.trim()
        children.push(element(`h${numberedHeadingLevel(value)}`, [textNode(value, block)], block))
      } else {
        children.push(toList(blocks.slice(index, end) as ItemBlock[]))
      }
      index = end
      continue
    }
    const next = blocks[index + 1]
    let tagName = 'p'
    if (index === 0 && next && looksLikeHeading(block.value)) tagName = 'h1'
    else if (next && looksLikeHeading(block.value) && isProse(next)) {
      tagName = `h${numberedHeadingLevel(block.value)}`
    }
    children.push(element(tagName, [textNode(block.value, block)], block))
    index++
  }

  return { type: 'root', children }
}

/** Split the input into lines with their places. */
function toLines(value: string): Line[] {
  const lines: Line[] = []
  // Offsets count from the input as given, byte order mark included.
  let offset = value.charCodeAt(0) === 0xfeff ? 1 : 0
  lineBreak.lastIndex = offset
  let line = 1
  while (offset <= value.length) {
    const match = lineBreak.exec(value)
    const end = match ? match.index : value.length
    lines.push({ value: value.slice(offset, end).trimEnd(), line, offset })
    if (!match) break
    offset = end + match[0].length
    line++
  }
  return lines
}

/** Group lines into raw blocks: list items, and text joined where it was hard-wrapped. */
function toBlocks(lines: Line[]): RawBlock[] {
  const blocks: RawBlock[] = []
  for (const chunk of chunksOf(lines)) {
    const wrapped = isWrappedChunk(chunk)
    const reachesEnd = reachSentenceEnds(chunk)
    let previous: TextBlock | undefined
    for (const [index, line] of chunk.entries()) {
      // A line that holds a whole list ("1) one 2) two") stays prose.
      const item = inlineListItems(line.value).length > 1 ? null : listItem.exec(line.value)
      if (item) {
        const number = item[3]
        blocks.push({
          kind: 'item',
          value: (item[4] ?? '').trim(),
          indent: (item[1] ?? '').replace(/\t/g, '    ').length,
          ordered: number !== undefined,
          number: number === undefined ? null : Number.parseInt(number, 10),
          first: line,
          last: line,
        })
        previous = undefined
        continue
      }
      const text = line.value.trim()
      if (previous && (wrapped || continues(previous.value, text, reachesEnd[index] ?? false))) {
        previous.value += ` ${text}`
        previous.last = line
        continue
      }
      previous = { kind: 'text', value: text, first: line, last: line }
      blocks.push(previous)
    }
  }
  return blocks
}

/** Runs of non-blank lines. */
function chunksOf(lines: Line[]): Line[][] {
  const chunks: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.value.trim() === '') {
      if (current.length > 0) chunks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/**
 * Whether a chunk was wrapped at a fixed width (and holds no list item
 * before its last line).
 */
function isWrappedChunk(chunk: Line[]): boolean {
  if (chunk.slice(0, -1).some((line) => listItem.test(line.value))) return false
  return isHardWrapped(chunk.map((line) => line.value.length))
}

/**
 * Whether a line continues the previous one (a sentence broken mid-way). A
 * line that is one run of characters with no space (an address, a
 * timestamp, a file name) is a line of its own, not the start of a
 * sentence; it may end one ("…from the\nharbour."). A broken sentence ends
 * somewhere: lower-case lines that never reach a sentence's end are short
 * items of their own ("Related searches\nused cars near me\nweather
 * tomorrow"), not pieces of one.
 */
function continues(previous: string, next: string, reachesEnd: boolean): boolean {
  if (endsLikeSentence(previous) || !startsLowercase(next) || !reachesEnd) return false
  return /\s/.test(previous.trim()) && (/\s/.test(next.trim()) || endsLikeSentence(next))
}

/**
 * For each line of a chunk, whether it ends a sentence or runs on, through
 * lines that start lower-case, to one that does.
 */
function reachSentenceEnds(chunk: Line[]): boolean[] {
  const reaches: boolean[] = new Array(chunk.length).fill(false)
  for (let index = chunk.length - 1; index >= 0; index--) {
    const value = (chunk[index] as Line).value.trim()
    const next = chunk[index + 1]?.value.trim()
    reaches[index] =
      endsLikeSentence(value) ||
      (next !== undefined && startsLowercase(next) && (reaches[index + 1] ?? false))
  }
  return reaches
}

/**
 * The level of a heading from its numbering: "2.1 Background" is one level
 * below "2. Methods"; unnumbered headings are `h2`.
 */
function numberedHeadingLevel(value: string): number {
  const numbering = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s/.exec(value)?.[1]
  return numbering ? Math.min(numbering.split('.').length + 1, 6) : 2
}

/** Whether a block is running prose (the kind of text a heading introduces). */
function isProse(block: RawBlock): boolean {
  return block.kind === 'text' && looksLikeProse(block.value)
}

/**
 * Index after the last item of the list starting at `start`: items deeper
 * than the first belong to it, items at its depth only while they keep its
 * kind (bullets or numbers).
 */
function listEnd(blocks: RawBlock[], start: number): number {
  const first = blocks[start] as ItemBlock
  let end = start + 1
  for (let next = blocks[end]; next?.kind === 'item'; next = blocks[++end]) {
    if (next.indent <= first.indent && next.ordered !== first.ordered) break
  }
  return end
}

/**
 * Deepest list nesting built from indentation: each level is two elements
 * (`ul` > `li`), and text indented a thousand levels deep must not build a
 * tree that recursive walks cannot take. Deeper items join the last level.
 */
const maxListNesting = 100

/** Build a (possibly nested) list from consecutive item lines. */
function toList(items: ItemBlock[], nesting = 1): Element {
  const first = items[0] as ItemBlock
  const last = items[items.length - 1] as ItemBlock
  const listItems: ElementContent[] = []
  let index = 0
  while (index < items.length) {
    const item = items[index] as ItemBlock
    let end = index + 1
    while (
      nesting < maxListNesting &&
      end < items.length &&
      (items[end] as ItemBlock).indent > item.indent
    ) {
      end++
    }
    const children: ElementContent[] = [textNode(item.value, item)]
    if (end > index + 1) children.push(toList(items.slice(index + 1, end), nesting + 1))
    listItems.push(element('li', children, item, items[end - 1]))
    index = end
  }
  const list = element(first.ordered ? 'ol' : 'ul', listItems, first, last)
  if (first.ordered && first.number !== null && first.number !== 1) {
    list.properties.start = first.number
  }
  return list
}

/** A hast element spanning the given blocks. */
function element(
  tagName: string,
  children: ElementContent[],
  from: RawBlock,
  to: RawBlock = from,
): Element {
  return { type: 'element', tagName, properties: {}, children, position: span(from, to) }
}

/** A hast text node for a block's text. */
function textNode(value: string, block: RawBlock): ElementContent {
  return { type: 'text', value, position: span(block, block) }
}

/** The place from the start of one block to the end of another. */
function span(from: RawBlock, to: RawBlock): Position {
  return { start: pointAt(from.first, 0), end: pointAt(to.last, to.last.value.length) }
}

/** The point at a column of a line. */
function pointAt(line: Line, column: number): Point {
  return { line: line.line, column: column + 1, offset: line.offset + column }
}
