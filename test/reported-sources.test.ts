import { describe, expect, it } from 'vitest'
import type { Quote } from '../src/index.js'
import { html, quotesOf } from './quote-helpers.js'

/** Checks that no quote of a passage, as plain text or as HTML, names a source that `wrong` matches. */
function expectNoSource(text: string, wrong: RegExp): void {
  for (const quote of [...quotesOf(text), ...quotesOf(html(text), 'html')])
    expect(quote.speakerText ?? '').not.toMatch(wrong)
}

/** Checks that a passage, as plain text and as HTML, reports that the quay was too small, by `source`. */
function expectQuaySource(text: string, source: string): void {
  for (const quote of [only(text), only(html(text), 'html')]) {
    expect(quote.text).toBe('the quay was too small')
    expect(quote.speakerText).toBe(source)
  }
}

/** Checks that a passage, as plain text and as HTML, gives one quote of `kind` whose source is written `source`. */
function expectSpeakerText(text: string, source: string, kind: Quote['kind']): void {
  for (const quote of [only(text), only(html(text), 'html')]) {
    expect(quote.kind).toBe(kind)
    expect(quote.speakerText).toBe(source)
  }
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

describe('an aside about a source named after its verb', () => {
  it.each([
    'The ferry will stop in May, said Ines Dahl, director of the Port Kessel ferry office.',
    'The ferry will stop in May, said Ines Dahl, head of the harbour board at Brandby, Ore.',
    'The ferry will stop in May, says Tomas Brenn, senior fellow at the Harbour Institute.',
    'The ferry will stop in May, said Tomas Brenn, a pilot who has worked the quay for years.',
  ])('leaves a noun phrase in lower case out of the statement: %j', (text) => {
    const quote = only(text)
    expect(quote.text).toBe('The ferry will stop in May')
    expect(quote.speaker?.name).toMatch(/Ines Dahl|Tomas Brenn/)
  })

  it.each([
    [
      'The trouble with the quay, says Ines Dahl, head of the harbour board, is that it floods.',
      'The trouble with the quay is that it floods',
    ],
    [
      'The trouble with the quay, says Ines Dahl, a pilot, is that it floods.',
      'The trouble with the quay is that it floods',
    ],
  ])('goes on with the statement after the aside: %j', (text, statement) => {
    expect(only(text)).toMatchObject({ text: statement, speaker: { name: 'Ines Dahl' } })
  })

  it('reads the aside in HTML', () => {
    const quote = only(
      '<p>The ferry will stop in May, said Ines Dahl, director of the ferry office.</p>',
      'html',
    )
    expect(quote).toMatchObject({
      text: 'The ferry will stop in May',
      speaker: { name: 'Ines Dahl' },
    })
  })

  it('dates a statement whose source, set after it with a capitalised aside, spoke on Tuesday', () => {
    const quote = only(
      '<p>The ferry will stop in May, Ines Dahl, Port Kessel director for the ferry company, said on Tuesday.</p>',
      'html',
    )
    expect(quote).toMatchObject({
      text: 'The ferry will stop in May',
      speaker: { name: 'Ines Dahl' },
    })
    expect(quote.date).toMatchObject({ text: 'on Tuesday', value: '2025-03-11' })
  })

  it.each([
    [
      'The ferry will stop in May, said Ines Dahl, because the quay is too small.',
      'The ferry will stop in May because the quay is too small',
    ],
    [
      'The ferry will stop in May, said Ines Dahl, during a meeting of the harbour board.',
      'The ferry will stop in May during a meeting of the harbour board',
    ],
  ])('keeps a clause or a phrase that goes on with the statement: %j', (text, statement) => {
    expect(only(text).text).toBe(statement)
  })

  it('does not take words in lower case with a verb of their own for an aside', () => {
    const texts = quotesOf(
      'The ferry will stop in May, said Ines Dahl, harbour officials have confirmed.',
    ).map((quote) => quote.text)
    expect(texts).not.toContain('The ferry will stop in May')
  })
})

describe('a share or a count of people as the source', () => {
  it.each([
    ['On the quay, 42% say the ferry runs too rarely.', '42%', 'the ferry runs too rarely'],
    [
      'In Brandby, 85% of skippers said the quay was too small.',
      '85% of skippers',
      'the quay was too small',
    ],
    ['Of the pilots asked, 39 have said they back the plan.', '39', 'they back the plan'],
    ['Among pilots, 1,200 have said the quay is too small.', '1,200', 'the quay is too small'],
  ])('reads %j', (text, source, statement) => {
    expect(only(text)).toMatchObject({ text: statement, speakerText: source, kind: 'indirect' })
  })

  it('reads a share with a percent sign in HTML, with the date', () => {
    const quote = only(
      '<p>In Brandby, 85% of skippers said on Tuesday that the quay was too small.</p>',
      'html',
    )
    expect(quote).toMatchObject({ text: 'the quay was too small', speakerText: '85% of skippers' })
    expect(quote.date).toMatchObject({ text: 'on Tuesday', value: '2025-03-11' })
  })

  it.each([
    ['On Jan. 17, 2011, Ines Dahl said the quay was too small.', 'Ines Dahl'],
    ['Ticket sales rose 12%, the operator said.', 'the operator'],
  ])('does not take a year or a share in the statement for the source: %j', (text, source) => {
    expect(only(text).speakerText).toBe(source)
  })

  it.each([
    ['At least 12 pilots said the quay was too small.', '12 pilots'],
    [
      'At least a dozen skippers of the fleet said the quay was too small.',
      'a dozen skippers of the fleet',
    ],
    ['At most three pilots said the quay was too small.', 'three pilots'],
  ])('reads a count after "at least" or "at most": %j', (text, source) => {
    expectQuaySource(text, source)
  })

  it('keeps "at" before anything else a place or a time, no source', () => {
    expectNoSource('At the harbour, the quay was too small, pilots said.', /harbour/u)
    expect(quotesOf('At least, the mayor said, the pier is safe.')[0]?.speakerText).toBe(
      'the mayor',
    )
  })

  it('does not take a year alone for a source', () => {
    for (const quote of quotesOf('Since 2019 said nothing about the quay.'))
      expect(quote.speakerText ?? '').not.toBe('2019')
  })
})

describe('the subject of a sentence that opens with a conjunction', () => {
  it.each([
    [
      'But on Tuesday, Ines Dahl stood with the pilots and urged the board to close the quay.',
      'Ines Dahl',
    ],
    [
      'But Tomas Brenn, who was busy with the boats, was not as friendly, saying the quay was too small.',
      'Tomas Brenn',
    ],
    ['And Lena Kessler visited the quay on Monday, saying it was too small.', 'Lena Kessler'],
  ])('gives a second verb the subject after the conjunction: %j', (text, source) => {
    const quote = only(text)
    expect(quote.speakerText).toBe(source)
    expect(quote.speaker?.name).toBe(source)
  })

  it('reads the subject after the conjunction in HTML, with the date', () => {
    const quote = only(
      '<p>But on Tuesday, Ines Dahl stood with the pilots and urged the board to close the quay.</p>',
      'html',
    )
    expect(quote).toMatchObject({ speakerText: 'Ines Dahl', text: 'to close the quay' })
    expect(quote.date).toMatchObject({ text: 'on Tuesday', value: '2025-03-11' })
  })

  it('does not take a sentence that opens with a conjunction and a clause for a named subject', () => {
    for (const quote of quotesOf('But the quay was too small, saying so changed nothing.'))
      expect(quote.speakerText ?? '').not.toMatch(/^But/)
  })
})

describe('role words in lower case before a name', () => {
  it.each([
    [
      'On Tuesday, campaign chairman John Podesta told reporters that her position remains firm.',
      'John Podesta',
      'her position remains firm',
    ],
    [
      'In a letter, harbour master Ines Dahl warned that the quay would flood.',
      'Ines Dahl',
      'the quay would flood',
    ],
    [
      'Later, retired pilot Tomas Brenn said the quay was too small.',
      'Tomas Brenn',
      'the quay was too small',
    ],
  ])('reads the role and the name as the source: %j', (text, name, statement) => {
    const quote = only(text)
    expect(quote).toMatchObject({ text: statement, speaker: { name } })
    expect(quote.speakerText).toMatch(new RegExp(`^[a-z][a-z ]+ ${name}$`))
  })

  it('reads the role and the name in HTML, with the date', () => {
    const quote = only(
      '<p>On Tuesday, harbour master Ines Dahl said the quay was too small.</p>',
      'html',
    )
    expect(quote).toMatchObject({ text: 'the quay was too small', speaker: { name: 'Ines Dahl' } })
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it('does not take words in lower case before a single capitalised word for a role and a name', () => {
    for (const quote of quotesOf('After that, quay workers Brenn said it.'))
      expect(quote.speakerText ?? '').not.toBe('quay workers Brenn')
  })
})

describe('a second verb after an auxiliary and an adverb: "but has since said"', () => {
  it.each([
    [
      'Ines Dahl backed the plan but has since said the quay is too small.',
      'the quay is too small',
    ],
    [
      '<p>Ines Dahl backed the plan but has since said the quay is too small.</p>',
      'the quay is too small',
    ],
  ])('gives the verb the sentence’s subject: %j', (text, statement) => {
    const quote = only(text, text.startsWith('<') ? 'html' : 'text')
    expect(quote).toMatchObject({ text: statement, speakerText: 'Ines Dahl', cue: 'said' })
  })

  it('does not read an adverb with no auxiliary before it as part of the verb', () => {
    expect(quotesOf('Ines Dahl backed the plan, but since then said nothing.')).toEqual([])
  })
})

describe('a name, then its party or office and what it is of', () => {
  it.each([
    ['Senator Mara Holt, Republican of Oregon, said the quay was too small.', 'Senator Mara Holt'],
    ['Ines Dahl, Harbour Secretary of Port Kessel, said the quay was too small.', 'Ines Dahl'],
  ])('reads the name before the aside as the source: %j', (text, source) => {
    expect(only(text)).toMatchObject({ text: 'the quay was too small', speakerText: source })
  })

  it.each([
    [
      'The interior minister, Tomas Rehn of Oslo, said the quay was too small.',
      'Tomas Rehn of Oslo',
    ],
    [
      'One pilot on the quay, Tomas Brenn of Brandby, said the quay was too small.',
      'Tomas Brenn of Brandby',
    ],
  ])('reads a name set off after a noun as the source: %j', (text, source) => {
    expect(only(text)).toMatchObject({ text: 'the quay was too small', speakerText: source })
  })

  it('reads the party aside in HTML', () => {
    const quote = only(
      '<p>Senator Mara Holt, Republican of Oregon, said on Tuesday the quay was too small.</p>',
      'html',
    )
    expect(quote).toMatchObject({
      speakerText: 'Senator Mara Holt',
      speaker: { name: 'Mara Holt' },
    })
    expect(quote.date?.value).toBe('2025-03-11')
  })

  it('does not take a name with a place after it, after a name, for an aside', () => {
    for (const quote of quotesOf('Brenn, Senator Mara Holt of Oregon, said it.'))
      expect(quote.speakerText ?? '').not.toBe('Brenn')
  })
})

describe('a report set between dashes', () => {
  it.each([
    'Dahl was a careful planner - a former aide said she checked every timetable - and her staff knew it.',
    'Dahl was a careful planner — a former aide said she checked every timetable — and her staff knew it.',
    '<p>Dahl was a careful planner — a former aide said she checked every timetable — and her staff knew it.</p>',
  ])('ends the statement at the closing dash: %j', (text) => {
    const quote = only(text, text.startsWith('<') ? 'html' : 'text')
    expect(quote).toMatchObject({
      text: 'she checked every timetable',
      speakerText: 'a former aide',
    })
  })

  it('keeps a statement after a single dash to the end of the sentence', () => {
    expect(
      only('Dahl was a careful planner — a former aide said she checked every timetable and route.')
        .text,
    ).toBe('she checked every timetable and route')
  })
})

describe('a name, "of" and a place or a body', () => {
  it.each([
    ['Senator Mara Holt of Oregon said the quay was too small.', 'Mara Holt', 'Senator'],
    ['Mara Holt of Oregon said the quay was too small.', 'Mara Holt', null],
    [
      'Former Gov. Tomas Brenn of Kessel told reporters the quay was too small.',
      'Tomas Brenn',
      'Former Gov.',
    ],
    ['The quay was too small, said Senator Mara Holt of Oregon.', 'Mara Holt', 'Senator'],
  ])('gives the person, not the place, as the speaker: %j', (text, name, role) => {
    const quote = only(text)
    expect(quote.text.toLowerCase()).toBe('the quay was too small')
    expect(quote.speaker).toEqual({ name, role })
  })

  it.each([
    ['The Bank of Kessel said the quay was too small.', 'Bank of Kessel'],
    ['The University of Brandby said the quay was too small.', 'University of Brandby'],
    ['The Duke of Kessel said the quay was too small.', 'Duke of Kessel'],
  ])('keeps an organisation or a title whole: %j', (text, name) => {
    expect(only(text).speaker?.name).toBe(name)
  })

  it.each([
    ['Secretary of State Mara Holt said the quay was too small.', 'Secretary of State'],
    [
      'Kessel Secretary of State Mara Holt said the quay was too small.',
      'Kessel Secretary of State',
    ],
  ])('keeps a role with "of" before the name as the role: %j', (text, role) => {
    expect(only(text).speaker).toEqual({ name: 'Mara Holt', role })
  })

  it('does not take words that open with no first name for a person', () => {
    expect(
      only('Harbour Pilots Society of Kessel said the quay was too small.').speaker?.name,
    ).not.toBe('Harbour Pilots Society')
  })

  it('reads the person in HTML too', () => {
    const quote = only(
      '<p>Senator Mara Holt of Oregon said on Tuesday the quay was too small.</p>',
      'html',
    )
    expect(quote.speaker).toEqual({ name: 'Mara Holt', role: 'Senator' })
    expect(quote.date?.value).toBe('2025-03-11')
  })
})

describe('a name after a preposition in the source', () => {
  it.each([
    ['Officials in Vostria said the pier would close.', 'Officials in Vostria'],
    ['A spokesman for Mara Holt said the pier would close.', 'spokesman for Mara Holt'],
    ['Skippers from Lower Quay said the pier would close.', 'Skippers from Lower Quay'],
    [
      'A 2022 study by the Institute for Alpine Hydrology in Vostria found that rain grew heavier.',
      '2022 study by the Institute for Alpine Hydrology in Vostria',
    ],
  ])('is where or whom the source is from, not its name: %j', (text, name) => {
    for (const format of ['text', 'html'] as const) {
      const quote = only(format === 'html' ? `<p>${text}</p>` : text, format)
      expect(quote.speaker).toEqual({ name, role: null })
    }
  })

  it.each([
    [
      'Senator Mara Holt of Oregon said the pier would close.',
      { name: 'Mara Holt', role: 'Senator' },
    ],
    ['The Bank of England said rates would rise.', { name: 'Bank of England', role: null }],
    [
      'Republican pollster Daron Shaw said the race was close.',
      { name: 'Daron Shaw', role: 'Republican pollster' },
    ],
  ])('leaves a name with its role or its place as it is: %j', (text, speaker) => {
    expect(only(text).speaker).toEqual(speaker)
  })
})

describe('a source dated by a day or a month', () => {
  it.each([
    ['A poll released Monday found most voters back the new pier.', 'poll', '2025-03-10'],
    [
      'An Example News/Harbor Times poll released on Thursday showed Mara Holt with a narrow lead.',
      'Example News/Harbor Times poll',
      '2025-03-13',
    ],
    [
      'A court filing on Tuesday says the ferry company will not be fined.',
      'court filing',
      '2025-03-11',
    ],
    ['The report published in late August showed the tolls had doubled.', 'report', null],
  ])('leaves the date out of the name: %j', (text, name, date) => {
    for (const format of ['text', 'html'] as const) {
      const quote = only(format === 'html' ? `<p>${text}</p>` : text, format)
      expect(quote.speaker?.name).toBe(name)
      expect(quote.date?.value ?? null).toBe(date)
    }
  })

  it.each([
    ['Tomas Brenn said Monday that the tolls would fall.', 'Tomas Brenn'],
    ['Tomas Brenn on Monday said the tolls would fall.', 'Tomas Brenn'],
    ['Pilots surveyed by the union said the tolls would fall.', 'Pilots surveyed by the union'],
  ])('keeps a name or a description with no date in it: %j', (text, name) => {
    expect(only(text).speaker?.name).toBe(name)
  })

  it('takes no day for the source of a sentence that opens with it', () => {
    const text =
      'Sunday, on the harbour radio show, while commenting on the toll dispute, Governor ' +
      'Mara Holt said the ferries would run.'
    for (const format of ['text', 'html'] as const) {
      const quotes = quotesOf(format === 'html' ? `<p>${text}</p>` : text, format)
      expect(quotes.map((quote) => quote.speakerText)).not.toContain('Sunday')
      expect(quotes.map((quote) => quote.speaker?.name)).toContain('Mara Holt')
    }
  })
})

describe('the subject after a linking word or an opening phrase', () => {
  it.each([
    ['However, the mayor held firm, saying the toll would stay.', 'the mayor'],
    [
      'Still, a harbour pilot stayed on the quay, warning that the pier was unsafe.',
      'a harbour pilot',
    ],
    [
      'In March, the ferry company held firm, arguing that the toll had to stay.',
      'the ferry company',
    ],
    [
      'Last month, the harbour board met twice, insisting that the toll had to stay.',
      'the harbour board',
    ],
    ['Last week, Ines Dahl toured the quay, saying it was too small.', 'Ines Dahl'],
    ['On Monday, after the vote, the pilots walked out, saying the toll was unfair.', 'the pilots'],
  ])('gives a second verb the subject in lower case after the phrase: %j', (text, source) =>
    expectSpeakerText(text, source, 'indirect'),
  )

  it.each([
    [
      'Facing criticism from both parties, Ines Dahl toured the quay on Saturday, insisting that the toll would stay.',
      'Ines Dahl',
    ],
    ['Pressed on the toll, the mayor held firm, saying it would stay.', 'the mayor'],
    ['Arriving at the quay, police closed the pier, saying it was unsafe.', 'police'],
    [
      'Speaking at a town hall in Brandby, New Kessel, Tomas Brenn went after the board, saying the toll was unfair.',
      'Tomas Brenn',
    ],
    [
      'After losing narrowly in Brandby, Holt, the harbour master, stayed on, saying the toll was unfair.',
      'Holt',
    ],
    [
      'On Tuesday, Ines Dahl, the harbour master, toured the quay, saying the toll was unfair.',
      'Ines Dahl',
    ],
  ])('reads past a participle or a place that opens the sentence: %j', (text, source) => {
    for (const quote of [only(text), only(html(text), 'html')])
      expect(quote.speakerText).toBe(source)
  })

  it.each([
    'However, true solutions to the problems remain, saying the toll would stay.',
    'Last month, rising tolls hit the ferries, saying nothing about the quay.',
    'the mayor held firm, saying the toll would stay.',
    'Resisting pressure and refusing to cut the toll, saying it would stay.',
  ])('takes no phrase without an article or a name for the subject: %j', (text) =>
    expectNoSource(text, /solutions|tolls|mayor|Resisting|refusing/),
  )

  it.each([
    'Last month, the harbour board, which met twice, said the toll had to stay.',
    'Sunday, on the radio, the harbour board said the toll had to stay.',
  ])('does not take a time that opens the sentence for the source: %j', (text) => {
    expect(only(text).speakerText).toBe('the harbour board')
  })
})

describe('a writing that says what its author put in it', () => {
  it.each([
    ['Ines Dahl issued a statement saying that the quay was too small.', 'Ines Dahl'],
    [
      'The ferry company released a statement on Tuesday saying the quay was too small.',
      'The ferry company',
    ],
    [
      'The harbour board sent out a fundraising email saying the quay was too small.',
      'The harbour board',
    ],
    ['Her office put out a statement saying the quay was too small.', 'Her office'],
    [
      'Tomas Brenn, who runs the ferries, sent a letter which said the quay was too small.',
      'Tomas Brenn',
    ],
    ['The pilots have sent a video saying the quay is too small.', 'The pilots'],
  ])('names the author, not the writing: %j', (text, author) => {
    for (const quote of [only(text), only(html(text), 'html')]) {
      expect(quote.text).toMatch(/^the quay (?:was|is) too small$/)
      expect(quote.speakerText).toBe(author)
    }
  })

  it('reads a quote in the statement as the author’s', () => {
    const quote = only('Ines Dahl issued a statement saying the quay was “far too small.”')
    expect(quote.speakerText).toBe('Ines Dahl')
    expect(quote.speaker?.name).toBe('Ines Dahl')
  })

  it.each([
    ['The harbour board received a letter saying the quay was too small.', /board/],
    ['Ines Dahl read a statement saying the quay was too small.', /Dahl/],
    ['The pilots quoted an old email saying the quay was too small.', /pilots/],
    ['The harbour board issued new rules saying the quay was too small.', /board/],
    ['Ines Dahl gave a speech saying the quay was too small.', /Dahl/],
  ])('names no author for the reader of a writing, nor for what is no writing: %j', expectNoSource)
})

describe('a long source', () => {
  it.each([
    [
      'Large majorities of the harbour pilots in six ports going to the polls on Tuesday said the quay was too small.',
      'Large majorities of the harbour pilots in six ports going to the polls',
    ],
    [
      'A 2019 report by the independent Centre for Harbour and Ferry Policy Research found that the quay was too small.',
      'A 2019 report by the independent Centre for Harbour and Ferry Policy Research',
    ],
    [
      'A bipartisan group of nine former harbour masters at the Port Kessel Pilots Association warned that the quay was too small.',
      'A bipartisan group of nine former harbour masters at the Port Kessel Pilots Association',
    ],
  ])('reads a noun phrase of more than ten words: %j', expectQuaySource)

  it.each([
    [
      'Last year Dahl collected nine particularly rude things the harbour master said about pilots.',
      /Dahl/,
    ],
    [
      'Last year we collected nine particularly rude things the harbour master said about pilots.',
      /we/,
    ],
    [
      'In May the board met the pilots of the northern quay for a long talk about the tolls said nothing.',
      /board/,
    ],
  ])('takes no long clause with a verb of its own for a source: %j', expectNoSource)
})

describe('a source a participle and a time qualify', () => {
  it.each([
    ['A poll released in March found that the quay was too small.', 'A poll released in March'],
    [
      'A harbour survey published last week found that the quay was too small.',
      'A harbour survey published last week',
    ],
    [
      'A report issued earlier this year concluded that the quay was too small.',
      'A report issued earlier this year',
    ],
  ])('keeps the time in the source: %j', expectQuaySource)

  it.each([
    ['The harbour board on Tuesday said the quay was too small.', 'The harbour board'],
    ['The pilots last week argued that the quay was too small.', 'The pilots'],
  ])('leaves out the time of the verb after a noun: %j', (text, source) => {
    expect(only(text).speakerText).toBe(source)
  })
})

describe('a described source before a whole quote', () => {
  it.each([
    ['Another pilot said, “The quay is far too small.”', 'Another pilot', 'direct'],
    [
      'The former harbour master continued, saying, “You need somebody who understands ferries.”',
      'The former harbour master',
      'direct',
    ],
    ['However, the harbour board added, “The toll will stay.”', 'the harbour board', 'direct'],
  ] as const)('names the words before the verb as the speaker: %j', expectSpeakerText)

  it.each([
    [
      'Ines Dahl stood by the pier with Tomas Brenn, saying, “The quay is far too small.”',
      'Ines Dahl',
    ],
    ['At the hearing, Ines Dahl said, “The quay is far too small.”', 'Ines Dahl'],
    ['Ines Dahl left the hall, saying, “The quay is far too small.”', 'Ines Dahl'],
    ['Tomas Brenn left the hall, saying the quay was far too small.', 'Tomas Brenn'],
  ])('keeps a named speaker, not the name nearest the verb: %j', (text, name) => {
    expect(only(text).speaker?.name).toBe(name)
  })
})

describe('a noun in -ss is no plural subject', () => {
  // "the attractiveness of … messages for voters": "messages" is no verb whose
  // subject the noun in -ness could be.
  it.each([
    '"People are looking for hope," she added, underscoring the attractiveness of Mr. Holt\'s economic messages for many Republican voters.',
    '"People are looking for hope," she added, underscoring the weakness of Mr. Holt\'s economic messages for many young voters.',
  ])('%s', (text) => {
    for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')])
      expect(quotes.map((quote) => `${quote.kind} | ${quote.speakerText}`)).toEqual([
        'direct | she',
      ])
  })

  it('a plural in -s still agrees with its verb', () => {
    expectSpeakerText(
      'Harbour officials say the quay was too small.',
      'Harbour officials',
      'indirect',
    )
  })
})
