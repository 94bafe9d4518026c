import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('related-content', () => {
  it('removes named related boxes and labelled teaser runs in several languages', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="related-stories"><a href="/a">Ferry fares rise</a> <a href="/b">Storm hits quay</a></div>
        <h3>Weitere Artikel</h3><div><p><a href="/c">Hafen erhält neue Fähre</a></p><p><a href="/d">Fischer protestieren</a></p></div>
        <p><strong>À lire aussi :</strong></p><ul><li><a href="/e">Le port s’agrandit</a></li></ul>`,
      ),
    )
    expect(removedBy(article, 'related-content')).toEqual([
      'Ferry fares rise Storm hits quay',
      'Weitere Artikel',
      'Hafen erhält neue Fähre\nFischer protestieren',
      'À lire aussi :',
      'Le port s’agrandit',
    ])
    expect(article.text).toContain('The harbour authority signed the new pact')
  })

  it('keeps a real section whose heading reads like a label, and long prose in a named box', () => {
    const prose =
      '<p>Related talks with the ferry operators ended in a separate agreement on fares, which the council approved on Tuesday after a long debate about subsidies for island residents.</p>'
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2>Related agreements</h2>${prose}${prose}<div class="popular-science">${prose}${prose}</div>`,
      ),
    )
    expect(removedBy(article, 'related-content')).toEqual([])
    expect(article.text).toContain('Related agreements')
    expect(article.text).toContain('Related talks with the ferry operators')
  })
})

describe('related-content: teaser cards', () => {
  it('removes a list of cards whose headlines link to other pages, even as <article>s', () => {
    const card = (n: number) =>
      `<article class="card"><h3><a href="/story-${n}">Ferry story number ${n}</a></h3><p>A short blurb about ferry story ${n}.</p></article>`
    const article = cleanHtml(
      page(`${storyParagraph}<div class="grid">${card(1)}${card(2)}${card(3)}</div>`),
    )
    expect(removedBy(article, 'related-content')).toHaveLength(1)
    expect(article.text).not.toContain('Ferry story number')
  })

  it('keeps two parts of a story, each titled with a link to its page', () => {
    const part = (name: string) =>
      `<div class="pick"><h3><a href="/${name}">The ${name} kettle</a></h3><p>The ${name} boils a litre in two minutes and costs less to run each day than the rest.</p></div>`
    const article = cleanHtml(
      page(`${storyParagraph}<div class="picks">${part('steel')}${part('glass')}</div>`),
    )
    expect(removedBy(article, 'related-content')).toEqual([])
    expect(article.text).toContain('The glass boils a litre')
  })

  it('keeps sections whose headings are permalinks within the page', () => {
    const section = (n: number) =>
      `<h2><a href="#part-${n}">Part ${n} of the pact</a></h2><p>Under part ${n}, the fleet keeps its berths on the north quay while the ferries move south.</p>`
    const article = cleanHtml(page(`<div>${storyParagraph}${section(1)}${section(2)}</div>`))
    expect(removedBy(article, 'related-content')).toEqual([])
    expect(article.text).toContain('Part 2 of the pact')
  })
})

describe('related-content: a labelled run in plain text', () => {
  const story = [
    'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative and the ferry operators.',
    'Under the pact, the fishing fleet keeps its berths on the north quay while the ferries move to a new terminal on the south side of the harbour.',
  ].join('\n')
  const after =
    'Officials said the terminal would open next spring, and that dredging of the channel would begin in the autumn once permits are granted.'

  // The last phrase stands before prose, so reading the text makes it a heading.
  it.each([
    [
      'You may also like',
      ['Weekend Getaways Nearby', 'Luxury Watches For Men', 'Senior Living Apartments'],
    ],
    ['More to explore', ['Cheap Flights To Lisbon', 'Best Credit Cards 2024']],
    [
      'Recommended for you',
      [
        'Walk In Bathtubs',
        'Online Nursing Degrees',
        'Electric Bikes On Sale',
        'Pet Insurance Plans',
      ],
    ],
  ])('removes “%s” with every phrase after it, the last one too', (label, lines) => {
    const article = clean(`Harbour Pact Signed\n${story}\n${label}\n${lines.join('\n')}\n${after}`)
    expect(removedBy(article, 'related-content')).toEqual([label, ...lines])
    expect(article.text).toContain('Officials said the terminal would open')
  })

  it('keeps the heading of the story’s next part after the run', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\nYou may also like\nWeekend Getaways Nearby\nLuxury Watches For Men\nFerry Terminal Opening Plans\n${after}`,
    )
    expect(removedBy(article, 'related-content')).toEqual([
      'You may also like',
      'Weekend Getaways Nearby',
      'Luxury Watches For Men',
    ])
    expect(article.text).toContain('Ferry Terminal Opening Plans')
  })

  it('takes no heading into the run in HTML, where headings are the page’s own', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>You may also like</p><p><a href="/a">Weekend Getaways Nearby</a></p><p><a href="/b">Luxury Watches For Men</a></p><h2>Senior Living Apartments</h2>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'related-content')).toEqual([
      'You may also like',
      'Weekend Getaways Nearby',
      'Luxury Watches For Men',
    ])
    expect(article.text).toContain('Senior Living Apartments')
  })
})
