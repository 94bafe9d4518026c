import type { Article, Block, Paragraph, Section, Sentence } from '../src/index.js'

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
