import { describe, expect, it } from 'vitest'
import type { Quote } from '../src/index.js'
import { html, quotesOf } from './quote-helpers.js'

/** The quotes of a passage given as plain text and as HTML, as "source | cue | statement". */
function readings(text: string): string[][] {
  return [quotesOf(text), quotesOf(html(text), 'html')].map((quotes) =>
    quotes.map((quote: Quote) => `${quote.speakerText} | ${quote.cue} | ${quote.text}`),
  )
}

describe('a participle and its preposition set off by commas after the source', () => {
  it.each([
    ['The report, released on Monday, said the quay was too small.', 'The report | said'],
    [
      'The survey, conducted by the harbour board, said the quay was too small.',
      'The survey | said',
    ],
    [
      'The inquiry, commissioned jointly with the ferry company, found that the quay was too small.',
      'The inquiry | found',
    ],
    [
      'A harbour review, published in March by the pilots’ union and the ferry company, concluded the quay was too small.',
      'A harbour review | concluded',
    ],
  ])('describes the subject, which says what follows the verb: %j', (text, lead) => {
    for (const quotes of readings(text))
      expect(quotes).toEqual([`${lead} | the quay was too small`])
  })

  it.each([
    [
      'The quay, built in 1902, was too small, the pilots said.',
      'The quay, built in 1902, was too small',
    ],
    [
      'The quay, built in 1902, said the pilot, was too small.',
      'The quay, built in 1902 was too small',
    ],
  ])('stays inside a statement the source follows: %j', (text, statement) => {
    for (const quotes of readings(text)) {
      expect(quotes).toHaveLength(1)
      expect(quotes[0]).toMatch(new RegExp(`\\| said \\| ${statement}$`))
    }
  })
})
