import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('share-bar', () => {
  it.each([
    ['what-share-of-voters-backed-the-pact', 'What share of voters backed the pact?'],
    ['comments-from-the-harbour-master', 'Comments from the harbour master'],
    ['related-works_on-the-quay', 'Related works on the quay'],
  ])('reads a heading’s anchor made from its words as text, not a name (%s)', (id, title) => {
    const article = cleanHtml(
      page(`${storyParagraph}<h2 id="${id}">${title}</h2>${storyParagraph}`),
    )
    expect(article.removed).toEqual([])
    expect(article.text).toContain(title)
  })

  it('still reads a heading id that is not its words as a name', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<h2 id="social-share-tools">Spread the word</h2>${storyParagraph}`),
    )
    expect(removedBy(article, 'share-bar')).toEqual(['Spread the word'])
  })

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

  it('removes a bar of sharing links that has no name, as Markdown and many pages write it', () => {
    const bar =
      '<p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Tweet</a> <a href="mailto:?subject=Harbour">Email</a> Copy link</p>'
    const article = cleanHtml(page(`${bar}${storyParagraph}`))
    expect(removedBy(article, 'share-bar')).toEqual(['Share on Facebook Tweet Email Copy link'])
    const linkedIn = cleanHtml(
      page(
        `<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></li></ul>${storyParagraph}`,
      ),
    )
    expect(removedBy(linkedIn, 'share-bar')).toEqual(['Facebook\nLinkedIn'])
  })

  it('keeps links to social profiles, a lone share link and prose that links to a post', () => {
    const profiles =
      '<p><a href="https://www.facebook.com/harbourauthority">Facebook</a> <a href="https://twitter.com/harbour">Twitter</a></p>'
    const lone = '<p><a href="mailto:?subject=Harbour">Email this story</a></p>'
    const prose =
      '<p>The authority answered critics <a href="https://twitter.com/intent/tweet?text=x">in a post</a> and <a href="https://www.facebook.com/sharer/sharer.php?u=x">on Facebook</a>, saying that the new fees would pay for dredging, repairs to the quay and two new ferries.</p>'
    const article = cleanHtml(page(`${storyParagraph}${profiles}${lone}${prose}`))
    expect(removedBy(article, 'share-bar')).toEqual([])
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
