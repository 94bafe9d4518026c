import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('breadcrumb', () => {
  it('removes breadcrumb trails and skip links', () => {
    const article = cleanHtml(
      page(
        `<a href="#main">Skip to main content</a><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol><div aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a></div>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'breadcrumb')).toEqual([
      'Skip to main content',
      'Home\nNews',
      'Home › Local',
    ])
  })

  it('keeps ordinary in-page links', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<p>See the <a href="#map">map of the new berths</a> below.</p>`),
    )
    expect(removedBy(article, 'breadcrumb')).toEqual([])
    expect(article.text).toContain('map of the new berths')
  })
})
