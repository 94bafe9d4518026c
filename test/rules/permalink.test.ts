import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('permalink', () => {
  it('removes permalink signs beside headings', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2 id="fees">Fees and berths<a href="#fees">#</a></h2>${storyParagraph}<h3>Next steps <a href="#next" class="anchor">¶</a></h3>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'permalink')).toEqual(['#', '¶'])
    expect(article.markdown).toContain('## Fees and berths\n')
    expect(article.markdown).toContain('### Next steps\n')
  })

  it('keeps in-page links with words, and signs outside headings', () => {
    const article = cleanHtml(
      page(
        `<h2><a href="#fees">Fees and berths</a></h2>${storyParagraph}<p>Prices rose by 5 <a href="#note">#</a> in May.</p>`,
      ),
    )
    expect(removedBy(article, 'permalink')).toEqual([])
    expect(article.markdown).toContain('Fees and berths')
    expect(article.text).toContain('Prices rose by 5 # in May.')
  })
})

describe('permalink: written-out anchors', () => {
  it('removes a permalink whose text is its own address', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2>Fees and berths<a href="#section2">#section2</a></h2>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'permalink')).toEqual(['#section2'])
    expect(article.markdown).toContain('## Fees and berths\n')
  })
})
