import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { everyParagraph, everySentence } from './util.js'

/** A sentence: capitalised words, sometimes quotes, numbers and abbreviations, then an end mark. */
const sentence = fc
  .tuple(
    fc.constantFrom('The', 'Officials', 'Harbour', 'A', 'Dr.', 'Residents', '"We'),
    fc.array(
      fc.constantFrom(
        'said',
        'harbour',
        'pact',
        'on',
        'Monday',
        '3.5',
        'million',
        'U.S.',
        'ferry',
        'talks',
        '(again)',
        'e.g.',
        'fees',
      ),
      { minLength: 2, maxLength: 14 },
    ),
    fc.constantFrom('.', '!', '?', '."', '…'),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`)

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))

describe('offsets', () => {
  it('round-trip for every paragraph and sentence of generated plain text', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        // Generated paragraphs are capitalised word salad: a closing run of
        // one-sentence questions can read as teaser headlines, which
        // `headline-gallery` rightly removes (its own tests cover that). Here
        // only the reader is under test.
        const article = clean(paragraphs.join('\n\n'), {
          format: 'text',
          rules: { 'headline-gallery': false },
        })
        for (const unit of everySentence(article)) {
          expect(article.text.slice(unit.start, unit.end)).toBe(unit.text)
        }
        // Nothing is lost: the title (a short first line) and the text give back the input.
        const output = [article.title ?? '', article.text].join(' ')
        expect(output.replace(/\s+/g, ' ').trim()).toBe(paragraphs.join(' '))
      }),
      { numRuns: 200 },
    )
  })

  it('round-trip for generated HTML with lists, blockquotes and tables', () => {
    const block = fc.oneof(
      paragraph.map((text) => `<p>${text}</p>`),
      fc
        .array(sentence, { minLength: 1, maxLength: 4 })
        .map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`),
      fc
        .array(sentence, { minLength: 1, maxLength: 4 })
        .map((items) => `<ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol>`),
      paragraph.map((text) => `<blockquote><p>${text}</p></blockquote>`),
      fc
        .array(fc.constantFrom('12', 'Ferry', '3.5'), { minLength: 2, maxLength: 3 })
        .map(
          (cells) =>
            `<table><tr>${cells.map((cell) => `<th>${cell}</th>`).join('')}</tr><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></table>`,
        ),
      sentence.map((text) => `<h2>${text.slice(0, 30)}</h2>`),
    )
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const article = clean(`<article>${blocks.join('')}</article>`, { format: 'html' })
        for (const unit of everySentence(article)) {
          expect(article.text.slice(unit.start, unit.end)).toBe(unit.text)
        }
        for (const paragraph of everyParagraph(article)) {
          expect(
            paragraph.sentences
              .map((unit) => unit.text)
              .join(' ')
              .replace(/\s+/g, ' '),
          ).toBe(paragraph.text.replace(/\s+/g, ' '))
        }
      }),
      { numRuns: 200 },
    )
  })
})
