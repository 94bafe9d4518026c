import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { cleanHtml, page, storyParagraph } from './rule-helpers.js'

describe('protected content', () => {
  it('keeps data tables, quotations, code and footnotes whatever their class says', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}
        <table class="share-table"><thead><tr><th>Berth</th><th>Fee</th></tr></thead><tbody><tr><td>North</td><td>12</td></tr></tbody></table>
        <blockquote class="promo-quote"><p>We will not move the fleet, the cooperative said.</p></blockquote>
        <pre class="ad"><code>fee = berths * 12</code></pre>
        <section class="footnotes" role="doc-endnotes"><ol><li id="fn1">Harbour Act 1998 <a href="#ref1">↩</a></li><li id="fn2">Council minutes <a href="#ref2">↩</a></li><li id="fn3">Port survey <a href="#ref3">↩</a></li></ol></section>`,
      ),
    )
    for (const kept of [
      'North\t12',
      'We will not move the fleet',
      'fee = berths * 12',
      'Harbour Act 1998',
      'Port survey',
    ]) {
      expect(article.text).toContain(kept)
    }
  })

  it('does not protect layout tables, which have no header cells', () => {
    const article = clean(
      `<html><body><table><tr><td><nav><a href="/">Home</a> <a href="/news">News</a></nav></td><td>${storyParagraph}${storyParagraph}</td></tr></table></body></html>`,
    )
    expect(article.text).not.toContain('Home')
    expect(article.text).toContain('The harbour authority signed the new pact')
  })
})
