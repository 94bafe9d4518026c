import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { removedBy } from './rule-helpers.js'

/** A short story: two paragraphs, under the length at which prompt rules stop looking. */
const story =
  '<p>The harbour authority signed the new berth pact on Monday after three years of talks.</p><p>Fees stay frozen until 2026, and the north quay reopens in May, officials said.</p>'

const page = (body: string) =>
  `<!doctype html><html><head><title>Berth pact signed</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>The Coast Times</p></footer></body></html>`

describe('a rule never removes the element that holds the story', () => {
  const cases = [
    {
      name: 'a subscribe prompt inside the story’s container',
      body: `<div class="story-wrap">${story}<p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>`,
      rule: 'paywall',
      prompt: 'Subscribe to continue reading',
      // The rule itself sees story paragraphs beside the prompt and takes the prompt's own block.
      guarded: false,
    },
    {
      name: 'a paywall class on the story’s container',
      body: `<div class="body paywall">${story}<div class="note"><p>You have reached your free article limit.</p></div></div>`,
      rule: 'paywall',
      prompt: 'free article limit',
    },
    {
      name: 'a promotion class on the story’s container',
      body: `<div class="promo-layout">${story}<div class="newsletter"><p>Get the weekly harbour letter.</p></div></div>`,
      rule: 'call-to-action',
      prompt: 'weekly harbour letter',
    },
    {
      name: 'an ad class on the story’s container',
      body: `<section class="ad-wrapper">${story}<div class="ad-slot"><p>Advertisement</p></div></section>`,
      rule: 'ads',
      prompt: 'Advertisement',
    },
  ]

  for (const { name, body, rule, prompt, guarded = true } of cases) {
    it(`keeps the story and cuts the prompt: ${name}`, () => {
      const article = clean(page(body))
      expect(article.text).toContain('signed the new berth pact on Monday')
      expect(article.text).toContain('north quay reopens in May')
      expect(article.text).not.toContain(prompt)
      expect(removedBy(article, rule).join('\n')).toContain(prompt)
      if (!guarded) expect(article.warnings).toEqual([])
      else
        expect(article.warnings).toContainEqual({
          rule,
          message: expect.stringMatching(/^Kept a `<\w+>` that `[\w-]+` would remove whole/),
        })
    })
  }

  it('still removes a prompt box that holds no story', () => {
    const article = clean(
      page(
        `<div class="story">${story}</div><div class="paywall"><p>Subscribe to continue reading.</p><p>Already a subscriber? Log in to read the rest of this story today.</p></div>`,
      ),
    )
    expect(removedBy(article, 'paywall').join('\n')).toContain('Subscribe to continue reading.')
    expect(article.warnings).toEqual([])
  })

  it('still removes a comment thread that holds more prose than the story', () => {
    const comment = (who: string) =>
      `<li><p>${who} wrote: the pact is long overdue, and the fees should have been frozen years ago, when the ferries first raised them.</p></li>`
    const article = clean(
      page(
        `<div class="story">${story}</div><ol class="comments">${['Ann', 'Bo', 'Cy', 'Di'].map(comment).join('')}</ol>`,
      ),
    )
    expect(removedBy(article, 'comments')).toHaveLength(1)
    expect(article.text).not.toContain('long overdue')
    expect(article.text).toContain('north quay reopens in May')
  })

  it('keeps story prose in plain text and Markdown as well', () => {
    const text = clean(
      'Berth Pact Signed\nThe harbour authority signed the new berth pact on Monday after three years of talks.\nSubscribe to continue reading. Already a subscriber? Log in.\nFees stay frozen until 2026, and the north quay reopens in May, officials said.\n',
    )
    expect(text.text).toContain('signed the new berth pact')
    expect(text.text).toContain('north quay reopens in May')
    expect(text.text).not.toContain('Subscribe to continue reading')
  })
})
