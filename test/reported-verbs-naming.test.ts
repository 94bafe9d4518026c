import { describe, expect, it } from 'vitest'
import { html, quotesOf } from './quote-helpers.js'

/** The quotes of a passage given as plain text and as HTML, as "source | cue | statement". */
function readings(text: string): string[][] {
  return [quotesOf(text), quotesOf(html(text), 'html')].map((quotes) =>
    quotes.map((quote) => `${quote.speakerText} | ${quote.cue} | ${quote.text}`),
  )
}

describe('calling someone or something what it is, without quote marks', () => {
  it.each([
    ['The mayor called him divisive.', 'The mayor | called | him divisive'],
    ['The pilots call themselves unqualified.', 'The pilots | call | themselves unqualified'],
    ['Brenn called it unworkable.', 'Brenn | called | it unworkable'],
    [
      'Holt called the ferry company’s plan reckless.',
      'Holt | called | the ferry company’s plan reckless',
    ],
    ['Holt called the new quay a disgrace.', 'Holt | called | the new quay a disgrace'],
    [
      'Dahl called Harbour Master Tomas Brenn Ollesen a liar.',
      'Dahl | called | Harbour Master Tomas Brenn Ollesen a liar',
    ],
  ])('is what the source says of it: %j', (text, reading) => {
    for (const quotes of readings(text)) expect(quotes).toEqual([reading])
  })

  it.each([
    'Dahl called the office an hour later.',
    'Dahl called him a second time.',
    'Dahl called it a day.',
    'Dahl called the divisive pilot back.',
    'The union called a strike on Monday.',
    'Verhelst compared the difference to folding a sheet of paper.',
  ])(
    'is not a call made, a time, a noun phrase’s own adjective or a preposition’s object: %j',
    (text) => {
      for (const quotes of readings(text)) expect(quotes).toEqual([])
    },
  )
})
