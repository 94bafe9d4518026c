import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('page-chrome', () => {
  it('removes navigation, sidebars, forms and the page header and footer', () => {
    const article = cleanHtml(
      page(
        `<header class="site-header"><a href="/">The Coast Times</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <article><h1>Harbour pact signed</h1>${storyParagraph}</article>
        <aside><h3>Most read</h3><p>Storm closes bridge</p></aside>
        <form><label>Search</label><input name="q"><button>Go</button></form>
        <footer>© 2024 The Coast Times. All rights reserved.</footer>`,
      ),
    )
    const removed = removedBy(article, 'page-chrome').join('\n')
    for (const junk of ['News', 'Most read', 'Search', 'All rights reserved']) {
      expect(removed).toContain(junk)
      expect(article.markdown).not.toContain(junk)
    }
    expect(article.text).toContain('The harbour authority signed the new pact')
  })

  it('keeps a header and footer that belong to the article', () => {
    const article = cleanHtml(
      page(
        `<article><header><h1>Harbour pact signed</h1><p>Three years of talks end in a deal for the fishing fleet.</p></header>${storyParagraph}<footer><p>Correction: an earlier version misstated the date of the vote.</p></footer></article>`,
      ),
    )
    expect(removedBy(article, 'page-chrome')).toEqual([])
    expect(article.text).toContain('Three years of talks end in a deal for the fishing fleet.')
    expect(article.text).toContain('Correction: an earlier version misstated the date of the vote.')
  })

  it('keeps a page header that holds the article title', () => {
    const article = cleanHtml(
      page(
        `<header><div class="headline"><h1>Harbour pact signed</h1></div><p>By the harbour desk</p></header>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'page-chrome')).toEqual([])
    expect(article.title).toBe('Harbour pact signed')
    expect(article.text).toContain('By the harbour desk')
  })
})

describe('page-chrome by ARIA role', () => {
  it('removes menus, sidebars, modals and page banners built from divs with a role', () => {
    const article = cleanHtml(
      page(
        `<div role="banner"><a href="/">The Coast Times</a><span>Tuesday edition</span></div>
        <div role="navigation"><a href="/news">News</a> <a href="/sport">Sport</a></div>
        <div role="main"><h1>Harbour pact signed</h1>${storyParagraph}</div>
        <div role="complementary"><h3>Most read</h3><p>Storm closes bridge after a week of gales along the coast.</p></div>
        <div role="dialog" aria-modal="true"><h2>Republish this story</h2><p>You may republish our stories for free under a Creative Commons licence, online or in print, if you credit the writer and link back to the original page.</p></div>
        <div role="contentinfo">Contact the newsroom. Terms of use.</div>`,
      ),
    )
    const removed = removedBy(article, 'page-chrome').join('\n')
    for (const junk of [
      'Tuesday edition',
      'Sport',
      'Most read',
      'Republish this story',
      'Terms of use',
    ]) {
      expect(removed).toContain(junk)
      expect(article.markdown).not.toContain(junk)
    }
    expect(article.text).toContain('The harbour authority signed the new pact')
  })

  it('keeps a banner or content-info role inside the story, and elements with other roles', () => {
    const article = cleanHtml(
      page(
        `<div role="article"><div role="banner"><h1>Harbour pact signed</h1><p>Three years of talks end in a deal for the fishing fleet.</p></div>${storyParagraph}<div role="contentinfo"><p>Correction: an earlier version misstated the date of the vote.</p></div></div>
        <div role="region"><p>The fleet's owners welcomed the pact at a meeting on the quay on Monday evening.</p></div>`,
      ),
    )
    expect(removedBy(article, 'page-chrome')).toEqual([])
    expect(article.text).toContain('Three years of talks end in a deal for the fishing fleet.')
    expect(article.text).toContain('Correction: an earlier version misstated the date of the vote.')
  })
})

describe('page-chrome on broken pages', () => {
  it('keeps an unclosed <aside> or a page-wide <form> that holds the story', () => {
    const unclosed = cleanHtml(
      page(`<aside class="banner"><p>Sale now on</p><main>${storyParagraph}</main>`),
    )
    expect(unclosed.text).toContain('The harbour authority signed the new pact')
    const wrapped = cleanHtml(
      page(
        `<form id="aspnetForm"><div><article><h2>The deal</h2>${storyParagraph}</article></div></form>`,
      ),
    )
    expect(wrapped.text).toContain('The harbour authority signed the new pact')
    expect(removedBy(wrapped, 'page-chrome')).toEqual([])
  })
})

describe('page-chrome: site banners', () => {
  it('removes a site-wide banner but keeps a long block that carries the name', () => {
    const article = cleanHtml(
      page(
        `<section class="usa-banner"><p>An official website of the United States government</p></section>${storyParagraph}<div class="top-banner">${storyParagraph.repeat(4)}</div>`,
      ),
    )
    expect(removedBy(article, 'page-chrome')).toEqual([
      'An official website of the United States government',
    ])
    expect(article.text).toContain('The harbour authority signed the new pact')
  })
})
