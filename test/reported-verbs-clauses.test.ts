import { describe, expect, it } from 'vitest'
import { html, quotesOf } from './quote-helpers.js'

/** The quotes of a passage given as plain text and as HTML, as "source | cue | statement". */
function readings(text: string): string[][] {
  return [quotesOf(text), quotesOf(html(text), 'html')].map((quotes) =>
    quotes.map((quote) => `${quote.speakerText} | ${quote.cue} | ${quote.text}`),
  )
}

describe('a clause after "that" that opens with a phrase of its own before a comma', () => {
  it.each([
    [
      'Holt argued that although the pilot apologised, he showed no remorse.',
      'Holt | argued | although the pilot apologised, he showed no remorse',
    ],
    [
      'Dahl disclosed that after the vote, the mayor called her.',
      'Dahl | disclosed | after the vote, the mayor called her',
    ],
    [
      'The pilots said that during the storm, the harbour master told them nothing.',
      'The pilots | said | during the storm, the harbour master told them nothing',
    ],
  ])('goes on past the comma with its own subject and verb: %j', (text, reading) => {
    for (const quotes of readings(text)) expect(quotes).toEqual([reading])
  })

  it('ends before a source that follows it with nothing after its verb', () => {
    for (const quotes of readings('He finds that in harbour work, he said.'))
      expect(quotes).toEqual(['he | said | He finds that in harbour work'])
  })
})
