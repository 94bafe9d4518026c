import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('paywall', () => {
  it('removes paywall boxes and subscribe-to-read prompts', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="paywall"><h3>Keep reading</h3><p>Get unlimited access for $1.</p></div><p>Subscribe to continue reading. Already a subscriber? Log in.</p>`,
      ),
    )
    expect(removedBy(article, 'paywall')).toHaveLength(2)
    expect(article.text).not.toContain('unlimited access')
    expect(article.text).not.toContain('Subscribe to continue reading')
  })

  it('keeps story text about subscriptions and meters', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The water company will install a smart meter in every home, and subscribers to its alert service will be told when usage spikes.</p>`,
      ),
    )
    expect(removedBy(article, 'paywall')).toEqual([])
    expect(article.text).toContain('smart meter in every home')
  })
})
