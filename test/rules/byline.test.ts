import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('byline', () => {
  it('removes bylines, datelines and section labels', () => {
    const article = cleanHtml(
      page(
        `<span class="kicker">Local News</span><p>By Jane Roe and John Doe · May 14, 2024</p><p>Updated Feb. 27, 2024 6:15 p.m. EST</p><div class="article-meta">Harbour desk, 4 min read</div>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'byline')).toEqual([
      'Local News',
      'By Jane Roe and John Doe · May 14, 2024',
      'Updated Feb. 27, 2024 6:15 p.m. EST',
      'Harbour desk, 4 min read',
    ])
  })

  it('keeps sentences that start with "By" or hold dates', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>By Monday, the council had voted twice.</p><p>by the harbour wall</p><p>On May 14, 2024, the pact took effect.</p><p>A 3.5 on.</p>`,
      ),
    )
    expect(removedBy(article, 'byline')).toEqual([])
    for (const kept of [
      'By Monday, the council',
      'by the harbour wall',
      'On May 14, 2024',
      'A 3.5 on.',
    ]) {
      expect(article.text).toContain(kept)
    }
  })
})

describe('byline: reading time', () => {
  it('removes reading-time lines in several languages', () => {
    const article = cleanHtml(
      page(`<p>5 min read</p><p>Lesezeit: 3 Minuten</p><p>11 minut czytania</p>${storyParagraph}`),
    )
    expect(removedBy(article, 'byline')).toEqual([
      '5 min read',
      'Lesezeit: 3 Minuten',
      '11 minut czytania',
    ])
  })

  it('takes white space on either side of the colon, or no colon', () => {
    const lines = ['Temps de lecture : 4 min', 'Reading time:5 mins', 'Lesedauer ca. 7 Minuten']
    const article = cleanHtml(
      page(`${lines.map((line) => `<p>${line}</p>`).join('')}${storyParagraph}`),
    )
    expect(removedBy(article, 'byline')).toEqual(lines)
  })

  it('keeps a label with two colons', () => {
    const article = cleanHtml(page(`<p>Reading time: : 5 min</p>${storyParagraph}`))
    expect(removedBy(article, 'byline')).toEqual([])
  })
})

describe('byline: sentences made of date words', () => {
  it('keeps a short sentence that only looks like a date', () => {
    const article = cleanHtml(page(`${storyParagraph}<p>A Monday 3.5.</p>`))
    expect(removedBy(article, 'byline')).toEqual([])
    expect(article.text).toContain('A Monday 3.5.')
  })
})
