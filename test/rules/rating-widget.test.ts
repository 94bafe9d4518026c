import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('rating-widget', () => {
  it('removes rating widgets and feedback questions', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="star-rating">★★★★☆ 4.2 (88 votes)</div><p>Was this article helpful? Yes No</p>`,
      ),
    )
    expect(removedBy(article, 'rating-widget')).toHaveLength(2)
    expect(article.text).not.toMatch(/votes|helpful/)
  })

  it('keeps story text about ratings and votes', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The ferry operator's safety rating was raised after the council vote, the regulator said.</p>`,
      ),
    )
    expect(removedBy(article, 'rating-widget')).toEqual([])
    expect(article.text).toContain('safety rating was raised')
  })
})
