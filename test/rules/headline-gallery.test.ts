import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

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
      `<html><body><div class="content"><h1>Harbour Pact Signed</h1><p>${story}</p><p>${story}</p>${teasers.map((line) => `<p>${line}</p>`).join('')}<p><a href="/terms">Terms of use.</a> <a href="/privacy">Privacy.</a></p></div></body></html>`,
    )
    expect(removedBy(article, 'main-content')).toEqual(['Terms of use. Privacy.'])
    expect(removedBy(article, 'headline-gallery')).toEqual(teasers)
    expect(clean(article.markdown, { format: 'markdown' }).text).toBe(article.text)
  })
})
