import { describe, expect, it } from 'vitest'
import { expectStatements, quotesOf } from './quote-helpers.js'

describe('a verb after "and" whose form does not fit the source’s verb goes on with the reported clause', () => {
  // "says" and "asked" are not in one tense: "asked" is the reported subject's.
  it.each([
    [
      'Dahl says he met the harbour board and asked it to delay the vote.',
      ['says | he met the harbour board and asked it to delay the vote'],
    ],
    [
      'The mayor says the pilots would call the minister and tell him the quay must stay open.',
      ['says | the pilots would call the minister and tell him the quay must stay open'],
    ],
    [
      'Officials say they checked the hull and found no damage.',
      ['say | they checked the hull and found no damage'],
    ],
    [
      'Brenn said the pilots would inspect the channel and report what they find.',
      ['said | the pilots would inspect the channel and report what they find'],
    ],
  ])('%s', expectStatements)

  // In the same form the second verb may be the source’s own: a report of its own.
  it.each([
    [
      'Holt said the quay would close and warned of job losses.',
      ['said | the quay would close', 'warned of | job losses'],
    ],
    [
      'Dahl says the quay will close and tells reporters he has no regrets.',
      ['says | the quay will close', 'tells | he has no regrets'],
    ],
    [
      'The pilots told the board the channel was silting and asked for a survey.',
      ['told | the channel was silting', 'asked for | a survey'],
    ],
  ])('%s', expectStatements)
})

/** Each quote of a passage of paragraphs (joined by blank lines) as "speaker | statement". */
function turnsOf(paragraphs: readonly string[]): string[] {
  return quotesOf(paragraphs.join('\n\n')).map((quote) => `${quote.speaker?.name} | ${quote.text}`)
}

describe('a transcript speaker’s turn is one statement, to the next name and colon', () => {
  it('takes every sentence of the turn, not only the first', () => {
    expect(
      turnsOf([
        'The harbour board met on Tuesday night.',
        'HOLT: The quay has to close. The pilots cannot wait another winter.',
        'DAHL: That is not what the council decided.',
      ]),
    ).toEqual([
      'HOLT | The quay has to close. The pilots cannot wait another winter',
      'DAHL | That is not what the council decided',
    ])
  })

  it('ends a turn where the next speaker’s name and colon open a sentence of the same paragraph', () => {
    expect(
      turnsOf([
        'The ferry hearing went on past midnight.',
        'BRENN: We asked for a survey. We never got one. HOLT: The survey was sent in May.',
      ]),
    ).toEqual([
      'BRENN | We asked for a survey. We never got one',
      'HOLT | The survey was sent in May',
    ])
  })

  it('keeps what the turn reports inside it as part of the speaker’s statement', () => {
    expect(
      turnsOf([
        'The harbour board met on Tuesday night.',
        'HOLT: Then we will vote again, and I think we will win.',
        'DAHL: The council says the quay must stay open.',
      ]),
    ).toEqual([
      'HOLT | Then we will vote again, and I think we will win',
      'DAHL | The council says the quay must stay open',
    ])
  })
})

describe('"that" right after a verb of saying opens its clause, not a relative one', () => {
  // The verb inside the clause is part of what the first verb reports, not a report of its own.
  it.each([
    [
      'The harbour master warned that the pilots oppose dredging the channel.',
      ['warned | the pilots oppose dredging the channel'],
    ],
    [
      'The mayor insisted that the union rejected bargaining with the board.',
      ['insisted | the union rejected bargaining with the board'],
    ],
    [
      'The minister stressed that Dahl opposed raising the levy.',
      ['stressed | Dahl opposed raising the levy'],
    ],
    [
      'The spokesman repeated that the ministry opposed dredging and would fight it.',
      ['repeated | the ministry opposed dredging and would fight it'],
    ],
  ])('%s', expectStatements)

  // After a noun, "that" and "which" still stand for the subject of what was said.
  it.each([
    [
      'The levy, which officials said will start in May, is unpopular.',
      ['said | which will start in May'],
    ],
    [
      'The pilots read the report that Holt says found cracks in the wall.',
      ['says | that found cracks in the wall'],
    ],
  ])('%s', expectStatements)
})
