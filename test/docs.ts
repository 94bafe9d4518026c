import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Code, Heading, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/** The root of the repository. */
export const root = new URL('..', import.meta.url).pathname

/** The documentation: `README.md` and every Markdown file in `docs/`, as paths from the root. */
export const docFiles: readonly string[] = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
]

/** A document's Markdown tree, read as GitHub reads it (CommonMark with GFM). */
export function parseDoc(file: string): Root {
  return fromMarkdown(readFileSync(join(root, file), 'utf8'), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
}

/** The text a reader sees in a node (what GitHub makes a heading's anchor from). */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : ''
}

/** A JavaScript example of the documentation and the output it says the example prints. */
export interface DocExample {
  /** Where it stands: `file:line`. */
  where: string
  /** The program. */
  code: string
  /** What it prints to standard output, or `undefined` when the document shows none. */
  expected: string | undefined
}

/**
 * The `js` code blocks of a document, each with the output shown for it.
 *
 * The convention (as in the unified collective's READMEs): a `js` block is
 * followed by a paragraph that starts with “Yields” and then by a code block
 * (`txt`, `markdown`, …) that holds exactly what the program prints to
 * standard output. Only top-level blocks count; a `js` block in a list or
 * quote is not an example.
 */
export function docExamples(file: string): DocExample[] {
  const children = parseDoc(file).children
  const found: DocExample[] = []
  children.forEach((node, index) => {
    if (node.type !== 'code' || node.lang !== 'js') return
    const next = children.slice(index + 1).findIndex((child) => child.type === 'code')
    const between = next === -1 ? [] : children.slice(index + 1, index + 1 + next)
    const output = next === -1 ? undefined : (children[index + 1 + next] as Code)
    const announced = between.some(
      (child) => child.type === 'paragraph' && textOf(child).startsWith('Yields'),
    )
    found.push({
      where: `${relative(root, join(root, file))}:${node.position?.start.line}`,
      code: node.value,
      expected: announced && output && output.lang !== 'js' ? `${output.value}\n` : undefined,
    })
  })
  return found
}

/**
 * The code blocks under a heading of a document (its text as a reader sees
 * it), up to the next heading of its rank or above, optionally of one
 * language.
 */
export function codeUnder(file: string, heading: string, lang?: string): string[] {
  const children = parseDoc(file).children
  const start = children.findIndex((node) => node.type === 'heading' && textOf(node) === heading)
  if (start === -1) throw new Error(`${file} has no heading “${heading}”`)
  const { depth } = children[start] as Heading
  const end = children.findIndex(
    (node, index) => index > start && node.type === 'heading' && node.depth <= depth,
  )
  return children
    .slice(start + 1, end === -1 ? undefined : end)
    .filter(
      (node): node is Code => node.type === 'code' && (lang === undefined || node.lang === lang),
    )
    .map((node) => node.value)
}
