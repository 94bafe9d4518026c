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

describe('comments: headings that title real sections too', () => {
  it('keeps a "Reactions" section with its content', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2>Reactions</h2><p>The mayor welcomed the pact on Tuesday, and the ferry operators said they would study it before the vote.</p>`,
      ),
    )
    expect(removedBy(article, 'comments')).toEqual([])
    expect(article.text).toContain('Reactions')
  })

  it('removes "Responses" with nothing after it but a form, once the comments are gone', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h3>Responses</h3><ol class="commentlist"><li>Great piece!</li></ol><h3>Replies</h3><form><textarea></textarea></form>`,
      ),
    )
    expect(removedBy(article, 'comments')).toEqual(['Responses', 'Great piece!', 'Replies'])
    expect(article.text).not.toMatch(/Responses|Replies|Great piece/)
  })
})
