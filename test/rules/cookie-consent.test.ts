import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('cookie-consent', () => {
  it('removes consent banners by name and cookie notices by what they say', () => {
    const article = cleanHtml(
      page(
        `<div id="onetrust-banner-sdk"><p>We value your privacy.</p><a href="#">Accept all</a></div>${storyParagraph}<div class="notice"><p>This website uses cookies to improve your experience.</p></div><div class="hinweis">Wir verwenden Cookies, um Inhalte zu personalisieren.</div>`,
      ),
    )
    expect(removedBy(article, 'cookie-consent')).toHaveLength(3)
    expect(article.text).not.toMatch(/cookies|privacy/i)
  })

  it.each([
    '<p>This website uses cookies to improve your experience.</p>',
    '<p>We use cookies. <a href="/privacy">Learn more</a></p>',
  ])(
    'cuts a notice from a block that holds a story paragraph and keeps the paragraph: %s',
    (notice) => {
      const article = cleanHtml(
        page(
          `${storyParagraph}<div><p>Volunteers planted 300 oak saplings along the river path on Saturday, twice as many as last spring.</p>${notice}</div>`,
        ),
      )
      expect(article.text).toContain('planted 300 oak saplings')
      expect(removedBy(article, 'cookie-consent')).toHaveLength(1)
      expect(article.text).not.toMatch(/cookies/i)
    },
  )

  it('keeps a story about cookies', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>Regulators said the browser maker will phase out third-party cookies next year, a change that advertisers have lobbied against for months because it makes tracking readers across sites far harder than before.</p><div class="cookie-recipe"><p>${'The bakery sold 4,000 oatmeal cookies on the first day of the harbour festival, its owner said. '.repeat(20)}</p></div>`,
      ),
    )
    expect(removedBy(article, 'cookie-consent')).toEqual([])
    expect(article.text).toContain('phase out third-party cookies')
    expect(article.text).toContain('oatmeal cookies')
  })
})

describe('cookie-consent: component names', () => {
  it('keeps content in components whose class only starts like a consent tool', () => {
    const article = cleanHtml(
      page(`<div class="cmp-container"><div class="cmp-text">${storyParagraph}</div></div>`),
    )
    expect(removedBy(article, 'cookie-consent')).toEqual([])
    expect(article.text).toContain('The harbour authority signed the new pact')
  })
})
