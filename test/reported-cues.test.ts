import { describe, expect, it } from 'vitest'
import { cuesAndStatements, html, quotesOf } from './quote-helpers.js'

/** Checks that a passage, as plain text and as HTML, gives one quote with this cue, statement and source. */
function expectOne(text: string, cue: string, statement: string, speaker: string): void {
  for (const format of ['text', 'html'] as const) {
    const quotes = quotesOf(format === 'html' ? html(text) : text, format)
    expect(cuesAndStatements(quotes)).toEqual([`${cue} | ${statement}`])
    expect(quotes[0]?.speakerText).toContain(speaker)
  }
}

/** Checks that a passage, as plain text and as HTML, gives no quote. */
function expectNone(text: string): void {
  expect(quotesOf(text)).toEqual([])
  expect(quotesOf(html(text), 'html')).toEqual([])
}

describe('reported speech cues: "point to"', () => {
  it.each([
    [
      'Critics pointed to the delays at the harbour.',
      'pointed to',
      'the delays at the harbour',
      'Critics',
    ],
    [
      'Officials point to rising rents in the old town.',
      'point to',
      'rising rents in the old town',
      'Officials',
    ],
    [
      'Ines Dahl, the union leader, has pointed to the new contract as proof of progress.',
      'pointed to',
      'the new contract as proof of progress',
      'Ines Dahl',
    ],
  ])('%s', expectOne)

  it.each([
    'The key point to note is the cost.',
    'She scored points to win the cup.',
    'There is no point to the meeting.',
    'Their points to the board went unanswered.',
  ])('"point" as a noun reports nothing: %s', expectNone)

  it('"point out" still reports what follows', () => {
    expect(
      cuesAndStatements(quotesOf('The auditor pointed out that the ledger was late.')),
    ).toEqual(['pointed out | the ledger was late'])
  })
})

describe('reported speech cues: a participle with no auxiliary qualifies a noun', () => {
  it.each([
    'Rents rose to levels seen only in the capital.',
    'A developer known for his golf courses bought the pier.',
    'The figures, shown on a chart, were late.',
    'A letter written by the harbour board was read out.',
  ])('no statement: %s', expectNone)

  it.each([
    ['The mayor has known for years that the pier was failing.', 'known', 'mayor'],
    ['Voters had seen that the pier was failing.', 'seen', 'Voters'],
    ['The harbour board has written that the pier was failing.', 'written', 'harbour board'],
    ['The pilots’d long known that the pier was failing.', 'known', 'pilots'],
  ])('after an auxiliary it is the verb: %s', (text, cue, speaker) =>
    expectOne(text, cue, 'the pier was failing', speaker),
  )
})

describe('reported speech cues: what someone is called', () => {
  it.each([
    ['The senator calls himself a moderate.', 'calls', 'himself a moderate', 'senator'],
    [
      'Ines Dahl called herself a reluctant candidate.',
      'called',
      'herself a reluctant candidate',
      'Ines Dahl',
    ],
    ['Lena Kessler calls Ohio her home state.', 'calls', 'Ohio her home state', 'Lena Kessler'],
    ['Voters call Kessler their best hope.', 'call', 'Kessler their best hope', 'Voters'],
    [
      'Ines Dahl described herself as a reluctant candidate.',
      'described',
      'herself as a reluctant candidate',
      'Ines Dahl',
    ],
  ])('%s', expectOne)

  it.each([
    'The senator called himself.',
    'He calls himself at home every night.',
    'She called her mother on Sunday.',
    'The mayor called it a day.',
  ])('a call that names nothing: %s', expectNone)
})

describe('reported speech cues: "allude to" and "touch on", as "refer to"', () => {
  it.each([
    ['The mayor alluded to the harbour scandal.', 'alluded to', 'the harbour scandal', 'mayor'],
    ['Officials allude to the strike in their letter.', 'allude to', 'the strike', 'Officials'],
    ['Critics were alluding to the strike.', 'alluding to', 'the strike', 'Critics'],
    ['The mayor has touched on the matter before.', 'touched on', 'the matter before', 'mayor'],
    [
      'Ines Dahl touches on the cost of the pier.',
      'touches on',
      'the cost of the pier',
      'Ines Dahl',
    ],
  ])('%s', expectOne)

  it.each([
    'Her hand touched the rail.',
    'She felt a touch on her arm.',
    'The ball touched the line.',
    'There was a touch on the shoulder.',
  ])('touching without "on" what was said: %s', expectNone)
})

describe('a number that says', () => {
  it.each([
    [
      'Of the pilots asked, 12 said the quay was too small.',
      'said',
      'the quay was too small',
      '12',
    ],
    [
      'Of the 40 members, 31 said they would back the levy.',
      'said',
      'they would back the levy',
      '31',
    ],
    [
      'Of 300 skippers asked, 212 told the board that the quay was too small.',
      'told',
      'the quay was too small',
      '212',
    ],
    [
      'Of 1,500 skippers, 1,100 said that the quay was too small.',
      'said',
      'the quay was too small',
      '1,100',
    ],
  ])('gives the number as the source when a clause follows: %j', expectOne)

  it.each([
    'Nearly 400 pledged delegates voted for the plan.',
    'The storm left 12 reported injuries along the quay.',
    'The 12 said nothing.',
    'Of the 20 states that the pilots named, Kessel has the smallest quay.',
    'The 2012 attacks on the quay were never solved.',
  ])('keeps a past form before a noun a qualifier, and a plural a noun: %j', expectNone)

  it('dates what a number said', () => {
    const [quote] = quotesOf('Of the pilots asked, 12 said on Tuesday the quay was too small.')
    expect(quote?.date?.value).toBe('2025-03-11')
  })
})

describe('an -ing form after a word that hands on the subject ("by saying")', () => {
  it.each([
    [
      'Mara Holt opened the meeting by warning that the pier was not safe.',
      'warning',
      'the pier was not safe',
      'Mara Holt',
    ],
    [
      'The pilots ended the meeting by arguing that the tolls were too high.',
      'arguing',
      'the tolls were too high',
      'The pilots',
    ],
    [
      'Tomas Brenn erred in claiming that the ferries were late.',
      'claiming',
      'the ferries were late',
      'Tomas Brenn',
    ],
  ])('reads it as the source’s act: %j', (text, cue, statement, speaker) => {
    expectOne(text, cue, statement, speaker)
  })

  it('gives a direct quote its speaker and date', () => {
    for (const format of ['text', 'html'] as const) {
      const text = 'Mara Holt began on Tuesday by saying, “The pier is not safe.”'
      const quotes = quotesOf(format === 'html' ? html(text) : text, format)
      expect(quotes).toHaveLength(1)
      expect(quotes[0]).toMatchObject({
        kind: 'direct',
        text: 'The pier is not safe.',
        speaker: { name: 'Mara Holt' },
        date: { value: '2025-03-11' },
      })
    }
  })

  it.each([
    'The pier was closed by order of the council.',
    'The ferry was struck by the warning lights of the pier.',
    'Her saying so changed nothing at the pier.',
  ])('leaves nouns after the same words alone: %j', (text) => {
    expectNone(text)
  })
})

describe('a verb of saying in the passive names its source after "by"', () => {
  it.each([
    [
      'The closure of the pier was first reported by the Harbour Gazette.',
      'reported',
      'The closure of the pier',
      'Harbour Gazette',
    ],
    [
      'Her resignation was confirmed on Tuesday by the ferry company.',
      'confirmed',
      'Her resignation',
      'the ferry company',
    ],
    [
      'The new timetable has been sharply criticized by commuters.',
      'criticized',
      'The new timetable',
      'commuters',
    ],
    ['Mayor Ines Dahl was praised by him at the opening.', 'praised', 'Mayor Ines Dahl', 'him'],
  ])('%s', expectOne)

  it.each([
    'The results will be announced by Friday.',
    'The fares were announced by phone.',
    'The rise was reported by 10 percent of the members.',
    'It was reported by the local paper last year.',
    'The pier, which was first reported by the Harbour Gazette, stays shut.',
  ])('no one acts after "by", or the subject says nothing: %s', expectNone)

  it('"was asked by" puts a question to the subject: the subject is not what was said', () => {
    for (const text of [
      'Ines Dahl was asked by a reporter whether the pier would reopen.',
      'The harbour master was asked by the council about the fares.',
    ])
      expect(quotesOf(text).map((quote) => quote.text)).not.toContain(text.split(' was ')[0])
  })
})

describe('a verb of saying after "seemed to", "began to", "continues to", "was quick to"', () => {
  it.each([
    [
      'The ferry company seemed to confirm that the pier would close.',
      'confirm',
      'the pier would close',
      'ferry company',
    ],
    [
      'Critics were quick to point out that the fares had doubled.',
      'point out',
      'the fares had doubled',
      'Critics',
    ],
    ['The mayor continues to insist that the pier is safe.', 'insist', 'the pier is safe', 'mayor'],
    [
      'Ines Dahl began to argue that the tolls were too high.',
      'argue',
      'the tolls were too high',
      'Ines Dahl',
    ],
    [
      'Dahl appeared to suggest the harbour would be sold.',
      'suggest',
      'the harbour would be sold',
      'Dahl',
    ],
  ])('the subject before them says it: %s', expectOne)

  it.each([
    'Dahl failed to mention the fares.',
    'The council gave reasons to question the plan.',
    'The board did little to explain the delay.',
  ])('other words before "to" do not hand on the subject: %s', expectNone)
})

describe('a verb after a pronoun in "’s" ("he’s saying") is a verb, not a noun a possessor holds', () => {
  it.each([
    ["He's suggesting that the pier should close.", 'suggesting', 'the pier should close', 'He'],
    [
      'She’s predicting the fares will rise by spring.',
      'predicting',
      'the fares will rise by spring',
      'She',
    ],
    ["They're arguing that the tolls are too high.", 'arguing', 'the tolls are too high', 'They'],
  ])('%s', expectOne)

  it.each([
    "Dahl's claims about the pier were false.",
    'The council’s report on the fares was late.',
    "The mayor's warnings went unheeded.",
  ])('after a name or a noun in "’s" the form is a noun: %s', expectNone)
})

describe('a form that is also a noun, before a subject pronoun, is a verb that opens a clause', () => {
  it.each([
    [
      'Harbour Watch claims they were never told.',
      'claims',
      'they were never told',
      'Harbour Watch',
    ],
    ["Dahl claims she's owed a refund.", 'claims', "she's owed a refund", 'Dahl'],
    [
      'Exit polling shows he won most of the harbour wards.',
      'shows',
      'he won most of the harbour wards',
      'Exit polling',
    ],
  ])('%s', expectOne)

  it.each([
    'The mayor’s claims he had lied were false.',
    'New claims he lied emerged on Friday.',
    'The claims he made about the pier were false.',
  ])('after a possessive, an adjective or a determiner it stays a noun: %s', expectNone)
})

describe('a participle of saying that opens the sentence has the subject after its comma', () => {
  it('reports what the participle says, with the source of the verb after the comma', () => {
    for (const [text, expected] of [
      [
        'Responding to the critics, Ines Dahl said the pier was safe.',
        ['Responding to | the critics', 'said | the pier was safe'],
      ],
      [
        'Noting that the pier was old, the mayor said repairs would start soon.',
        ['Noting | the pier was old', 'said | repairs would start soon'],
      ],
      [
        'Citing the costs, the council rejected the plan.',
        ['Citing | the costs', 'rejected | the plan'],
      ],
    ] as const) {
      for (const format of ['text', 'html'] as const) {
        const quotes = quotesOf(format === 'html' ? html(text) : text, format)
        expect(cuesAndStatements(quotes)).toEqual(expected)
        expect(quotes[0]?.speakerText).toBe(quotes[1]?.speakerText)
      }
    }
  })

  it.each([
    ['Recognizing the cost, Rubio joined the talks.', []],
    [
      'Regarding the fares, Dahl said nothing new had been decided.',
      ['said | nothing new had been decided'],
    ],
    [
      'Speaking to reporters after the meeting, Dahl said the pier was safe.',
      ['said | the pier was safe'],
    ],
    ['Pointing to the map made the plan clear.', []],
  ])(
    'nothing of its own without a speaker after it, for a thought, or for a time: %s',
    (text, expected) => {
      expect(cuesAndStatements(quotesOf(text))).toEqual(expected)
      expect(cuesAndStatements(quotesOf(html(text), 'html'))).toEqual(expected)
    },
  )
})

describe('verbs listed with commas share their subject', () => {
  it.each([
    [
      'Mayor Ines Dahl slams the board, praises the ferry crews as heroes.',
      ['slams | the board', 'praises | the ferry crews as heroes'],
    ],
    [
      'Dahl denied the charge, accused the board of lying.',
      ['denied | the charge', 'accused | the board of lying'],
    ],
  ])('%s', (text, expected) => {
    for (const format of ['text', 'html'] as const) {
      const quotes = quotesOf(format === 'html' ? html(text) : text, format)
      expect(cuesAndStatements(quotes)).toEqual(expected)
      expect(quotes.map((quote) => quote.speakerText)).toEqual(
        ['Dahl', 'Dahl'].map((name) => expect.stringContaining(name)),
      )
    }
  })

  it.each([
    ['Rehn criticized the plan, said Dahl.', ['said | Rehn criticized the plan'], 'Dahl'],
    [
      'The board criticized the plan, the mayor said.',
      ['said | The board criticized the plan'],
      'mayor',
    ],
  ])(
    'a source after the comma is no second verb of the first subject: %s',
    (text, expected, speaker) => {
      const quotes = quotesOf(text)
      expect(cuesAndStatements(quotes)).toEqual(expected)
      expect(quotes[0]?.speakerText).toContain(speaker)
    },
  )
})

describe('reported speech cues: a plain form that is its own past ("forecast", "put")', () => {
  it.each([
    [
      'The economist forecast that rents would fall by spring.',
      'forecast',
      'rents would fall by spring',
      'economist',
    ],
    [
      'Last year the harbour board forecast that traffic would double.',
      'forecast',
      'traffic would double',
      'harbour board',
    ],
  ])('%s', (text, cue, statement, speaker) => expectOne(text, cue, statement, speaker))

  it.each([
    'The latest forecast that rents would fall proved wrong.',
    'The board put the plan to a vote on Monday.',
    'Her weather forecast showed rain.',
  ])('no report: %s', (text) => expectNone(text))

  it('reads the date of a past like the date of "said"', () => {
    const [quote] = quotesOf('The economist forecast on Tuesday that rents would fall.')
    expect(quote?.date?.value).toBe('2025-03-11')
  })
})

describe('reported speech cues: a plain form after a group and its participle ("those surveyed say")', () => {
  it.each([
    [
      'Those surveyed say the ferry should come first.',
      'say',
      'the ferry should come first',
      'Those surveyed',
    ],
    [
      'Pilots polled claim the quay is too small.',
      'claim',
      'the quay is too small',
      'Pilots polled',
    ],
    ['The people interviewed say rents will rise.', 'say', 'rents will rise', 'people interviewed'],
  ])('%s', (text, cue, statement, speaker) => expectOne(text, cue, statement, speaker))

  it.each([
    'The newly painted report was on the desk.',
    'A long delayed report reached the council.',
  ])('no report: %s', (text) => expectNone(text))
})

describe('reported speech cues: "went on to say", "continued to say"', () => {
  it.each([
    ['Mara Holt went on to say the pier would close.', 'say', 'the pier would close', 'Mara Holt'],
    [
      'The mayor goes on to praise the crew of the night ferry.',
      'praise',
      'the crew of the night ferry',
      'mayor',
    ],
    [
      'Ines Dahl continued to warn that the quay was unsafe.',
      'warn',
      'the quay was unsafe',
      'Ines Dahl',
    ],
  ])('%s', (text, cue, statement, speaker) => expectOne(text, cue, statement, speaker))

  it('keeps "went on" before a quote', () => {
    expect(cuesAndStatements(quotesOf('Mara Holt went on: “The pier will close in May.”'))).toEqual(
      ['went on | The pier will close in May.'],
    )
  })

  it('keeps "continues to" and a verb of no saying a boundary of the statement before it', () => {
    expectOne(
      'Mara Holt said she opposes the toll on the bridge, her board continues to raise the fees.',
      'said',
      'she opposes the toll on the bridge',
      'Mara Holt',
    )
  })

  it.each(['The work on the pier went on to the end of May.', 'The repairs went on for a year.'])(
    'no report: %s',
    (text) => expectNone(text),
  )
})
