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

  it.each([
    '<p>Already have an account? Sign in to keep reading.</p>',
    '<div><p>Already a subscriber?</p><a href="/login">Log in</a></div>',
    '<p>Already have an account, log in here to read the rest of this story.</p>',
  ])('removes the log-in question of a prompt: %s', (prompt) => {
    const article = cleanHtml(page(`${storyParagraph}${prompt}`))
    expect(removedBy(article, 'paywall')).toHaveLength(1)
    expect(article.text).not.toMatch(/already/i)
  })

  it('keeps a how-to sentence that says the reader may already have an account', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>If you already have an account with a bank or credit union, make sure you have your routing number ready before you file, and the refund will arrive within three weeks.</p>`,
      ),
    )
    expect(removedBy(article, 'paywall')).toEqual([])
    expect(article.text).toContain('already have an account with a bank')
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

  it.each([
    '<p>Subscribe to continue reading.</p>',
    '<div class="note"><p>You have reached your free article limit.</p><a href="/subscribe">See plans</a></div>',
    '<p>Create a free account to continue reading this story.</p>',
  ])('cuts the prompt from a box of story points and keeps the points: %s', (prompt) => {
    const points =
      '<div><p>The ferry operator will add two evening crossings from June, the first change to its timetable in a decade.</p><p>Season tickets will cost the same as last year, and children under twelve will travel free on every route.</p>'
    // The story around the box is longer than the box: no guard of the story keeps it.
    const article = cleanHtml(page(`${storyParagraph.repeat(3)}${points}${prompt}</div>`))
    expect(article.text).toContain('two evening crossings from June')
    expect(article.text).toContain('children under twelve will travel free')
    expect(removedBy(article, 'paywall')).toHaveLength(1)
    expect(removedBy(article, 'paywall').join(' ')).not.toContain('evening crossings')
  })

  it('still takes a prompt box of short lines whole', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div><p>Subscribe to continue reading.</p><p>Digital plan: $1 for 6 months.</p><p>Cancel anytime.</p></div>`,
      ),
    )
    expect(removedBy(article, 'paywall')).toHaveLength(1)
    expect(article.text).not.toContain('Cancel anytime')
    expect(article.text).not.toContain('$1 for 6 months')
  })
})
