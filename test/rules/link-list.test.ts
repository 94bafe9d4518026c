import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

const story = [
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative and the ferry operators.',
  'Under the pact, the fishing fleet keeps its berths on the north quay while the ferries move to a new terminal on the south side of the harbour.',
  'Officials said the terminal would open next spring, and that dredging of the channel would begin in the autumn once permits are granted.',
].join('\n')
/** The end of the story, after a case: other prose than `story`, which a repeat would make a duplicate. */
const storyEnd =
  'The cooperative said its members would vote on the pact next week, and the ferry operators asked for a meeting with the council before the summer timetable.'

describe('link-list', () => {
  it('removes a list of short Title Case phrases unrelated to the story, in plain text', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n- Celebrity Net Worth Today\n- Best Pizza Near Me\n- Harbour Ferry Times\n- Cheap Flights Lisbon\n${story}`,
    )
    expect(removedBy(article, 'link-list')).toEqual([
      'Celebrity Net Worth Today\nBest Pizza Near Me\nHarbour Ferry Times\nCheap Flights Lisbon',
    ])
    expect(article.text).not.toContain('Best Pizza')
  })

  it('removes a related-links block with its label, in HTML', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h3>Elsewhere on the coast</h3><ul><li><a href="/a">Ferry fares to rise in June</a></li><li><a href="/b">Storm damages north quay</a></li><li><a href="/c">Fishing quotas cut again</a></li></ul>`,
      ),
    )
    expect(removedBy(article, 'link-list')).toEqual([
      'Elsewhere on the coast',
      'Ferry fares to rise in June\nStorm damages north quay\nFishing quotas cut again',
    ])
    expect(article.markdown).not.toContain('Elsewhere on the coast')
  })

  it('keeps a list introduced by the story, a list of sentences, and a short list', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The pact covers three areas:</p><ul><li>Berths</li><li>Fees</li><li>Dredging</li></ul><ul><li>The fleet keeps its berths on the north quay.</li><li>The ferries move to the south side.</li><li>Fees stay frozen until 2026.</li></ul><ul><li><a href="/a">Ferry fares</a></li><li><a href="/b">Storms</a></li></ul>`,
      ),
    )
    expect(removedBy(article, 'link-list')).toEqual([])
    for (const kept of ['Dredging', 'The ferries move to the south side.', 'Storms']) {
      expect(article.text).toContain(kept)
    }
  })

  it('removes a short list of Title Case links unrelated to the story, in HTML', () => {
    const lists = [
      '<ul><li><a href="/x">Best Pizza Near Me</a></li><li><a href="/y">Cheap Flights Lisbon</a></li></ul>',
      '<ul><li><a href="/x">Celebrity Net Worth Today</a> (12)</li><li><a href="/y">Used Cars Under 5000</a> (8)</li><li><a href="/z">Top Dating Apps</a> (31)</li></ul>',
    ]
    for (const list of lists) {
      const article = cleanHtml(page(`${storyParagraph}${list}${storyParagraph}`))
      expect(removedBy(article, 'link-list')).toHaveLength(1)
      expect(article.text).not.toMatch(/Pizza|Used Cars/)
    }
  })

  it('keeps a list of plain Title Case phrases in HTML: in markup, such a list is the story’s own', () => {
    const lists = [
      '<ul><li>Sleeping Bag</li><li>Camp Stove</li><li>Water Filter</li><li>Trail Map</li></ul>',
      '<ol><li>Morning Yoga</li><li>Cold Plunge</li><li>Evening Walks</li></ol>',
    ]
    for (const list of lists) {
      const article = cleanHtml(page(`${storyParagraph}${list}${storyParagraph}`))
      expect(removedBy(article, 'link-list')).toEqual([])
      expect(article.text).toMatch(/Camp Stove|Cold Plunge/)
    }
  })

  it('keeps a list of short phrases that belong to the story', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n- North Quay Berths\n- Ferry Terminal\n- Harbour Channel Dredging\n${story}`,
    )
    expect(removedBy(article, 'link-list')).toEqual([])
    expect(article.text).toContain('Ferry Terminal')
  })

  it('can be turned off', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n- Celebrity Net Worth Today\n- Best Pizza Near Me\n- Cheap Flights Lisbon\n${story}`,
      { rules: { 'link-list': false } },
    )
    expect(article.text).toContain('Best Pizza Near Me')
  })
})

describe('link-list: data lists', () => {
  it('keeps a list of quantities even when its words are capitalised', () => {
    const article = clean(
      `Schneewittchenkuchen\n${story}\n- 1 Pck. Vanillepuddingpulver\n- 350 g Zucker\n- 500 ml Milch\n- Frischhaltefolie\n${story}`,
    )
    expect(removedBy(article, 'link-list')).toEqual([])
    expect(article.text).toContain('350 g Zucker')
  })
})

describe('link-list: bare runs where some phrases share the story’s words', () => {
  // Each run has one or two phrases that happen to share words with the
  // story (harbour, ferry, terminal): a long story's vocabulary is wide.
  const runs = [
    [
      'Harbour Hotels Deals',
      'Celebrity Net Worth Today',
      'Used Cars Under 5000',
      'Senior Living Apartments',
    ],
    ['Ferry Terminal Parking Prices', 'Walk In Bathtubs', 'Dental Implants Cost'],
    [
      'Best Hiking Boots',
      'Harbour Ferry Timetable',
      'Online Nursing Degrees',
      'Pet Insurance Plans',
      'Small Business Loans',
    ],
  ]

  it.each(runs)(
    'removes a run of lines with a few related phrases among them, in plain text (%s …)',
    (...lines) => {
      const article = clean(`Harbour Pact Signed\n${story}\n${lines.join('\n')}\n${story}`)
      expect(removedBy(article, 'link-list').join('\n').split('\n')).toEqual(lines)
      for (const line of lines) expect(article.text).not.toContain(line)
    },
  )

  it.each(runs)('removes the same run as links in HTML (%s …)', (...lines) => {
    const links = lines.map((line, n) => `<p><a href="/s/${n}">${line}</a></p>`).join('')
    const article = cleanHtml(page(`${storyParagraph}${links}${storyParagraph}`))
    expect(removedBy(article, 'link-list').join('\n').split('\n')).toEqual(lines)
  })

  it('keeps a run where most phrases are the story’s, and two lines of which one is', () => {
    const mostly = clean(
      `Harbour Pact Signed\n${story}\nNorth Quay Berths\nFerry Terminal Opening\nCheap Flights Lisbon\nHarbour Channel Dredging\n${storyEnd}`,
    )
    expect(removedBy(mostly, 'link-list')).toEqual([])
    expect(mostly.text).toContain('Ferry Terminal Opening')
    const pair = clean(
      `Harbour Pact Signed\n${story}\nFerry Terminal Opening\nCheap Flights Lisbon\n${storyEnd}`,
    )
    expect(removedBy(pair, 'link-list')).toEqual([])
    expect(pair.text).toContain('Cheap Flights Lisbon')
  })

  it('keeps bare Title Case lines in HTML that are not links (subheadings, captions)', () => {
    const lines = runs[0] ?? []
    const article = cleanHtml(
      page(`${storyParagraph}${lines.map((line) => `<p>${line}</p>`).join('')}${storyParagraph}`),
    )
    expect(removedBy(article, 'link-list')).toEqual([])
  })
})

describe('link-list: search terms typed in lower case', () => {
  const lists = [
    ['cheap flights to lisbon', 'best hiking boots', 'used cars near me'],
    ['walk in bathtubs', 'dental implants cost'],
    [
      'senior living apartments',
      'online nursing degrees',
      'pet insurance plans',
      'small business loans',
    ],
  ]

  it.each(lists)('removes them as bare lines in plain text (%s …)', (...lines) => {
    const article = clean(`Harbour Pact Signed\n${story}\n${lines.join('\n')}\n${storyEnd}`)
    expect(removedBy(article, 'link-list').join('\n').split('\n')).toEqual(lines)
    expect(article.removed.find((removal) => removal.rule === 'link-list')?.reason).toBe(
      'lines of short lower-case phrases unrelated to the story',
    )
    for (const line of lines) expect(article.text).not.toContain(line)
    expect(article.text).toContain(storyEnd)
  })

  it.each(lists)('removes them as a list in plain text and as links in HTML (%s …)', (...lines) => {
    const text = clean(
      `Harbour Pact Signed\n${story}\n${lines.map((line) => `- ${line}`).join('\n')}\n${storyEnd}`,
    )
    expect(removedBy(text, 'link-list')).toEqual([lines.join('\n')])
    const items = lines.map((line, n) => `<li><a href="/q/${n}">${line}</a></li>`).join('')
    const html = cleanHtml(page(`${storyParagraph}<ul>${items}</ul>${storyParagraph}`))
    expect(removedBy(html, 'link-list')).toEqual([lines.join('\n')])
  })

  it('keeps lower-case lists that are the story’s: its own words, sentences, or plain items in HTML', () => {
    const related = clean(
      `Harbour Pact Signed\n${story}\n- north quay berths\n- ferry terminal\n- channel dredging\n${storyEnd}`,
    )
    expect(removedBy(related, 'link-list')).toEqual([])
    expect(related.text).toContain('channel dredging')
    const sentences = clean(
      `Harbour Pact Signed\n${story}\n- cheap flights went first.\n- used cars came next, they said.\n${storyEnd}`,
    )
    expect(removedBy(sentences, 'link-list')).toEqual([])
    const plain = cleanHtml(
      page(
        `${storyParagraph}<ul><li>sleeping bag</li><li>camp stove</li><li>water filter</li></ul>${storyParagraph}`,
      ),
    )
    expect(removedBy(plain, 'link-list')).toEqual([])
    expect(plain.text).toContain('camp stove')
  })

  it('names the case of the phrases, not of the label before them', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\nPeople also look for\ncheap flights to lisbon\nbest hiking boots\n${storyEnd}`,
    )
    expect(removedBy(article, 'link-list')).toEqual([
      'People also look for',
      'cheap flights to lisbon',
      'best hiking boots',
    ])
    expect(new Set(article.removed.map((removal) => removal.reason))).toEqual(
      new Set(['lines of short lower-case phrases unrelated to the story']),
    )
  })

  it('keeps a single lower-case line: one phrase is no list', () => {
    const article = clean(`Harbour Pact Signed\n${story}\ncheap flights to lisbon\n${storyEnd}`)
    expect(removedBy(article, 'link-list')).toEqual([])
    expect(article.text).toContain('cheap flights to lisbon')
  })
})
