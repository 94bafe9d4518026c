import { describe, expect, it } from 'vitest'
import { type Article, clean, type Options } from '../src/index.js'
import { everyParagraph, fixturePages } from './util.js'

const pages = fixturePages()

/** What extraction decides, which no skipping option may change. */
function extraction(article: Article) {
  return {
    title: article.title,
    text: article.text,
    removed: article.removed,
    images: article.images,
    publishedAt: article.publishedAt,
    paragraphs: everyParagraph(article).map(({ text, start, end }) => ({ text, start, end })),
  }
}

describe('options that skip stages', () => {
  it('has fixture pages to compare', () => {
    expect(pages.length).toBeGreaterThan(5)
  })

  for (const { name, input } of pages) {
    describe(name, () => {
      const full = clean(input)

      it('`sentences: false` leaves paragraphs unsplit and finds the same quotes', () => {
        const article = clean(input, { sentences: false })
        expect(extraction(article)).toEqual(extraction(full))
        expect(everyParagraph(article).every((paragraph) => paragraph.sentences.length === 0)).toBe(
          true,
        )
        expect(article.stats.sentences).toBe(0)
        expect(article.quotes).toEqual(full.quotes)
        expect(article.markdown).toBe(full.markdown)
      })

      it('`quotes: false` finds no quotes and changes nothing else', () => {
        const article = clean(input, { quotes: false })
        expect(article.quotes).toEqual([])
        expect({ ...article, quotes: full.quotes }).toEqual(full)
      })

      it('`markdown: false` writes no Markdown and changes nothing else', () => {
        const article = clean(input, { markdown: false })
        expect(article.markdown).toBe('')
        expect({ ...article, markdown: full.markdown }).toEqual(full)
      })
    })
  }

  it('all three off still extracts the same text', () => {
    const off: Options = { sentences: false, quotes: false, markdown: false }
    for (const { input } of pages) {
      expect(extraction(clean(input, off))).toEqual(extraction(clean(input)))
    }
  })

  it('rejects values that are not booleans', () => {
    for (const name of ['sentences', 'quotes', 'markdown'] as const) {
      expect(() => clean('Text.', { [name]: 'no' } as unknown as Options)).toThrow(
        `Expected \`${name}\` to be a boolean`,
      )
    }
  })
})
