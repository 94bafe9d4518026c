import { describe, expect, it } from 'vitest'
import { clean, type Options, type Quote } from '../src/index.js'
import { cuesAndStatements, html } from './quote-helpers.js'

/** The quotes `clean()` finds in a made-up passage. */
function quotesOf(text: string, options: Options = {}): Quote[] {
  return clean(text, { format: 'text', publishedAt: '2025-03-13', ...options }).quotes
}

/** Text, kind, speaker name and cue of each quote: what a reader checks first. */
function summary(quotes: readonly Quote[]) {
  return quotes.map((quote) => ({
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    cue: quote.cue,
  }))
}

describe('quotes with no verb of saying in their sentence', () => {
  it.each([
    ['Ms. Ortiz was blunt. "We are not going back."', 'Ms. Ortiz'],
    ['Mayor Lena Kessler did not hesitate.\n\n“The bridge stays closed.”', 'Lena Kessler'],
    [
      'Tomas Brenn spoke to the council on Monday. She listened. Tomas Brenn was angry. “Nobody asked us.”',
      'Tomas Brenn',
    ],
  ])('gives the quote in %j to the person the sentence before opens with', (text, speaker) => {
    const quotes = quotesOf(text)
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: { name: speaker }, cue: null })
  })

  it('finds the statement even when no one is named before it', () => {
    expect(summary(quotesOf('The letter arrived on Friday.\n\n“Pls print.”'))).toEqual([
      { text: 'Pls print.', kind: 'direct', speaker: null, cue: null },
    ])
  })

  it.each([
    ['“France will always be France,” an angry Hollande retaliated.', 'Hollande', 'retaliated'],
    ['“Go back to Univision,” Trump barked and a guard led Ramos out.', 'Trump', 'barked'],
    ['“Is this profiling?” reacted Trump.', 'Trump', 'reacted'],
    ['“Nooooo!” the crowd cried, booing.', 'crowd', 'cried'],
  ])(
    'reads the short clause after %j as its attribution, whatever its verb',
    (text, speaker, cue) => {
      expect(summary(quotesOf(text))).toEqual([
        { text: expect.any(String), kind: 'direct', speaker, cue },
      ])
    },
  )

  it.each([
    ['Republican pollster Daron Shaw: “Lesser-known candidates gain the most.”', 'Daron Shaw'],
    ['Rep. Trey Gowdy:"I have not heard anyone cite that figure."', 'Trey Gowdy'],
    ['From the report: “Samples with more weighting were more accurate.”', 'report'],
  ])('gives a quote after a colon to the words before it: %j', (text, speaker) => {
    expect(quotesOf(text)).toMatchObject([{ kind: 'direct', speaker: { name: speaker } }])
  })

  it.each([
    ['The mayor had a simple message for the crowd: “We will rebuild this pier.”', 'mayor'],
    ['Ann Lee had a warning for the ferry company: “Nobody rides for free.”', 'Ann Lee'],
    ['The harbour master gave reporters one line: “The quay stays shut.”', 'harbour master'],
    [
      'Her lawyer ended the hearing with a promise to Judge Omar Reyes: “We will appeal.”',
      'Her lawyer',
    ],
  ])(
    'gives a quote after a clause and a colon to the clause’s subject, not its object: %j',
    (text, speaker) => {
      for (const format of ['text', 'html'] as const) {
        const input = format === 'html' ? html(text) : text
        expect(quotesOf(input, { format }), format).toMatchObject([
          { kind: 'direct', speaker: { name: speaker }, cue: ':' },
        ])
      }
    },
  )

  it('gives a quote after a headline, a dash and a name to the name', () => {
    expect(
      quotesOf('PIER TO REOPEN IN MAY - Lena Kessler: “The repairs are ahead of schedule.”'),
    ).toMatchObject([{ kind: 'direct', speaker: { name: 'Lena Kessler' } }])
  })
})

describe('the speaker named after the verb', () => {
  it.each([
    [
      '“The quay is a disgrace,” said former harbour master Tomas Brenn.',
      'Tomas Brenn',
      'former harbour master Tomas Brenn',
    ],
    [
      '“We will see a big spend,” said one official involved in the planning, who spoke on condition of anonymity.',
      'one official involved in the planning',
      'one official involved in the planning',
    ],
  ])('reads role words in lower case before the name: %j', (text, speaker, written) => {
    expect(quotesOf(text)[0]).toMatchObject({
      kind: 'direct',
      speaker: { name: speaker },
      speakerText: written,
    })
  })

  it('does not take the people spoken to for the speaker', () => {
    const [quote] = quotesOf('Tomas Brenn spoke last. He then asked the crowd, “Can she stay?”')
    expect(quote).toMatchObject({ text: 'Can she stay?', speakerText: 'He' })
  })

  it('does not take where or when it was said for a speaker', () => {
    expect(quotesOf('“We are ready,” said in a statement on Tuesday.')[0]).toMatchObject({
      speaker: null,
    })
  })
  it.each([
    ['The port chief wrote to the council, adding: “We want this fixed now.”', 'port chief'],
    ['The port chief wrote to Mayor Ann Lee, adding, “We want this fixed now.”', 'port chief'],
    ['A spokeswoman replied to the union on Friday, writing: “The talks are over.”', 'spokeswoman'],
    ['Ann Lee wrote to the harbour board, adding: “We want this fixed now.”', 'Ann Lee'],
  ])(
    'gives a quote after “, adding” to the subject of the clause it hangs on: %j',
    (text, speaker) => {
      for (const format of ['text', 'html'] as const) {
        const input = format === 'html' ? html(text) : text
        expect(quotesOf(input, { format })[0], format).toMatchObject({
          kind: 'direct',
          speaker: { name: speaker },
        })
      }
    },
  )
})

describe('quotes over several sentences and paragraphs', () => {
  it('reads a quote split by its attribution across sentences as one', () => {
    expect(summary(quotesOf('“We tried,” she said. “It failed.”'))).toEqual([
      { text: 'We tried, It failed.', kind: 'direct', speaker: null, cue: 'said' },
    ])
  })

  it('joins a quote whose opening mark is repeated in each paragraph and closed in the last', () => {
    const text = [
      'Ines Dahl, the harbour master, spoke for an hour.',
      '“We have waited ten years for this quay,” Ines Dahl said. “The money is finally here.',
      '“The work starts in May.',
      '“And it will be done by the winter.”',
      'The council did not respond.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(summary(quotes)).toEqual([
      {
        text: 'We have waited ten years for this quay, The money is finally here. The work starts in May. And it will be done by the winter.',
        kind: 'direct',
        speaker: 'Ines Dahl',
        cue: 'said',
      },
    ])
    // Each piece is marked where it stands in the article's text.
    const article = clean(text, { format: 'text' })
    expect(
      article.quotes[0]?.quoted.map((range) => article.text.slice(range.start, range.end)),
    ).toEqual([
      'We have waited ten years for this quay',
      'The money is finally here.',
      'The work starts in May.',
      'And it will be done by the winter.',
    ])
  })

  it.each([
    'Asked about the quay, she said she was not worried. “First of all, we have the votes, OK? I think so. Let us see what happens,” Ines Dahl said, adding that nobody should panic.',
    'Ines Dahl was calm. “We have the votes. We always had them,” she told the council.',
  ])('reads a quote of several sentences with the verb after its last one: %j', (text) => {
    const quote = quotesOf(text).find((found) => found.kind === 'direct')
    expect(quote?.text).toMatch(/^(?:First of all|We have the votes)/)
    expect(quote?.text).toMatch(/(?:happens|had them)$/)
    expect(quote?.cue).toMatch(/said|told/)
  })

  it('goes on from the quote of the sentence before, past a statement its verb adds', () => {
    const quotes = quotesOf(
      '“The fare is fair,” Tomas Brenn said, arguing that the ferry had lost money. “It has to be.”',
    )
    expect(summary(quotes)).toEqual([
      {
        text: 'The fare is fair, It has to be.',
        kind: 'direct',
        speaker: 'Tomas Brenn',
        cue: 'said',
      },
      {
        text: 'the ferry had lost money',
        kind: 'indirect',
        speaker: 'Tomas Brenn',
        cue: 'arguing',
      },
    ])
  })

  it.each([
    ['Ines Dahl said the ferry had failed. “We tried everything.”', 'Ines Dahl'],
    [
      'The harbour board argued that the fares were too low. “Nobody pays enough.”',
      'harbour board',
    ],
  ])('gives a whole quote after a reported statement to its speaker: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({ kind: 'direct', speaker: { name: speaker } })
  })

  it('does not make a term after a reported statement a statement', () => {
    const quotes = quotesOf('Ines Dahl said the ferry had failed. “Quiet Harbour” is the pub.')
    expect(quotes.map((quote) => quote.kind)).toEqual(['indirect'])
  })

  it('gives a whole-quote paragraph after a quote to the same speaker', () => {
    const quotes = quotesOf(
      '“The port deserves better,” Mara Holt said.\n\n“And I will say so at every meeting.”',
    )
    expect(quotes).toMatchObject([
      {
        text: 'The port deserves better, And I will say so at every meeting.',
        speaker: { name: 'Mara Holt' },
      },
    ])
  })
})

describe('quoted e-mails, posts and chants, in lists and block quotes too', () => {
  it('reads the e-mail reproduced after a colon, and the chant after its verb', () => {
    expect(summary(quotesOf('She read the email aloud: “Thanks, John!!!”'))).toEqual([
      { text: 'Thanks, John!!!', kind: 'direct', speaker: null, cue: 'read' },
    ])
    expect(summary(quotesOf('The crowd chanted, “Lock the gates!”'))).toEqual([
      { text: 'Lock the gates!', kind: 'direct', speaker: 'crowd', cue: 'chanted' },
    ])
  })

  it('reads what a sign, a banner or a message read or said, after "that" or "which"', () => {
    expect(
      summary(quotesOf('At the rally, a teenager hoisted a sign that read “Welders for Holt!”')),
    ).toEqual([{ text: 'Welders for Holt!', kind: 'direct', speaker: 'sign', cue: 'read' }])
    expect(
      summary(quotesOf('The page was replaced by a message that said, “Sorry, the item is gone.”')),
    ).toEqual([
      { text: 'Sorry, the item is gone.', kind: 'direct', speaker: 'message', cue: 'said' },
    ])
    expect(
      summary(quotesOf('He held up the banner, which read “Save the quay,” and waved it.')),
    ).toEqual([{ text: 'Save the quay', kind: 'direct', speaker: 'banner', cue: 'read' }])
    expect(summary(quotesOf('One banner read “Keep the night crossing.”'))).toEqual([
      { text: 'Keep the night crossing.', kind: 'direct', speaker: 'One banner', cue: 'read' },
    ])
    expect(
      summary(
        quotesOf(html('Her placard read “Hands off the ferry!” all afternoon.'), {
          format: 'html',
        }),
      ),
    ).toEqual([
      { text: 'Hands off the ferry!', kind: 'direct', speaker: 'Her placard', cue: 'read' },
    ])
  })

  it('reads the words a thing bears in Title Case or as a figure, after "that", "which" or an -ing form', () => {
    const borne = (text: string) =>
      summary(quotesOf(text)).map(({ text: words, kind, cue }) => ({ words, kind, cue }))
    expect(borne('He held up the placard — which read “Welders 4 Holt” — and waved it.')).toEqual([
      { words: 'Welders 4 Holt', kind: 'direct', cue: 'read' },
    ])
    expect(
      borne('A student hoisted a sign that read “30%!” Her father was not convinced.'),
    ).toEqual([{ words: '30%!', kind: 'direct', cue: 'read' }])
    expect(borne('The pilot wore a cap reading, “Make the Quay Great Again” on Friday.')).toEqual([
      { words: 'Make the Quay Great Again', kind: 'direct', cue: 'reading' },
    ])
    expect(
      borne('Ana Ruiz held up a banner saying “Dockers Against Cuts - We Remember 1998.”'),
    ).toEqual([
      { words: 'Dockers Against Cuts - We Remember 1998.', kind: 'direct', cue: 'saying' },
    ])
  })

  it('still takes a title a person reads, a noun "reads" and a fragment a clause runs on from for no statement', () => {
    const direct = (text: string) => quotesOf(text).filter((quote) => quote.kind === 'direct')
    expect(direct('The governor read “The Long Harbour Road” to the children.')).toEqual([])
    expect(direct('The governor, reading “The Long Harbour Road” to pupils, smiled.')).toEqual([])
    expect(direct('One of her recent reads, “The Salt Road,” stayed with her.')).toEqual([])
    expect(direct('Holt opened the debate saying “of course” Brenn was qualified.')).toEqual([])
  })

  it('leaves "read", "put" and "that" alone where no quote or clause follows them', () => {
    expect(quotesOf('He read the report that the board sent and left.')).toEqual([])
    expect(quotesOf('She painted a sign that read well from the far end of the quay.')).toEqual([])
    expect(quotesOf('The latest forecast that the port would close proved wrong.')).toEqual([])
    expect(quotesOf('The pilot put the ropes away before the storm.')).toEqual([])
  })

  it('reads a chant or a cry in Title Case as said, not as a name', () => {
    expect(summary(quotesOf('Protesters chanted “Dump Holt” outside the town hall.'))).toEqual([
      { text: 'Dump Holt', kind: 'direct', speaker: 'Protesters', cue: 'chanted' },
    ])
    expect(
      summary(
        quotesOf(html('Dock workers marched to the quay, shouting “Save Our Ferry.”'), {
          format: 'html',
        }),
      ),
    ).toEqual([
      { text: 'Save Our Ferry.', kind: 'direct', speaker: 'Dock workers', cue: 'shouting' },
    ])
  })

  it('reads a sentence in Title Case its verb leads to after a comma as said', () => {
    const direct = (text: string) =>
      summary(quotesOf(text)).filter((quote) => quote.kind === 'direct')
    expect(
      direct('Holt tried to laugh it off by interjecting, “Only Tomas Brenn.” Ruiz went on.'),
    ).toEqual([{ text: 'Only Tomas Brenn.', kind: 'direct', speaker: 'Holt', cue: 'interjecting' }])
    expect(direct('Asked who should run the port, Ana Ruiz said, “Only The Mayor.”')).toEqual([
      { text: 'Only The Mayor.', kind: 'direct', speaker: 'Ana Ruiz', cue: 'said' },
    ])
  })

  it('still takes a title a naming verb leads to, or one its comma closes, for a name', () => {
    const direct = (text: string) => quotesOf(text).filter((quote) => quote.kind === 'direct')
    expect(direct('The film was called, “Hail Harbour.”')).toEqual([])
    expect(direct('Her favourite, she wrote, “The Long Quay,” is on the radio.')).toEqual([])
  })

  it('takes a title set off after a noun for a name when the verb after it has an object of its own', () => {
    const quotes = quotesOf(
      'In a talk about her new show, “Harbour Lights for Beginners,” the actor discussed the absence of pilots in history books.',
    )
    expect(quotes.filter((quote) => quote.kind === 'direct')).toEqual([])
    expect(cuesAndStatements(quotes)).toEqual([
      'discussed | the absence of pilots in history books',
    ])
    const other = quotesOf(
      'Asked about the plan, “Harbour First,” the mayor announced a new ferry for the quay.',
    )
    expect(other.filter((quote) => quote.kind === 'direct')).toEqual([])
  })

  it('still reads a short answer in Title Case its verb and speaker follow as said', () => {
    expect(summary(quotesOf('He wanted a gun truck. “Technicals,” Bob said.'))).toContainEqual({
      text: 'Technicals',
      kind: 'direct',
      speaker: 'Bob',
      cue: 'said',
    })
    expect(quotesOf('“Harbour First,” the mayor told the council.')).toMatchObject([
      { text: 'Harbour First', kind: 'direct', cue: 'told' },
    ])
    expect(summary(quotesOf('“Harbour First,” Ana Ruiz told reporters.'))).toEqual([
      { text: 'Harbour First', kind: 'direct', speaker: 'Ana Ruiz', cue: 'told' },
    ])
  })

  it.each([
    [
      'Holt told the crowd, “I am one of you, folks,” and, “Is there anyone here who has not waited for a ferry?”',
      'I am one of you, folks, Is there anyone here who has not waited for a ferry?',
    ],
    [
      'Tomas Brenn wrote to members, “The quay is ours,” or, “At least it was.”',
      'The quay is ours, At least it was.',
    ],
  ])(
    'reads quotes one verb leads to, joined by "and" or "or" alone, as one statement: %j',
    (text, said) => {
      expect(quotesOf(text).map((quote) => [quote.kind, quote.text])).toEqual([['direct', said]])
    },
  )

  it('keeps quotes apart when more than "and" stands between them, and titles out', () => {
    expect(
      quotesOf(
        'Holt told the crowd, “I am one of you, folks,” and then, “Is there anyone here who has not waited?”',
      ).map((quote) => quote.text),
    ).toEqual(['I am one of you, folks', 'Is there anyone here who has not waited?'])
    expect(quotesOf('She watches “Harbour Lights” and “Quay Life.”')).toEqual([])
  })

  it('still takes a title in Title Case after other verbs for a name', () => {
    expect(quotesOf('The crowd sang “Happy Birthday” to the mayor.')).toEqual([])
    expect(quotesOf('Tomas Brenn read “The Long Harbour Road” on the ferry.')).toEqual([])
  })

  it('takes "as the pilot put it" for the past of "put it"', () => {
    expect(summary(quotesOf('As Mara Holt put it: “We are done with waiting.”'))).toEqual([
      { text: 'We are done with waiting.', kind: 'direct', speaker: 'Mara Holt', cue: 'put it' },
    ])
    expect(
      summary(quotesOf('As the harbour master put it, “The quay stays shut until May.”')),
    ).toEqual([
      {
        text: 'The quay stays shut until May.',
        kind: 'direct',
        speaker: 'harbour master',
        cue: 'put it',
      },
    ])
    expect(quotesOf('The crew put the ropes away before the storm.')).toEqual([])
  })

  it('reads quotes in list items and block quotes', () => {
    const markdown = [
      'Readers wrote to the paper after the vote.',
      '',
      '- “The ferry is our lifeline,” wrote Ines Dahl.',
      '- “Keep the night crossing,” Tomas Brenn wrote.',
      '',
      'The mayor answered in a letter:',
      '',
      '> “We hear you, and the night crossing stays.”',
    ].join('\n')
    const quotes = quotesOf(markdown, { format: 'markdown' })
    expect(summary(quotes)).toEqual([
      { text: 'The ferry is our lifeline', kind: 'direct', speaker: 'Ines Dahl', cue: 'wrote' },
      { text: 'Keep the night crossing', kind: 'direct', speaker: 'Tomas Brenn', cue: 'wrote' },
      {
        text: 'We hear you, and the night crossing stays.',
        kind: 'direct',
        speaker: 'mayor',
        // The sentence that ends with the colon gives its verb too.
        cue: 'answered',
      },
    ])
  })
})

describe('brackets, ellipses and other quote marks', () => {
  it('reads a quote with an editor’s brackets and an ellipsis inside as a whole statement', () => {
    expect(summary(quotesOf('“[The deal] was … a mistake,” she said.'))).toEqual([
      { text: '[The deal] was … a mistake', kind: 'direct', speaker: null, cue: 'said' },
    ])
    expect(quotesOf('“… and then we lost,” Tomas Brenn said.')[0]).toMatchObject({
      text: '… and then we lost',
      kind: 'direct',
    })
  })

  it("reads quotes written ''…'' as double quotes", () => {
    expect(summary(quotesOf("''We will appeal,'' the union said on Monday."))).toEqual([
      { text: 'We will appeal', kind: 'direct', speaker: 'union', cue: 'said' },
    ])
  })
})

describe('short statements in Title Case', () => {
  it.each([
    ['“They sue,” he said.', 'They sue'],
    ['“Ferries run late,” Tomas Brenn said.', 'Ferries run late'],
  ])('reads a short statement with a word in lower case, %j, as said', (text, statement) => {
    expect(quotesOf(text).map((quote) => quote.text)).toEqual([statement])
  })

  it('keeps a name with words like "of" in it a term', () => {
    expect(quotesOf('The mayor called the plan the “Road to Nowhere” in a speech.')).toEqual([])
  })
})

describe('titles and scare quotes', () => {
  it.each([
    'Tonight the cinema shows the film “Night Shift” again.',
    'The so-called “harbour tax” has been debated for years.',
    'Her new book, “The Long Winter,” sold out in a week.',
  ])('reports no statement in %j', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a whole sentence its verb leads straight to, then the subject’s next act', () => {
  it.each([
    [
      'Dock workers chanted “What curfew?” and kept going until 2 a.m. on Tuesday.',
      'What curfew?',
      'chanted',
    ],
    [
      'Mara Holt tweeted “This ferry deal is a disgrace” before deleting the post an hour later.',
      'This ferry deal is a disgrace',
      'tweeted',
    ],
    [
      'The fishermen shouted “Keep the harbour open!” as they marched to the town hall.',
      'Keep the harbour open!',
      'shouted',
    ],
    [
      'Tomas Brenn wrote “We will not sell the pier.” and signed the letter with the whole board.',
      'We will not sell the pier.',
      'wrote',
    ],
    [
      'On Friday the nurses sang “No cuts to our wards” until the minister came out to meet them.',
      'No cuts to our wards',
      'sang',
    ],
  ])('takes the quoted words alone, as a direct quote: %j', (text, said, cue) => {
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(summary(quotes)[0]).toMatchObject({ text: said, kind: 'direct', cue })
  })

  it('gives the quote to the subject of the verb', () => {
    const [found] = quotesOf('Mara Holt tweeted “This deal is a disgrace” before deleting it.')
    expect(found).toMatchObject({ speaker: { name: 'Mara Holt' }, speakerText: 'Mara Holt' })
  })

  it('dates it by the day the sentence names', () => {
    const [found] = quotesOf(
      'On Tuesday, Mara Holt tweeted “This deal is a disgrace” before deleting it.',
    )
    expect(found).toMatchObject({ kind: 'direct', date: { value: '2025-03-11' } })
  })

  it('does the same in HTML', () => {
    const quotes = quotesOf(
      '<article><p>Dock workers chanted <em>“What curfew?”</em> and kept going until dawn.</p>' +
        '<p>Mara Holt tweeted “This deal is a disgrace” before deleting it.</p></article>',
      { format: 'html' },
    )
    expect(summary(quotes)).toEqual([
      { text: 'What curfew?', kind: 'direct', speaker: 'Dock workers', cue: 'chanted' },
      { text: 'This deal is a disgrace', kind: 'direct', speaker: 'Mara Holt', cue: 'tweeted' },
    ])
  })

  it.each([
    // The quoted words are the subject of what follows, not a sentence of their own.
    'Tomas Brenn said “Many people” would come to the hall on Friday.',
    'Mara Holt said “Some of the money” went to the pier.',
    // Words of the reporter stand between the verb and the quote.
    'Mara Holt called the plan “a gift to the ferry owners” and left the room.',
    'Tomas Brenn posted a message reading “Thank you all” moments after the vote.',
    // In lower case, the quote is a fragment of the reporter’s sentence.
    'The crowd chanted “no more tolls” and marched to the town hall.',
  ])('leaves a fragment in its reported clause: %j', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.some((quote) => quote.kind === 'direct')).toBe(false)
  })

  it.each([
    'Mara Holt reviewed “The Long Harbour Road” before the vote on Friday.',
    'Tomas Brenn praised “Night Shift” and went home.',
  ])('leaves a title in Title Case out of the statements: %j', (text) => {
    expect(quotesOf(text).some((quote) => quote.kind === 'direct')).toBe(false)
  })
})

describe('a quoted piece after an attribution that opens a clause of its own', () => {
  it.each([
    [
      '“I regard the mayor as an old friend,” Tomas Brenn told the council on Monday, noting that he and his wife, Ines, “have talked with her every week. We share a lot.”',
      'I regard the mayor as an old friend',
      'he and his wife, Ines, “have talked with her every week. We share a lot.”',
    ],
    [
      '“We need someone who is tested,” Mara Holt said, adding that the harbour board “cannot wait another winter. It is now or never.”',
      'We need someone who is tested',
      'the harbour board “cannot wait another winter. It is now or never.”',
    ],
    [
      '“We need someone who is battle tested,” Mara Holt said introducing Ines Dahl as a “leader on ferry safety. Nobody works harder than she does.”',
      'We need someone who is battle tested',
      'introducing Ines Dahl as a “leader on ferry safety. Nobody works harder than she does.”',
    ],
  ])('is not joined to the quote before it: %j', (text, first, second) => {
    const quotes = quotesOf(text)
    expect(quotes.map((quote) => [quote.text, quote.kind])).toEqual([
      [first, 'direct'],
      [second, 'partial'],
    ])
  })

  it.each([
    [
      'Mara Holt tells audiences that after forty years of closures, “It is time to build.”',
      'after forty years of closures, “It is time to build.”',
    ],
    [
      'The ferry board wrote that if the pier closes, “The town loses its lifeline.”',
      'if the pier closes, “The town loses its lifeline.”',
    ],
  ])(
    'keeps a whole sentence that ends the clause "that" opens in that clause: %j',
    (text, said) => {
      for (const format of ['text', 'html'] as const) {
        const quotes = quotesOf(format === 'html' ? html(text) : text, { format })
        expect(quotes.map((quote) => [quote.text, quote.kind])).toEqual([[said, 'partial']])
      }
    },
  )

  it('still takes a whole sentence right after "that," or after the verb as direct', () => {
    expect(
      quotesOf('Mara Holt said that, “We will strike.”').map((quote) => [quote.text, quote.kind]),
    ).toEqual([['We will strike.', 'direct']])
    expect(
      quotesOf('Mara Holt wrote to her followers, “It is time to go,” and shared a link.').map(
        (quote) => [quote.text, quote.kind],
      ),
    ).toEqual([['It is time to go', 'direct']])
  })

  it('does the same in HTML', () => {
    const quotes = quotesOf(
      '<p>“I regard the mayor as an old friend,” Tomas Brenn said, noting that he and his wife, Ines, “have talked with her every week. We share a lot.”</p>',
      { format: 'html' },
    )
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'partial'])
    expect(quotes[0]?.text).toBe('I regard the mayor as an old friend')
  })

  it.each([
    [
      '“Many are unsure,” Mara Holt wrote in a statement explaining her vote, “but most agree the ferry must stay. It is the town’s lifeline.”',
      'Many are unsure, but most agree the ferry must stay. It is the town’s lifeline.',
    ],
    [
      '“The fares are too low,” Tomas Brenn said on Monday, “and the ferry loses money on every crossing.”',
      'The fares are too low, and the ferry loses money on every crossing.',
    ],
    [
      '“The fares are too low,” said Tomas Brenn, who runs the line as a family firm, “and that cannot go on.”',
      'The fares are too low, and that cannot go on.',
    ],
  ])('still goes on from the quote its attribution cuts: %j', (text, joined) => {
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ text: joined, kind: 'direct' })
  })
})

describe('a quoted fragment its verb leads to with only a comma or colon between', () => {
  it.each([
    [
      'In cases of hardship, the ferry board said, “the fare is waived for a month.”',
      'the fare is waived for a month.',
    ],
    [
      'If the pier closes, Mara Holt wrote on Monday: “the whole town loses its lifeline.”',
      'the whole town loses its lifeline.',
    ],
  ])('takes the quoted words without the mark before them: %j', (text, said) => {
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.text).toBe(said)
  })

  it('does the same in HTML', () => {
    const [found] = quotesOf(
      '<p>In cases of hardship, the ferry board said, <q>the fare is waived for a month.</q></p>',
      { format: 'html' },
    )
    expect(found?.text).toBe('the fare is waived for a month.')
  })

  it('keeps the words of the reporter that lead to the fragment', () => {
    const [found] = quotesOf('Mara Holt called the plan, “a gift to the ferry owners.”')
    expect(found).toMatchObject({
      kind: 'partial',
      text: 'the plan, “a gift to the ferry owners.”',
    })
  })

  it.each([
    [
      'Mara Holt did not name the owners, but told her supporters, “our harbour is in trouble.”',
      'our harbour is in trouble.',
    ],
    [
      'Tomas Brenn kept telling reporters, “the ferry never paid its way.”',
      'the ferry never paid its way.',
    ],
    [
      'The skipper assured passengers, “nobody will be left on the quay.”',
      'nobody will be left on the quay.',
    ],
  ])('leaves out whom it was said to, set off by a comma: %j', (text, said) => {
    for (const format of ['text', 'html'] as const) {
      const found = quotesOf(format === 'html' ? html(text) : text, { format })
      expect(
        found.map((quote) => quote.text),
        format,
      ).toEqual([said])
    }
  })

  it('keeps a clause of the statement before the comma', () => {
    const [found] = quotesOf(
      'Mara Holt said she rarely asks the crew to sail at night, “except when the tide is late.”',
    )
    expect(found?.text).toBe(
      'she rarely asks the crew to sail at night, “except when the tide is late.”',
    )
  })
})

describe('a quote ended by its own ellipsis or question mark, with its attribution after it', () => {
  it.each([
    [
      '“We need a new pier,” Tomas Brenn said.\n\n“We will see…” Mara Holt replied on Monday.',
      'We will see…',
      'Mara Holt',
      'replied',
    ],
    [
      'Tomas Brenn asked: “Will the ferry run all winter?”\n\n“Well, yes. We are going to look at a lot of different boats...” Mara Holt said.',
      'Well, yes. We are going to look at a lot of different boats...',
      'Mara Holt',
      'said',
    ],
    [
      'Mara Holt spoke after the vote.\n\n“We tried, we really tried…” she said, not finishing the sentence.',
      'We tried, we really tried…',
      'Mara Holt',
      'said',
    ],
  ])(
    'is a statement of the speaker named after it, not more of the quote before: %j',
    (text, said, speaker, cue) => {
      const found = quotesOf(text).at(-1)
      expect(found).toMatchObject({ text: said, kind: 'direct', speaker: { name: speaker }, cue })
    },
  )

  it('does the same in HTML', () => {
    const quotes = quotesOf(
      '<p>“We need a new pier,” Tomas Brenn said.</p><p>“We will see…” Mara Holt replied.</p>',
      { format: 'html' },
    )
    expect(summary(quotes)).toEqual([
      { text: 'We need a new pier', kind: 'direct', speaker: 'Tomas Brenn', cue: 'said' },
      { text: 'We will see…', kind: 'direct', speaker: 'Mara Holt', cue: 'replied' },
    ])
  })

  it.each([
    // A full stop ends the quote's sentence: the next one is the reporter's own.
    '“We need a new pier,” Tomas Brenn said.\n\n“We will see.” Mara Holt said nothing more that day.',
    // The sentence after the quote opens with other words than its speaker.
    '“We need a new pier,” Tomas Brenn said.\n\n“We will see…” Then the whole crowd said nothing.',
  ])(
    'leaves the words after it alone when they do not open with a speaker and a verb: %j',
    (text) => {
      const quotes = quotesOf(text)
      expect(quotes[0]).toMatchObject({ speaker: { name: 'Tomas Brenn' }, cue: 'said' })
      expect(
        quotes.some((quote) => quote.speaker?.name === 'Mara Holt' && quote.kind === 'direct'),
      ).toBe(false)
    },
  )
})

describe('a whole quote with its attribution inside brackets', () => {
  it.each([
    [
      'The vote drew blowback from members ("I want my dues back," wrote Ines Dahl, a deckhand, on the union page), and the board met again.',
      'I want my dues back',
      'Ines Dahl',
    ],
    [
      'The fare rise drew anger (“We were never asked,” one skipper said on Tuesday) before the council vote.',
      'We were never asked',
      'one skipper',
    ],
  ])(
    'is a direct quote of the one named there, not the reporter’s sentence: %j',
    (text, said, speaker) => {
      const quotes = quotesOf(text)
      expect(quotes).toHaveLength(1)
      expect(quotes[0]).toMatchObject({ text: said, kind: 'direct', speaker: { name: speaker } })
    },
  )

  it('does the same in HTML', () => {
    const quotes = quotesOf(
      '<p>The vote drew blowback from members (“I want my dues back,” wrote Ines Dahl, a deckhand, on the union page) and the board met again.</p>',
      { format: 'html' },
    )
    expect(summary(quotes)).toEqual([
      { text: 'I want my dues back', kind: 'direct', speaker: 'Ines Dahl', cue: 'wrote' },
    ])
  })

  it.each([
    // A name in Title Case is what the pier is called, not what anyone said.
    'The pier (“The Old Lady,” locals call it) will close in May.',
    // A fragment in lower case is the speaker’s word for the plan, in the reporter’s sentence.
    'The plan drew fire from members (“a gift to the owners,” Mara Holt called it) at the meeting.',
    // With no verb of saying, the words in brackets are a slogan.
    'The slogan (“Keep the pier”) was on every wall of the harbour.',
  ])('takes no direct quote from other words in brackets: %j', (text) => {
    expect(quotesOf(text).some((quote) => quote.kind === 'direct')).toBe(false)
  })
})
