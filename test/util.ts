import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect } from 'vitest'
import { type CliIo, run } from '../src/cli/run.js'
import type { Article, Block, Paragraph, Section, Sentence } from '../src/index.js'
import type { SentenceSpan } from '../src/shared/sentences.js'

/** Every paragraph of an article, in order, from every section and nested block. */
export function everyParagraph(article: Article): Paragraph[] {
  const found: Paragraph[] = []
  const visitBlocks = (blocks: Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'paragraph') found.push(block)
      else if (block.type === 'list') for (const item of block.items) visitBlocks(item.blocks)
      else if (block.type === 'blockquote') visitBlocks(block.blocks)
    }
  }
  const visitSections = (sections: Section[]): void => {
    for (const section of sections) {
      visitBlocks(section.blocks)
      visitSections(section.sections)
    }
  }
  visitSections(article.sections)
  return found
}

/** Every paragraph and every sentence of an article: the units with offsets. */
export function everySentence(article: Article): Array<Paragraph | Sentence> {
  return everyParagraph(article).flatMap((paragraph) => [paragraph, ...paragraph.sentences])
}

/** Every section, depth first. */
export function everySection(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...everySection(section.sections)])
}

/**
 * Check what `splitSentences` guarantees: spans in order, trimmed, non-empty,
 * and every non-space character of the text in exactly one span.
 */
export function expectGuarantees(text: string, spans: SentenceSpan[]): void {
  const covered = new Uint8Array(text.length)
  let previousEnd = 0
  for (const { start, end } of spans) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
    expect(start).toBeGreaterThanOrEqual(previousEnd)
    expect(end).toBeGreaterThan(start)
    expect(end).toBeLessThanOrEqual(text.length)
    const sentence = text.slice(start, end)
    expect(sentence.trim()).toBe(sentence)
    for (let k = start; k < end; k++) covered[k] = (covered[k] ?? 0) + 1
    previousEnd = end
  }
  for (let k = 0; k < text.length; k++) {
    if (/\S/.test(text.charAt(k))) expect(covered[k], `character ${k} of ${text}`).toBe(1)
  }
}

/** The pages of the top-level fixture folders (`fixtures/<case>/input.{html,txt}`). */
export function fixturePages(): Array<{ name: string; input: string }> {
  const fixtures = join(import.meta.dirname, '..', 'fixtures')
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(fixtures, entry.name)
      const input = readdirSync(dir).find((name) => /^input\.(html|txt)$/.test(name))
      return input ? [{ name: entry.name, input: readFileSync(join(dir, input), 'utf8') }] : []
    })
}

/**
 * Run the CLI in-process, with `stdin` as its standard input and stderr a
 * terminal when `tty` is set, and capture its exit code and what it writes.
 */
export async function cli(argv: string[], options: { stdin?: string; tty?: boolean } = {}) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdin: async function* () {
      yield new TextEncoder().encode(options.stdin ?? '')
    },
    stdout: (chunk) => {
      stdout += chunk
    },
    stderr: (chunk) => {
      stderr += chunk
    },
    stderrIsTty: options.tty ?? false,
  }
  const code = await run(argv, io, '1.2.3')
  return { code, stdout, stderr }
}

/** What generated HTML pages are made of (see `htmlPages`). */
export interface HtmlParts {
  /** Element names. */
  tags: string[]
  /** Attributes, each with its leading space (`''` for none). */
  attributes: string[]
  /** Text, white space and markup to use as they are. */
  leaves: string[]
  /** Written before `<body>` (a doctype, say). */
  prefix?: string
}

/** HTML pages: a `<body>` of up to five generated trees of `parts`. */
export function htmlPages(parts: HtmlParts): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...parts.leaves),
      fc
        .tuple(
          fc.constantFrom(...parts.tags),
          fc.array(tie('node'), { maxLength: 4 }),
          fc.constantFrom(...parts.attributes),
        )
        .map(
          ([name, children, attribute]) => `<${name}${attribute}>${children.join('')}</${name}>`,
        ),
    ),
  }))
  return fc
    .array(node, { minLength: 1, maxLength: 5 })
    .map((nodes) => `${parts.prefix ?? ''}<body>${nodes.join('')}</body>`)
}
