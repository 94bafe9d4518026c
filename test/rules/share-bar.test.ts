import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('share-bar', () => {
  it('removes share and follow widgets', () => {
    const article = cleanHtml(
      page(
        `<div class="share-tools"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/intent">Tweet</a> <button>Copy link</button></div>${storyParagraph}<ul class="social_links"><li><a href="/rss">RSS</a></li></ul>`,
      ),
    )
    expect(removedBy(article, 'share-bar')).toHaveLength(2)
    expect(article.markdown).not.toContain('Share on Facebook')
    expect(article.markdown).not.toContain('RSS')
  })

  it('keeps long prose that merely carries a share-like class, and classes that only contain the word', () => {
    const prose =
      'Shares in the harbour company rose sharply after the pact was announced. '.repeat(6)
    const article = cleanHtml(
      page(
        `<div class="social-affairs"><p>${prose}</p></div><div class="shareholder-news">${storyParagraph}</div>`,
      ),
    )
    expect(removedBy(article, 'share-bar')).toEqual([])
    expect(article.text).toContain('Shares in the harbour company rose sharply')
    expect(article.text).toContain('The harbour authority signed the new pact')
  })
})
