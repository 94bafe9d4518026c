import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

const story =
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative and the ferry operators, officials said.'

describe('headline-gallery', () => {
  it('removes a trailing run of headline-like lines', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n${story}\n\nFerry Operators Warn Of Higher Fares | The Coast Times\n\nStorm batters north quay as fishermen count losses\n\nTen Things To Do In Port Halden This Weekend`,
    )
    expect(removedBy(article, 'headline-gallery')).toEqual([
      'Ferry Operators Warn Of Higher Fares | The Coast Times',
      'Storm batters north quay as fishermen count losses',
      'Ten Things To Do In Port Halden This Weekend',
    ])
    expect(article.text.endsWith('officials said.')).toBe(true)
  })

  it('keeps a single short last line, and headline-like lines followed by prose', () => {
    const single = clean(`Harbour Pact Signed\n${story}\n${story}\n\nMore Talks Planned For Spring`)
    expect(removedBy(single, 'headline-gallery')).toEqual([])
    expect(single.text).toContain('More Talks Planned For Spring')

    const followed = clean(
      `Harbour Pact Signed\n${story}\n\nFerry Operators Warn Of Higher Fares\n\nStorm Batters North Quay Overnight\n\n${story}`,
    )
    expect(removedBy(followed, 'headline-gallery')).toEqual([])
  })

  it('keeps trailing lines that end like sentences', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n\nThe vote is on Friday.\n\nThe Mayor Will Attend.`,
    )
    expect(removedBy(article, 'headline-gallery')).toEqual([])
  })
})

describe('headline-gallery: data rows', () => {
  it('keeps trailing schedule rows full of figures', () => {
    const article = clean(
      `Harbour Pact Signed\n${story}\n\nSeptember 10 12pm- 1pm SAAC 217 Carrie Menke, Ph.D\n\nSeptember 17 12pm- 1pm SAAC 217 Carrie Menke, Ph.D`,
    )
    expect(removedBy(article, 'headline-gallery')).toEqual([])
    expect(article.text).toContain('September 17 12pm- 1pm SAAC 217')
  })
})

describe('headline-gallery: scraps of data', () => {
  it.each([
    ['a bar not followed by a name', ['Fee | * 4.50 per tonne', 'x = 1 and y = 2']],
    ['fewer than three words of letters', ['Harbour 1 x', 'Quay 2 y']],
  ])('keeps trailing lines with %s', (_, lines) => {
    const article = clean(`Harbour Pact Signed\n${story}\n\n${lines.join('\n\n')}`)
    expect(removedBy(article, 'headline-gallery')).toEqual([])
    for (const line of lines) expect(article.text).toContain(line)
  })
})

describe('headline-gallery: nothing before it', () => {
  it('keeps headline-like lines that are all there is: a gallery trails a story', () => {
    const article = clean('The said said said said U.S. said said?\n\nResidents said U.S.?', {
      format: 'text',
    })
    expect(removedBy(article, 'headline-gallery')).toEqual([])
    expect(article.text).toContain('Residents said U.S.?')
  })
})

describe('headline-gallery: after the boilerplate is gone', () => {
  it('removes a gallery that boilerplate after the story hid, in the same pass', () => {
    const teasers = [
      'Ferry Operators Warn Of Higher Fares | The Coast Times',
      'Storm Batters North Quay As Fishermen Count Their Losses After The Night',
    ]
    const article = clean(
      `<html><body><div class="content"><h1>Harbour Pact Signed</h1><p>${story}</p><p>${story}</p>${teasers.map((line) => `<p>${line}</p>`).join('')}<p><a href="/about">About the Coast Times.</a> <a href="/jobs">Jobs.</a></p></div></body></html>`,
    )
    expect(removedBy(article, 'trailing-boilerplate')).toEqual(['About the Coast Times. Jobs.'])
    expect(removedBy(article, 'headline-gallery')).toEqual(teasers)
    expect(clean(article.markdown, { format: 'markdown' }).text).toBe(article.text)
  })
})

describe('headline-gallery: the end of scraped text', () => {
  const teasers = [
    'Ferry Operators Warn Of Higher Fares | The Coast Times',
    'Storm batters north quay as fishermen count losses',
    'Ten Things To Do In Port Halden This Weekend',
  ]
  const later =
    'Under the pact, the fishing fleet keeps its berths on the north quay while the ferries move to a new terminal on the south side.'
  /** Plain text, a paragraph a block. */
  const text = (...blocks: string[]) => `Harbour Pact Signed\n\n${blocks.join('\n\n')}\n`

  it.each([
    [['Sign up for our morning newsletter!']],
    [['Follow us on Facebook, Instagram and X.']],
    [
      [
        'Liked this story? Share it with a friend.',
        '© 2026 Coast Media Group. All rights reserved.',
      ],
    ],
  ])('removes teasers followed by a line or two of other text (%s)', (tail) => {
    const article = clean(text(story, later, ...teasers, ...tail))
    expect(removedBy(article, 'headline-gallery')).toEqual(teasers)
    expect(article.text).toContain('new terminal on the south side.')
  })

  it('removes teasers whose last line, before other text, reads as a heading', () => {
    const lines = [
      'Scientists find water ice near the lunar pole | Metro Herald',
      'Local bakery wins a national award for its sourdough | City Wire',
    ]
    const article = clean(
      text(
        story,
        later,
        ...lines,
        'Subscribers can read every story from the archive without limits.',
      ),
    )
    expect(removedBy(article, 'headline-gallery')).toEqual(lines)
  })

  it('keeps headline-like lines followed by three short lines, or by a long paragraph', () => {
    const three = clean(
      text(
        story,
        ...teasers,
        'The vote is on Friday.',
        'The mayor will attend.',
        'The port stays open.',
      ),
    )
    expect(removedBy(three, 'headline-gallery')).toEqual([])
    const prose = clean(text(story, ...teasers, later))
    expect(removedBy(prose, 'headline-gallery')).toEqual([])
  })

  it('looks past no trailing line on an HTML page, where containers set teasers apart', () => {
    const lines = teasers.map((line) => `<p>${line}</p>`).join('')
    const article = cleanHtml(
      page(`<div>${storyParagraph}${lines}<p>Liked this story? Share it with a friend.</p></div>`),
    )
    expect(removedBy(article, 'headline-gallery')).toEqual([])
  })
})
