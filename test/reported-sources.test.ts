import { describe, expect, it } from 'vitest'
import { clean, type Quote } from '../src/index.js'

/** The quotes `clean()` finds in a made-up passage published on Thursday 13 March 2025. */
function quotesOf(text: string, format: 'text' | 'html' = 'text'): Quote[] {
  return clean(text, { format, publishedAt: '2025-03-13' }).quotes
}

/** The one quote of a passage, checked to be alone. */
function only(text: string, format: 'text' | 'html' = 'text'): Quote {
  const quotes = quotesOf(text, format)
  expect(quotes.map((quote) => quote.text)).toHaveLength(1)
  return quotes[0] as Quote
}

describe('a source named with an aside before its verb', () => {
  it.each([
    [
      'Ines Dahl, Port Kessel director for the ferry company, said the quay was too small.',
      'Ines Dahl',
    ],
    [
      'Tomas Brenn, Friends of the Harbour’s chief organiser, said the quay was too small.',
      'Tomas Brenn',
    ],
    ['Sen. Mara Holt, R-Ore., speaking after the vote, said the quay was too small.', 'Mara Holt'],
    ['Sen. Mara Holt, R-Ore., said the quay was too small.', 'Mara Holt'],
    [
      'Lena Kessler, a pilot from Brandby, Ore., who sits on the harbour board, said the quay was too small.',
      'Lena Kessler',
    ],
    [
      'The clerk of many years, a quiet man who asked that his name not be printed because he feared for his post, said the quay was too small.',
      'clerk of many years',
    ],
    ['Similarly, Tomas Brenn, a retired pilot, said the quay was too small.', 'Tomas Brenn'],
  ])('reads the source past capitalised or long asides: %j', (text, speaker) => {
    const quote = quotesOf(text).find((found) => found.cue === 'said')
    expect(quote).toMatchObject({ text: 'the quay was too small', kind: 'indirect' })
    expect(quote?.speaker?.name).toContain(speaker)
  })

  it.each([
    [
      'Two skippers, Tomas Brenn and Ines Dahl, said the quay was too small.',
      'Tomas Brenn and Ines Dahl',
    ],
    [
      'The harbour’s two critics, Sen. Mara Holt of Oregon and Rep. Tomas Brenn of Idaho, have argued that the quay is too small.',
      'Sen. Mara Holt of Oregon and Rep. Tomas Brenn of Idaho',
    ],
  ])('reads a list of names set off by commas as the source: %j', (text, source) => {
    const quote = only(text)
    expect(quote.text).toMatch(/^the quay (?:was|is) too small$/)
    expect(quote.speakerText).toBe(source)
  })

  it('reads the aside and the date in HTML', () => {
    const quote = only(
      '<p>Ines Dahl, Port Kessel director for the ferry company, said on Tuesday that the quay was too small.</p>',
      'html',
    )
    expect(quote).toMatchObject({ text: 'the quay was too small', speaker: { name: 'Ines Dahl' } })
    expect(quote.date).toMatchObject({ text: 'on Tuesday', value: '2025-03-11' })
  })

  it.each([
    ['Moreover, Ines Dahl, director of the port, noted that the quay was too small.', /Moreover/],
    ['Similarly, Tomas Brenn, Lena Kessler, said the quay was too small.', /Similarly/],
    [
      'Walking past Brandby Quay, Ines Dahl and her brother, thanked the skippers for their help.',
      /Brandby/,
    ],
    ['Holt, who has worked in Oslo, Bergen and Tromso, praised the plan.', /Bergen|Tromso/],
    ['Friday, Oregon, leading a group of six states, asked a judge to block the rules.', /Friday/],
    ['In Brandby, Kessel and Holt, skippers said the quay was too small.', /Brandby|Kessel|Holt/],
  ])(
    'does not take an opening word, a place or a list of places for the source: %j',
    (text, wrong) => {
      for (const quote of quotesOf(text)) {
        expect(quote.speakerText ?? '').not.toMatch(wrong)
        expect(quote.speaker?.name ?? '').not.toMatch(wrong)
      }
    },
  )

  it.each([
    'If the deal fails, Brandby Quay will close, Ines Dahl said.',
    'When the ferry stopped, Port Kessel lost its trade, officials said.',
  ])('does not read a clause with a verb between commas as an aside: %j', (text) => {
    const quote = only(text)
    expect(quote.speakerText).toMatch(/^(?:Ines Dahl|officials)$/)
  })
})
