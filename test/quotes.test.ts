import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean, type Quote } from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/khamenei-red-line/input.txt', import.meta.url),
  'utf8',
)

/** The quote whose text starts with the given words. */
function quote(quotes: Quote[], start: string): Quote {
  return find(quotes, (text) => text.startsWith(start), `starting with ${JSON.stringify(start)}`)
}

/** The quote whose text holds the given words. */
function holding(quotes: Quote[], words: string): Quote {
  return find(quotes, (text) => text.includes(words), `holding ${JSON.stringify(words)}`)
}

function find(quotes: Quote[], test: (text: string) => boolean, what: string): Quote {
  const found = quotes.find((candidate) => test(candidate.text))
  if (!found) throw new Error(`No quote ${what} in ${JSON.stringify(quotes.map((q) => q.text))}`)
  return found
}

/** The words of the article each of a quote's quoted parts marks. */
function quotedWords(text: string, found: Quote): string[] {
  return found.quoted.map((range) => text.slice(range.start, range.end))
}

describe('quotes in the seed article', () => {
  const article = clean(seed, { publishedAt: '2025-02-10' })
  const undated = clean(seed)

  it('attributes the "unwise" statement to Ayatollah Ali Khamenei, stated, on 2025-02-07', () => {
    const found = holding(article.quotes, '"unwise')
    expect(found).toMatchObject({
      text: 'it would be "unwise."',
      kind: 'partial',
      speaker: { name: 'Ayatollah Ali Khamenei' },
      speakerText: 'he',
      cue: 'stated',
      date: { value: '2025-02-07', basis: 'explicit' },
    })
    expect(quotedWords(article.text, found)).toEqual(['unwise.'])
  })

  it('resolves "said on Friday" back to the Friday before publication', () => {
    expect(quote(article.quotes, 'there should not be negotiations')).toMatchObject({
      kind: 'indirect',
      speaker: { name: 'Ayatollah Ali Khamenei' },
      cue: 'said',
      date: { text: 'on Friday', value: '2025-02-07', basis: 'published' },
    })
    expect(quote(undated.quotes, 'there should not be negotiations').date).toMatchObject({
      value: null,
      precision: 'weekday',
    })
  })

  it('gives "he emphasized" to the last named speaker, by his fullest name', () => {
    expect(quote(article.quotes, 'We must understand this correctly')).toMatchObject({
      kind: 'direct',
      speaker: { name: 'Ayatollah Ali Khamenei' },
      cue: 'emphasized',
    })
  })

  it('gives the "irreparable damage" warning to Khamenei, with his role, and never a wrong date', () => {
    for (const result of [article, undated]) {
      const warning = holding(result.quotes, 'irreparable damage')
      expect(warning).toMatchObject({
        speaker: { name: 'Ayatollah Ali Khamenei', role: 'Iran’s Supreme Leader' },
        cue: 'warned',
      })
      expect(warning.date?.value ?? null).toBeNull()
    }
  })

  it('does not report terms in quote marks as statements, nor mark them as quoted', () => {
    const quoted = article.quotes.flatMap((candidate) => quotedWords(article.text, candidate))
    for (const term of ['Great Satan', 'Axis of Resistance', 'pretense']) {
      expect(article.quotes.some((candidate) => candidate.text === term)).toBe(false)
    }
    for (const term of ['Great Satan', 'Axis of Resistance']) {
      expect(quoted.some((words) => words.includes(term))).toBe(false)
    }
  })

  it('places every quote in the clean text', () => {
    expect(article.quotes.length).toBeGreaterThanOrEqual(6)
    const sectionIds = new Set(
      article.sections.flatMap((section) => [
        section.id,
        ...section.sections.map((child) => child.id),
      ]),
    )
    for (const candidate of article.quotes) {
      expect(article.text.slice(candidate.start, candidate.end)).toContain(
        candidate.text.split(' ')[0],
      )
      expect(sectionIds.has(candidate.sectionId)).toBe(true)
    }
  })
})

describe('quotes in hand-written paragraphs', () => {
  const published = '2025-03-12'
  const run = (text: string) => clean(text, { format: 'text', publishedAt: published }).quotes

  it('joins a quote split by its cue, with an inverted cue', () => {
    const [found] = run(
      '"The pact is signed," said Mara Holt, the harbour master. "Now the work begins."',
    )
    expect(found).toMatchObject({
      text: 'The pact is signed, Now the work begins.',
      kind: 'direct',
      speaker: { name: 'Mara Holt' },
      cue: 'said',
    })
  })

  it('lets organisations speak', () => {
    const [found] = run(
      'The ministry said on Tuesday that the ferry would resume service in April.',
    )
    expect(found).toMatchObject({
      kind: 'indirect',
      speaker: { name: 'ministry' },
      cue: 'said',
      date: { value: '2025-03-11' },
    })
  })

  it('resolves the future forward: "will meet on Friday"', () => {
    const [found] = run(
      'Tomas Brenn will tell the council on Friday that the plan is ready for a vote.',
    )
    expect(found).toMatchObject({ speaker: { name: 'Tomas Brenn' }, date: { value: '2025-03-14' } })
  })

  it('does not attribute scare quotes that no one says', () => {
    expect(run('The so-called "harbour tax" has been debated for years by the town.')).toEqual([])
  })
})

describe('quotes signed with a dash, and verbs in -ing', () => {
  const run = (text: string) => clean(text, { format: 'text', publishedAt: '2025-03-12' }).quotes

  it('reads a quote signed "― Name" as that person’s statement', () => {
    const [found] = run('“Maybe we can build a second ferry quay.” ― Steve Quinlan')
    expect(found).toMatchObject({
      kind: 'direct',
      speaker: { name: 'Steve Quinlan' },
      cue: '―',
      text: 'Maybe we can build a second ferry quay.',
    })
  })

  it.each([
    ['“The ferry is never on time.” ― Tomas Brenn', 'Tomas Brenn', '―'],
    ['“Fares went up again this spring.” — Mara Holt, Kessel', 'Mara Holt', '—'],
    ['“We deserve a vote on this.”\n\n― Adriana Rodarte', 'Adriana Rodarte', '―'],
    ['“We deserve a vote on this.”\n\n— Ines Dahl, 34, Kessel, Ohio', 'Ines Dahl', '—'],
    ['“Nobody asked the people who live here.”\n\n― Lena Kessler.', 'Lena Kessler', '―'],
  ])(
    'reads a post signed with a dash in its paragraph or on the line after it: %j',
    (text, name, dash) => {
      expect(run(text)).toEqual([
        expect.objectContaining({
          kind: 'direct',
          speaker: expect.objectContaining({ name }),
          cue: dash,
        }),
      ])
    },
  )

  it.each([
    [
      '<blockquote><p>“We deserve a vote on this.”</p><p>― Adriana Rodarte, Ohio</p></blockquote>',
      'Adriana Rodarte',
    ],
    [
      '<ul><li>“The ferry is never on time.” ― Tomas Brenn</li><li>“Fares went up.” — Mara Holt</li></ul>',
      'Tomas Brenn',
    ],
    ['<p>“Nobody asked the people who live here.”</p><p>― Lena Kessler</p>', 'Lena Kessler'],
  ])('does so in HTML: %j', (html, name) => {
    const [found] = clean(html, { format: 'html' }).quotes
    expect(found).toMatchObject({ kind: 'direct', speaker: { name } })
  })

  it.each([
    // A line that goes on as a sentence is no signature.
    '“We deserve a vote on this.”\n\n— Tomas Brenn was the first to sign the letter.',
    // A signature line after a paragraph that does not end with the quote signs nothing.
    '“We deserve a vote on this,” the letter said, and it went to the council.\n\n― Adriana Rodarte',
    // Nor does one after a paragraph with no quote.
    'The council met on Monday.\n\n― Adriana Rodarte',
  ])('leaves a quote unsigned when no dash and name sign it: %j', (text) => {
    expect(
      run(text).some((found) => found.speaker?.name === 'Adriana Rodarte' || found.cue === '—'),
    ).toBe(false)
  })

  it('keeps the speaker a quote has when a signature line follows', () => {
    const quotes = run('“We deserve a vote on this,” Mara Holt said.\n\n― Adriana Rodarte')
    expect(quotes).toEqual([
      expect.objectContaining({
        speaker: expect.objectContaining({ name: 'Mara Holt' }),
        cue: 'said',
      }),
    ])
  })

  it('knows verbs of saying in -ing forms', () => {
    const [found] = run('Mara Holt stood at the quay, asking, “Where do we go from here?”')
    expect(found).toMatchObject({ speaker: { name: 'Mara Holt' }, cue: 'asking' })
  })
})

describe('inverted cues with a surname alone', () => {
  it('reads "said Caddell" as the Pat Caddell named before', () => {
    const quotes = clean(
      'Longtime pollster Pat Caddell told the radio host on Thursday that health mattered.\n\n“One of the things I am surprised about is how much the health issue has affected this race,” said Caddell.',
      { format: 'text', publishedAt: '2016-09-16' },
    ).quotes
    const found = quotes.find((quote) => quote.text.startsWith('One of the things'))
    expect(found).toMatchObject({ kind: 'direct', speaker: { name: 'Pat Caddell' }, cue: 'said' })
  })
})

describe('quote marks and statements as news writes them', () => {
  const run = (text: string) => clean(text, { format: 'text', publishedAt: '2025-03-12' }).quotes

  it.each([
    'Rep. Mara Holt said in ‘08 that the vote was a surprise. “The voters’ mood has changed,” she said.',
    'Tomas Brenn said the ‘90s were different. “The skippers’ best years are gone,” he said.',
    '<p>Ines Dahl, who ran in ‘16, said the vote was close. “The voters’ choice was ours,” she said.</p>',
  ])('reads a mark before a year cut short as no quote: %j', (input) => {
    const format = input.startsWith('<') ? 'html' : 'text'
    const quotes = clean(input, { format }).quotes
    expect(quotes.filter((found) => found.kind === 'direct')).toHaveLength(1)
    expect(quotes.some((found) => found.kind === 'partial')).toBe(false)
  })

  it.each([
    ['Ines Dahl called it ‘12 hours of waiting’ on Monday.', '12 hours of waiting'],
    [
      '<p>Tomas Brenn said the ferry was ‘90 minutes late, again’ that day.</p>',
      '90 minutes late, again',
    ],
  ])(
    'still reads a quote that opens with two digits and closes in its sentence: %j',
    (input, said) => {
      const format = input.startsWith('<') ? 'html' : 'text'
      const [found] = clean(input, { format }).quotes
      expect(found?.quoted.length).toBe(1)
      expect(found?.text).toContain(said)
    },
  )

  it('closes a straight opening quote with a curly closing one', () => {
    const [found] = run('"The port has a huge backlog,” said Mara Holt, who runs the harbour.')
    expect(found).toMatchObject({
      text: 'The port has a huge backlog',
      kind: 'direct',
      speaker: { name: 'Mara Holt' },
    })
  })

  it.each([
    [
      'The mayor called the toll “a disgrace“ on Monday. “We will fight it,” Mara Holt said.',
      'a disgrace',
    ],
    [
      '“The quay is closed for good,“ Tomas Brenn said. He left before the vote. “Ask the board.”',
      'The quay is closed for good',
    ],
    [
      'Ines Dahl said the crews were “tired of waiting!“ She spoke after the “final“ vote.',
      'tired of waiting!',
    ],
  ])(
    'closes a quote at an opening mark written the wrong way round after a word: %j',
    (input, said) => {
      const quotes = run(input)
      const found = holding(quotes, said)
      expect(quotedWords(input, found)[0]).toBe(said)
      // The mark opens no new quote: nothing runs on over the text after it.
      expect(
        quotes.every(
          (other) => !other.text.includes(' on Monday') && !other.text.includes('He left'),
        ),
      ).toBe(true)
    },
  )

  it('still opens a quote at a mark after a space, closed or not', () => {
    const quotes = run('Ines Dahl wrote: “The ferry is late. “Again,” she added.')
    expect(quotes.map((found) => found.text).join(' | ')).toContain('Again')
  })

  it('reads past a stray quote mark that never closes', () => {
    const quotes = run(
      '"Crews worked through the night, chanting “One more hour!” as the tide rose.',
    )
    expect(quotes.map((quote) => quote.text)).toEqual(['One more hour!'])
  })

  it('starts a new statement at a second verb of saying', () => {
    const quotes = run(
      '“We cannot pay for this,” Tomas Brenn said, adding later, “The ferry costs us a fortune.”',
    )
    expect(quotes).toMatchObject([
      { text: 'We cannot pay for this', cue: 'said', speaker: { name: 'Tomas Brenn' } },
      { text: 'The ferry costs us a fortune.', cue: 'adding', speaker: { name: 'Tomas Brenn' } },
    ])
  })

  it('reports a clause with quoted fragments as one statement, the fragments marked', () => {
    const text = 'Mara Holt said the tax was “unfair” and the process “a farce from the start.”'
    const quotes = run(text)
    expect(quotes).toMatchObject([
      {
        text: 'the tax was “unfair” and the process “a farce from the start.”',
        kind: 'partial',
        speaker: { name: 'Mara Holt' },
      },
    ])
    expect(quotedWords(text, quotes[0] as Quote)).toEqual(['unfair', 'a farce from the start.'])
  })

  it('gives a whole quoted sentence after a partial quote to the same speaker, as more of it', () => {
    const quotes = run(
      'Mara Holt said the vote mattered because “most people never see the harbour books,” she said. “We want them open.”',
    )
    // The partial quote hands over to "she said", so the whole one goes on with it
    // (see quotes-direct-families); no statement runs on into "she said".
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({
      text: 'Mara Holt said the vote mattered because “most people never see the harbour books,” “We want them open.”',
      kind: 'partial',
      speaker: { name: 'Mara Holt' },
    })
  })
})

describe('speakers described rather than named', () => {
  const run = (text: string) => clean(text, { format: 'text', publishedAt: '2025-03-12' }).quotes

  it('looks past a party and state in brackets to the name', () => {
    const [found] = run('“The port deserves better,” Rep. Mara Holt (D-Maine) said on Tuesday.')
    expect(found).toMatchObject({
      speaker: { name: 'Mara Holt', role: 'Rep.' },
      date: { value: '2025-03-11' },
    })
  })

  it('takes "the mayor said" and "said the ruling" as their speakers', () => {
    expect(run('“We see no link to the storm,” the mayor said.')[0]?.speaker).toEqual({
      name: 'mayor',
      role: null,
    })
    expect(run('“The fee cannot stand,” said the ruling.')[0]?.speaker).toEqual({
      name: 'ruling',
      role: null,
    })
  })
})

describe('reported speech without "that"', () => {
  const run = (text: string) => clean(text, { format: 'text', publishedAt: '2025-03-12' }).quotes

  it('reads "said he would" and "told reporters it was" as reported speech', () => {
    expect(run('Tomas Brenn said on Monday he would not run again.')[0]).toMatchObject({
      text: 'he would not run again',
      kind: 'indirect',
      speaker: { name: 'Tomas Brenn' },
      date: { value: '2025-03-10' },
    })
    expect(run('Mara Holt told reporters it was too early to count the cost.')[0]).toMatchObject({
      text: 'it was too early to count the cost',
      cue: 'told',
    })
  })

  it('reads "said the plan was": a short subject and an auxiliary verb', () => {
    expect(run('Mara Holt said on Monday the ferry plan was dead.')[0]).toMatchObject({
      text: 'the ferry plan was dead',
      speaker: { name: 'Mara Holt' },
      date: { value: '2025-03-10' },
    })
  })

  it('reads "said households …" as a statement and "said a spokesman" as its source', () => {
    expect(run('Mara Holt said households in the valley paid the most.')).toMatchObject([
      { text: 'households in the valley paid the most', speaker: { name: 'Mara Holt' } },
    ])
    expect(run('“No comment,” said a spokesman for the ferry company on Monday.')[0]).toMatchObject(
      {
        kind: 'direct',
        text: 'No comment',
      },
    )
  })

  it('reads "according to" on either side of the statement', () => {
    expect(run('According to the ministry, the ferry will stop running in May.')[0]).toMatchObject({
      text: 'the ferry will stop running in May',
      speaker: { name: 'ministry' },
    })
    expect(run('The ferry will stop running in May, according to the ministry.')[0]).toMatchObject({
      text: 'The ferry will stop running in May',
      speaker: { name: 'ministry' },
    })
  })
})

describe('pronouns and the people named before them', () => {
  it('counts a surname in the possessive as a mention ("Holt’s plan")', () => {
    const [found] = clean(
      'Mara Holt ran the port for a decade. Ada Moreno took over in May. Holt’s plan still stands. “We will keep it,” she said.',
      { format: 'text' },
    ).quotes
    expect(found).toMatchObject({ text: 'We will keep it', speaker: { name: 'Mara Holt' } })
  })
})

describe('terms and short statements', () => {
  it('goes on with a quote of short Title Case sentences ("The Donald. Big Daddy.")', () => {
    const [found] = clean('“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”', {
      format: 'text',
    }).quotes
    expect(found?.text).toBe('Here comes Big Daddy, The Donald. Big Daddy.')
  })
})

describe('pieces of one statement', () => {
  it('keeps a quote apart from a later fragment when a whole clause stands between', () => {
    const quotes = clean(
      '“You winning?” she said, but Kevin was drifting off again as the mayor went on about “how the system is rigged.”',
      { format: 'text' },
    ).quotes
    expect(quotes.map((quote) => quote.text)).toEqual(['You winning?', 'how the system is rigged.'])
  })
})
