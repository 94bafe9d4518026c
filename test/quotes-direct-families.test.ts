import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { cuesAndStatements, expectStatements, html, quotesOf } from './quote-helpers.js'

/** The quotes of a passage as plain text and as HTML, with the article text their offsets point into. */
function bothFormats(text: string) {
  return [
    clean(text, { format: 'text', publishedAt: '2025-03-13' }),
    clean(html(text), { format: 'html', publishedAt: '2025-03-13' }),
  ]
}

describe('a whole quote after a partial one that hands over to its attribution', () => {
  // The reporter's clause ends in the speaker's words, a comma inside the
  // marks hands them to the attribution, and the next sentence, quoted
  // whole with no verb of its own, is more of the same statement.
  it.each([
    [
      'Teachers are “looking to see who runs the harbour,” Mara Holt said. “That has got to scare a skipper.”',
      'said | Teachers are “looking to see who runs the harbour,” “That has got to scare a skipper.”',
    ],
    [
      'The deal "looks out for the ferry owners first," Tomas Brenn wrote in a letter. "That is unacceptable."',
      'wrote | The deal "looks out for the ferry owners first," "That is unacceptable."',
    ],
    [
      'Yet the pilot is also "a change agent," said Ines Dahl, a harbour trustee. "That is exactly what the port wants right now."',
      'said | Yet the pilot is also "a change agent," "That is exactly what the port wants right now."',
    ],
    // "said from his office": how or where it was said closes the clause, as a time does.
    [
      "Most ferries are ''just scratching out a profit,'' Tomas Brenn said from his office. ''The crossing is a thin business. Nobody gets rich.''",
      "said | Most ferries are ''just scratching out a profit,'' ''The crossing is a thin business. Nobody gets rich.''",
    ],
  ])('is one partial quote with it: %j', (text, statement) => {
    for (const article of bothFormats(text)) {
      expect(cuesAndStatements(article.quotes)).toEqual([statement])
      const [quote] = article.quotes
      expect(quote?.kind).toBe('partial')
      // Both quoted pieces are marked, the second as its words alone.
      expect(
        quote?.quoted.map((range) => article.text.slice(range.start, range.end)).at(-1),
      ).toMatch(/^(?:That|The crossing)/u)
    }
  })

  it.each([
    [
      'The vote “was the day I saw that it is not as simple as, ‘She runs the port,’” Ines Dahl said in an interview. “I am starting to wonder who does.”',
      'said | was the day I saw that it is not as simple as, ‘She runs the port,’ I am starting to wonder who does.',
    ],
  ])('does so after a fragment given as its words alone: %j', (text, statement) => {
    expectStatements(text, [statement])
    expect(quotesOf(text)[0]?.kind).toBe('partial')
  })

  it.each([
    // No comma hands the fragment over: the reporter goes on after it.
    'Mara Holt called the plan “a gift to the ferry owners.” “Nobody asked the people who live here.”',
    // The attribution is a clause of the reporter's with no verb of saying.
    'The pilots were “looking for answers,” as the tide turned. “We waited ten years.”',
  ])('leaves a whole quote apart otherwise: %j', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.at(-1)?.kind).toBe('direct')
    expect(quotesOf(html(text), 'html').at(-1)?.kind).toBe('direct')
  })
})

describe('a verb of saying after a quoted title that ends with a comma', () => {
  // The comma inside the title's closing mark parts the participle from the
  // words before the title, as a comma outside it would: "adding" is a
  // second verb of saying, and the quote after it a statement of its own.
  it.each([
    [
      '“Brenn would be the best pilot, but he does not have a chance,” Mara Holt said on KBC’s “Morning Harbour,” adding, “His problem is that he is an insider in an outsider year.”',
      'adding | His problem is that he is an insider in an outsider year.',
    ],
    [
      '"The fares will rise in May," Tomas Brenn said on "Harbour Watch," adding, "Nobody on the quay will be surprised."',
      'adding | Nobody on the quay will be surprised.',
    ],
    [
      '“We are not done,” Ines Dahl wrote in the “Kessel Courier,” noting, “The ferry still runs late every week.”',
      'noting | The ferry still runs late every week.',
    ],
  ])('starts a quote of its own: %j', (text, second) => {
    expectStatements(text, [expect.stringMatching(/^(?:said|told|wrote) \| /u), second])
  })
})

describe('a whole quote after a colon that ends a clause opened by "that"', () => {
  // The colon closes the reported clause: the quote after it, set off and
  // attributed again by its own verb, is a direct quote of that verb.
  it.each([
    [
      'Tomas Brenn said that the port had lost its way: “The port is no longer the port,” Brenn claimed.',
      'claimed | The port is no longer the port',
    ],
    [
      'Mara Holt warned that the ferry would be late again: "We will not sail before noon," Holt told the crew.',
      'told | We will not sail before noon',
    ],
    [
      'Ines Dahl wrote on Monday that the fees were too low: “Nobody on the quay pays what a berth costs,” Dahl said.',
      'said | Nobody on the quay pays what a berth costs',
    ],
  ])('is a direct quote: %j', (text, statement) => {
    expectStatements(text, [statement])
  })
})
