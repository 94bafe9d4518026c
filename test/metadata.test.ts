import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'

const body = '<p>The harbour authority signed the new pact on Monday, officials said.</p>'

describe('metadata', () => {
  it('reads OpenGraph, article meta, canonical link and lang', () => {
    const article = clean(
      `<html lang="en-GB"><head><title>Harbour pact signed | The Coast Times</title>
      <meta property="og:title" content="Harbour pact signed">
      <meta property="og:site_name" content="The Coast Times">
      <meta name="author" content="Jane Roe">
      <meta property="article:published_time" content="2025-02-10T08:00:00+01:00">
      <link rel="canonical" href="https://coast.example/harbour-pact"></head>
      <body><h1>Harbour pact signed</h1>${body}</body></html>`,
    )
    expect(article).toMatchObject({
      title: 'Harbour pact signed',
      byline: 'Jane Roe',
      lang: 'en-GB',
      url: 'https://coast.example/harbour-pact',
      siteName: 'The Coast Times',
      publishedAt: {
        text: '2025-02-10T08:00:00+01:00',
        value: '2025-02-10',
        precision: 'day',
        basis: 'explicit',
        source: 'meta',
      },
    })
  })

  it('prefers JSON-LD NewsArticle data, inside @graph too, and survives broken JSON-LD', () => {
    const article = clean(
      `<html><head><title>Harbour | Coast</title>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast"},{"@type":"NewsArticle","headline":"Harbour pact signed after three years","datePublished":"2025-02-07","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],"publisher":{"@type":"Organization","name":"The Coast Times"}}]}</script>
      </head><body>${body}</body></html>`,
    )
    expect(article.title).toBe('Harbour pact signed after three years')
    expect(article.byline).toBe('Jane Roe, John Doe')
    expect(article.siteName).toBe('The Coast Times')
    expect(article.publishedAt?.value).toBe('2025-02-07')
    expect(article.publishedAt?.source).toBe('json-ld')
  })

  it('strips the site name from <title> when nothing better is declared', () => {
    expect(
      clean(
        `<html><head><title>Harbour pact signed after long talks | The Coast Times</title></head><body>${body}</body></html>`,
      ).title,
    ).toBe('Harbour pact signed after long talks')
    expect(
      clean(
        `<html><head><title>Coast Times - Harbour pact signed after long talks</title></head><body>${body}</body></html>`,
      ).title,
    ).toBe('Harbour pact signed after long talks')
  })

  it('takes the caller’s url and publication date over the page’s', () => {
    const article = clean(
      `<html><head><link rel="canonical" href="https://coast.example/a"><meta property="article:published_time" content="2020-01-01"></head><body>${body}</body></html>`,
      { url: 'https://mirror.example/a', publishedAt: new Date(Date.UTC(2025, 1, 10)) },
    )
    expect(article.url).toBe('https://mirror.example/a')
    expect(article.publishedAt).toMatchObject({ value: '2025-02-10', source: 'option' })
  })

  it('gives no date rather than a wrong one', () => {
    const article = clean(
      `<html><head><meta property="article:published_time" content="last Tuesday"><meta name="date" content="2025-13-45"></head><body>
      <article>${body}</article><div class="related"><time datetime="2019-05-05">May 5, 2019</time></div></body></html>`,
    )
    expect(article.publishedAt).toBeNull()
  })

  it('reads a <time> marked as the publication date', () => {
    const article = clean(
      `<article><time pubdate datetime="2025-02-10">Feb 10</time>${body}</article>`,
    )
    expect(article.publishedAt).toMatchObject({ value: '2025-02-10', source: 'time' })
  })

  it('keeps only web addresses as the article url', () => {
    const article = clean(
      `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>${body}</body></html>`,
    )
    expect(article.url).toBeNull()
  })

  it('reads the title of plain text from its first line', () => {
    const article = clean(
      'Harbour Pact Signed\nThe harbour authority signed the new pact on Monday, officials said.',
    )
    expect(article).toMatchObject({
      title: 'Harbour Pact Signed',
      format: 'text',
      lang: null,
      url: null,
    })
  })
})

describe('metadata from the body, read after cleaning', () => {
  const story =
    '<p>The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, officials said in a statement.</p>'

  it('reads authors and the date from a byline the clean stage removed', () => {
    const article = clean(
      `<article><h1>Harbour pact</h1><p class="byline">By Jane Roe and John Doe, Staff writers</p><p class="dateline">Updated May 14, 2024</p>${story}</article>`,
    )
    expect(article.authors).toEqual(['Jane Roe', 'John Doe'])
    expect(article.byline).toBe('By Jane Roe and John Doe, Staff writers')
    expect(article.publishedAt).toEqual({
      text: 'Updated May 14, 2024',
      value: '2024-05-14',
      precision: 'day',
      basis: 'explicit',
      source: 'byline',
    })
    expect(article.text).not.toContain('Jane Roe')
  })

  it('prefers a marked <time> in the byline, and falls back to a date in the URL', () => {
    const marked = clean(
      `<article><h1>Harbour pact</h1><p class="byline">By Jane Roe <time datetime="2024-05-14T08:00:00Z" itemprop="datePublished">Tuesday</time></p>${story}</article>`,
    )
    expect(marked.publishedAt).toMatchObject({ value: '2024-05-14', source: 'time' })
    const fromUrl = clean(`<article><h1>Harbour pact</h1>${story}</article>`, {
      url: 'https://coast.example/2024/05/14/harbour-pact',
    })
    expect(fromUrl.publishedAt).toMatchObject({ value: '2024-05-14', source: 'url' })
  })

  it('reads the modification date and splits the author meta into names', () => {
    const article = clean(
      `<html><head><meta name="author" content="Jane Roe, John Doe"><meta property="article:modified_time" content="2024-06-01T10:00:00Z"></head><body>${story}</body></html>`,
    )
    expect(article.authors).toEqual(['Jane Roe', 'John Doe'])
    expect(article.modifiedAt).toMatchObject({ value: '2024-06-01', source: 'meta' })
  })

  it('ignores a dateline inside a region removed later, such as a sidebar card', () => {
    const card = '<div class="card"><p>Storm closes the bridge</p><p>April 2, 2019</p></div>'
    const article = clean(
      `<html><body><div class="page"><div class="story">${story}${story}${story}</div><div class="rail">${card}${card}</div></div></body></html>`,
    )
    expect(article.text).not.toContain('Storm closes the bridge')
    expect(article.publishedAt).toBeNull()
  })
})
