import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('comments', () => {
  it('removes comment sections and a heading left over from one', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<section id="comments"><h2>3 Comments</h2><ol class="commentlist"><li>Great piece!</li></ol></section><h3>Leave a Reply</h3><div id="disqus_thread"></div>`,
      ),
    )
    expect(removedBy(article, 'comments')).toHaveLength(3)
    expect(article.text).not.toMatch(/Great piece|Leave a Reply|Comments/)
  })

  it('keeps story sections about comments', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2>Public comments on the pact</h2><p>More than 300 residents sent comments to the harbour authority during the consultation, officials said.</p>`,
      ),
    )
    expect(removedBy(article, 'comments')).toEqual([])
    expect(article.text).toContain('Public comments on the pact')
  })
})

describe('comments: more headings', () => {
  it('removes "Add a comment" and "Reply by email" headings', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<h3>Add A Comment</h3><h4>Reply by email</h4>`),
    )
    expect(removedBy(article, 'comments')).toEqual(['Add A Comment', 'Reply by email'])
  })
})
