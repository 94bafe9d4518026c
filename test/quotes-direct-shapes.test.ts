import { describe, expect, it } from 'vitest'
import { clean, type Quote } from '../src/index.js'

/** The quotes `clean()` finds in a made-up passage. */
function quotesOf(text: string): Quote[] {
  return clean(text, { format: 'text', publishedAt: '2025-03-13' }).quotes
}

/** Text, kind and speaker name of each quote. */
function summary(quotes: readonly Quote[]) {
  return quotes.map((quote) => ({
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
  }))
}

describe('a paragraph that is one quote of several sentences', () => {
  it.each([
    [
      '“The port deserves better,” Mara Holt said.\n\n“We waited ten years. Nobody came. Now we are done waiting.”',
      'Mara Holt',
      'The port deserves better, We waited ten years. Nobody came. Now we are done waiting.',
    ],
    [
      'Tomas Brenn was asked about the fares on Monday.\n\n“They are too low,” he told the council.\n\n"The ferry loses money on every crossing. That cannot go on."',
      'Tomas Brenn',
      'They are too low, The ferry loses money on every crossing. That cannot go on.',
    ],
  ])('goes on from the quote that ends the paragraph before: %j', (text, speaker, joined) => {
    expect(summary(quotesOf(text)).at(-1)).toEqual({ text: joined, kind: 'direct', speaker })
  })

  it.each([
    'The port needs leaders “who can stop the fighting,” Mara Holt said.\n\n“And that is why I am running. Nobody else will.”',
    'Mara Holt called the plan “a gift to the ferry owners.”\n\n“Nobody asked the people who live here.”',
  ])('takes the speaker of a partial quote that ends the paragraph before: %j', (text) => {
    expect(quotesOf(text).at(-1)).toMatchObject({
      kind: 'direct',
      speaker: { name: 'Mara Holt' },
      cue: null,
    })
  })

  it.each([
    ['Ms. Ortiz was blunt.\n\n“We are not going back. Not this year. Not ever.”', 'Ms. Ortiz'],
    ['Ines Dahl did not hesitate. “The bridge stays closed. It is not safe.”', 'Ines Dahl'],
    ['Then Mara Holt stood up. “We are not going back.”', 'Mara Holt'],
    ['When Tomas Brenn rose to speak, the hall went quiet.\n\n“The ferry stays.”', 'Tomas Brenn'],
  ])('gives it to the person the sentence before it opens with: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({
      kind: 'direct',
      speaker: { name: speaker },
      cue: null,
    })
  })

  it('does so in HTML, past the word that opens the sentence', () => {
    const [found] = clean(
      '<p>Then Tomas Brenn rose to speak.</p><blockquote><p>“The ferry stays.”</p></blockquote>',
      {
        format: 'html',
      },
    ).quotes
    expect(found).toMatchObject({ speaker: { name: 'Tomas Brenn' }, speakerText: 'Tomas Brenn' })
  })

  it('leaves it to no one when the sentence before opens with a word and a place', () => {
    const [found] = quotesOf('After Kessel voted, the board met in the hall. “We are done.”')
    expect(found).toMatchObject({ kind: 'direct', speaker: null })
  })

  it('does not go on from the paragraph before when words of the reporter lead to it', () => {
    const quotes = quotesOf(
      '“The fare is fair,” Tomas Brenn said.\n\nBack at the harbour, he went on with his old lines: “Ferries first! No new tolls. No new fees.”',
    )
    expect(quotes[0]?.text).toBe('The fare is fair')
    expect(quotes.some((quote) => quote.text.includes('The fare is fair No new'))).toBe(false)
  })

  it.each([
    'Ines Dahl runs the harbour and Tomas Brenn runs the ferry.\n\n“The ferry is late every day,” Dahl said.\n\n“The quay is too short,” Brenn notes.',
    'Ines Dahl runs the harbour and Tomas Brenn runs the ferry.\n\n“The ferry is late every day,” Dahl said.\n\n“The quay is too short,” Brenn muses.',
    '<p>Ines Dahl runs the harbour and Tomas Brenn runs the ferry.</p><p>“The ferry is late every day,” Dahl said.</p><blockquote><p>“The quay is too short,” Brenn notes.</p></blockquote>',
  ])(
    'does not go on from the paragraph before when words after its own comma attribute it: %j',
    (input) => {
      const format = input.startsWith('<') ? 'html' : 'text'
      expect(summary(clean(input, { format }).quotes)).toEqual([
        { text: 'The ferry is late every day', kind: 'direct', speaker: 'Ines Dahl' },
        { text: 'The quay is too short', kind: 'direct', speaker: 'Tomas Brenn' },
      ])
    },
  )

  it.each([
    [
      '“The ferry is late,” Tomas Brenn said.\n\n“The quay is too short, and the pilots know it.”',
      'The ferry is late, The quay is too short, and the pilots know it.',
    ],
    [
      '<p>“The ferry is late,” Tomas Brenn said.</p><p>“The quay is too short. We measured it.”</p>',
      'The ferry is late, The quay is too short. We measured it.',
    ],
  ])('still goes on from it when nothing follows its marks: %j', (input, said) => {
    const format = input.startsWith('<') ? 'html' : 'text'
    expect(summary(clean(input, { format }).quotes)).toEqual([
      { text: said, kind: 'direct', speaker: 'Tomas Brenn' },
    ])
  })

  it('does not take a pull quote that repeats the quote before as more of it', () => {
    const quotes = quotesOf(
      '“We were never asked. Nobody came to us,” Mara Holt said.\n\n“We were never asked. Nobody came to us.”',
    )
    expect(quotes[0]?.text).toBe('We were never asked. Nobody came to us')
  })
})

describe('a whole sentence in quote marks set off by a comma inside a reported clause', () => {
  it.each([
    [
      'Tomas Brenn wrote to his 20,000 followers, “It is time to close the port for good,” and shared a link to his page.',
      'It is time to close the port for good',
      'Tomas Brenn',
    ],
    [
      'On Twitter, Ines Dahl answered one of his posts by saying, “Seriously, just stop lying.”',
      'Seriously, just stop lying.',
      'Ines Dahl',
    ],
    [
      'Lena Kessler interrupted the meeting to announce, “And there goes the budget.”',
      'And there goes the budget.',
      'Lena Kessler',
    ],
    [
      'Ines Dahl had said earlier, “We’ll see,” when asked whether she would run again.',
      'We’ll see',
      'Ines Dahl',
    ],
    [
      'As the mayor spoke, the crowd chanted, “Close the gates!” as it had all week.',
      'Close the gates!',
      'crowd',
    ],
    [
      'Ines Dahl suggested the plan was unserious - “Again, we need to see the details,” she said - and left.',
      'Again, we need to see the details',
      'Ines Dahl',
    ],
    // The horizontal bar sets a phrase off as the other dashes do.
    [
      'Ines Dahl wrote to her followers ― “It is time to go home,” and shared a link.',
      'It is time to go home',
      'Ines Dahl',
    ],
    ['Tomas Brenn answered ―“Never again,” and sat down.', 'Never again', 'Tomas Brenn'],
  ])('is a direct quote, not the clause around it: %j', (text, said, speaker) => {
    expect(quotesOf(text)).toContainEqual(
      expect.objectContaining({
        text: said,
        kind: 'direct',
        speaker: expect.objectContaining({ name: expect.stringContaining(speaker) }),
      }),
    )
  })

  it.each([
    ['Tomas Brenn called the ferry plan “a total disgrace,” and left.', 'a total disgrace'],
    ['Ines Dahl said the fares were “far too low” for the crossing.', 'far too low'],
    ['Tomas Brenn called the plan ― “a total disgrace” ― and left.', 'a total disgrace'],
  ])('keeps a fragment inside the reporter’s clause partial: %j', (text, fragment) => {
    const found = quotesOf(text).find((quote) => quote.text.includes(fragment))
    expect(found?.kind).toBe('partial')
  })

  it('does not take a title set off by commas for a statement', () => {
    const quotes = quotesOf(
      'Tomas Brenn said his new book, “Harbour Lights Over The Northern Sea,” had sold well.',
    )
    expect(quotes.filter((quote) => quote.kind === 'direct')).toEqual([])
  })
})

describe('a whole quote after a colon that ends a clause with no verb of saying', () => {
  it.each([
    [
      'Tomas Brenn waved the crowd down, then leaned in and boomed: “Let us win in November.”',
      'Tomas Brenn',
    ],
    [
      'The harbour board was clear in its ruling: “No ferry may dock here after dark.”',
      'harbour board',
    ],
    ['Ines Dahl resisted:  "Mayors do not have the power to close a port on a whim."', 'Ines Dahl'],
  ])('is a direct quote of whoever opens the clause: %j', (text, speaker) => {
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ kind: 'direct', cue: ':' })
    expect(quotes[0]?.speaker?.name ?? null).toBe(speaker)
  })

  it.each([
    [
      'Tomas Brenn spoke on Monday. In a radio interview later that day, Brenn went even further: “If the port closes, the town dies.”',
      'Tomas Brenn',
    ],
    [
      'As the vote neared, the Harbour Board of Ellisport was firm in its ruling: “No ferry may dock here after dark.”',
      'Harbour Board of Ellisport',
    ],
  ])('gives it to the name the clause has for its subject: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({ kind: 'direct', speaker: { name: speaker } })
  })

  it.each([
    'Two words were painted on the banner: “Harbour Lights.”',
    'Three things matter to the council: “speed,” “price” and “trust.”',
  ])('leaves names and words the reporter lists alone: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
  })
})

describe('a short quote in capitals that its verb follows at once', () => {
  it.each([
    ['“Absolutely,” he said when a reporter asked him about the port.', 'Absolutely'],
    ['“Technicals,” Bob said. The militias they called were evasive.', 'Technicals'],
    ['The debate grew loud. “Quiet!” Tomas Brenn demanded.', 'Quiet!'],
    ['“GROWING PARTY,” she declared in a post after the vote.', 'GROWING PARTY'],
  ])('is said, not a name: %j', (text, said) => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ text: said, kind: 'direct' }))
  })

  it.each([
    'On the radio show “Harbour Hour,” Tomas Brenn said the fares would rise.',
    'Speaking on CBS’s “Face the Nation,” she said the port would stay open.',
    'The ad, entitled “Nuestra Historia,” features five families from the port.',
  ])('leaves a title that a preposition or noun leads to alone: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
  })
})

describe('a quote with no verb whose speaker the sentence after it names', () => {
  it.each([
    [
      'The vote was on Monday.\n\n“We are not going back.” Ms. Ortiz was blunt about the port.',
      'Ms. Ortiz',
    ],
    [
      'The fares rose again.\n\n“Nobody pays this much. Nobody.” Tomas Brenn shook his head.',
      'Tomas Brenn',
    ],
  ])('gives it to the name that sentence opens with: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({ kind: 'direct', speaker: { name: speaker } })
  })

  it.each([
    'The vote was on Monday.\n\n“We are not going back.”\n\nTomas Brenn shook his head.',
    'The vote was on Monday.\n\n“We are not going back.” She shook her head.',
  ])(
    'leaves it to no one when that sentence is in the next paragraph or opens with a pronoun: %j',
    (text) => {
      expect(quotesOf(text).find((quote) => quote.text.startsWith('We are'))?.speaker).toBeNull()
    },
  )
})

describe('a quote its attribution cuts in two', () => {
  it.each([
    [
      '“Many people are unsure this year,” Ines Dahl wrote in a letter to the council explaining why she would speak, “but most of them agree the port must stay open.”',
      'Many people are unsure this year, but most of them agree the port must stay open.',
      'Ines Dahl',
    ],
    [
      '"These men know how to use words," said Tomas Brenn, speaking of the harbour board, "and leave themselves room in what they promise."',
      'These men know how to use words, and leave themselves room in what they promise.',
      'Tomas Brenn',
    ],
    [
      '“What I believe,” the former minister Lena Kessler told the Harbour Gazette in 2012, noting the closures, “is that the only way out is through work.”',
      'What I believe, is that the only way out is through work.',
      'Lena Kessler',
    ],
  ])('is one quote however long the attribution is: %j', (text, said, speaker) => {
    const quotes = quotesOf(text)
    expect(quotes).toContainEqual(
      expect.objectContaining({
        text: said,
        kind: 'direct',
        speaker: expect.objectContaining({ name: speaker }),
      }),
    )
  })

  it.each([
    // A second quote set off with a capital is a statement of its own.
    '“The fares are fair,” Tomas Brenn said, adding later, “Nobody has complained.”',
    // A fragment the reporter's own clause leads to stays in that clause.
    '“The fares are fair,” Tomas Brenn said, but the board called them “far too low” for the crossing.',
    // A clause the second verb opens with "that" holds the words quoted in it.
    '“The fares are fair,” Tomas Brenn wrote, adding that if the board loses the vote again, “keeping the ferry would be a long shot.”',
  ])('leaves a second quote that does not go on with the first apart: %j', (text) => {
    const first = quotesOf(text).find((quote) => quote.text.startsWith('The fares are fair'))
    expect(first?.text).toBe('The fares are fair')
  })
})

describe('a quote between the verb that leads to it and a second verb that leads to another', () => {
  it.each([
    'Mara Holt stated, “The port would have been closed,” adding, “Nobody would have noticed.”',
    'On the radio, Mara Holt said: “The port would have been closed,” adding, “Nobody would have noticed.”',
    '<blockquote><p>Mara Holt wrote, “The port would have been closed,” adding later, “Nobody would have noticed.”</p></blockquote>',
    '<ul><li>Mara Holt declared: “The port would have been closed,” adding, “Nobody would have noticed.”</li></ul>',
  ])('is a statement of the first verb, and the second quote one of its own: %j', (input) => {
    const format = input.startsWith('<') ? 'html' : 'text'
    const quotes = clean(input, { format }).quotes
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['The port would have been closed', 'Mara Holt'],
      ['Nobody would have noticed.', 'Mara Holt'],
    ])
    expect(quotes[1]?.cue).toBe('adding')
    expect(quotes[0]?.cue).not.toBe('adding')
  })

  it.each([
    ['“The fares are fair,” Tomas Brenn said, adding later, “Nobody has complained.”', 'said'],
    ['Tomas Brenn said, “The fares are fair, and nobody has complained.”', 'said'],
    ['“The fares are fair,” Tomas Brenn told reporters, “and nobody has complained.”', 'told'],
  ])('keeps the verb after a quote no verb leads to: %j', (text, cue) => {
    expect(quotesOf(text)[0]?.cue).toBe(cue)
  })
})

describe('the text of a quote in several pieces', () => {
  it.each([
    [
      '“The quay is too short,” Mara Holt said. “We measured it twice.”',
      'The quay is too short, We measured it twice.',
    ],
    [
      '“We can wait,” said Tomas Brenn, the harbour master, “but not for long.”',
      'We can wait, but not for long.',
    ],
    [
      '“Nobody asked us; nobody came:” Ines Dahl wrote in her letter. “Now we decide.”',
      'Nobody asked us; nobody came: Now we decide.',
    ],
    ['“Fares rose,” she said.\n\n“Crossings fell.”', 'Fares rose, Crossings fell.'],
  ])('keeps the punctuation each piece has inside its marks: %j', (text, said) => {
    expect(quotesOf(text).find((quote) => quote.kind === 'direct')?.text).toBe(said)
  })

  it.each([
    [
      '<p>“The quay is too short,” Mara Holt said. “We measured it twice.”</p>',
      'The quay is too short, We measured it twice.',
    ],
    [
      '<blockquote><p>“We can wait,” said Tomas Brenn, “but not for long.”</p></blockquote>',
      'We can wait, but not for long.',
    ],
    ['<ul><li>“Fares rose,” she said. “Crossings fell.”</li></ul>', 'Fares rose, Crossings fell.'],
  ])('does so in HTML too: %j', (html, said) => {
    const { quotes } = clean(html, { format: 'html' })
    expect(quotes.find((quote) => quote.kind === 'direct')?.text).toBe(said)
  })

  it.each([
    ['“The quay is too short,” Mara Holt said.', 'The quay is too short'],
    ['“We can wait:” said Tomas Brenn.', 'We can wait'],
    ['<p>“Fares rose,” she said on Monday.</p>', 'Fares rose'],
  ])('leaves out the comma that hands a quote over to its attribution: %j', (input, said) => {
    const format = input.startsWith('<') ? 'html' : 'text'
    expect(clean(input, { format }).quotes[0]?.text).toBe(said)
  })
})

describe('a quote of several sentences with no verb after a statement and a reported clause', () => {
  it.each([
    [
      '"You are down to the people you can count," Bay Holt said, noting that the board did not lose a vote. "If you are not tough, you lose. To be tough is to be competent."',
      'You are down to the people you can count, If you are not tough, you lose. To be tough is to be competent.',
      'Bay Holt',
    ],
    [
      '“The ferry is late every day,” Tomas Brenn told reporters on Monday, adding that the pilots agreed. “Nobody can plan a week. Nobody can plan a day.”',
      'The ferry is late every day, Nobody can plan a week. Nobody can plan a day.',
      'Tomas Brenn',
    ],
    // The first quote runs over two sentences and ends in the sentence before.
    [
      '“Not yet. Not this year,” Tomas Brenn told reporters, adding that the pilots agreed. “Nobody can plan a week.”',
      'Not yet. Not this year, Nobody can plan a week.',
      'Tomas Brenn',
    ],
    [
      '“Everything. All of it is on the table,” Mara Holt told the board after hinting that “changes” could come. “Every single thing. I am looking carefully.”',
      'Everything. All of it is on the table, Every single thing. I am looking carefully.',
      'Mara Holt',
    ],
  ])('goes on from the quote of the sentence before it: %j', (text, said, speaker) => {
    const direct = quotesOf(text).filter((quote) => quote.kind === 'direct')
    expect(summary(direct)).toEqual([{ text: said, kind: 'direct', speaker }])
  })

  it('does so in HTML, in a paragraph and in a list item', () => {
    for (const html of [
      '<p>“Not yet. Not this year,” Ines Dahl said, noting that the board did not vote. “We will wait.”</p>',
      '<ul><li>“Not yet. Not this year,” Ines Dahl said, noting that the board did not vote. “We will wait.”</li></ul>',
    ]) {
      const direct = clean(html, { format: 'html' }).quotes.filter(
        (quote) => quote.kind === 'direct',
      )
      expect(summary(direct)).toEqual([
        { text: 'Not yet. Not this year, We will wait.', kind: 'direct', speaker: 'Ines Dahl' },
      ])
    }
  })

  it('does not go on from a quote of two sentences before it', () => {
    const quotes = quotesOf(
      '“Not yet. Not this year,” Tomas Brenn said. Ines Dahl said the pilots agreed. “Nobody can plan a week.”',
    )
    expect(quotes[0]?.text).toBe('Not yet. Not this year')
  })

  it('is a quote of its own when the sentence before holds no quote', () => {
    const quotes = quotesOf(
      'Tomas Brenn said the ferry was late, noting that the pilots agreed. “Nobody can plan a week. Nobody can plan a day.”',
    )
    expect(quotes.at(-1)).toMatchObject({
      text: 'Nobody can plan a week. Nobody can plan a day.',
      kind: 'direct',
      speaker: { name: 'Tomas Brenn' },
    })
  })
})

describe('a quote followed by a relative clause', () => {
  it.each([
    '“We could win Ellisport and Norham,” Tomas Brenn said. “And we have good chances all the way to Pellham,” which votes in June.',
    'Ines Dahl spoke first. “The harbour will reopen by the spring,” which is when the ferries return.',
  ])('does not take the relative pronoun for its speaker: %j', (text) => {
    expect(quotesOf(text).some((quote) => quote.speakerText === 'which')).toBe(false)
  })

  it('lets the quote go on from the quote before it', () => {
    const quotes = quotesOf(
      '“We could win Ellisport and Norham,” Tomas Brenn said. “And we have good chances all the way to Pellham,” which votes in June.',
    )
    expect(summary(quotes)).toEqual([
      {
        text: 'We could win Ellisport and Norham, And we have good chances all the way to Pellham',
        kind: 'direct',
        speaker: 'Tomas Brenn',
      },
    ])
  })

  it('still gives a quote to the subject of a short clause after it', () => {
    const quotes = quotesOf('“France will always be France,” an angry Hollande retaliated.')
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker: { name: 'Hollande' } })
  })
})

describe('a quote whose verb is followed by words around a quoted title', () => {
  it.each([
    [
      '“She just made it up,” he said of the claim during a call to the “Harbour Hour” show.',
      'She just made it up',
    ],
    [
      '“There was not one issue that drove me. There is today,” Ines Dahl admitted during an interview for the “Off Message” podcast, as the vote was wrapping up.',
      'There was not one issue that drove me. There is today',
    ],
    [
      '"We will not sell the port," Tomas Brenn told viewers of "Morning Tide" on Sunday.',
      'We will not sell the port',
    ],
  ])('is the statement, not the words after the verb: %j', (text, said) => {
    const quotes = quotesOf(text)
    expect(quotes).toContainEqual(expect.objectContaining({ text: said, kind: 'direct' }))
    expect(quotes).toHaveLength(1)
  })

  it.each([
    'Tomas Brenn said on the radio show “Harbour Hour” that the fares would rise.',
    'On “Morning Tide,” Ines Dahl said the port would stay open.',
  ])('leaves a title with no quote before the verb to the reported clause: %j', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.filter((quote) => quote.kind === 'direct')).toEqual([])
    expect(quotes.some((quote) => quote.kind === 'indirect')).toBe(true)
  })
})

describe('a title of short words or with linking words in lower case', () => {
  it.each([
    'Friday on the network’s “New Day,” Ines Dahl told the host she would run again.',
    'Tuesday on WTMJ’s “Midday with Ann Lee,” while discussing the ferry plan, Tomas Brenn said the fares would rise.',
    'In an interview with “The Hour with Mara Holt,” on June 3, Tomas Brenn went on with his attacks on the board.',
  ])('is a name, not a statement: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
  })

  it.each([
    ['Asked whether he would resign, Tomas Brenn said: “No.”', 'No.'],
    ['“No,” Ines Dahl said when asked about the fares.', 'No'],
    ['“Why not Ellisport?” Tomas Brenn asked the board.', 'Why not Ellisport?'],
    ['Asked whether he would fire the pilot, Tomas Brenn said, "Probably."', 'Probably.'],
    ['Asked about the fares, Ines Dahl answered: “Never.”', 'Never.'],
  ])('leaves a short answer or question said: %j', (text, said) => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ text: said, kind: 'direct' }))
  })

  it('takes a one-word answer its verb leads to in HTML too', () => {
    const quotes = clean('<ul><li>Asked about the fares, Ines Dahl answered: “Never.”</li></ul>', {
      format: 'html',
    }).quotes
    expect(quotes).toContainEqual(
      expect.objectContaining({
        text: 'Never.',
        kind: 'direct',
        speaker: expect.objectContaining({ name: 'Ines Dahl' }),
      }),
    )
  })

  it.each([
    'One of his recent reads, “This Kind of War,” by a Kessel author, drove the point home.',
    'Mara Holt said the ferry, “Kessel Star,” would sail again.',
  ])('leaves a title that a comma sets off a name: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
  })
})

describe('a long title run into the sentence', () => {
  it.each([
    '“It has happened,” she said, as Tomas Brenn recalled in his book “Harbour Lights: The Long Fight for the Soul of Kessel Port.”',
    'Tomas Brenn said on Monday in the film “A Harbour at Night: Notes From the Kessel Quay.”',
    'Ines Dahl told the story in the documentary “The Last Ferry Out of Kessel Harbour.”',
    'Tomas Brenn, who wrote “Ferry Tales: The New Harbour Fiction in Kessel,” said the genre was growing.',
  ])('is a name, not a statement: %j', (text) => {
    expect(
      quotesOf(text).some((quote) =>
        /Harbour Lights|Harbour at Night|Last Ferry|Ferry Tales/.test(quote.text),
      ),
    ).toBe(false)
  })

  it.each([
    [
      '<p>“We are done here,” Ines Dahl wrote in the editorial “The Port Is Not a Toy for the Board.”</p>',
      'We are done here',
    ],
    [
      '<blockquote><p>Mara Holt said it in her memoir “Harbour Lights: The Long Fight for Kessel.”</p></blockquote>',
      null,
    ],
  ])('is left out of the quote beside it in HTML: %j', (html, said) => {
    const direct = clean(html, { format: 'html' }).quotes.filter((quote) => quote.kind === 'direct')
    expect(direct.map((quote) => quote.text)).toEqual(said === null ? [] : [said])
  })

  it.each([
    ['The crowd chanted “Marco! Marco!,” as the senator walked in.', 'Marco! Marco!'],
    [
      'Mara Holt said, “The Port Will Stay Open Whatever the Board Says.”',
      'The Port Will Stay Open Whatever the Board Says.',
    ],
    ['Mara Holt shouted “We Will Not Go Back!” at the board.', 'We Will Not Go Back!'],
  ])(
    'leaves a quote in capitals said when a comma sets it off or it cries out: %j',
    (text, said) => {
      expect(quotesOf(text)).toContainEqual(expect.objectContaining({ text: said }))
    },
  )
})

describe('a quote after verbs joined by "and"', () => {
  it.each([
    [
      'Tomas Brenn spoke for an hour. He then put on a fake accent and joked, “I am just making it easier for them.”',
      'He',
      'Tomas Brenn',
    ],
    [
      'Ines Dahl left the stage, turned to the crowd and shouted, “We will be back!”',
      'Ines Dahl',
      'Ines Dahl',
    ],
  ])('is said by the subject the sentence opens with: %j', (text, written, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({
      kind: 'direct',
      speakerText: written,
      speaker: { name: speaker },
    })
  })

  it.each([
    ['The room went quiet and somebody shouted, “Shame!”', null],
    ['On Tuesday the room went quiet and somebody shouted, “Shame!”', null],
    ['Ines Dahl waved as Tomas Brenn shouted, “We will be back!”', 'Tomas Brenn'],
  ])('is not given to words that name no one, nor past a name by the verb: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)?.speaker?.name ?? null).toBe(speaker)
  })
})

describe('a quote a verb in -ing leads to after a comma', () => {
  it.each([
    [
      'Former harbour master Ann Lee recently urged voters to back Mara Holt, saying, “There is a special place for people who help each other.”',
      'Ann Lee',
    ],
    [
      'At the debate, Tomas Brenn compared himself to Ines Dahl, saying, “I do not take fees from the ferry owners.”',
      'Tomas Brenn',
    ],
    [
      'Ines Dahl seemed ready to joke about it in Norham, telling the crowd, “Some people get carried away.”',
      'Ines Dahl',
    ],
    [
      'On March 3, 2025, harbour master Ines Dahl closed the port, saying, “We cannot wait for the storm.”',
      'Ines Dahl',
    ],
  ])('is said by the subject of the clause it hangs on: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)).toMatchObject({ kind: 'direct', speaker: { name: speaker } })
  })

  it('is said by a pronoun subject that comes before the name', () => {
    const quote = quotesOf('After the vote, he thanked Ines Dahl, saying, “She did the work.”').at(
      -1,
    )
    expect(quote?.speakerText).toBe('he')
    expect(quote?.speaker?.name).not.toBe('Ines Dahl')
  })

  it.each([
    // The verb follows the quote's own attribution: the name by the first verb speaks.
    ['“The fares are fair,” Tomas Brenn said, adding, “Nobody has complained.”', 'Tomas Brenn'],
    // With no comma the verb is not a clause of its own ("heard Ann Lee saying").
    ['Tomas Brenn heard Ines Dahl saying “The port is closed” on the radio.', 'Ines Dahl'],
  ])('keeps the speaker the words by the verb name otherwise: %j', (text, speaker) => {
    expect(quotesOf(text).at(-1)?.speaker?.name).toBe(speaker)
  })
})

describe('a note in brackets in quote marks', () => {
  it.each([
    'Mara Holt said: “(CROSSTALK)”',
    '“[inaudible],” Tomas Brenn said.',
    'Ines Dahl told the crowd, “[Inaudible] … (Cheers)”',
    '“…(Laughter.)” Then Mara Holt went on.',
  ])('is no statement: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
  })

  it.each([
    '<p>Mara Holt said: “(CROSSTALK)”</p>',
    '<blockquote><p>“(Applause.)”</p></blockquote>',
    '<ul><li>Tomas Brenn: “[inaudible]”</li></ul>',
  ])('is no statement in HTML either: %j', (html) => {
    expect(
      clean(html, { format: 'html' }).quotes.filter((quote) => quote.kind === 'direct'),
    ).toEqual([])
  })

  it.each([
    [
      '“We will win this. (Applause.) We will,” Tomas Brenn said.',
      'We will win this. (Applause.) We will',
    ],
    ['“(Our) port is closed,” Tomas Brenn said.', '(Our) port is closed'],
    ['Mara Holt said: “(Sighs.) We tried.”', '(Sighs.) We tried.'],
    ['<p>Ines Dahl said, “[The board] never came.”</p>', '[The board] never came.'],
  ])('leaves a statement with words outside the brackets whole: %j', (input, said) => {
    const format = input.startsWith('<') ? 'html' : 'text'
    expect(clean(input, { format }).quotes).toContainEqual(
      expect.objectContaining({ text: said, kind: 'direct' }),
    )
  })
})

// One word in quote marks may be a term ("called it “reckless”"); after a
// verb of saying and a comma it is what was said, whatever stands first.
describe('an opening phrase before the speaker of a quoted sentence', () => {
  it.each([
    ['Minutes later, the clerk said, “Done.”', 'Done.'],
    ['Hours later, Ms. Ortiz said, “Approved.”', 'Approved.'],
    ['A week later, the senator replied, “Never.”', 'Never.'],
    ['Minutes later, the clerk sent an email saying, “Filed.”', 'Filed.'],
    ['Later that day, the mayor told reporters, “We are done here.”', 'We are done here.'],
  ])('leads to the quote and is no part of what was said: %j', (sentence, said) => {
    for (const article of [
      clean(`${sentence}\n`, { format: 'text' }),
      clean(`<html><body><article><p>${sentence}</p></article></body></html>`, {
        format: 'html',
      }),
    ]) {
      expect(article.quotes).toHaveLength(1)
      expect(article.quotes[0]).toMatchObject({ kind: 'direct', text: said })
    }
  })

  it.each([
    ['The economy, she said, “is weak.”', 'The economy “is weak.”'],
    ['The plan, the mayor said, “will never pass.”', 'The plan “will never pass.”'],
  ])('stays the subject of a quote that goes on from it: %j', (sentence, said) => {
    const [quote] = clean(`${sentence}\n`, { format: 'text' }).quotes
    expect(quote).toMatchObject({ kind: 'partial', text: said })
  })
})
