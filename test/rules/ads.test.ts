import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('ads', () => {
  it('removes ad slots, labels and sponsored blocks', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="ad-slot"><p>Buy harbour tours now</p></div><p>Advertisement</p><div id="taboola-below-article"><a href="/x">You won't believe these boats</a></div><span>Anzeige</span>`,
      ),
    )
    expect(removedBy(article, 'ads')).toHaveLength(4)
    expect(article.text).not.toMatch(/Buy harbour tours|Advertisement|believe these boats|Anzeige/)
  })

  it('keeps content whose class only looks like an ad, and long blocks', () => {
    const long =
      'The advertising market in the port city grew by a third last year, analysts said. '.repeat(
        10,
      )
    const article = cleanHtml(
      page(
        `<div class="header-content">${storyParagraph}</div><div class="ad">${long}</div><p>An ad campaign for the ferry ran on local radio.</p>`,
      ),
    )
    expect(removedBy(article, 'ads')).toEqual([])
    expect(article.text).toContain('An ad campaign for the ferry')
    expect(article.text).toContain('The advertising market')
  })
})

describe('ads: labels', () => {
  it.each(['Advertisement:', 'Anzeige –', 'ADVERTISEMENT', 'Publicité :'])(
    'removes the label “%s” on its own line, in HTML and in plain text',
    (label) => {
      const html = cleanHtml(page(`${storyParagraph}<p>${label}</p>${storyParagraph}`))
      expect(removedBy(html, 'ads')).toEqual([label])
      const text = clean(
        `Harbour pact signed\n\nThe harbour authority signed the new pact on Monday after three years of talks.\n\n${label}\n\nOfficials said the terminal would open next spring, once permits are granted.\n`,
      )
      expect(removedBy(text, 'ads')).toEqual([label])
    },
  )

  it('keeps a line that only starts with a label', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<p>Advertisement: the council spent 2 million on it.</p>`),
    )
    expect(removedBy(article, 'ads')).toEqual([])
  })
})
