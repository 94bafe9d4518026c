import { describe, expect, it } from 'vitest'
import { type Article, clean } from '../src/index.js'

/**
 * The kinds of junk scrapers drag into a story, each in several wordings
 * (made up here), in scraped text and in HTML: every one goes, and the
 * story around it stays.
 */

const before =
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, officials said in a statement on Tuesday.'
const after =
  'Fees stay frozen until 2026, and the north quay reopens in May after the repairs to the breakwater are finished, the council said on its website.'

/** The story as scraped text, with `lines` between its two paragraphs. */
const asText = (lines: string[]) =>
  clean(`Harbour Pact Signed\n${before}\n${lines.join('\n')}\n${after}\n`)

/** The story as an HTML page, with `blocks` between its two paragraphs. */
const asHtml = (blocks: string) =>
  clean(
    `<!doctype html><html><head><title>Harbour Pact Signed</title></head><body><article><h1>Harbour Pact Signed</h1><p>${before}</p>${blocks}<p>${after}</p></article></body></html>`,
  )

function expectGone(article: Article, junk: string[]): void {
  for (const line of junk) expect(article.text).not.toContain(line)
  expect(article.text).toContain(before)
  expect(article.text).toContain(after)
}

function expectKept(article: Article, story: string[]): void {
  for (const line of story) expect(article.text).toContain(line)
}

describe('photo credits as lines of their own', () => {
  const credits = [
    'Photo: Maria Lenz/Reuters',
    'Image credit: AP',
    'Jan Novak / AFP via Getty Images',
    '(Photo by Aiko Sato/Bloomberg)',
    'Photograph: Grace Okafor for The Morning Post',
    'Picture: Xinhua',
    'Credit: Pieter Brandt',
    'Leila Haddad/Shutterstock',
    'Illustration by Sam Hall',
    'Photo courtesy of the Lenz family',
    'Courtesy of NASA',
    'AP Photo/Evan Vucci',
    'Source: Getty Images',
    'Reuters/Lisa Ng',
    'Image via Wikimedia Commons',
    'File photo: AP',
    'Getty',
  ]
  it.each(credits)('removes %j, as text and as HTML', (credit) => {
    expectGone(asText([credit]), [credit])
    expectGone(asHtml(`<p>${credit}</p>`), [credit])
  })

  it('keeps sentences about photos and agencies', () => {
    const story = [
      'A photo by the harbour master was shared thousands of times.',
      'Reuters and AFP photographers lined the quay on Monday.',
      'Photos by the dozen were taken at the scene',
      'Courtesy of the council, the fleet got new berths',
      'Source: the harbour board',
    ]
    expectKept(asText(story), story)
    expectKept(asHtml(story.map((line) => `<p>${line}</p>`).join('')), story)
  })
})

describe('"related searches" lists of any topic', () => {
  const lists = [
    ['Best Hiking Boots', 'Cheap Flights To Lisbon'],
    ['Used Cars Under 5000', 'Dental Implants Cost', 'Pet Insurance Plans'],
    ['Related searches', 'Walk In Bathtubs', 'Senior Living Apartments', 'Kitchen Remodel Ideas'],
    ['Related searches', 'used cars near me', 'mortgage rates today', 'weather tomorrow'],
    ['People also search for', 'Gas Prices Near Me', 'Lakers Score', 'Best Credit Cards'],
    ['Trending searches', 'flights to rome', 'best laptops for students'],
    ['Searches related to harbour', 'harbour jobs', 'boat rental prices', 'fishing licence cost'],
  ]
  it.each(lists)('removes a list of %j…, as list items and as bare lines', (...items) => {
    const labelled = /search/i.test(items[0] as string)
    const entries = labelled ? items.slice(1) : items
    const label = labelled ? [items[0] as string] : []
    expectGone(asText([...label, ...entries.map((item) => `- ${item}`)]), items)
    expectGone(asText(items), items)
    const links = entries.map((item, index) => `<li><a href="/s/${index}">${item}</a></li>`)
    expectGone(
      asHtml(`${label.map((line) => `<p>${line}</p>`).join('')}<ul>${links.join('')}</ul>`),
      items,
    )
    expectGone(
      asHtml(entries.map((item, index) => `<p><a href="/s/${index}">${item}</a></p>`).join('')),
      entries,
    )
  })

  it('keeps the story paragraph after a labelled list, however short', () => {
    const short = 'The quay reopens in May, the council said.'
    const items = ['Related searches', 'used cars near me', 'weather tomorrow']
    for (const article of [
      clean(`Harbour Pact Signed\n${before}\n${items.join('\n')}\n${short}\n`),
      asHtml(
        `<p>${items[0]}</p><ul><li><a href="/a">${items[1]}</a></li><li><a href="/b">${items[2]}</a></li></ul><p>${short}</p>`,
      ),
    ]) {
      expect(article.text).toContain(short)
      expect(article.text).not.toContain(items[1])
    }
  })

  it('keeps lists of the story’s own words, and lists a sentence introduces', () => {
    const own = ['North Quay Berths', 'Fishing Cooperative Fees']
    expectKept(asText(own.map((item) => `- ${item}`)), own)
    const introduced = ['Best Hiking Boots', 'Cheap Flights To Lisbon']
    expectKept(
      asText(['The council listed two other items:', ...introduced.map((item) => `- ${item}`)]),
      introduced,
    )
    expectKept(asHtml(`<h2>Fishing Cooperative Fees</h2><p>${before}</p>`), [
      'Fishing Cooperative Fees',
    ])
  })
})

describe('calls to action in any wording', () => {
  const pleas = [
    'Download our app for the latest news and alerts.',
    'Support our journalism: become a member today.',
    'Click here to read more.',
    'Sign up for our newsletter to get the best stories in your inbox.',
    'Follow us on Facebook, Instagram and X.',
    'Share this article with your friends.',
    'Get the app',
    'Become a supporter and help keep independent reporting free for everyone.',
    'Like this story? Share it on social media.',
    'Never miss a story: turn on notifications.',
    'Enjoyed this article? Buy us a coffee.',
    'Join our mailing list for weekly updates.',
    'Get our top headlines sent straight to your inbox.',
    'Sign up for our morning briefing.',
    'For more news, visit our homepage.',
    'Support our newsroom — donate today.',
    'Got a story tip?',
    'Subscribe for just $1 a week.',
    'Please consider supporting our work.',
    'If you value our reporting, please donate.',
    'Want the latest news? Sign up below.',
    'Liked this? Tell a friend.',
  ]
  it.each(pleas)('removes %j, as text and as HTML', (plea) => {
    expectGone(asText([plea]), [plea])
    expectGone(asHtml(`<p>${plea}</p>`), [plea])
  })

  it('cuts the plea and keeps the story sentence before it in the same paragraph', () => {
    const article = asText([`The ferry resumes on Friday. ${pleas[0]}`])
    expect(article.text).toContain('The ferry resumes on Friday.')
    expect(article.text).not.toContain('Download our app')
  })

  it('keeps story sentences that start with the same verbs', () => {
    const story = [
      'Support our troops, the mayor said at the quay.',
      'Get the story straight before you publish, the editor warned.',
      'Like the other ferries, the new one is diesel-electric.',
      'Join us in the square on Saturday, the cooperative told its members.',
      'Follow the money, the auditors said.',
      'For the council, support for the new quay was never in doubt.',
      'Visitors to the harbour can read the plans in the town hall.',
      'Email inboxes at the port filled with complaints, the manager said.',
      'If you can, please give generously to the flood fund, the mayor said.',
      'Tell a friend about your worries, the counsellor advised.',
    ]
    expectKept(asText(story), story)
    expectKept(asHtml(story.map((line) => `<p>${line}</p>`).join('')), story)
  })
})

describe('trailing lines that are not a gallery', () => {
  it('keeps closing lines with a dash before words in lower case', () => {
    const closing = ['North quay - forty new moorings', 'South quay - a new fuel dock']
    expectKept(clean(`Harbour Pact Signed\n${before}\n${after}\n${closing.join('\n')}\n`), closing)
  })

  it('keeps closing lines in sentence case that share the story’s words', () => {
    const closing = [
      'Fees for the fishing cooperative stay frozen',
      'The north quay reopens after the breakwater repairs',
      'Ferry operators keep their berths at the harbour',
    ]
    expectKept(clean(`Harbour Pact Signed\n${before}\n${after}\n${closing.join('\n')}\n`), closing)
  })
})

describe('teaser lines with a label, in scraped text', () => {
  it('removes "RELATED: …" and "WATCH: …" lines and keeps a sentence after such a label', () => {
    const teasers = [
      'RELATED: Storm batters coast as thousands lose power',
      'WATCH: Mayor unveils new cycling plan',
    ]
    expectGone(asText(teasers), teasers)
    const sentence = 'Related: the council also voted on the ferry fares, which stay as they are.'
    expectKept(asText([sentence]), [sentence])
  })
})

describe('trailing headline galleries in sentence case', () => {
  it('removes three or more headlines about other stories, with no mark of a teaser', () => {
    const gallery = [
      'Teen hero saves neighbour from house fire',
      'Council approves budget after marathon meeting',
      'Local bakery wins national award',
    ]
    expectGone(clean(`Harbour Pact Signed\n${before}\n${after}\n${gallery.join('\n')}\n`), gallery)
    // Two such lines may be the story's own last words: they stay.
    expectKept(
      clean(`Harbour Pact Signed\n${before}\n${after}\n${gallery.slice(0, 2).join('\n')}\n`),
      gallery.slice(0, 2),
    )
  })
})

describe('trailing headline galleries', () => {
  it('removes headline-like lines about other stories, with or without a site name', () => {
    const gallery = [
      'Storm Leaves Thousands Without Power Across the Region | The Daily Ledger',
      'Markets slide as investors weigh rate outlook - Metro Herald',
      'Scientists Find Water Ice Near Lunar Pole',
    ]
    const dashed = [
      'Ferry strike ends after five days – Daily Post',
      'Rail fares to rise in January - City News',
    ]
    expectGone(clean(`Harbour Pact Signed\n${before}\n${after}\n${dashed.join('\n')}\n`), dashed)
    const text = clean(`Harbour Pact Signed\n${before}\n${after}\n${gallery.join('\n')}\n`)
    expectGone(text, gallery)
    const html = clean(
      `<html><body><article><h1>Harbour Pact Signed</h1><p>${before}</p><p>${after}</p>${gallery.map((line, index) => `<p><a href="/s/${index}">${line}</a></p>`).join('')}</article></body></html>`,
    )
    expectGone(html, gallery)
  })
})
