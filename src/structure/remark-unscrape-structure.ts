import GithubSlugger from 'github-slugger'
import type { Heading, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { fitTreeToContentModel } from '../shared/content-model.js'
import { looksLikeHeading, looksLikeProse, wordCount } from '../shared/text-shape.js'
import type { Section } from '../types.js'
import { BlockBuilder } from './block-builder.js'
import { phrasingText } from './phrasing-text.js'
import { makeMarkdownSafe } from './safe-markdown.js'

/** Deepest Markdown heading. */
const maxDepth = 6

/** Configuration for `remarkUnscrapeStructure`. */
export interface StructureOptions {
  /**
   * Split paragraphs into sentences (default: `true`); with `false` every
   * paragraph's `sentences` is empty.
   */
  sentences?: boolean | null | undefined
}

/**
 * Build the outline from the clean Markdown tree, after making it safe (see
 * `makeMarkdownSafe`) and well formed (see `fitTreeToContentModel`): the title becomes the one
 * `#` heading, the other headings are renumbered so the top level is `##`
 * (keeping their relative depth), and the content is split into sections,
 * blocks, paragraphs and sentences with offsets into the clean text. Puts
 * `sections`, `text` and `stats` on `file.data.unscrape`.
 */
export function remarkUnscrapeStructure(options?: Readonly<StructureOptions> | null) {
  const splitting = options?.sentences !== false
  return (tree: Root, file: VFile): undefined => {
    // Whatever chain brought the tree here, the text and the Markdown come
    // out safe and as a reader sees them. Safety first: what an unsafe
    // image or link leaves (a space at a paragraph's edge, a mark around
    // nothing) is then tidied too.
    makeMarkdownSafe(tree, file)
    fitTreeToContentModel(tree)
    const data = unscrapeData(file)
    const title = data.meta.title
    removeTitleHeading(tree, title)
    inferHeadings(tree)
    renumberHeadings(tree)

    const slugger = new GithubSlugger()
    const builder = new BlockBuilder(splitting)
    const sections: Section[] = []
    const open: Section[] = []

    for (const node of tree.children) {
      if (node.type === 'heading') {
        const heading = phrasingText(node)
        if (!heading) continue
        const level = node.depth - 1
        while (open.length > 0 && (open[open.length - 1] as Section).level >= level) open.pop()
        const section: Section = {
          id: slugger.slug(heading),
          heading,
          level,
          blocks: [],
          sections: [],
        }
        const parent = open[open.length - 1]
        if (parent) parent.sections.push(section)
        else sections.push(section)
        open.push(section)
        builder.writeHeading(heading)
        continue
      }
      const block = builder.block(node as RootContent)
      if (!block) continue
      let section = open[open.length - 1]
      if (!section) {
        section = { id: slugger.slug('lead'), heading: null, level: 1, blocks: [], sections: [] }
        sections.push(section)
        open.push(section)
      }
      section.blocks.push(block)
    }

    if (title) {
      tree.children.unshift({
        type: 'heading',
        depth: 1,
        children: [{ type: 'text', value: title }],
      })
    }

    data.sections = sections
    data.text = builder.text
    data.stats = {
      characters: builder.text.length,
      words: wordCount(builder.text),
      sections: countSections(sections),
      paragraphs: builder.paragraphs,
      sentences: builder.sentences,
      removals: data.removed.length,
    }
  }
}

/** Take the heading that repeats the title out of the body (it is `Article.title`). */
function removeTitleHeading(tree: Root, title: string | null): void {
  if (!title) return
  const index = tree.children.findIndex(
    (node) => node.type === 'heading' && sameText(phrasingText(node), title),
  )
  if (index !== -1) tree.children.splice(index, 1)
}

/**
 * On a page without headings, read a paragraph that is nothing but one bold
 * (or italic) line shaped like a heading, followed by prose, as a heading:
 * some sites style their section titles as `<p><strong>` lines.
 */
function inferHeadings(tree: Root): void {
  if (tree.children.some((node) => node.type === 'heading')) return
  tree.children.forEach((node, index) => {
    const next = tree.children[index + 1]
    if (node.type !== 'paragraph' || next?.type !== 'paragraph') return
    const styled = node.children.filter(
      (child) => child.type !== 'text' || child.value.trim() !== '',
    )
    const only = styled[0]
    if (styled.length !== 1 || !only || (only.type !== 'strong' && only.type !== 'emphasis')) return
    const text = phrasingText(node)
    if (!looksLikeHeading(text) || !looksLikeProse(phrasingText(next))) return
    tree.children[index] = {
      type: 'heading',
      depth: 2,
      children: only.children,
      position: node.position,
    }
  })
}

/**
 * Renumber headings by rank: the shallowest depth in the body becomes `##`,
 * the next `###`, and so on, closing gaps (`h2`, `h4` become `##`, `###`).
 */
function renumberHeadings(tree: Root): void {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const depths = [...new Set(headings.map((heading) => heading.depth))].sort((a, b) => a - b)
  for (const heading of headings) {
    const rank = depths.indexOf(heading.depth)
    heading.depth = Math.min(rank + 2, maxDepth) as Heading['depth']
  }
}

function countSections(sections: readonly Section[]): number {
  let count = 0
  for (const section of sections) count += 1 + countSections(section.sections)
  return count
}

function sameText(a: string, b: string): boolean {
  const simplify = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return simplify(a) === simplify(b)
}
