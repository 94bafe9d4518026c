import { describe, expect, it } from 'vitest'
import type { Quote } from '../src/index.js'
import { html, quotesOf } from './quote-helpers.js'

/** Each quote as "cue | statement | source", for a compact comparison. */
function reports(quotes: readonly Quote[]): string[] {
  return quotes.map((quote) => `${quote.cue} | ${quote.text} | ${quote.speakerText}`)
}

/** Checks that a passage, as plain text and as HTML, gives exactly these reports. */
function expectReports(text: string, expected: readonly string[]): void {
  expect(reports(quotesOf(text))).toEqual(expected)
  expect(reports(quotesOf(html(text), 'html'))).toEqual(expected)
}

/** Checks that a passage, as plain text and as HTML, gives no quote. */
function expectNone(text: string): void {
  expectReports(text, [])
}

describe('reported speech: a verb that closes an opening clause at its comma', () => {
  it.each([
    'After the harbour master testified, the council voted to close the pier.',
    'Before the union complained, the ferries ran on time.',
    'When the mayor warned, nobody on the council listened.',
    'Unless the board announces, the ferry timetable stays as it is.',
  ])('reports nothing after a clause of when or on what terms: %s', expectNone)

  it.each([
    'The charges, which Mr. Dahl denies, the court will hear in June.',
    'The toll, which the mayor defended, in 2019 the council dropped.',
    'The ferry plan that the traders criticized, the council shelved in May.',
    'The toll, which most residents opposed, was dropped in May.',
  ])('reports nothing after a relative clause whose verb has its object in it: %s', expectNone)

  it.each([
    ['As the mayor said, the pier is failing.', ['said | the pier is failing | the mayor']],
    [
      'When the vote came, the mayor said the pier was failing.',
      ['said | the pier was failing | the mayor'],
    ],
    [
      'The mayor, who chairs the harbour board, said the pier was failing.',
      ['said | the pier was failing | The mayor'],
    ],
    [
      'After the harbour master testified, she said the pier was failing.',
      ['said | the pier was failing | she'],
    ],
    [
      'The council, officials said, will vote on the toll in May.',
      ['said | The council will vote on the toll in May | officials'],
    ],
  ])('keeps the report of the sentence: %s', (text, expected) => expectReports(text, expected))
})

describe('reported speech: a date before a verb form makes it a noun, not a speaker', () => {
  it.each([
    'The October report exceeded expectations, with 2,000 new jobs.',
    'The 9/11 attacks changed the harbour city for good.',
    'The 2012 request by the union was refused by the board.',
  ])('no report with a date for its source: %s', expectNone)

  it.each([
    ['The 2019 report found that rents rose.', ['found | rents rose | The 2019 report']],
    [
      'The Times reported on Monday that the pier was closing.',
      ['reported | the pier was closing | The Times'],
    ],
    ['The mayor on Monday said the pier was closing.', ['said | the pier was closing | The mayor']],
    [
      'The Monday statement said the pier was closing.',
      ['said | the pier was closing | The Monday statement'],
    ],
  ])('keeps a source that a date only qualifies: %s', (text, expected) =>
    expectReports(text, expected),
  )
})

describe('reported speech: a source holds no clause of its own', () => {
  it.each([
    'Ms. Dahl maintains a large pledged delegate lead over Mr. Brenn.',
    'The ferry line weathered the storm thanks to its reserves.',
    'The council won the vote thanks to the traders.',
  ])('no report when the words before the verb form are a clause with its object: %s', expectNone)

  it.each([
    [
      'A poll released Monday by the college found that rents rose.',
      ['found | rents rose | A poll released Monday by the college'],
    ],
    [
      'House members supporting the bill said they had the votes.',
      ['said | they had the votes | House members supporting the bill'],
    ],
    [
      'Reporters who covered the hearing said the toll was too high.',
      ['said | the toll was too high | Reporters'],
    ],
  ])('keeps a source that a participle or a relative clause qualifies: %s', (text, expected) =>
    expectReports(text, expected),
  )
})

describe('reported speech: an opening phrase before a source is no statement', () => {
  it.each([
    'Then, she apologized.',
    'Instead, he talked about CNN.',
    'At the hearing, Ms. Dahl agreed.',
    'On Monday, the mayor apologized.',
  ])('no report from a phrase of when, where or how: %s', expectNone)

  it.each([
    ['Or maybe the harbour board, Musser says.', ['says | Or maybe the harbour board | Musser']],
    ['Still, the mayor said, the pier is safe.', ['said | Still the pier is safe | the mayor']],
    ['The pier is safe, the mayor said.', ['said | The pier is safe | the mayor']],
    ['Sorry, Dahl said.', ['said | Sorry | Dahl']],
  ])('keeps what is said before the source: %s', (text, expected) => expectReports(text, expected))
})

describe('reported speech: a noun phrase before a name set off by commas is that name', () => {
  it.each([
    ['The minister, Tomas Rehn, asked the board that question.', 'The minister'],
    ['The harbour master, Ines Dahl, recently praised the crew.', 'The harbour master'],
    ['Her deputy, Lena Kessler, asked the pilots about the storm.', 'Her deputy'],
  ])('no statement from the apposition: %s', (text, apposition) => {
    for (const format of ['text', 'html'] as const) {
      const quotes = quotesOf(format === 'html' ? html(text) : text, format)
      expect(quotes.map((quote) => quote.text)).not.toContain(apposition)
    }
  })

  it.each([
    [
      'The pier will close soon, Tomas Rehn, the minister, said.',
      ['said | The pier will close soon | Tomas Rehn'],
    ],
    [
      'The minister, Tomas Rehn, said the pier would close.',
      ['said | the pier would close | Tomas Rehn'],
    ],
  ])('keeps a clause before the name, and what follows the verb: %s', (text, expected) =>
    expectReports(text, expected),
  )
})

describe('reported speech: a word that links a sentence to the one before is no source', () => {
  it.each([
    [
      'However, Ms. Dahl held firm, saying the toll would stay.',
      ['saying | the toll would stay | Ms. Dahl'],
    ],
    ['However, she held firm, saying the toll would stay.', ['saying | the toll would stay | she']],
    [
      'Meanwhile, Mr. Brenn toured the harbour, warning that the pier was unsafe.',
      ['warning | the pier was unsafe | Mr. Brenn'],
    ],
  ])('the subject after the linking word speaks: %s', (text, expected) =>
    expectReports(text, expected),
  )

  it.each([
    ['However, the mayor held firm, saying the toll would stay.', 'the mayor'],
    ['Indeed, the board held firm, arguing that the ferries needed the toll.', 'the board'],
  ])('never names the linking word as the source: %s', (text, source) => {
    const quotes = [...quotesOf(text), ...quotesOf(html(text), 'html')]
    expect(quotes.map((quote) => quote.speakerText)).toEqual([source, source])
  })
})
