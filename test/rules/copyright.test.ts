import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('copyright', () => {
  it('removes copyright lines in several languages', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>© 2020 CBS Interactive Inc. All Rights Reserved.</p><div>Copyright 2024 The Coast Times</div><small>Alle Rechte vorbehalten.</small>`,
      ),
    )
    expect(removedBy(article, 'copyright')).toHaveLength(3)
    expect(article.text).not.toMatch(/Rights Reserved|Copyright|Rechte/)
  })

  it('keeps story sentences about copyright', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The court ruled that the harbour's logo was protected by copyright, the authority said on Friday.</p>`,
      ),
    )
    expect(removedBy(article, 'copyright')).toEqual([])
    expect(article.text).toContain('protected by copyright')
  })
})
