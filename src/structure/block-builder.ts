import type { Nodes, RootContent } from 'mdast'
import { splitSentences } from '../shared/sentences.js'
import type { Block, ListItem, Paragraph, Sentence } from '../types.js'
import { phrasingText } from './phrasing-text.js'

/** Between blocks, and between a heading and what follows. */
const blockSeparator = '\n\n'
/** Between list items, between the rows of a table. */
const lineSeparator = '\n'

/**
 * Turns mdast blocks into model blocks while writing the clean text, so
 * every paragraph and sentence knows its offsets in that text.
 */
export class BlockBuilder {
  /** The clean text written so far. */
  text = ''
  /** Paragraphs written (list items and blockquotes included). */
  paragraphs = 0
  /** Sentences written. */
  sentences = 0
  /** Whether paragraphs are split into sentences. */
  private readonly splitting: boolean

  /** @param splitting Split paragraphs into sentences (default: `true`). */
  constructor(splitting = true) {
    this.splitting = splitting
  }

  /** Write a section heading. */
  writeHeading(heading: string): void {
    this.write(heading, blockSeparator)
  }

  /** Convert one top-level mdast node; `undefined` when it holds no text. */
  block(node: RootContent): Block | undefined {
    return this.convert(node, blockSeparator)
  }

  /**
   * Convert one node written after `separator`; `marker` (the number of the
   * list item it opens) goes before its first text, outside the offsets of
   * the paragraph, table or code that text belongs to.
   */
  private convert(node: Nodes, separator: string, marker = ''): Block | undefined {
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(phrasingText(node), separator, marker)
      case 'heading': {
        // A heading inside a list or blockquote reads as a paragraph.
        return this.paragraph(phrasingText(node), separator, marker)
      }
      case 'list': {
        const items: ListItem[] = []
        // Numbered as the Markdown writer numbers them (from 1 when the start
        // is missing or negative): the number is the step's name ("step 3"),
        // which a reader of the text would lose.
        const startNumber = typeof node.start === 'number' && node.start > -1 ? node.start : 1
        let pending = marker
        node.children.forEach((item, index) => {
          const blocks = this.blocks(
            item.children,
            items.length === 0 ? separator : lineSeparator,
            lineSeparator,
            pending + (node.ordered ? `${startNumber + index}. ` : ''),
          )
          if (blocks.length === 0) return
          items.push({ blocks })
          pending = ''
        })
        if (items.length === 0) return undefined
        return {
          type: 'list',
          ordered: Boolean(node.ordered),
          startNumber: node.ordered ? startNumber : null,
          items,
        }
      }
      case 'blockquote': {
        const blocks = this.blocks(node.children, separator, blockSeparator, marker)
        return blocks.length > 0 ? { type: 'blockquote', blocks } : undefined
      }
      case 'table': {
        const cells = node.children.map((row) => row.children.map((cell) => phrasingText(cell)))
        // Markdown needs a header row, so a page's table without one gets an
        // empty one: it is no row of the table.
        const header = cells[0]?.some(Boolean) ?? false
        const rows = header ? cells : cells.slice(1)
        if (!rows.some((row) => row.some(Boolean))) return undefined
        const start = this.write(
          rows.map((row) => row.join('\t')).join(lineSeparator),
          separator,
          marker,
        )
        return { type: 'table', rows, header, start, end: this.text.length }
      }
      case 'code': {
        if (node.value.trim() === '') return undefined
        const start = this.write(node.value, separator, marker)
        return {
          type: 'code',
          lang: node.lang ?? null,
          value: node.value,
          start,
          end: this.text.length,
        }
      }
      default:
        return undefined
    }
  }

  /**
   * Convert a run of blocks: the first after `first`, the rest after
   * `between`; `marker` goes before the first that holds text.
   */
  private blocks(nodes: Nodes[], first: string, between: string, marker = ''): Block[] {
    const blocks: Block[] = []
    for (const node of nodes) {
      const block =
        blocks.length === 0 ? this.convert(node, first, marker) : this.convert(node, between)
      if (block) blocks.push(block)
    }
    return blocks
  }

  private paragraph(text: string, separator: string, marker = ''): Paragraph | undefined {
    if (!text) return undefined
    const start = this.write(text, separator, marker)
    const sentences = this.splitting ? sentencesOf(text, start) : []
    this.paragraphs++
    this.sentences += sentences.length
    return { type: 'paragraph', text, start, end: start + text.length, sentences }
  }

  /**
   * Append text (after `separator` unless the text is empty so far, and
   * after `marker`); return where the text itself starts.
   */
  private write(value: string, separator: string, marker = ''): number {
    if (this.text.length > 0) this.text += separator
    this.text += marker
    const start = this.text.length
    this.text += value
    return start
  }
}

/**
 * The sentences of a paragraph's `text` that starts at `start` in the clean
 * text; a paragraph with no boundary is one sentence.
 */
export function sentencesOf(text: string, start: number): Sentence[] {
  const sentences: Sentence[] = []
  for (const { start: from, end: to } of splitSentences(text)) {
    sentences.push({ text: text.slice(from, to), start: start + from, end: start + to })
  }
  if (sentences.length === 0) sentences.push({ text, start, end: start + text.length })
  return sentences
}
