import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('hidden', () => {
  it('removes elements hidden by attribute, aria-hidden or inline style', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p hidden>Hidden by attribute.</p><div aria-hidden="true">Hidden from screen readers.</div><p style="color: red; display:none">Hidden by style.</p>`,
      ),
    )
    expect(removedBy(article, 'hidden')).toEqual([
      'Hidden by attribute.',
      'Hidden from screen readers.',
      'Hidden by style.',
    ])
    expect(article.text).not.toContain('Hidden')
  })

  it('keeps visible elements, including ones whose style only mentions display', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p style="display: block">Shown as a block.</p><p aria-hidden="false">Shown too.</p>`,
      ),
    )
    expect(removedBy(article, 'hidden')).toEqual([])
    expect(article.text).toContain('Shown as a block.')
    expect(article.text).toContain('Shown too.')
  })
})
