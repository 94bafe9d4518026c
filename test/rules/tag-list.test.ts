import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('tag-list', () => {
  it('removes tag boxes and "Tagged" lines', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>Tagged <a href="/t/harbour">harbour</a>, <a href="/t/ferries">ferries</a></p><div class="post-tags"><a href="/t/a">Fishing</a> <a href="/t/b">Port Halden</a></div>`,
      ),
    )
    expect(removedBy(article, 'tag-list')).toEqual([
      'Tagged harbour, ferries',
      'Fishing Port Halden',
    ])
  })

  it('keeps sentences that start with tag-like words', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>Topics on the agenda include berth fees and the new terminal, the mayor said.</p>`,
      ),
    )
    expect(removedBy(article, 'tag-list')).toEqual([])
    expect(article.text).toContain('Topics on the agenda include berth fees')
  })
})
