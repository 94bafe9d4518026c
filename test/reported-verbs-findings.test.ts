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

describe('what a poll or a study shows or finds, named further back', () => {
  it.each([
    [
      'A study by the harbour board’s watchdog group Quay Watch found the ferry company overstated its passenger numbers.',
      'A study by the harbour board’s watchdog group Quay Watch | found | the ferry company overstated its passenger numbers',
    ],
    [
      'A national poll released Sunday by The Harbour Gazette and Radio Kessel shows the mayor keeping her lead among pilots.',
      'A national poll released Sunday by The Harbour Gazette and Radio Kessel | shows | the mayor keeping her lead among pilots',
    ],
    [
      'The survey, conducted by the pilots’ union, finds the mayor with a narrow lead.',
      'The survey | finds | the mayor with a narrow lead',
    ],
    [
      'Surveys of pilots over the past decade show the quay is too small.',
      'Surveys of pilots over the past decade | show | the quay is too small',
    ],
    ['Data show that the ferry is rarely late.', 'Data | show | the ferry is rarely late'],
  ])('is its finding: %j', (text, reading) => {
    for (const quotes of readings(text)) expect(quotes).toEqual([reading])
  })

  it.each([
    'The census takers worked late and officials found errors in the forms.',
    'The census count was low so the mayor found the money elsewhere.',
    'The poll was taken as the mayor showed the pilots her plan.',
    'After the poll closed, volunteers found the ballots in a box.',
    'There is no reason to think the census takers will treat replies with more care than they have shown for other data.',
    'The poll workers who counted the ballots showed the reporters around the hall.',
  ])('is not what a verb of another subject shows or finds: %j', (text) => {
    for (const quotes of readings(text)) expect(quotes).toEqual([])
  })
})
