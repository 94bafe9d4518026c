import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

const prose = (topic: string) =>
  `<p>The ${topic} was approved on Monday after three years of talks, officials said, and work will begin in the spring, with the first phase finished by the end of next year.</p>`

const story = [
  prose('harbour pact'),
  prose('ferry terminal'),
  prose('dredging plan'),
  prose('berth fee freeze'),
].join('')

describe('main-content', () => {
  it('keeps the article container and drops unmarked boilerplate around it', () => {
    const article = clean(
      `<html><body><div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
      <div class="wrapper"><div class="left"><p>Short teaser</p><a href="/x">Storm closes bridge</a></div>
      <div class="story-text"><h1>Harbour pact</h1>${story}<ul><li>Berths stay on the north quay.</li><li>Fees are frozen.</li></ul><table><tr><th>Year</th><th>Fee</th></tr><tr><td>2024</td><td>12</td></tr></table></div>
      <div class="right"><div><a href="/a">Most read one</a></div><div><a href="/b">Most read two</a></div></div></div>
      <div class="bottom">Copyright 2024 The Coast Times. All rights reserved. Terms apply.</div></body></html>`,
    )
    const removed = removedBy(article, 'main-content').join('\n')
    for (const junk of ['Home', 'Short teaser']) {
      expect(removed).toContain(junk)
      expect(article.text).not.toContain(junk)
    }
    // The sidebar's link lines and the copyright line are taken by other rules; either way they go.
    expect(article.text).not.toContain('Most read one')
    expect(article.text).not.toContain('Copyright 2024')
    for (const kept of [
      'harbour pact was approved',
      'berth fee freeze',
      'Fees are frozen.',
      '2024\t12',
    ]) {
      expect(article.text).toContain(kept)
    }
  })

  it('keeps a lead paragraph standing beside the best container', () => {
    const article = clean(
      `<html><body><div><p class="lead">The harbour authority and the fishing cooperative signed a pact on Monday that ends three years of talks.</p><div class="body">${story}</div></div><div class="side"><a href="/a">Other news</a></div></body></html>`,
    )
    expect(article.text).toContain('signed a pact on Monday that ends three years')
    expect(article.text).not.toContain('Other news')
  })

  it('never keeps one cell of a data table and removes the rest', () => {
    const article = clean(
      `<html><body><table><tr><th>Tip</th><th>Cost</th></tr><tr><td>${prose('harbour tour')}</td><td>40 euros</td></tr></table><div class="side"><a href="/a">Other news</a></div></body></html>`,
    )
    for (const kept of ['Tip\tCost', 'harbour tour was approved', '40 euros']) {
      expect(article.text).toContain(kept)
    }
    expect(removedBy(article, 'main-content')).toEqual(['Other news'])
  })

  it('leaves plain text and single-container pages whole', () => {
    const text = clean(
      `Harbour Pact\n${'The harbour pact was approved on Monday after three years of talks, officials said.\n'.repeat(4)}`,
    )
    expect(removedBy(text, 'main-content')).toEqual([])
    const fragment = clean(story)
    expect(removedBy(fragment, 'main-content')).toEqual([])
  })

  it('keeps the whole page, with a warning, when the best container holds almost none of the text', () => {
    const sidebar = `<div class="links">${'<a href="/x">A long list of links that goes on and on</a> '.repeat(60)}</div>`
    const article = clean(
      `<html><body>${sidebar}<div><p>One short paragraph of prose, alone here.</p></div></body></html>`,
    )
    expect(removedBy(article, 'main-content')).toEqual([])
    expect(article.warnings).toEqual([
      {
        rule: 'main-content',
        message: expect.stringMatching(
          /^Kept the whole page: the best container holds only \d+ of \d+ non-space characters$/,
        ),
      },
    ])
    expect(article.text).toContain('A long list of links')
  })
})

describe('main-content: the page as the other rules left it', () => {
  const menu = `<nav>${'<a href="/x">A section of the site with a long name</a> '.repeat(400)}</nav>`
  const page = (chrome: string) =>
    `<html><body><div class="shell"><div class="top"><p>Harbour Times</p>${chrome}</div><div class="story">${story}</div><div class="side"><a href="/a">Other news</a></div></div></body></html>`

  it('does not count text that rules removed before it', () => {
    const article = clean(page(menu))
    expect(removedBy(article, 'page-chrome').join('')).toContain('A section of the site')
    expect(article.warnings).toEqual([])
    expect(removedBy(article, 'main-content')).toContain('Other news')
  })

  it('does not count sentences that rules cut from paragraphs', () => {
    const pleas = `<p>The harbour office opens at nine. ${'Share this article with your friends. '.repeat(400)}</p>`
    const article = clean(page(pleas), { rules: { 'page-chrome': false } })
    expect(article.text).not.toContain('Share this article')
    expect(article.warnings).toEqual([])
    expect(removedBy(article, 'main-content')).toContain('Other news')
  })
})

describe('main-content: what follows the story inside its container', () => {
  const bio =
    '<div class="about-writer"><p>Jane Roe has written about the harbour, its ferries and its fishing fleet for the paper since 2009, and before that for the radio.</p></div>'
  const teasers =
    '<div class="next-up"><h3>More from the coast</h3><div><p>A new lighthouse keeper starts work on the island this week after a long search by the trust.</p></div></div>'

  it('drops an author box and teasers after the body, inside the story’s <article>', () => {
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><article><h1>Harbour pact</h1><p class="standfirst">Three years of talks are over.</p><div class="body">${story}</div>${bio}${teasers}</article></body></html>`,
    )
    const removed = removedBy(article, 'main-content').join('\n')
    for (const junk of ['Jane Roe has written', 'More from the coast', 'lighthouse keeper']) {
      expect(removed).toContain(junk)
      expect(article.text).not.toContain(junk)
    }
    expect(article.removed.map((removal) => removal.reason)).toContain(
      'after the story, inside its container',
    )
    // What stands before the body — the title and the standfirst — stays.
    expect(article.text).toContain('Three years of talks are over.')
    expect(article.text).toContain('berth fee freeze')
  })

  it('keeps the later parts of a story split into blocks, with their headings', () => {
    const part = (topic: string) =>
      `<div class="part">${prose(topic)}${prose(`${topic} budget`)}</div>`
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><main><div class="body">${story}</div><h2>What comes next</h2>${part('quay extension')}${part('ferry timetable')}</main></body></html>`,
    )
    for (const kept of [
      'What comes next',
      'quay extension budget',
      'ferry timetable was approved',
    ]) {
      expect(article.text).toContain(kept)
    }
    expect(removedBy(article, 'main-content')).toEqual(['Other'])
  })
  it('keeps a heading in a wrapper of its own over a later part, and drops one over a box', () => {
    const part = (topic: string) =>
      `<div class="part">${prose(topic)}${prose(`${topic} budget`)}</div>`
    const titled = (heading: string) => `<div class="title"><h2>${heading}</h2></div>`
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><main><div class="body">${story}</div>${titled('What comes next')}${part('quay extension')}${titled('More from the coast')}${bio}</main></body></html>`,
    )
    expect(article.text).toContain('What comes next')
    expect(article.text).toContain('quay extension budget')
    const removed = removedBy(article, 'main-content').join('\n')
    expect(removed).toContain('More from the coast')
    expect(removed).toContain('Jane Roe has written')
  })
  const longStory = [
    'harbour pact',
    'ferry terminal',
    'dredging plan',
    'berth fee freeze',
    'quay extension',
    'fish market',
    'night ferry',
    'pilot boat',
    'breakwater repair',
    'harbour school',
    'tide gauge',
    'crane lease',
  ]
    .map(prose)
    .join('')

  it.each([
    [
      'a company blurb',
      '<div class="about-us"><p>The Coast Times is an independent paper owned by its readers, reporting on the harbour towns of the north coast since 1921, in print every morning and online all day.</p></div>',
      'owned by its readers',
    ],
    [
      'a "why choose us" panel',
      '<section><p>Why choose Harbour Tours? Our skippers know every rock of the bay, and every trip ends with fresh fish on the quay, whatever the weather, and a warm drink on the way home.</p></section>',
      'Our skippers know every rock',
    ],
  ])('drops %s of prose after a long story, beside its container', (_, box, junk) => {
    const article = clean(
      `<html><body><div class="page"><div class="story-body">${longStory}</div>${box}</div><div class="side"><a href="/x">Other</a></div></body></html>`,
    )
    expect(removedBy(article, 'main-content').join('\n')).toContain(junk)
    expect(article.text).not.toContain(junk)
    expect(article.text).toContain('crane lease was approved')
  })

  it('drops a short box of prose after a long story inside its <article>', () => {
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><article><h1>Harbour pact</h1><div class="body">${longStory}</div><div><p>Disclaimer: the views in this piece are the writer's own and do not reflect those of the harbour trust, its board or its staff, past or present, nor of this paper.</p></div></article></body></html>`,
    )
    expect(removedBy(article, 'main-content').join('\n')).toContain('Disclaimer: the views')
    expect(article.text).toContain('crane lease was approved')
  })

  it('keeps a closing block of prose of a size with the story after it', () => {
    const article = clean(
      `<html><body><div class="page"><div class="story-body">${story}</div><div class="coda">${prose('quay extension')}${prose('fish market')}${prose('night ferry')}</div></div><div class="side"><a href="/x">Other</a></div></body></html>`,
    )
    expect(article.text).toContain('quay extension was approved')
    expect(article.text).toContain('night ferry was approved')
    expect(article.text).toContain('berth fee freeze')
  })
})

describe('main-content: lists of prose beside the story', () => {
  const items = (topics: readonly string[]) =>
    topics
      .map((topic) => `<li>The ${topic} stays as it is until the new quay opens next year.</li>`)
      .join('')
  // As much text as half the story's or more: a smaller block after it is a box.
  const points = [
    'ferry fare',
    'night service',
    'school run',
    'cargo slot',
    'fuel levy',
    'pilot fee',
    'berth rota',
    'crane lease',
    'market day',
    'harbour toll',
  ]
  const page = (after: string) =>
    `<html><body><div class="page"><div class="story-body">${story}</div>${after}</div><div class="side"><a href="/x">Other</a></div></body></html>`

  it.each([
    [
      'a block of a short paragraph and a list of points',
      `<div class="box"><h3>What changes</h3><p>Most of it stays.</p><ul>${items(points)}</ul></div>`,
    ],
    ['a numbered list of steps', `<ol>${items(points)}</ol>`],
    [
      'points under a heading, each a list of its own',
      `<section>${points.map((point) => `<ul>${items([point])}</ul>`).join('')}</section>`,
    ],
  ])('keeps %s after the story', (_, after) => {
    const article = clean(page(after))
    expect(article.text).toContain('The ferry fare stays as it is')
    expect(article.text).toContain('The harbour toll stays as it is')
    expect(article.text).toContain('berth fee freeze')
    expect(removedBy(article, 'main-content')).toEqual(['Other'])
  })

  it('keeps a block of points after the body inside the story’s <article>', () => {
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><article><div class="body">${story}</div><div class="box"><p>Most of it stays.</p><ul>${items(points)}</ul></div></article></body></html>`,
    )
    expect(article.text).toContain('The ferry fare stays as it is')
    expect(article.text).toContain('The harbour toll stays as it is')
    expect(removedBy(article, 'main-content')).toEqual(['Other'])
  })

  it('still drops a widget of labels and buttons after the story, however long', () => {
    const fields = points
      .map(
        (point) =>
          `<div><label>Your view on the ${point} and what it costs you each week</label></div>`,
      )
      .join('')
    const article = clean(page(`<div class="box"><p>Tell us what you think.</p>${fields}</div>`))
    expect(removedBy(article, 'main-content').join('\n')).toContain('Your view on the ferry fare')
    expect(article.text).not.toContain('Your view on the')
    expect(article.text).toContain('berth fee freeze')
  })

  it('still drops a list of links after the story', () => {
    const links = points
      .map(
        (point) =>
          `<li><a href="/${point.replace(' ', '-')}">Why the ${point} went up again this spring</a></li>`,
      )
      .join('')
    const article = clean(page(`<ul>${links}</ul>`))
    expect(article.text).not.toContain('Why the ferry fare went up')
    expect(article.text).toContain('berth fee freeze')
  })
})

describe('main-content: text written straight into the page beside the story’s blocks', () => {
  const more = [prose('quay extension'), prose('fish market'), prose('night ferry')].join('')
  const bare =
    'The harbour master said the first boats would use the new berth in May, once the dredging is done.'
  const page = (between: string, elsewhere: string) =>
    `<html><body><div class="nav"><a href="/">Home</a> <a href="/n">News</a></div><div class="story">${story}</div>${between}<div class="story">${more}</div><div class="wrap"><div class="side"><a href="/y">Also</a></div>${elsewhere}</div></body></html>`

  it('keeps a sentence of the story that no paragraph holds, between its blocks', () => {
    const article = clean(page(bare, ''))
    expect(article.text).toContain(bare)
    expect(article.text).toContain('night ferry was approved')
    expect(removedBy(article, 'main-content').join('\n')).not.toContain('harbour master')
  })

  it('drops a few loose words there, and loose text outside the story’s container', () => {
    const article = clean(
      page(
        'Share this',
        'Sign up for our morning letter with the news of the harbour towns, sent every day.',
      ),
    )
    const removed = removedBy(article, 'main-content').join('\n')
    expect(removed).toContain('Share this')
    expect(removed).toContain('Sign up for our morning letter')
    expect(article.text).not.toContain('Share this')
    expect(article.text).not.toContain('Sign up')
  })
})

describe('main-content: a box of prose made unlike the story, after it', () => {
  const page = (after: string) =>
    `<html><body><div class="side"><a href="/x">Other</a></div><article><h1>Harbour pact</h1><div class="story-body entry">${story}</div>${after}</article></body></html>`

  it.each([
    [
      'republishing terms',
      '<div class="republish-panel"><h3>Republish this story</h3><p>You may republish our stories for free, online or in print, under a Creative Commons licence, as long as you credit the writer and link back to us.</p></div>',
      'You may republish our stories',
    ],
    [
      'questions about the service',
      '<section class="faq"><h2>Have any questions?</h2><p>How soon can I book a berth? Most berths can be booked a week ahead through the office, and longer stays need a signed form, a deposit and a copy of the insurance.</p></section>',
      'How soon can I book a berth?',
    ],
    [
      'a newsletter blurb written as prose',
      '<div class="weekly-pick"><p>Every Friday our editors pick the week’s best stories from the harbour towns and send them to more than twenty thousand readers, with a crossword and the tide tables for the weekend.</p></div>',
      'Every Friday our editors pick',
    ],
  ])('drops %s standing alone after the story', (_, box, junk) => {
    const article = clean(page(box))
    expect(removedBy(article, 'main-content').join('\n')).toContain(junk)
    expect(article.text).not.toContain(junk)
    expect(article.text).toContain('berth fee freeze was approved')
  })

  it('drops such a box after the story’s container too, beside it', () => {
    const article = clean(
      `<html><body><div class="page"><div class="story-body">${story}</div><div class="house-note"><p>The Coast Times is owned by its readers and has reported on the harbour towns since 1921; our reporters live in the towns they cover, and every story we print is read by two editors before it goes out.</p></div></div><div class="side"><a href="/x">Other</a></div></body></html>`,
    )
    expect(removedBy(article, 'main-content').join('\n')).toContain('owned by its readers')
    expect(article.text).not.toContain('owned by its readers')
    expect(article.text).toContain('berth fee freeze was approved')
  })

  it('keeps a block made like the story part before it, however short', () => {
    const article = clean(page(`<div class="story-body entry">${prose('quay extension')}</div>`))
    expect(article.text).toContain('quay extension was approved')
  })

  it('keeps the story running on in three blocks made unlike the first', () => {
    const article = clean(
      page(
        ['quay extension', 'fish market', 'night ferry']
          .map((topic, index) => `<div class="part-${index}">${prose(topic)}</div>`)
          .join(''),
      ),
    )
    for (const topic of ['quay extension', 'fish market', 'night ferry']) {
      expect(article.text).toContain(`${topic} was approved`)
    }
  })

  it('keeps a quotation after the story', () => {
    const article = clean(
      page(
        '<blockquote class="pull"><p>“We waited three years for this, and the town will feel it by the summer,” the harbour master said after the vote.</p></blockquote>',
      ),
    )
    expect(article.text).toContain('We waited three years for this')
  })
})

describe('main-content: a block named as what stands around the story, after it', () => {
  const page = (after: string) =>
    `<html><body><div class="side"><a href="/x">Other</a></div><article><h1>Harbour pact</h1><div class="wrap"><div class="story-body">${story}</div>${after}</div></article></body></html>`
  const aside = ['quay extension', 'fish market', 'night ferry'].map(prose).join('')

  it.each([
    ['a sidebar', `<div class="sidebar">${aside}</div>`],
    ['recommended reading', `<section class="recommend-box">${aside}</section>`],
    ['related posts', `<div class="related-posts">${aside}</div>`],
  ])('drops %s holding as much prose as a part of the story', (_, after) => {
    const article = clean(page(after))
    expect(removedBy(article, 'main-content').join('\n')).toContain('night ferry was approved')
    expect(article.text).not.toContain('quay extension was approved')
    expect(article.text).toContain('berth fee freeze was approved')
  })

  it('keeps a block whose only such name is the wrapper name the story part has too', () => {
    const article = clean(
      `<html><body><div class="side"><a href="/x">Other</a></div><article><h1>Harbour pact</h1><div class="wrap"><div class="module module-widget"><div class="story-body">${story}</div></div><div class="module module-widget"><div class="questions">${aside}</div></div></div></article></body></html>`,
    )
    expect(article.text).toContain('night ferry was approved')
    expect(article.text).toContain('berth fee freeze was approved')
  })

  it('keeps a block named as the story too', () => {
    const article = clean(page(`<div class="post-content sidebar-layout">${aside}</div>`))
    expect(article.text).toContain('night ferry was approved')
  })

  it('keeps a block of prose with a plain name', () => {
    const article = clean(page(`<div class="more">${aside}</div>`))
    expect(article.text).toContain('night ferry was approved')
  })
})

describe('main-content: a larger body of prose elsewhere on the page', () => {
  // Comma-rich paragraphs score high, as Readability's scoring counts commas.
  const notice = (what: string) =>
    `<p>Dear readers, dear friends, ${what}, we thank you, sincerely, for visiting, for reading, for sharing, and for writing to us, again and again, every week, every month, all year.</p>`
  const noticeBox = `<div class="box">${notice('welcome back')}${notice('your browser is old')}</div>`
  // Plain sentences, no commas: each paragraph scores little.
  const plain = (topic: string) =>
    `<p>The ${topic} opened on Monday after three years of building work in the old docks. The first boats are expected there before the end of next month.</p>`
  const plainStory = (wrapper: string) =>
    `<div class="${wrapper}">${['north quay', 'ferry terminal', 'fish market', 'boat yard', 'harbour museum', 'sea wall', 'night ferry'].map(plain).join('')}</div>`

  it('chooses the story when a comma-rich notice outscores it with half its prose or less', () => {
    const article = clean(
      `<html><body><div class="top">${noticeBox}</div><div class="col-b">${plainStory('part')}</div></body></html>`,
    )
    expect(article.text).toContain('north quay opened on Monday')
    expect(article.text).toContain('night ferry opened on Monday')
    expect(removedBy(article, 'main-content').join('\n')).toContain('your browser is old')
    expect(article.text).not.toContain('your browser is old')
  })

  it.each([
    ['a sidebar', plainStory('sidebar')],
    ['promotions', plainStory('promo')],
    ['trending stories', plainStory('trending')],
    ['a sidebar, by its wrapper', `<div class="sidebar">${plainStory('part')}</div>`],
  ])('does not turn to a larger block named as %s', (_, block) => {
    const article = clean(
      `<html><body><div class="top">${noticeBox}</div><div class="col-b">${block}</div></body></html>`,
    )
    expect(article.text).toContain('your browser is old')
    expect(article.text).not.toContain('night ferry opened on Monday')
  })

  it('does not turn to a larger block of teasers, a link over each summary', () => {
    const teasers = [
      'north quay',
      'ferry terminal',
      'fish market',
      'boat yard',
      'harbour museum',
      'sea wall',
      'night ferry',
    ]
      .map(
        (topic) =>
          `<h3><a href="/${topic.replace(' ', '-')}">Everything you need to know about the ${topic} and its opening week</a></h3>${plain(topic)}`,
      )
      .join('')
    const article = clean(
      `<html><body><div class="top">${noticeBox}</div><div class="col-b"><div class="part">${teasers}</div></div></body></html>`,
    )
    expect(article.text).toContain('your browser is old')
    expect(article.text).not.toContain('night ferry opened on Monday')
  })

  it('keeps its choice when the prose elsewhere is less than twice the chosen blocks’', () => {
    const short = `<div class="part">${['north quay', 'ferry terminal', 'fish market'].map(plain).join('')}</div>`
    const article = clean(
      `<html><body><div class="top">${noticeBox}</div><div class="col-b">${short}</div></body></html>`,
    )
    expect(article.text).toContain('your browser is old')
    expect(article.text).not.toContain('fish market opened on Monday')
  })
})

describe('main-content: the standfirst in a header block above the story', () => {
  const page = (head: string, headClass = 'head') =>
    `<html><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="page"><div class="${headClass}"><h1>Harbour pact</h1>${head}</div><div class="wrap"><div class="story-body">${story}</div></div></div><div class="foot">Contact the desk.</div></body></html>`

  it.each([
    [
      'a paragraph',
      '<p>The port and the city agreed on a pact that freezes berth fees for five years.</p>',
    ],
    [
      'a div of text',
      '<div class="summary">After three years of talks, the port and the city signed a pact on fees</div>',
    ],
    [
      'a paragraph in a wrapper',
      '<div class="intro"><p>Fees stay frozen for five years under the pact the port signed with the city on Monday.</p></div>',
    ],
  ])('keeps %s just before the story’s container', (_, head) => {
    const article = clean(page(head))
    expect(article.text).toMatch(/pact that freezes|signed a pact on fees|Fees stay frozen/)
    expect(article.text).toContain('berth fee freeze was approved')
    expect(article.text).not.toContain('Contact the desk')
  })

  it.each([
    [
      'a teaser link',
      '<p><a href="/other">Read how the ferry strike ended after two weeks of talks with the unions</a></p>',
    ],
    [
      'a block named as furniture',
      '<p>The pact was signed by the mayor and the port director at the town hall.</p>',
      'meta',
    ],
    ['a short sentence', 'The pact was signed on Monday.'],
  ])('does not keep %s there', (_, head, headClass?: string) => {
    const article = clean(page(head, headClass))
    expect(article.text).toContain('berth fee freeze was approved')
    expect(article.text).not.toMatch(/ferry strike|pact was signed/)
  })
})
