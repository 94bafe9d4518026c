import { describe, expect, it } from 'vitest'
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
