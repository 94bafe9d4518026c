import { describe, expect, it } from 'vitest'
import type { Quote, Speaker } from '../src/index.js'
import { html, quotesOf } from './quote-helpers.js'

/** The quotes of a passage as plain text and as HTML (a blank line parts paragraphs in both). */
function bothForms(text: string): Quote[][] {
  return [quotesOf(text), quotesOf(html(text.replaceAll('\n\n', '</p><p>')), 'html')]
}

/** Speaker name, speaker as written and cue of each direct quote, from plain text and from HTML. */
function directSpeakers(text: string): string[][] {
  return bothForms(text).map((quotes) =>
    quotes
      .filter((quote) => quote.kind === 'direct')
      .map((quote) => `${quote.speaker?.name ?? null} | ${quote.speakerText} | ${quote.cue}`),
  )
}

/** Checks that a passage, as text and as HTML, has one quote, by this speaker. */
function expectSpeaker(text: string, speaker: Speaker): void {
  for (const quotes of bothForms(text))
    expect(quotes.map((quote) => quote.speaker)).toEqual([speaker])
}

/** Checks that a passage, as text and as HTML, has one direct quote with this "name | written | cue". */
function expectDirectSpeaker(text: string, speaker: string): void {
  for (const found of directSpeakers(text)) expect(found).toEqual([speaker])
}

describe('a pronoun after a name whose first name tells no gender', () => {
  it.each([
    [
      'Jordan Blake runs the ferry office. "The crossing is safe," he claimed.',
      'Jordan Blake | he | claimed',
    ],
    [
      'Robin Hale took over the harbour trust in May. "We will not raise the fees," she said.',
      'Robin Hale | she | said',
    ],
    [
      'Kai Moss sat in the front row.\n\n"Nobody asked us," he told the council.',
      'Kai Moss | he | told',
    ],
    [
      'Casey Holt left the quay at noon. Jenny Marsh stayed. "It was a long day," he said.',
      'Casey Holt | he | said',
    ],
  ])('resolves to that name when no name of the pronoun’s gender is near: %j', expectDirectSpeaker)

  it.each([
    [
      'Donald Brenn met Jordan Blake at the quay. "The crossing is safe," he said.',
      'Donald Brenn | he | said',
    ],
    ['Jordan Blake flew to New York. "The crossing is safe," he said.', 'Jordan Blake | he | said'],
  ])('leaves it to a name of the pronoun’s gender, and never to a place: %j', expectDirectSpeaker)

  it('reaches no further back than the paragraph before', () => {
    const text =
      'Jordan Blake runs the ferry office.\n\nThe fares rose in May.\n\nThe quay was closed.\n\n"The crossing is safe," he said.'
    for (const found of directSpeakers(text)) expect(found).toEqual(['null | he | said'])
  })
})

describe('a name or title in quote marks after a naming word', () => {
  it.each([
    'A troupe is staging a play called "Los Hijos del Puerto," or "Sons of the Port," in the Kessel Theatre.',
    'The video, titled "Who Pays?", argues that the levy is too high.',
    'Brenn has a new book dubbed "Quay First!" by his publisher.',
    'The trust put out an ad named "Why Wait?", which warns that the quay will flood.',
    'The campaign, entitled "Enough Is Enough!", says the fares must fall.',
  ])('is no direct quote: %j', (text) => {
    for (const quotes of bothForms(text))
      expect(quotes.filter((quote) => quote.kind === 'direct')).toEqual([])
  })

  it.each([
    ['Mara Holt called, "We are coming."', 'Mara Holt | called'],
    ['The board named a new chair. "We are glad," Mara Holt said.', 'Mara Holt | said'],
  ])('leaves a statement said after such a word as it was: %j', (text, speaker) => {
    for (const found of directSpeakers(text))
      expect(found.map((line) => line.replace(/ \| [^|]+ \|/, ' |'))).toEqual([speaker])
  })
})

describe('a quote of several sentences with an attribution of its own after it', () => {
  it.each([
    ['Mara Holt told the board: "We tried. It failed," she said.', 'Mara Holt | she | said'],
    ['Mara Holt asked for the plan: "Send it now. We wait," she wrote.', 'Mara Holt | she | wrote'],
    [
      'Tomas Brenn warned the council on Monday: "The quay is old. It will flood," Brenn added.',
      'Tomas Brenn | Brenn | added',
    ],
  ])('takes the verb of that attribution as its cue: %j', expectDirectSpeaker)

  it.each([
    ['Mara Holt said: "We tried. It failed."', 'Mara Holt | Mara Holt | said'],
    ['Mara Holt told the board: "We tried. It failed," and left.', 'Mara Holt | Mara Holt | told'],
  ])('keeps the verb that leads to it when none follows: %j', expectDirectSpeaker)
})

describe('a name and the region it is from: the name speaks', () => {
  it.each([
    ['"The quay is too old," Mara Holt of Oregon said.', 'Mara Holt | Mara Holt | said'],
    [
      '"The quay is too old," said former Gov. Bill Dorn of New Mexico.',
      'Bill Dorn | former Gov. Bill Dorn of New Mexico | said',
    ],
    [
      '"The quay is too old," Representative Alan Dahl, Democrat of Ohio, told the council.',
      'Alan Dahl | Representative Alan Dahl | told',
    ],
    // ", Democrat of Oregon," is an aside between the name and its verb.
    [
      'Hurrying into a closed meeting of pilots, Senator Mara Holt, Democrat of Oregon, called over her shoulder, "The quay is too old."',
      'Mara Holt | Mara Holt | called',
    ],
    // ", R-Ore.," a party and a state, is an aside too.
    ['"The quay is too old," Sen. Mara Holt, R-Ore., said.', 'Mara Holt | Mara Holt | said'],
    [
      'Rep. Alan Dahl, D-N.M., told the council, "The quay is too old."',
      'Alan Dahl | Rep. Alan Dahl | told',
    ],
  ])('%s', expectDirectSpeaker)

  // "of" and a place that is no region, or a body: left as it was.
  it.each([['"The quay is too old," said the University of Oregon.', 'University of Oregon']])(
    'not a body named after a region: %s',
    (text, name) => {
      for (const speakers of directSpeakers(text)) expect(speakers[0]?.split(' | ')[0]).toBe(name)
    },
  )
})

describe('a relative pronoun after a name from a region stands for the name', () => {
  it('Senator Ruth Vance of Vermont, who opposed the bill, …', () => {
    const text = 'Senator Ruth Vance of Vermont, who opposed the bill, said the quay was too old.'
    for (const quotes of bothForms(text))
      expect(quotes.map((quote) => `${quote.speaker?.name} | ${quote.cue}`)).toEqual([
        'Ruth Vance | opposed',
        'Ruth Vance | said',
      ])
  })
})

describe('a speaker described after the verb, with a relative clause after the noun', () => {
  it.each([
    [
      '"The quay will not last," said a senior engineer who spoke on condition of anonymity.',
      'senior engineer | a senior engineer | said',
    ],
    [
      '"It was awful," said one of two pilots who saw the crash.',
      'one of two pilots | one of two pilots | said',
    ],
    ['"Meh," wrote a ferry fan who runs the harbour blog.', 'ferry fan | a ferry fan | wrote'],
  ])('%s', expectDirectSpeaker)
})

describe('a sentence that ends with a colon introduces the quote after it', () => {
  it.each([
    [
      'Ruth Vance ran the port for years. In a 1963 speech, she declared:\n\n"We will build the quay again."',
      'Ruth Vance | she | declared',
    ],
    [
      'In a letter this month, the harbour board wrote about its plan:\n\n"The quay will open in May."',
      'harbour board | the harbour board | wrote',
    ],
    [
      'Tomas Brenn spoke first.\n\nBrenn went on:\n\n"The ferries are late. The fares are high."',
      'Tomas Brenn | Brenn | went on',
    ],
  ])('%s', expectDirectSpeaker)
})

describe('"it" after a quote: a thing says it, written as "it", naming no one', () => {
  it.each([
    [
      'The harbour board ran an advert on Friday.\n\n"Fares will fall in May," it read.',
      'null | it | read',
    ],
    ['"We will appeal the fine," it said in a statement.', 'null | it | said'],
  ])('%s', expectDirectSpeaker)
})

describe('a title with "of" after the verb, then the name', () => {
  it.each([
    ['"The quay is too old," said Secretary of State Mara Holt.', 'Mara Holt'],
    ['"The quay is too old," said Secretary of State Ruth Vance on Tuesday.', 'Ruth Vance'],
  ])('%s', (text, name) => expectSpeaker(text, { name, role: 'Secretary of State' }))

  // A title whose last word a name finder could take for a first name.
  it.each([
    [
      '"The base stays open," said Secretary of Defense Alan Dahl.',
      'Alan Dahl',
      'Secretary of Defense',
    ],
    [
      '"The base stays open," said Minister of Justice Ruth Vance.',
      'Ruth Vance',
      'Minister of Justice',
    ],
  ])('the whole title is the role: %s', (text, name, role) => {
    for (const quotes of bothForms(text)) {
      expect(quotes.map((quote) => quote.speaker)).toEqual([{ name, role }])
      expect(quotes.map((quote) => quote.speakerText)).toEqual([name])
    }
  })
})

describe('someone’s aide or manager after the verb', () => {
  it.each([
    ['"We will not wait," said Holt’s aide, Tomas Brenn.', 'Tomas Brenn', 'Holt’s aide'],
    ['"We will not wait," said Mara Holt’s aide, Tomas Brenn.', 'Tomas Brenn', 'Mara Holt’s aide'],
    [
      '"The count is wrong," said Vance’s deputy campaign manager, Rich Odell, on Friday.',
      'Rich Odell',
      'Vance’s deputy campaign manager',
    ],
  ])('the name set off after it speaks, with it as the role: %s', (text, name, role) =>
    expectSpeaker(text, { name, role }),
  )

  it.each([
    ['"We will not wait," said Holt’s aide.', 'Holt’s aide | Holt’s aide | said'],
    [
      '"We will not wait," said Mara Holt’s spokesman.',
      'Mara Holt’s spokesman | Mara Holt’s spokesman | said',
    ],
  ])('without a name, the description speaks, not the owner: %s', expectDirectSpeaker)

  // Not an owner: a lowercase word with 's, and a name with 's before a verb.
  it.each([
    ['"We will not wait," he said, and it’s late.', 'null | he | said'],
    ['Mara Holt leads the board. "We will not wait," she said.', 'Mara Holt | she | said'],
  ])('%s', expectDirectSpeaker)
})

describe('a speaker described with a phrase of where they are from, before the verb', () => {
  it.each([
    [
      '"Fares will fall in May," a welcome message on the website reads.',
      'welcome message on the website | a welcome message on the website | reads',
    ],
    [
      '"Fares will fall," a voice-over in the ad states. "The quay will stay open."',
      'voice-over in the ad | a voice-over in the ad | states',
    ],
    [
      '"The quay is too old," one owner of a shop at the harbour told the council.',
      'one owner of a shop at the harbour | one owner of a shop at the harbour | told',
    ],
  ])('%s', expectDirectSpeaker)

  // "to" says where a thing went, not where someone is from; and the phrase ends in a noun.
  it.each([
    [
      'The harbour board wrote to the skippers. "Fares will fall," an email to supporters said.',
      'null | null | said',
    ],
    ['"Fares will fall," the rally and the crowd said.', 'null | null | said'],
  ])('not %s', expectDirectSpeaker)
})

describe('a speaker’s title of a house or a party’s whip', () => {
  it.each([
    ['"Fares will fall," said House Speaker Mara Holt.', 'Mara Holt', 'House Speaker'],
    [
      '"Fares will fall," Senate Minority Whip Ruth Vance said.',
      'Ruth Vance',
      'Senate Minority Whip',
    ],
    [
      '"Fares will fall," said Senate Minority Whip Ruth Vance (D-Ore.) in an interview.',
      'Ruth Vance',
      'Senate Minority Whip',
    ],
  ])('is the role, not part of the name: %s', (text, name, role) =>
    expectSpeaker(text, { name, role }),
  )
})

describe('a word in -ly after an article is a noun of the description', () => {
  it.each([
    [
      '"Fares will fall," a skipper at the rally said.',
      'skipper at the rally | a skipper at the rally | said',
    ],
    ['"Fares will fall," the mayor also said.', 'mayor | the mayor | said'],
  ])('%s', expectDirectSpeaker)
})

describe('a headline in Title Case gives no role to the capitalised words after a role word', () => {
  it('"Harbour Board Finally Backs Port Chief Mara Holt." names Mara Holt without that role', () => {
    expectSpeaker(
      'Harbour Board Finally Backs Port Chief Mara Holt.\n\nThe board met on Friday.\n\n"We are united," Holt said.',
      { name: 'Mara Holt', role: null },
    )
  })

  it('"Mayor Says Fares Will Fall In May." is no name with the role "Mayor"', () => {
    const text = 'Mayor Says Fares Will Fall In May.\n\nThe mayor spoke on Saturday.'
    for (const quotes of bothForms(text))
      for (const quote of quotes) expect(quote.speaker?.name).not.toMatch(/Says|Fall/)
  })

  // A prose paragraph keeps the role it gives.
  it.each([
    [
      'Port Chief Mara Holt opened the quay on Friday.\n\n"We are united," Holt said.',
      'Mara Holt | Holt | said',
    ],
  ])('%s', (text, expected) => {
    expectDirectSpeaker(text, expected)
    expect(quotesOf(text)[0]?.speaker?.role).toBe('Port Chief')
  })
})

describe('a participle after a source and verb that close the clause', () => {
  it.each([
    [
      'Mara Holt and Tomas Brenn will meet next week, Ruth Vance said, adding, "They need to sit down."',
      'Ruth Vance | Ruth Vance | adding',
    ],
    [
      'The ferry left as soon as the storm passed, the harbour master said, noting, "It was too early."',
      'harbour master | the harbour master | noting',
    ],
  ])('goes on from that source: %s', expectDirectSpeaker)

  // Without a verb of saying at the end of the clause, the clause's subject speaks.
  it.each([
    [
      'The port chief wrote to the council, adding, "The quay is closed."',
      'port chief | The port chief | adding',
    ],
  ])('%s', expectDirectSpeaker)
})
