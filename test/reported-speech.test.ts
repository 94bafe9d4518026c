import { describe, expect, it } from 'vitest'
import { clean, type Quote } from '../src/index.js'
import { expectReports } from './quote-helpers.js'

/** The quotes `clean()` finds in a made-up passage published on Thursday 13 March 2025. */
function quotesOf(text: string, publishedAt = '2025-03-13'): Quote[] {
  return clean(text, { format: 'text', publishedAt }).quotes
}

/** The one quote of a passage, checked to be alone. */
function only(text: string, publishedAt?: string): Quote {
  const quotes = quotesOf(text, publishedAt)
  expect(quotes.map((quote) => quote.text)).toHaveLength(1)
  return quotes[0] as Quote
}

/** The words of the passage each quoted part of a quote marks. */
function quotedWords(text: string, quote: Quote): string[] {
  return quote.quoted.map((range) => text.slice(range.start, range.end))
}

describe('reported speech: SOURCE VERB (that) STATEMENT', () => {
  it.each([
    ['The minister said the talks would resume.', 'the talks would resume', 'minister', 'said'],
    [
      'Harbour master Ines Dahl said that the ferry would stop in May.',
      'the ferry would stop in May',
      'Ines Dahl',
      'said',
    ],
    [
      'A spokesman for the rail company told reporters the line would reopen by Friday.',
      'the line would reopen by Friday',
      'spokesman for the rail company',
      'told',
    ],
    [
      'Officials have repeatedly warned that the dam is weak.',
      'the dam is weak',
      'Officials',
      'warned',
    ],
    [
      'Mayor Lena Kessler insisted the budget was balanced.',
      'the budget was balanced',
      'Lena Kessler',
      'insisted',
    ],
    [
      'The union denied that it had called the strike.',
      'it had called the strike',
      'union',
      'denied',
    ],
    [
      'In the harbour poll, 61 percent say the ferry runs too rarely.',
      'the ferry runs too rarely',
      '61 percent',
      'say',
    ],
    ['Six in 10 say the quay is too small.', 'the quay is too small', 'Six', 'say'],
  ])('reads %j', (text, statement, speaker, cue) => {
    expect(only(text)).toMatchObject({
      text: statement,
      kind: 'indirect',
      speaker: { name: speaker },
      cue,
      confidence: 'high',
      quoted: [],
    })
  })

  it('takes the person spoken to out of the statement', () => {
    expect(only('Tomas Brenn told the council on Monday that the plan was ready.')).toMatchObject({
      text: 'the plan was ready',
      cue: 'told',
      date: { value: '2025-03-10', basis: 'published' },
    })
    expect(only('Ines Dahl urged Congress to act before the summer.').text).toBe(
      'to act before the summer',
    )
  })

  it.each([
    [
      'The interior minister, Tomas Rehn, acknowledged that the response had been slow.',
      'Tomas Rehn',
    ],
    [
      'The front-runner, Gov. Tomas Rehn (R-Ore.), acknowledged that the response had been slow.',
      'Gov. Tomas Rehn',
    ],
  ])('reads a name set off by commas after the role as the source: %j', (text, written) => {
    expect(only(text)).toMatchObject({
      text: 'the response had been slow',
      speaker: { name: 'Tomas Rehn' },
      speakerText: written,
    })
  })

  it.each([
    [
      'Sen. Mara Holt (R-Ore.), another harbour town native, said the quay was too small.',
      'Mara Holt',
    ],
    ['Tomas Brenn, 61, a retired pilot, said the quay was too small.', 'Tomas Brenn'],
    ['Ines Dahl, the mayor’s chief of staff, said the quay was too small.', 'Ines Dahl'],
    ['Lena Kessler, Brenn’s director of planning, said the quay was too small.', 'Lena Kessler'],
    ['Ines Dahl — who runs the ferry office — said the quay was too small.', 'Ines Dahl'],
    ['Several skippers, including Tomas Brenn, said the quay was too small.', 'skippers'],
    [
      'Ines Dahl, whose first job at the harbour office was paid for by the ferry company because she had trained as a pilot there, said the quay was too small.',
      'Ines Dahl',
    ],
    [
      'Tomas Brenn, Port Kessel’s longest-serving skipper, said the quay was too small.',
      'Tomas Brenn',
    ],
    [
      'The three skippers - Mr. Brenn, Ms. Dahl and Mr. Holt - said the quay was too small.',
      'skippers',
    ],
    ['Skippers in two towns — Kessel and Brandby — said the quay was too small.', 'Skippers'],
    [
      'Mark Dahl, the owner of the harbour team who turned down pleas from skippers to run for mayor, said the quay was too small.',
      'Mark Dahl',
    ],
    [
      'Tomas Brenn (a harbour Democrat so young he has been taken for a junior clerk) said the quay was too small.',
      'Tomas Brenn',
    ],
    ['The biggest critics, like Brenn and Dahl, said the quay was too small.', 'critics'],
  ])('looks past the asides between a source and its verb: %j', (text, speaker) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: 'the quay was too small', cue: 'said' })
    expect(quote.speaker?.name).toContain(speaker)
  })

  it.each([
    ['Ines Dahl -- who runs the ferry office -- said the quay was too small.', 'Ines Dahl'],
    [
      'The skipper who wrote the letter to the harbour board last year says the quay was too small.',
      'The skipper',
    ],
    ['Two pilots that had worked the night shift said the quay was too small.', 'Two pilots'],
  ])('reads the source past a clause about it: %j', (text, source) => {
    expect(only(text)).toMatchObject({ text: 'the quay was too small', speakerText: source })
  })

  it.each([
    'The letter that the skipper wrote says nothing about the quay.',
    'Boats that he said were too big stayed out.',
  ])(
    'does not take the words before "that" for a source when a pronoun or no verb stands between: %j',
    (text) => {
      for (const quote of quotesOf(text))
        expect(quote.speakerText ?? '').not.toMatch(/^(?:The letter|Boats)$/)
    },
  )

  it('reads a bare plural with a place after it as the source', () => {
    expect(only('But protest organizers in Kessel say the quay is too small.')).toMatchObject({
      text: 'the quay is too small',
      speakerText: 'protest organizers in Kessel',
      cue: 'say',
    })
  })

  it.each([
    ['About three in 10 said they would take the ferry.', 'they would take the ferry'],
    ['Two in five residents said the fare was too high.', 'the fare was too high'],
  ])('reads a share of people as the source: %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement, kind: 'indirect', cue: 'said' })
  })

  it.each([
    ['In Kessel, half of the skippers said the quay was too small.', 'half of the skippers'],
    ['On the island, nearly half of voters said the quay was too small.', 'nearly half of voters'],
    ['Yet most of the crew said the quay was too small.', 'most of the crew'],
    [
      'In the harbour poll, a majority of residents said the quay was too small.',
      'a majority of residents',
    ],
  ])('reads a share of a group after an opening phrase as the source: %j', (text, written) => {
    expect(only(text)).toMatchObject({
      text: 'the quay was too small',
      speakerText: written,
      cue: 'said',
    })
  })

  it.each([
    'In Kessel, half of the quay was closed.',
    'Most of the ferry was repainted on Tuesday.',
  ])('finds no source in a share of a thing that says nothing: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('gives a statement to the name a relative pronoun stands for', () => {
    const [quote] = quotesOf(
      'The plan was backed by Ines Dahl, who argued that the ferry had no future.',
    )
    expect(quote).toMatchObject({
      text: 'the ferry had no future',
      speaker: { name: 'Ines Dahl' },
      speakerText: 'who',
      cue: 'argued',
    })
  })

  it('keeps the second statement of one source apart', () => {
    const quotes = quotesOf(
      'Mara Holt said the tax was fair, adding that the port would hire 40 people.',
    )
    expect(quotes).toMatchObject([
      { text: 'the tax was fair', cue: 'said', speaker: { name: 'Mara Holt' } },
      { text: 'the port would hire 40 people', cue: 'adding', speaker: { name: 'Mara Holt' } },
    ])
  })

  it.each([
    [
      'About half said the ferry was too slow, and a third said the fares were too high.',
      ['the ferry was too slow', 'the fares were too high'],
    ],
    [
      'Ines Dahl said the quay was unsafe, and the harbour board said it would close it.',
      ['the quay was unsafe', 'it would close it'],
    ],
    [
      'Skippers warned that the quay was unsafe, but officials insisted it would hold.',
      ['the quay was unsafe', 'it would hold'],
    ],
  ])(
    'ends a statement where ", and" opens a new source with its own verb: %j',
    (text, statements) => {
      expect(quotesOf(text).map((quote) => quote.text)).toEqual(statements)
    },
  )

  it('keeps ", and that …" in the statement of the same verb', () => {
    expect(only('Ines Dahl said the quay was unsafe, and that the board knew it.').text).toBe(
      'the quay was unsafe, and that the board knew it',
    )
  })
})

describe('reported speech: what the statement holds', () => {
  it.each([
    [
      'Opponents said the ruling, which struck down the harbour fees, means the board must go.',
      'the ruling, which struck down the harbour fees, means the board must go',
    ],
    [
      'The mayor said the ferry, which has run since 1952, will stop in May.',
      'the ferry, which has run since 1952, will stop in May',
    ],
    [
      'The mayor said Tomas Brenn, who runs the ferry office, will stay on.',
      'Tomas Brenn, who runs the ferry office, will stay on',
    ],
  ])('keeps an aside about the statement’s subject inside it: %j', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })

  it.each([
    ['The mayor said the ferry will stop, which angered the skippers.', 'the ferry will stop'],
    ['Officials said the quay is closed, which means fewer boats.', 'the quay is closed'],
    [
      'The mayor said she had not heard from Tomas Brenn, who runs the ferry office.',
      'she had not heard from Tomas Brenn',
    ],
    [
      'Skippers said the fees were set by Ines Dahl, whose office runs the harbour.',
      'the fees were set by Ines Dahl',
    ],
    [
      'Dahl said the trip to Kessel was worth it, where she trails Brenn by ten points.',
      'the trip to Kessel was worth it',
    ],
  ])(
    'ends the statement before a clause about all of it or its last name: %j',
    (text, statement) => {
      expect(only(text).text).toBe(statement)
    },
  )

  it.each([
    [
      'The mayor said the ferry would not stop at the old quay, a swipe at the harbour board.',
      'the ferry would not stop at the old quay',
    ],
    [
      'Dahl vowed to repeal the harbour levy, a fee that skippers have paid since 1952.',
      'to repeal the harbour levy',
    ],
    [
      'Officials said most of the closures involved small quays, an outcome that surprised skippers.',
      'most of the closures involved small quays',
    ],
  ])('ends the statement before an apposition that closes the sentence: %j', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })

  it.each([
    [
      'The mayor said the board plans to make the old quay, an eyesore for years, into a park.',
      'the board plans to make the old quay, an eyesore for years, into a park',
    ],
    [
      'Skippers said the fees were set by Ines Dahl, a harbour master who took office in May.',
      'the fees were set by Ines Dahl, a harbour master who took office in May',
    ],
    [
      'The mayor described the levy as a burden, a cost that falls on skippers.',
      'the levy as a burden, a cost that falls on skippers',
    ],
    [
      'The mayor said the town would build new roads, a school and a clinic.',
      'the town would build new roads, a school and a clinic',
    ],
    [
      'Officials said that even if the vote were close, a recount could not be done.',
      'even if the vote were close, a recount could not be done',
    ],
  ])(
    'keeps an apposition set off inside it, after a name or "as", in a list, or a clause: %j',
    (text, statement) => {
      expect(only(text).text).toBe(statement)
    },
  )

  it.each([
    ['Some say the quay is too small.', 'Some', 'the quay is too small'],
    ['Nearly a third say the fares are too high.', 'a third', 'the fares are too high'],
    ['One in five say the ferry is late.', 'One in five', 'the ferry is late'],
    ['Most say the harbour should stay open.', 'Most', 'the harbour should stay open'],
  ])('reads a share of a group as the source of "say": %j', (text, source, statement) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, cue: 'say' })
    expect(quote.speakerText).toContain(source)
  })

  it.each(['The new survey say is nothing.', 'She had her say on the quay.'])(
    'does not read "say" as a verb after a singular noun or as a noun: %j',
    (text) => {
      expect(quotesOf(text)).toEqual([])
    },
  )
})

describe('a second verb with the source of the sentence', () => {
  it('gives a participle after a comma the subject of the sentence', () => {
    expect(
      only('Before the vote, Ines Dahl took a hard line, warning that the ferry would stop.'),
    ).toMatchObject({
      text: 'the ferry would stop',
      speaker: { name: 'Ines Dahl' },
      cue: 'warning',
    })
  })

  it('reads "with most voters saying …" as the voters’ statement', () => {
    expect(
      only('The gap could matter, with most local voters saying they will back the plan.'),
    ).toMatchObject({
      text: 'they will back the plan',
      speaker: { name: 'most local voters' },
      cue: 'saying',
    })
  })

  it.each([
    'It is in this light that the new timetable matters, signaling that the ferry will stop.',
    'It was after the vote that the quay closed, suggesting the plan had failed.',
  ])('does not give a participle after "it is …" to the last speaker: %j', (text) => {
    const quotes = quotesOf(`Ines Dahl said the quay was too small. ${text}`)
    expect(quotes.filter((quote) => quote.speaker).map((quote) => quote.text)).toEqual([
      'the quay was too small',
    ])
  })

  it.each([
    ['Ines Dahl voted against the budget and has said that the quay should close.', 'has said'],
    ['Ines Dahl calls herself cautious and later said the quay should close.', 'said'],
    ['Ines Dahl opposed the budget, but says the quay should close.', 'says'],
  ])('gives a second finite verb the subject of the first: %j', (text, cue) => {
    const quote = quotesOf(text).find((found) => found.text === 'the quay should close')
    expect(quote).toMatchObject({ speaker: { name: 'Ines Dahl' } })
    expect(cue).toContain(quote?.cue)
  })

  it('gives a company’s forecast to the company', () => {
    expect(
      only('The company held its outlook steady, forecasting sales growth of 2 percent.'),
    ).toMatchObject({ text: 'sales growth of 2 percent', speaker: { name: 'company' } })
  })

  it.each([
    ['Ines Dahl has since said the quay should close.', 'Ines Dahl'],
    ['The union had long argued that the fees were too high.', 'union'],
    ['Officials have once again warned that the dam is weak.', 'Officials'],
  ])('looks past an adverb between the auxiliary and the verb: %j', (text, source) => {
    expect(only(text).speakerText).toContain(source)
  })

  it('looks past "is likely to" and "is expected to" for the source', () => {
    expect(only('Ines Dahl is likely to argue that the quay is too small.')).toMatchObject({
      text: 'the quay is too small',
      speaker: { name: 'Ines Dahl' },
      cue: 'argue',
    })
  })
})

describe('reported speech in a relative clause: "which officials said will …"', () => {
  it.each([
    [
      'The new fares, which officials said will take effect in May, will not apply to pupils.',
      'which will take effect in May',
      'officials',
    ],
    [
      'It was a storm that Ines Dahl says changed the harbour for good.',
      'that changed the harbour for good',
      'Ines Dahl',
    ],
    [
      'The quay closed, in what many skippers said was a sign of harder times.',
      'what was a sign of harder times',
      'many skippers',
    ],
    ['The town hired 30 pilots, who he said were trained abroad.', 'who were trained abroad', null],
  ])('reads %j', (text, statement, speaker) => {
    const quote = quotesOf(text).find((found) => found.text === statement)
    expect(quote).toMatchObject({ kind: 'indirect', cue: expect.stringMatching(/^(said|says)$/) })
    if (speaker) expect(quote?.speaker?.name).toBe(speaker)
  })

  // Without its pronoun, right after the noun the clause is about.
  it.each([
    [
      'The council opened a probe the harbour agency said was ongoing as of this month.',
      ['the harbour agency | said | was ongoing as of this month'],
    ],
    [
      'It is a shift Ines Dahl says could drive the skippers away this winter.',
      ['Ines Dahl | says | could drive the skippers away this winter'],
    ],
    ['They voted for a plan the mayor says will cut fares.', ['the mayor | says | will cut fares']],
    [
      'The board signed the lease, a move she says would save the quay.',
      ['she | says | would save the quay'],
    ],
    // After a verb written as a clitic ("It’s", "They’re").
    [
      'It’s a shift Ines Dahl says could drive the skippers away this winter.',
      ['Ines Dahl | says | could drive the skippers away this winter'],
    ],
    [
      "They're a crew the harbour master said would sail at dawn.",
      ['the harbour master | said | would sail at dawn'],
    ],
  ])('reads a clause without its pronoun: %s', expectReports)

  // At the start of a clause the noun is the subject of a verb of its own,
  // and the clause may be what was said itself: no report.
  it.each([
    ['The thing he said was true.', []],
    ['But the figure the mayor gave was wrong.', []],
    ['The rule he says is fair will cost the skippers more.', []],
  ])('not when the noun opens the clause: %s', expectReports)

  it('leaves "that" before a source with a clause of its own to the outer verb', () => {
    expect(
      quotesOf('Ines Dahl said that Tomas Brenn said he would resign.').map((quote) => quote.text),
    ).toEqual(['Tomas Brenn said he would resign'])
  })
})

describe('a phrase of how or where it was said after the source and its verb', () => {
  // "in interviews": a noun that may be a verb, right after the preposition.
  it.each([
    [
      'The ferry will stop in May, the skippers said in interviews.',
      ['the skippers | said | The ferry will stop in May'],
    ],
    [
      'It was never about the fares, his aides argued in interviews with reporters.',
      ['his aides | argued | It was never about the fares'],
    ],
    [
      'The ferry will stop in May, the skippers said in interviews on Monday.',
      ['the skippers | said | The ferry will stop in May'],
    ],
  ])('%s', expectReports)

  // The phrase is no statement when one follows it; after a verb that is no
  // verb of speech nothing was said ("a ploy aimed at …").
  it.each([
    ['He said in interviews that the ferry would stop.', ['He | said | the ferry would stop']],
    [
      'Skippers call the fee a tax, a ploy aimed at keeping them out of the harbour.',
      ['Skippers | call | the fee a tax'],
    ],
  ])('not when a statement follows or nothing is said: %s', expectReports)
})

describe('reported speech with the source after the statement', () => {
  it.each([
    ['The talks will resume next week, officials said.', 'The talks will resume next week'],
    [
      'The talks will resume next week, officials said on Tuesday.',
      'The talks will resume next week',
    ],
    [
      'The talks will resume next week, said a spokesman for the ministry.',
      'The talks will resume next week',
    ],
    ['The talks, officials said, will resume next week.', 'The talks will resume next week'],
    [
      'When the crews finally reached the harbour on Monday, officials said, the water had gone.',
      'When the crews finally reached the harbour on Monday the water had gone',
    ],
  ])('reads %j', (text, statement) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, kind: 'indirect', cue: 'said' })
    expect(quote.speaker?.name).toMatch(/officials|spokesman for the ministry/)
  })

  it('reads role words in lower case before a name after the verb', () => {
    expect(only('The ferry will stop, said former harbour master Tomas Brenn.')).toMatchObject({
      text: 'The ferry will stop',
      speaker: { name: 'Tomas Brenn' },
    })
  })

  it('dates "officials said on Tuesday" back from the publication date', () => {
    // Published on Thursday 13 March 2025: Tuesday is the 11th.
    expect(only('The talks will resume next week, officials said on Tuesday.').date).toMatchObject({
      text: 'on Tuesday',
      value: '2025-03-11',
      precision: 'day',
      basis: 'published',
    })
    // Published on Monday 17 March 2025: Tuesday is the 11th too, never the 18th.
    expect(
      only('The talks will resume next week, officials said on Tuesday.', '2025-03-17').date?.value,
    ).toBe('2025-03-11')
  })

  it.each([
    'Several skippers, including Tomas Brenn, said the quay should close.',
    'Ines Dahl, the mayor’s chief of staff, said the ferry will stop.',
  ])('does not read a clause after "said" as a source behind it: %j', (text) => {
    for (const quote of quotesOf(text)) {
      expect(quote.speaker?.name ?? '').not.toMatch(/should|will/)
    }
  })

  it.each([
    ['The quay is too small, he told the council in a letter.', 'he', 'The quay is too small'],
    [
      'The line will reopen, the operator told reporters on Monday.',
      'operator',
      'The line will reopen',
    ],
    [
      'Fares will rise in May, Ines Dahl told the Harbour Gazette.',
      'Ines Dahl',
      'Fares will rise in May',
    ],
  ])('reads "STATEMENT, SOURCE told ADDRESSEE (TIME)." in %j', (text, source, statement) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, kind: 'indirect', cue: 'told' })
    expect(quote.speakerText).toContain(source)
  })

  it.each([
    'The quay is too small, he told the council that the ferry must stop.',
    'The quay is too small, he told the council and left.',
  ])('does not read "told" with a clause of its own after it as a source behind: %j', (text) => {
    for (const quote of quotesOf(text)) expect(quote.text).not.toBe('The quay is too small')
  })

  it('does not take a past participle after a comma for a source ("the scheme, nicknamed …")', () => {
    expect(quotesOf('The scheme, nicknamed the “Silent Spring” plan, is still a “pilot”.')).toEqual(
      [],
    )
  })
})

describe('"according to" on either side', () => {
  it.each([
    [
      'According to the ministry, the ferry will stop running in May.',
      'the ferry will stop running in May',
    ],
    [
      'The ferry will stop running in May, according to the ministry.',
      'The ferry will stop running in May',
    ],
    [
      'The ferry will stop running in May — according to the ministry — and fares will rise.',
      'The ferry will stop running in May',
    ],
  ])('reads %j', (text, statement) => {
    expect(only(text)).toMatchObject({
      text: statement,
      kind: 'indirect',
      speaker: { name: 'ministry' },
      speakerText: 'the ministry',
    })
  })
})

describe('"according to" with the source in several words', () => {
  it.each([
    [
      'According to a Harbour/Gazette poll, the ferry is the top issue.',
      'a Harbour/Gazette poll',
      'the ferry is the top issue',
    ],
    [
      'According to the mayor’s budget plan, fares will rise in May.',
      'the mayor’s budget plan',
      'fares will rise in May',
    ],
    [
      'Dahl leads Brenn 46 percent to 39 percent according to a Gazette poll released Monday.',
      'a Gazette poll released Monday',
      'Dahl leads Brenn 46 percent to 39 percent',
    ],
    [
      'The quay would cost about $4 million according to harbour board data.',
      'harbour board data',
      'The quay would cost about $4 million',
    ],
  ])('reads %j', (text, source, statement) => {
    expect(only(text)).toMatchObject({ text: statement, speakerText: source })
  })

  it('reads a quote inside the source as part of its name, not as a statement', () => {
    expect(
      only(
        'The quay would cost $4 million, according to the “Harbour First” plan the board released.',
      ),
    ).toMatchObject({
      text: 'The quay would cost $4 million',
      kind: 'indirect',
      speakerText: 'the “Harbour First” plan the board released',
    })
  })

  it('reads a clause that ends in a quote before "according to"', () => {
    const text = 'She later compared the vote to a “root canal,” according to Brenn’s memoir.'
    const quote = only(text)
    expect(quote).toMatchObject({
      text: 'She later compared the vote to a “root canal,”',
      kind: 'partial',
      speakerText: 'Brenn’s memoir',
    })
    expect(quotedWords(text, quote)).toEqual(['root canal'])
  })

  it.each([
    [
      'The ferry is the busiest in the region, with two-thirds of riders coming from Kessel, according to the harbour board.',
      'two-thirds of riders coming from Kessel',
    ],
    [
      'The fares hit skippers in Kessel, who make up most of the fleet, according to the union.',
      'who make up most of the fleet',
    ],
  ])('vouches for the phrase right before it when one opens there: %j', (text, statement) => {
    expect(quotesOf(text).map((quote) => quote.text)).toContain(statement)
  })

  it('vouches for the whole clause when a relative clause sits inside its subject', () => {
    expect(
      only(
        'The fees, which take effect in July, will cost skippers $300 a year, according to the union.',
      ).text,
    ).toBe('The fees, which take effect in July, will cost skippers $300 a year')
  })
})

describe('"according to" with no comma: in accordance with', () => {
  it.each([
    'The oil should be changed according to the manufacturer.',
    'Fares vary according to the season.',
    'The crew acted according to plan.',
    'The quay was built according to the rules of the harbour board.',
  ])('reads no statement: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('what a poll or a study shows or finds, with or without "that"', () => {
  it.each([
    [
      'The harbour poll shows Ines Dahl ahead by ten points.',
      'Ines Dahl ahead by ten points',
      'shows',
    ],
    [
      'A ferry survey released Monday found most riders want later boats.',
      'most riders want later boats',
      'found',
    ],
    ['Two new studies show fares rose faster than wages.', 'fares rose faster than wages', 'show'],
    ['The ministry report finds that the quay is too small.', 'the quay is too small', 'finds'],
    // Records, filings and emails show what they hold as a poll does.
    [
      'Public records show no payments at all from the harbour board.',
      'no payments at all from the harbour board',
      'show',
    ],
    ['Leaked emails showed the pilots favouring Dahl.', 'the pilots favouring Dahl', 'showed'],
    [
      'Court filings from the 2014 case show he owned both ferries.',
      'he owned both ferries',
      'show',
    ],
  ])('reads %j', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, kind: 'indirect', cue })
  })

  it.each([
    'The chart shows the ferry routes of the bay.',
    'The exhibition shows paintings by Ines Dahl.',
    'Rescuers found the boat near the quay.',
  ])('reads no statement where no poll or study shows it: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('"In a poll, STATEMENT": the poll is the source', () => {
  it.each([
    [
      'In a Harbour Times poll released Monday, 61 percent of riders backed the new timetable.',
      '61 percent of riders backed the new timetable',
      'a Harbour Times poll released Monday',
    ],
    [
      'In the latest survey, Mayor Kessler leads her rival by six points.',
      'Mayor Kessler leads her rival by six points',
      'the latest survey',
    ],
    [
      'In two studies of the bay, the water was cleaner than in 2010.',
      'the water was cleaner than in 2010',
      'two studies of the bay',
    ],
  ])('reads %j', (text, statement, source) => {
    expect(only(text)).toMatchObject({ text: statement, kind: 'indirect', speakerText: source })
  })

  it.each([
    'In the summer, the ferry runs every hour.',
    'In May the ferry poll closed early.',
    'Riders were asked in a poll whether the quay is safe.',
  ])('reads no statement: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('mixed statements: the reported clause with its quoted words marked', () => {
  it('reports the whole clause and marks the quoted part inside it', () => {
    const text = 'Trump said the deal was "a disaster" for workers.'
    const quote = only(text)
    expect(quote).toMatchObject({
      text: 'the deal was "a disaster" for workers',
      kind: 'partial',
      speaker: { name: 'Trump' },
      cue: 'said',
    })
    expect(quotedWords(text, quote)).toEqual(['a disaster'])
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
  })

  it('marks every quoted fragment of the clause', () => {
    const text = 'The senator called the bill “reckless” and the vote “a farce from the start.”'
    const quote = only(text)
    expect(quote.kind).toBe('partial')
    expect(quotedWords(text, quote)).toEqual(['reckless', 'a farce from the start.'])
  })

  it('leaves a whole quote after the verb a direct quote', () => {
    expect(only('The minister said: “The talks will resume.”')).toMatchObject({
      text: 'The talks will resume.',
      kind: 'direct',
    })
  })

  it.each([
    'Asked about the quay, Ines Dahl said, “We will rebuild it.”',
    'When asked about the quay on Monday, Ines Dahl said, “We will rebuild it.”',
  ])(
    'reads a whole quote after "Asked about …, SOURCE said," as direct, the question apart: %j',
    (text) => {
      const quotes = quotesOf(text)
      expect(quotes.map((quote) => quote.kind)).toEqual(['indirect', 'direct'])
      expect(quotes[0]).toMatchObject({
        cue: expect.stringMatching(/^asked about$/i),
        speaker: null,
      })
      expect(quotes[1]).toMatchObject({
        text: 'We will rebuild it.',
        kind: 'direct',
        speaker: { name: 'Ines Dahl' },
      })
    },
  )

  it.each([
    [
      'The ferry would have to “stop for good,” Dahl said.',
      'The ferry would have to “stop for good,”',
      'Dahl',
    ],
    [
      'The plan, though, is “a disaster for the harbour,” the mayor said on Tuesday.',
      'The plan, though, is “a disaster for the harbour,”',
      'mayor',
    ],
    [
      'Fares will “double by May,” a spokesman for the operator said.',
      'Fares will “double by May,”',
      'spokesman',
    ],
  ])(
    'reports a clause that ends in a quote before "SOURCE said": %j',
    (text, statement, source) => {
      const quote = only(text)
      expect(quote).toMatchObject({ text: statement, kind: 'partial', cue: 'said' })
      expect(quote.speakerText).toContain(source)
      expect(quotedWords(text, quote)).toHaveLength(1)
    },
  )

  it.each([
    ['The ferry would have to “stop for good,” said Ines Dahl.', 'Ines Dahl'],
    ['Fares will “double by May,” said the harbour master.', 'the harbour master'],
  ])('reports a clause that ends in a quote before "said SOURCE": %j', (text, source) => {
    const quote = only(text)
    expect(quote.kind).toBe('partial')
    expect(quote.text).toMatch(/^(?:The ferry|Fares) .*,”$/)
    expect(quote.speakerText).toBe(source)
  })

  it.each([
    [
      'Dahl said both skippers are “nobodies on the quay,” but she praised their boats.',
      'both skippers are “nobodies on the quay,”',
    ],
    [
      'Dahl said the fees were “far too high,” while the board called them fair.',
      'the fees were “far too high,”',
    ],
  ])(
    'ends a statement at a comma inside the closing mark before the reporter’s clause: %j',
    (text, statement) => {
      expect(quotesOf(text)[0]).toMatchObject({ text: statement, kind: 'partial', cue: 'said' })
    },
  )

  it.each([
    'Dahl said the plan was “a total disaster,” adding that she would never sign it.',
    'Dahl said the plan was “a total disaster,” and added that she would never sign it.',
  ])('reads a second verb after a comma inside the closing mark apart: %j', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.map((quote) => quote.text)).toEqual([
      'the plan was “a total disaster,”',
      'she would never sign it',
    ])
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Dahl', 'Dahl'])
  })

  it.each([
    'Ines Dahl, who called the plan “a total mess,” said the quay would close.',
    'Asked about the “new deal,” Ines Dahl said the quay would close.',
  ])('closes an aside or a question at a comma inside the closing mark: %j', (text) => {
    const said = quotesOf(text).find((quote) => quote.cue === 'said')
    expect(said).toMatchObject({ text: 'the quay would close', speakerText: 'Ines Dahl' })
  })

  it('ends a position at a comma inside the closing mark before a participle', () => {
    const quotes = quotesOf('Brenn blamed the delay on a “broken crane,” claiming the board knew.')
    expect(quotes.find((quote) => quote.cue === 'blamed')?.text).toBe(
      'the delay on a “broken crane,”',
    )
  })

  it('leaves a whole quote before "SOURCE said" a direct quote', () => {
    expect(only('“The ferry will stop for good,” Dahl said.')).toMatchObject({
      text: 'The ferry will stop for good',
      kind: 'direct',
      speaker: { name: 'Dahl' },
    })
  })

  it.each([
    [
      'Dahl described Tomas Brenn as “a reckless gambler who never pays.”',
      'Tomas Brenn as “a reckless gambler who never pays.”',
    ],
    [
      'Dahl would sit Brenn down and tell him “no more nonsense on the quay.”',
      'him “no more nonsense on the quay.”',
    ],
  ])(
    'reports a quoted fragment with the words that lead to it from the verb: %j',
    (text, statement) => {
      const quote = only(text)
      expect(quote).toMatchObject({ text: statement, kind: 'partial' })
      expect(text.slice(quote.start, quote.end)).toBe(quote.text)
      expect(quotedWords(text, quote)).toHaveLength(1)
    },
  )

  it('keeps the statement a source interrupts a partial quote', () => {
    expect(only('The talks, officials said, “will resume next week.”')).toMatchObject({
      text: 'The talks “will resume next week.”',
      kind: 'partial',
    })
  })

  it('does not mark a title in quote marks as quoted words', () => {
    const quote = only('The critic said the film “Night Shift” was too long for its story.')
    expect(quote.kind).toBe('indirect')
    expect(quote.quoted).toEqual([])
  })
})

describe('verbs beyond "say"', () => {
  it.each([
    ['Ines Dahl warned that the dam could fail.', 'warned'],
    ['Ines Dahl argued that the dam could fail.', 'argued'],
    ['Ines Dahl claimed that the dam could fail.', 'claimed'],
    ['Ines Dahl noted that the dam could fail.', 'noted'],
    ['Ines Dahl announced that the dam would close.', 'announced'],
    ['Ines Dahl acknowledged that the dam could fail.', 'acknowledged'],
    ['Ines Dahl added that the dam could fail.', 'added'],
  ])('reads %j with high confidence', (text, cue) => {
    expect(only(text)).toMatchObject({ cue, confidence: 'high', speaker: { name: 'Ines Dahl' } })
  })

  it.each([
    ['Ines Dahl believes the dam could fail.', 'believes'],
    ['Ines Dahl thinks the dam could fail.', 'thinks'],
    ['Ines Dahl expects the dam to fail.', 'expects'],
  ])('reads %j with low confidence: a belief, not a saying', (text, cue) => {
    expect(only(text)).toMatchObject({ cue, confidence: 'low', speaker: { name: 'Ines Dahl' } })
  })

  it.each([
    ['Ines Dahl declined to say whether the dam could fail.', 'to say whether the dam could fail'],
    [
      'The harbour board declined to discuss the plan with reporters.',
      'to discuss the plan with reporters',
    ],
    ['A spokesman for the board declined to comment.', 'to comment'],
  ])('reads a refusal to speak, the infinitive and its "to": %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement, cue: 'declined', kind: 'indirect' })
  })

  it.each([
    'Ferry sales declined to 5 million tickets last year.',
    'Turnout declined to the lowest level in years.',
    'Fares have declined to their level of 2010.',
  ])('reads "declined to" as a refusal only before a verb: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('reads "added" only before a clause: "the change adds six trains" reports nothing', () => {
    expect(quotesOf('The change adds six trains a day to the timetable.')).toEqual([])
  })

  it.each([
    ['Harbour records show she sold the boat in May.', 'she sold the boat in May', 'show'],
    [
      'The audit found they had paid twice for the crane.',
      'they had paid twice for the crane',
      'found',
    ],
    ['Ines Dahl added he would stay on until June.', 'he would stay on until June', 'added'],
    [
      'A harbour poll showed Ines Dahl leading the race for mayor.',
      'Ines Dahl leading the race for mayor',
      'showed',
    ],
    ['The audit found Tomas Brenn had paid twice.', 'Tomas Brenn had paid twice', 'found'],
  ])(
    'reads a verb that needs a clause before a subject pronoun or a name and its verb: %j',
    (text, statement, cue) => {
      expect(only(text)).toMatchObject({ text: statement, cue, kind: 'indirect' })
    },
  )

  it.each([
    ['The ferry sailed empty twice last week, harbour records show.', 'harbour records', 'show'],
    ['The quay was never insured, the audit found.', 'the audit', 'found'],
    ['Fares will rise in May, the ferry company added.', 'the ferry company', 'added'],
  ])('reads a verb that needs a clause at the end of a statement: %j', (text, source, cue) => {
    expect(only(text)).toMatchObject({ cue, speakerText: source, kind: 'indirect' })
  })

  it.each([
    'The survey found it hard to count the boats.',
    'The video shows the harbour at night.',
    'The board found a buyer for the old ferry.',
    'The jury found Tomas Brenn guilty.',
    'The video shows Ines Dahl at the quay.',
    'Most of the ferry shows I watch are old.',
  ])('reads nothing when a verb that needs a clause takes a thing: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a question put to the subject: "Asked whether …, Dahl said"', () => {
  it.each([
    [
      'Asked whether the quay was safe, Ines Dahl said it was.',
      'whether the quay was safe',
      'Asked',
    ],
    ['When asked about the new fares, the skippers shrugged.', 'the new fares', 'asked about'],
    ['Asked if he would run again, Brenn said, “Not this time.”', 'if he would run again', 'Asked'],
  ])('reads the question, put by no one named: %j', (text, question, cue) => {
    const found = quotesOf(text).find((quote) => quote.cue === cue)
    expect(found).toMatchObject({
      text: question,
      kind: 'indirect',
      speaker: null,
      speakerText: null,
    })
  })

  it('gives the question to the one "by" names', () => {
    const found = quotesOf(
      'Asked by Tomas Rehn to explain the delay, Ines Dahl blamed the weather.',
    )
    expect(found[0]).toMatchObject({
      text: 'to explain the delay',
      cue: 'Asked',
      speaker: { name: 'Tomas Rehn' },
    })
  })

  it('keeps the answer with its speaker', () => {
    const quotes = quotesOf('Asked if he would run again, Brenn said, “Not this time.”')
    expect(quotes.at(-1)).toMatchObject({
      kind: 'direct',
      text: 'Not this time.',
      speaker: { name: 'Brenn' },
    })
  })

  it.each(['Asked, she declined.', 'Asked about it, she declined.'])(
    'reads no question of fewer than two words: %j',
    (text) => {
      expect(quotesOf(text).filter((quote) => /asked/i.test(quote.cue ?? ''))).toEqual([])
    },
  )
})

describe('what someone is called: "called him a coward", "described the plan as reckless"', () => {
  it.each([
    ['Ines Dahl called him a coward.', 'him a coward', 'called'],
    ['The skippers called Tomas Brenn a liar.', 'Tomas Brenn a liar', 'called'],
    [
      'Mayor Lena Kessler described the ferry plan as reckless.',
      'the ferry plan as reckless',
      'described',
    ],
    ['Ines Dahl described herself as a moderate.', 'herself as a moderate', 'described'],
  ])('reads the name and what it is called as the statement: %j', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, cue, kind: 'indirect' })
  })

  it.each([
    'Ines Dahl called him on Tuesday.',
    'The board called a meeting.',
    'Dahl called the police.',
    'Dahl called Brenn twice last week.',
    'Dahl described the harbour in her book.',
    'The skippers finally called it a day.',
    'The agency represents brands such as Nordstrom and Prose.',
  ])('reads nothing when the verb only calls or describes: %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a position taken: the thing criticised or praised', () => {
  it.each([
    [
      'Ines Dahl criticized the ferry plan last week, saying it came too late.',
      'the ferry plan',
      'criticized',
    ],
    [
      'Mayor Lena Kessler praised her effort and promised to visit the quay.',
      'her effort',
      'praised',
    ],
    [
      'The union condemned the new timetable; talks resume on Monday.',
      'the new timetable',
      'condemned',
    ],
    [
      'Tomas Brenn denounced the plan, the skippers who wrote to him on Friday walked out.',
      'the plan',
      'denounced',
    ],
    [
      'The skippers opposed the levy — a tax on every crossing — from the start.',
      'the levy',
      'opposed',
    ],
    [
      'Ines Dahl blamed the harbour board for the delay and resigned.',
      'the harbour board for the delay',
      'blamed',
    ],
  ])('ends the position where its noun phrase does: %j', (text, statement, cue) => {
    expect(quotesOf(text).find((quote) => quote.cue === cue)).toMatchObject({
      text: statement,
      kind: 'indirect',
    })
  })

  it('reads a position reported by a source after it as what the source says', () => {
    expect(
      only('Tomas Brenn denounced the plan, the skippers who wrote to him on Friday say.'),
    ).toMatchObject({
      text: 'Tomas Brenn denounced the plan',
      cue: 'say',
      speakerText: 'the skippers',
    })
  })

  it.each([
    ['Ines Dahl criticized Brenn during a hearing on Thursday.', 'Brenn'],
    ['The skippers have long opposed it.', 'it'],
  ])('takes a position on one name or pronoun: %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement, kind: 'indirect' })
  })

  it.each([
    [
      'Ines Dahl praised an agenda that has drawn the skippers’ scorn.',
      'an agenda that has drawn the skippers’ scorn',
    ],
    [
      'Ines Dahl criticized the angry, divisive words of the harbour board.',
      'the angry, divisive words of the harbour board',
    ],
    [
      'Ines Dahl blamed Brenn for accepting gifts and speaking fees from the ferry company.',
      'Brenn for accepting gifts and speaking fees from the ferry company',
    ],
  ])(
    'keeps a relative clause, a list of adjectives and a list of nouns in the position: %j',
    (text, statement) => {
      expect(only(text)).toMatchObject({ text: statement })
    },
  )
})

describe('a statement in two clauses', () => {
  it.each([
    [
      'The mayor said the ferry works, but that it costs too much.',
      'the ferry works, but that it costs too much',
    ],
    ['The mayor said the ferry works, but the skippers disagree.', 'the ferry works'],
  ])(
    'keeps a second "that" clause of the same verb, not the reporter’s own: %j',
    (text, statement) => {
      expect(only(text)).toMatchObject({ text: statement })
    },
  )
})

describe('headlines in Title Case', () => {
  it.each([
    ['Dahl Says The Ferry Will Stop In May', 'The Ferry Will Stop In May', 'Dahl', 'Says'],
    ['Harbour Fees Are A Disgrace, Skippers Say', 'Harbour Fees Are A Disgrace', 'Skippers', 'Say'],
    ['Mayor Kessler Slams Island Toll Plan', 'Island Toll Plan', 'Mayor Kessler', 'Slams'],
  ])('reads the verb of saying in %j', (text, statement, speaker, cue) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, cue })
    expect(quote.speakerText).toContain(speaker.split(' ').at(-1))
  })

  it.each([
    'Harbour Board Calls Off Ferry Strike',
    'The United States Postal Service Opens A New Office',
  ])('finds no statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('still reads a capitalised word inside a plain sentence as a name', () => {
    expect(quotesOf('Ines Dahl visited the Says Gallery in May.')).toEqual([])
  })
})

describe('a statement inside a clause of when or on what terms', () => {
  it.each([
    [
      'While the mayor said she would hold a hearing, the plan is unlikely to pass.',
      'she would hold a hearing',
    ],
    ['If Dahl said the quay was safe, nobody on the island believed her.', 'the quay was safe'],
    [
      'Although the skippers have argued the levy is unfair, the board kept it in place.',
      'the levy is unfair',
    ],
  ])('ends the statement where the clause does: %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement, kind: 'indirect' })
  })
})

describe('where or when something was said is not what was said', () => {
  it.each([
    'Ines Dahl said on Radio Harbour on Sunday.',
    'Ines Dahl said on “Morning Tide” last week.',
    'The mayor said on Thursday.',
  ])('finds no statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it.each([
    ['Ines Dahl said on Radio Harbour on Sunday that the quay was safe.', 'the quay was safe'],
    ['The skippers argued over the new budget.', 'the new budget'],
    ['Ines Dahl commented on the Harbour Act.', 'the Harbour Act'],
  ])('keeps what was said after the preposition: %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement })
  })
})

describe('more positions: endorsing, attacking, mocking, thanking, challenging', () => {
  it.each([
    [
      'The ferry workers’ union endorsed Ines Dahl for mayor on Tuesday.',
      'Ines Dahl for mayor',
      'endorsed',
      'union',
    ],
    [
      'Tomas Brenn has endorsed the plan to widen the quay.',
      'the plan to widen the quay',
      'endorsed',
      'Tomas Brenn',
    ],
    [
      'The skippers attacked the harbour board over the new fees.',
      'the harbour board over the new fees',
      'attacked',
      'skippers',
    ],
    [
      'Ines Dahl mocked Brenn for his tiny boat at a rally.',
      'Brenn for his tiny boat',
      'mocked',
      'Ines Dahl',
    ],
    [
      'Mayor Lena Kessler has railed against the toll.',
      'the toll',
      'railed against',
      'Lena Kessler',
    ],
    [
      'Ines Dahl thanked the volunteers for their patience.',
      'the volunteers for their patience',
      'thanked',
      'Ines Dahl',
    ],
    [
      'Tomas Brenn challenged the figures in a letter to the board.',
      'the figures',
      'challenged',
      'Tomas Brenn',
    ],
    [
      'The minister derided the levy as a tax on islanders.',
      'the levy as a tax on islanders',
      'derided',
      'minister',
    ],
    ['The skippers welcomed the new timetable.', 'the new timetable', 'welcomed', 'skippers'],
    [
      'Mayor Kessler chided the board for the delays.',
      'the board for the delays',
      'chided',
      'Kessler',
    ],
    ['Ines Dahl assailed the plan in a speech on Monday.', 'the plan', 'assailed', 'Ines Dahl'],
    ['The minister ripped the levy as unfair.', 'the levy as unfair', 'ripped', 'minister'],
  ])('takes the position in %j', (text, statement, cue, speaker) => {
    const quote = quotesOf(text).find((found) => found.cue === cue)
    expect(quote).toMatchObject({ text: statement, kind: 'indirect' })
    expect(quote?.speakerText).toContain(speaker)
  })

  it('ends a position before when, why or on what terms it was taken', () => {
    expect(only('Tomas Brenn endorsed the levy when it came to a vote.')).toMatchObject({
      text: 'the levy',
      cue: 'endorsed',
    })
  })

  it('reads a name after a verb that takes a position as what it is about, not as a time', () => {
    expect(
      only('The ferry vote was close, but the skippers’ leader, Ines Dahl, had endorsed Brenn.'),
    ).toMatchObject({ text: 'Brenn', cue: 'endorsed', speakerText: 'Ines Dahl' })
  })

  it.each([
    'The attacks on the quay went on for weeks.',
    'Her insults were never forgotten.',
    'The new challenges facing the harbour are large.',
    'A legal challenge to the levy failed.',
    'Thanks to the new rules, fares fell.',
    'The rebels were attacked by drones overnight.',
    'The mock trial ended early.',
    'Such attacks would leave few traces on the quay.',
    'Welcome to the harbour.',
    'The ripped sails were replaced.',
    'The knock on the door came at noon.',
    'Several challenges remain for the harbour board.',
  ])('finds no position in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('refusing and referring: what someone would not do, whom someone meant', () => {
  it.each([
    ['The minister refused to rule out new tolls.', 'to rule out new tolls', 'refused'],
    [
      'Tomas Brenn has refused to answer questions about the deal.',
      'to answer questions about the deal',
      'refused',
    ],
    ['The mayor refused to answer.', 'to answer', 'refused'],
    [
      'Ines Dahl was referring to the harbour board’s report.',
      'the harbour board’s report',
      'referring to',
    ],
    [
      'The mayor referred to the levy as “a fine on living here.”',
      'the levy as “a fine on living here.”',
      'referred to',
    ],
  ])('reports %j', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, cue, kind: expect.any(String) })
  })

  it.each([
    'The ferry declined to 5 knots in the storm.',
    'The reference to older maps was dropped.',
    'Resisting the levy and refusing to pay it is a matter of pride on the island.',
  ])('finds no statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('nouns that report what their possessor says: "his claim that …"', () => {
  it.each([
    [
      'Ines Dahl arrived late. Her claim that the ferry was safe surprised the skippers.',
      'the ferry was safe',
      'claim',
      'Her',
    ],
    [
      'The senator’s criticism of the toll plan grew louder.',
      'the toll plan',
      'criticism of',
      'The senator',
    ],
    [
      'Cruz’s refusal to disavow the endorsement angered voters.',
      'to disavow the endorsement',
      'refusal',
      'Cruz',
    ],
    [
      'Tomas Brenn arrived on Monday. His attacks on the harbour board were fierce.',
      'the harbour board',
      'attacks on',
      'His',
    ],
    [
      'Mayor Kessler’s recent call for a second quay was welcomed.',
      'a second quay',
      'call for',
      'Mayor Kessler',
    ],
    [
      'The skippers doubted the minister’s assurance that the levy would end in May.',
      'the levy would end in May',
      'assurance',
      'the minister',
    ],
  ])('reads %j', (text, statement, cue, speaker) => {
    const quote = quotesOf(text).find((found) => found.cue === cue)
    expect(quote).toMatchObject({ text: statement, kind: 'indirect' })
    expect(quote?.speakerText).toBe(speaker)
  })

  it('names the speaker a possessive pronoun stands for', () => {
    const quote = quotesOf(
      'Ines Dahl spoke at the quay on Monday. Her claim that the ferry was safe surprised the skippers.',
    ).find((found) => found.cue === 'claim')
    expect(quote?.speaker?.name).toBe('Ines Dahl')
  })

  it('gives a noun’s statement thought’s lower confidence when it reports a belief', () => {
    expect(only('Their belief that the quay will be rebuilt is strong.')).toMatchObject({
      text: 'the quay will be rebuilt',
      confidence: 'low',
    })
  })

  it.each([
    'The claim that was rejected came from the board.',
    'A claim that the ferry was safe spread quickly.',
    'Her criticism grew louder over the summer.',
    'His call to the harbour office went unanswered.',
    'Their plan to the letter was followed.',
  ])('finds no possessor’s statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('reads a possessor whose name is also a property of every object', () => {
    expect(only('Constructor’s attacks on the plan were fierce.')).toMatchObject({
      text: 'the plan',
      speakerText: 'Constructor',
    })
  })
})

describe('an expectation no one is named for: "is expected to"', () => {
  it.each([
    ['Ines Dahl is expected to win the harbour seat.', 'Ines Dahl to win the harbour seat'],
    ['The new quay was widely expected to open in May.', 'The new quay to open in May'],
    ['The skippers, who are expected to vote on Friday, met at noon.', 'who to vote on Friday'],
  ])('reports %j with no speaker and low confidence', (text, statement) => {
    expect(only(text)).toMatchObject({
      text: statement,
      cue: 'expected',
      speaker: null,
      confidence: 'low',
    })
  })

  it.each(['The ferry was expected.', 'The ferry is expected to the minute.'])(
    'finds no expectation in %j',
    (text) => {
      expect(quotesOf(text)).toEqual([])
    },
  )

  it('keeps who expects it when the sentence names them', () => {
    expect(only('Ines Dahl expected to win the harbour seat.')).toMatchObject({
      speakerText: 'Ines Dahl',
      cue: 'expected',
    })
  })
})

describe('words that only look like verbs of saying', () => {
  it.each([
    'The report was published on Monday.',
    'Her claims were never tested in court.',
    'The state legislature still has to vote on the plan.',
    'Clinton led by nearly 300 pledged delegates.',
    'Mr. Trump is seen as a threat by his rivals.',
    'A few states have yet to be counted.',
    'Voters in all five states included the plan on the ballot.',
    'The only state holding an open primary was Oregon.',
    'The senator maintains a large lead in the polls.',
    'Ines Dahl wrote a children’s book about the harbour.',
    'Mr. Trump said by telephone on a morning show.',
    'Ines Dahl spoke at a rally in the harbour town.',
    'The senator admitted during an interview on local radio.',
    'Tomas Brenn told his closest aides as he left the harbour office.',
  ])('finds no statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('does not let a word that only looks like a verb swallow the statement after it', () => {
    expect(
      only('Skippers in all five states — even the small ones — said the quay was too small.'),
    ).toMatchObject({
      text: 'the quay was too small',
      cue: 'said',
    })
  })

  it.each([
    ['The report states that the ferry will stop.', 'states'],
    ['The mayor has long maintained that the quay is safe.', 'maintained'],
    ['Ines Dahl wrote that the ferry would stop.', 'wrote'],
  ])('reads "state", "maintain" and "write" before "that": %j', (text, cue) => {
    expect(only(text)).toMatchObject({ kind: 'indirect', cue })
  })

  it('reports what a source says, not what it says someone else thinks, twice', () => {
    const quotes = quotesOf('Ines Dahl said that the minister believes the dam is safe.')
    expect(quotes.map((quote) => quote.text)).toEqual(['the minister believes the dam is safe'])
  })
})

describe('a name and a colon: headlines and transcripts', () => {
  it.each([
    [
      'Dahl: Harbour Fees Will Rise in May.\n\nHarbour master Ines Dahl said the quay needs repair.',
      'Harbour Fees Will Rise in May',
      'Dahl',
    ],
    [
      'Mayor Lena Kessler: the ferry will not stop.\n\nKessler said the board meets on Friday.',
      'the ferry will not stop',
      'Mayor Lena Kessler',
    ],
    [
      'Mayor Lena Kessler spoke for an hour.\n\nKESSLER: We have asked the board twice. DAHL: It has not answered.\n\nKessler said she would ask again.',
      'We have asked the board twice',
      'KESSLER',
    ],
  ])('reads the words after the name as its statement: %j', (text, statement, speaker) => {
    const found = quotesOf(text).find((quote) => quote.cue === ':')
    expect(found).toMatchObject({ text: statement, kind: 'indirect', speakerText: speaker })
  })

  it('reads a headline in Title Case whose verb compromise takes for a name', () => {
    // As HTML paragraphs: in plain text a short line of its own reads as a heading.
    const text =
      '<article><p>The harbour board met on Friday to hear the pilots.</p><p>Dahl: Harbour Board Is a Failure on Fees</p><p>Harbour master Ines Dahl said the quay needs repair.</p></article>'
    const found = clean(text, { format: 'html' }).quotes.find((quote) => quote.cue === ':')
    expect(found).toMatchObject({
      text: 'Harbour Board Is a Failure on Fees',
      speakerText: 'Dahl',
      speaker: { name: 'Ines Dahl' },
    })
  })

  const transcript = [
    'The two candidates met for an hour of questions on the harbour radio station.',
    'VOSS: Tell us whether the night ferry should keep running through the winter months.',
    'KESSLER: We have asked the harbour board twice and it has not answered us yet.',
    'VOSS: And what will you do if the board says no to the town again this spring?',
  ]

  it.each(['text', 'html'] as const)(
    'reads a transcript’s speakers in capitals, named nowhere else (%s)',
    (format) => {
      const input =
        format === 'text'
          ? transcript.join('\n\n')
          : `<article>${transcript.map((line) => `<p>${line}</p>`).join('')}</article>`
      const labelled = clean(input, { format }).quotes.filter((quote) => quote.cue === ':')
      expect(labelled.map((quote) => [quote.speakerText, quote.text])).toEqual([
        ['VOSS', 'Tell us whether the night ferry should keep running through the winter months'],
        ['KESSLER', 'We have asked the harbour board twice and it has not answered us yet'],
        ['VOSS', 'And what will you do if the board says no to the town again this spring?'],
      ])
    },
  )

  it.each([
    // One speaker in capitals is no dialogue.
    'The two candidates met for an hour on the harbour radio station.\n\nKESSLER: We have asked the harbour board twice and it has not answered us yet.',
    // Words, not names, before the colons.
    'Tickets are sold at the quay from six in the morning.\n\nTIP: Buy your tickets before the ferry leaves the harbour on Sundays.\n\nNOTE: The ferry stops at noon on Sundays until the end of May.',
  ])('reads no transcript where capitals are no speakers’ names: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.cue === ':')).toEqual([])
  })

  // A headline's quote in Title Case reads like the title of a work, so the
  // direct quotes leave it; after a speaker's name and a colon it is said.
  it.each([
    [
      'Vance: ‘We Will Rebuild The Quay Before The Winter Storms Come.’\n\nMayor Ruth Vance said the harbour board had agreed.',
      'We Will Rebuild The Quay Before The Winter Storms Come.',
      'Ruth Vance',
    ],
    [
      'Dahl: “Nobody Asked The Skippers What They Wanted.”\n\nInes Dahl, who runs the ferry union, said the talks had failed.',
      'Nobody Asked The Skippers What They Wanted.',
      'Ines Dahl',
    ],
  ])('gives a whole quote after a name and a colon to the name: %j', (text, said, speaker) => {
    const paragraphs = text.split('\n\n')
    for (const format of ['text', 'html'] as const) {
      const input =
        format === 'text'
          ? text
          : `<article>${paragraphs.map((line) => `<p>${line}</p>`).join('')}</article>`
      const article = clean(input, { format })
      const found = article.quotes.filter((quote) => quote.cue === ':')
      expect(found, format).toHaveLength(1)
      expect(found[0], format).toMatchObject({
        kind: 'direct',
        text: said,
        speaker: { name: speaker },
      })
      expect(quotedWords(article.text, found[0] as Quote), format).toEqual([said])
    }
  })

  it('marks quoted words inside the statement', () => {
    const text =
      'Dahl: The board’s “reckless plan” puts the quay at risk.\n\nInes Dahl said she would quit.'
    const found = quotesOf(text)[0] as Quote
    expect(found).toMatchObject({ kind: 'partial', cue: ':', speakerText: 'Dahl' })
    expect(quotedWords(text, found)).toEqual(['reckless plan'])
  })

  it.each([
    'The Latest: Harbour fees will rise in May.',
    'Revealed: The harbour fees will rise in May.',
    'Breaking: Harbour fees will rise in May.',
    'Wow: Harbour fees will rise in May.',
    'Editor’s note: This story was updated on Friday.',
    'Remember: The ferry stops at noon on Sundays.',
    'STAT OF THE WEEK: 43 ferries a day.',
    'Iowa: Tim Albrecht, Brad Anderson, Rob Barron.',
    'Trash: every Monday, unchanged.',
    'Source: Fenwick Harbour quarterly filing.',
    'Seat Height: Set the seat so that your feet rest on the floor.',
    'Dahl: Harbour Fees Will Rise in May.\n\nThe board meets on Friday.',
  ])(
    'reads no statement after a label or a name the article shows to be no speaker: %j',
    (text) => {
      expect(quotesOf(text)).toEqual([])
    },
  )
})

describe('a dateline or an aside set off by a horizontal bar', () => {
  it.each([
    ['KESTREL BAY ― The harbour board said the ferry would stop in May.', 'harbour board'],
    ['OSLO ― Mayor Lena Kessler said on Tuesday the budget was balanced.', 'Lena Kessler'],
    ['The ferry board ― who met on Monday ― said the quay was unsafe.', 'ferry board'],
  ])('reads the source after the bar: %s', (text, source) => {
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.speakerText).toContain(source)
  })

  it('dates "said on Tuesday" after a dateline back from the publication date', () => {
    const quote = only('OSLO ― Mayor Lena Kessler said on Tuesday the budget was balanced.')
    expect(quote.text).toBe('the budget was balanced')
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it('reads the source after the bar in HTML too', () => {
    const html =
      '<article><p>KESTREL BAY ― The harbour board said the ferry would stop in May.</p></article>'
    const quotes = clean(html, { format: 'html', publishedAt: '2025-03-13' }).quotes
    expect(quotes.map((quote) => [quote.text, quote.speakerText])).toEqual([
      ['the ferry would stop in May', 'The harbour board'],
    ])
  })

  it('ends a position at a horizontal bar as at an em dash', () => {
    const quote = only('The union criticized the toll plan ― a plan drawn up in secret.')
    expect(quote.text).toBe('the toll plan')
  })

  it('does not take the words before the bar for the source', () => {
    const quotes = quotesOf('THE WEEK IN PORTS ― said to be the quietest in years.')
    expect(quotes.filter((quote) => quote.kind === 'indirect')).toEqual([])
  })
})

describe('a "that" clause that opens with a clause or a phrase of its own', () => {
  it.each([
    [
      'Officials argue that, while the tax may fall, workers will not keep the savings.',
      'while the tax may fall, workers will not keep the savings',
      'Officials',
    ],
    [
      'Harbour master Ines Dahl said that if the quay stays shut, the ferry will stop.',
      'if the quay stays shut, the ferry will stop',
      'Ines Dahl',
    ],
    [
      'The union warned that, because the fares rose, fewer people ride the line.',
      'because the fares rose, fewer people ride the line',
      'union',
    ],
    [
      'Mayor Lena Kessler said that, in the long run, the plan would work.',
      'in the long run, the plan would work',
      'Lena Kessler',
    ],
  ])('reports the whole clause: %s', (text, statement, source) => {
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.text).toBe(statement)
    expect(quote.speakerText).toContain(source)
  })

  it('dates the saying, not the clause, of "said on Tuesday that, when …"', () => {
    const quote = only(
      'The minister said on Tuesday that, when the talks resume, the port will reopen.',
    )
    expect(quote.text).toBe('when the talks resume, the port will reopen')
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it.each([
    'She said, while the tax may fall, that nobody knew.',
    'The council met on Friday, while the union said nothing.',
    'He spoke briefly, because the hall was closing.',
  ])('reads no clause of the reporter’s own as the statement: %s', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.every((quote) => !/^(?:while|because)\b/.test(quote.text))).toBe(true)
  })
})

describe('what no one named takes someone for, or says of them: "is seen as", "is said to"', () => {
  it.each([
    [
      'Mr. Dahl is seen as the favourite to win the seat.',
      'Mr. Dahl the favourite to win the seat',
      'seen',
    ],
    [
      'The harbour master was widely regarded as a careful man.',
      'The harbour master a careful man',
      'regarded',
    ],
    [
      'Ms. Kessler is viewed as having lost the vote.',
      'Ms. Kessler having lost the vote',
      'viewed',
    ],
    ['The old quay is known as the Long Pier.', 'The old quay the Long Pier', 'known'],
  ])('reports %j with no speaker and low confidence', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, cue, speaker: null, confidence: 'low' })
  })

  it.each([
    [
      'The mayor is said to be furious with the board.',
      'The mayor to be furious with the board',
      'said',
    ],
    [
      'Two skippers were reported to have left the port.',
      'Two skippers to have left the port',
      'reported',
    ],
    [
      'Ines Dahl was asked to name one finished project.',
      'Ines Dahl to name one finished project',
      'asked',
    ],
  ])('reports %j with no speaker', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, cue, speaker: null })
  })

  it('dates what was said of someone "on Tuesday" back from the publication date', () => {
    const quote = only('The mayor was said on Tuesday to be furious with the board.')
    expect(quote).toMatchObject({ speaker: null, cue: 'said' })
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it.each([
    'The toll is seen as early as May.',
    'The plan was seen as the board met.',
    'The ferry was seen by thousands.',
    'She is known for her work on the quay.',
    'The letter was said in a whisper.',
  ])('finds nothing in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('keeps who says it when the sentence names them', () => {
    expect(only('Ines Dahl said the mayor was furious with the board.')).toMatchObject({
      speakerText: 'Ines Dahl',
      text: 'the mayor was furious with the board',
    })
  })
})

describe('a verb whose particle leads to what was said: "called for a ban", "warned of a storm"', () => {
  it.each([
    ['The union pushed for a ban on imports.', 'a ban on imports', 'pushed for', 'union'],
    [
      'Harbour master Ines Dahl warned of a storm surge.',
      'a storm surge',
      'warned of',
      'Ines Dahl',
    ],
    [
      'The mayor asked for a recount of the harbour vote.',
      'a recount of the harbour vote',
      'asked for',
      'mayor',
    ],
    ['Skippers have long called for a second quay.', 'a second quay', 'called for', 'Skippers'],
    [
      'Mayor Lena Kessler campaigned for a new ferry line.',
      'a new ferry line',
      'campaigned for',
      'Lena Kessler',
    ],
  ])('reports what follows the particle: %s', (text, statement, cue, source) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, cue, kind: 'indirect' })
    expect(quote.speakerText).toContain(source)
  })

  it('dates "called for … on Tuesday" back from the publication date, the time left out', () => {
    const quote = only('The union called for a ban on imports on Tuesday.')
    expect(quote.text).toBe('a ban on imports')
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it('ends a time at the end of a position at a word a time cannot hold', () => {
    expect(only('The union criticized the ban on imports at a rally on Tuesday.').text).toBe(
      'the ban on imports',
    )
  })

  it.each([
    ['The board called on Congress to act.', 'to act'],
    ['Ines Dahl urged the council to close the quay.', 'to close the quay'],
    ['The mayor told reporters the quay would close.', 'the quay would close'],
  ])('still leaves the person spoken to out after other verbs: %s', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })
})

describe('a name in -ly before the verb is the source, not an adverb', () => {
  it.each([
    ['Megyn Kelly said the quay was safe.', 'Megyn Kelly'],
    ['Mr. Connolly told reporters the quay was safe.', 'Connolly'],
    ['Ines Jolly argued that the fares were too high.', 'Ines Jolly'],
  ])('reads the name in %j', (text, source) => {
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.speakerText).toContain(source)
  })

  it('still skips an adverb in -ly between the source and the verb', () => {
    expect(only('Ines Dahl repeatedly said the quay was safe.').speakerText).toBe('Ines Dahl')
  })
})

describe('an occasion after the verb needs a preposition: "said the debate would …"', () => {
  it.each([
    ['Ines Dahl said the debate would go ahead.', 'the debate would go ahead'],
    ['The mayor said the rally had been peaceful.', 'the rally had been peaceful'],
    ['Officials said the hearing will resume on Monday.', 'the hearing will resume on Monday'],
  ])('reads the occasion as the subject of the statement: %s', (text, statement) => {
    expect(only(text)).toMatchObject({ kind: 'indirect', text: statement })
  })

  it.each([
    ['Ines Dahl said in a statement that the quay was safe.', 'the quay was safe'],
    ['Ines Dahl said during a hearing that the quay was safe.', 'the quay was safe'],
    ['Ines Dahl told the court in a filing the quay was safe.', 'the quay was safe'],
  ])('still leaves an occasion after a preposition out: %s', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })

  it('dates "said at a rally on Tuesday that …" back from the publication date', () => {
    const quote = only('Ines Dahl said at a rally on Tuesday that the quay was safe.')
    expect(quote.text).toBe('the quay was safe')
    expect(quote.date?.value).toBe('2025-03-11')
  })
})

describe('a clause of when or on what terms set off by commas inside the statement', () => {
  it.each([
    ['Ines Dahl said the quay, although old, is safe.', 'the quay, although old, is safe'],
    ['The mayor says the levy, while unpopular, was fair.', 'the levy, while unpopular, was fair'],
    [
      'Officials said the ferry, if repaired in time, will sail in May.',
      'the ferry, if repaired in time, will sail in May',
    ],
  ])('keeps the statement whole: %s', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })

  it('still ends the statement at a clause of the reporter’s own', () => {
    const quotes = quotesOf('Ines Dahl said the plan works, while the union says it fails.')
    expect(quotes.map((quote) => quote.text)).toEqual(['the plan works', 'it fails'])
  })
})

describe('a source whose name is joined by a slash: "a CNN/ORC poll"', () => {
  it.each([
    [
      'A Harbour/Ferry Board poll showed a one-point gap between the two.',
      'Harbour/Ferry Board poll',
    ],
    ['The Kestrel/Ipsos survey found that most skippers were undecided.', 'Kestrel/Ipsos survey'],
    ['The Dahl/Brenn campaign said the quay would reopen.', 'Dahl/Brenn campaign'],
  ])('reads the whole name in %j', (text, source) => {
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.speakerText).toContain(source)
  })

  it('does not join a clause to the source across a slash', () => {
    const quotes = quotesOf('Fares rose 5 percent/year, the board said.')
    expect(quotes.map((quote) => quote.speakerText)).toEqual(['the board'])
  })
})

describe('a verb that reports speech only next to quotes, before "that": "joked that …"', () => {
  it.each([
    [
      'Ines Dahl joked that the quay was older than she was.',
      'the quay was older than she was',
      'joked',
    ],
    ['The skippers shouted that the ferry must not sail.', 'the ferry must not sail', 'shouted'],
    [
      'Mayor Lena Kessler quipped that the levy paid for itself.',
      'the levy paid for itself',
      'quipped',
    ],
  ])('reports the clause of %j', (text, statement, cue) => {
    expect(only(text)).toMatchObject({ text: statement, cue, kind: 'indirect' })
  })

  it('dates "joked on Tuesday that …" back from the publication date', () => {
    const quote = only('Ines Dahl joked on Tuesday that the quay was older than she was.')
    expect(quote.text).toBe('the quay was older than she was')
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it.each([
    'Ines Dahl joked about the quay.',
    'The skippers shouted across the harbour.',
    'Ines Dahl called that a lie.',
  ])('reports nothing without a clause after "that": %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a name that is a verb’s object, then a form that is also a noun', () => {
  it.each([
    'Tehran perceives US calls for negotiations as an attempt to weaken it.',
    'Voters heard Labour calls for a new vote all week.',
    'The court studied EU calls for a pause before it ruled.',
  ])('reads the form as the object’s noun, not a verb with the name for its source: %s', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  it('still reads the form as a verb after a verb of saying or thinking', () => {
    expect(only('The minister said US officials warned of a storm.').speaker?.name).toBe('minister')
    const says = only('Iran says US calls for talks are a trick.')
    expect(says.speaker?.name).toBe('Iran')
    expect(says.text).toBe('US calls for talks are a trick')
    const analysts = only('Analysts believe EU claims about the deal are overstated.')
    expect(analysts.speaker?.name).toBe('Analysts')
  })
})
