import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { everyParagraph } from './util.js'

/** Runs per property: enough to find trouble, few enough for a quick file. */
const numRuns = 200

/** Pieces of news prose, quote marks of every kind and verbs of saying, in any order. */
const pieces = [
  ' ',
  '\n\n',
  ', ',
  '. ',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '—',
  '(D-Wis.)',
  'said',
  'told reporters',
  'added',
  'according to',
  'will tell',
  'that',
  'he',
  'she',
  'they',
  'the ministry',
  'the mayor',
  'Mara Holt',
  'Holt’s',
  'Rep. Tomas Brenn',
  'Finance Minister Clara Voss',
  'on Friday',
  'last month',
  'in January',
  'on March 3, 2025',
  'yesterday',
  'We will win',
  'the plan was',
  'a farce',
  'Great Satan',
]

const prose = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))

describe('quotes on arbitrary news-like text', () => {
  it('never throws, and places every quote in its paragraph and sentence', () => {
    fc.assert(
      fc.property(prose, fc.boolean(), (text, dated) => {
        const article = clean(text, {
          format: 'text',
          publishedAt: dated ? '2025-03-12' : undefined,
        })
        const paragraphs = everyParagraph(article)
        for (const quote of article.quotes) {
          expect(quote.text.trim()).not.toBe('')
          expect(quote.start).toBeLessThanOrEqual(quote.end)
          const paragraph = paragraphs[quote.paragraphIndex]
          expect(paragraph).toBeDefined()
          if (!paragraph) continue
          expect(quote.start).toBeGreaterThanOrEqual(paragraph.start)
          expect(quote.end).toBeLessThanOrEqual(paragraph.end)
          const sentence = paragraph.sentences[quote.sentenceIndex]
          expect(sentence).toBeDefined()
          if (!sentence) continue
          expect(quote.start).toBeGreaterThanOrEqual(sentence.start)
          expect(quote.start).toBeLessThan(sentence.end)
          const firstWord = quote.text.split(' ')[0] ?? ''
          expect(article.text.slice(quote.start, quote.end).startsWith(firstWord)).toBe(true)
          if (quote.date?.value) expect(quote.date.value).toMatch(/^\d{4}(?:-\d{2}){0,2}$/)
        }
      }),
      { numRuns },
    )
  })
})
