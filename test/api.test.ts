import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import * as unscrape from '../src/index.js'
import {
  clean,
  detectFormat,
  rules,
  toArticle,
  UnscrapeError,
  unscrapePreset,
} from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/khamenei-red-line/input.txt', import.meta.url),
  'utf8',
)
const page = readFileSync(
  new URL('../fixtures/html-world-news/input.html', import.meta.url),
  'utf8',
)

describe('public API', () => {
  it('exposes exactly these values', () => {
    expect(Object.keys(unscrape).sort()).toEqual([
      'UnscrapeError',
      'clean',
      'createPreset',
      'detectFormat',
      'markdownSettings',
      'markdownToHast',
      'rehypeUnscrapeBodyMetadata',
      'rehypeUnscrapeClean',
      'rehypeUnscrapeMetadata',
      'remarkUnscrapeQuotes',
      'remarkUnscrapeStructure',
      'rules',
      'splitSentences',
      'textToHast',
      'toArticle',
      'toReport',
      'unscrapeParseHtml',
      'unscrapeParseMarkdown',
      'unscrapeParseText',
      'unscrapePreset',
    ])
  })

  it('gives every rule a unique id and a description', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
    }
  })

  it('returns plain data that survives JSON', () => {
    for (const input of [seed, page]) {
      const article = clean(input)
      expect(JSON.parse(JSON.stringify(article))).toEqual(article)
    }
  })

  it('works as a preset in a unified chain, reporting removals as messages', async () => {
    const processor = unified().use(rehypeParse).use(unscrapePreset)
    const file = await processor.process(page)
    const article = toArticle(file)
    expect(String(file)).toBe(clean(page).markdown)
    expect(article.removed.length).toBeGreaterThan(0)
    expect(file.messages).toHaveLength(article.removed.length)
    for (const message of file.messages) {
      expect(message.source).toBe('unscrape')
      expect(rules.map((rule) => rule.id)).toContain(message.ruleId)
      expect(message.fatal).toBeUndefined()
    }
  })

  it('leaves the stack trace limit of the process as it was', () => {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 7
    try {
      expect(clean(page).removed.length).toBeGreaterThan(0)
      expect(Error.stackTraceLimit).toBe(7)
    } finally {
      Error.stackTraceLimit = limit
    }
  })

  it('keeps the whole text when every rule is off', () => {
    const off = Object.fromEntries(rules.map((rule) => [rule.id, false]))
    const article = clean(seed, { rules: off })
    expect(article.removed).toEqual([])
    for (const line of seed.split('\n')) {
      const text = line.replace(/^- /, '').trim()
      if (text && text !== article.title) expect(article.text).toContain(text)
    }
  })

  it('throws a typed error for wrong options and non-string input', () => {
    const expectCode = (run: () => unknown, code: string) => {
      try {
        run()
      } catch (error) {
        expect(error).toBeInstanceOf(UnscrapeError)
        expect((error as UnscrapeError).code).toBe(code)
        return
      }
      throw new Error('expected an UnscrapeError')
    }
    expectCode(() => clean(seed, { rules: { 'no-such-rule': false } }), 'invalid-option')
    expectCode(
      () => clean(seed, { rules: { 'link-list': 'off' as unknown as boolean } }),
      'invalid-option',
    )
    expectCode(() => clean(seed, { format: 'pdf' as 'html' }), 'invalid-option')
    expectCode(() => clean(seed, { keepCaptions: 'yes' as unknown as boolean }), 'invalid-option')
    expectCode(() => clean(seed, { publishedAt: new Date('nonsense') }), 'invalid-option')
    expectCode(() => clean(42 as unknown as string), 'invalid-input')
  })

  it('returns an empty article for empty input', () => {
    for (const input of ['', '   \n\n', '<html><body></body></html>']) {
      const article = clean(input)
      expect(article.text).toBe('')
      expect(article.sections).toEqual([])
      expect(article.stats.words).toBe(0)
    }
  })

  it('reads a format that is forced, whatever the input looks like', () => {
    const html = '<p>The <b>harbour</b> pact.</p>'
    expect(clean(html, { format: 'text' }).text).toBe(html)
    expect(clean(html, { format: 'html' }).text).toBe('The harbour pact.')
  })
})

describe('detectFormat', () => {
  it('tells HTML from plain text', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html')
    expect(detectFormat('<p>One</p><p>Two</p>')).toBe('html')
    expect(detectFormat(seed)).toBe('text')
    expect(detectFormat('If a < b and b > c, then a < c.')).toBe('text')
    expect(detectFormat('Use the <p> tag for paragraphs.')).toBe('text')
  })
})

describe('robustness', () => {
  it('does not throw on a page whose <base href> is not absolute', () => {
    const article = clean(
      '<html><head><base href="/"></head><body><p>The harbour pact was signed, officials said. <a href="news/pact">More</a></p><img src="img/a.jpg" alt="Quay"></body></html>',
    )
    expect(article.text).toContain('The harbour pact was signed')
    expect(article.images).toEqual([{ src: 'img/a.jpg', alt: 'Quay', caption: null, credit: null }])
    expect(article.markdown).toContain('](news/pact)')
  })
})

describe('safety net', () => {
  it('returns the page’s plain text, with a warning, when a stage throws', () => {
    const failing = {
      id: 'failing',
      description: 'Throws on every element',
      element(): string | undefined {
        throw new Error('boom')
      },
    }
    const article = clean(
      '<html><head><title>Pact | Coast</title><style>p{color:red}</style></head><body><script>var tracking = 1</script><p>The harbour pact was signed on Monday, officials said.</p></body></html>',
      { extraRules: [failing] },
    )
    expect(article.format).toBe('html')
    expect(article.text).toBe('The harbour pact was signed on Monday, officials said.')
    expect(article.warnings[0]).toEqual({
      rule: 'internal-error',
      message: 'Cleaning failed (boom); the page’s plain text was returned without cleaning',
    })
  })
})

describe('all rules off on a whole page', () => {
  it('returns the page’s whole text: story and junk alike', () => {
    const folder = new URL('../fixtures/html-world-news/', import.meta.url)
    const html = readFileSync(new URL('input.html', folder), 'utf8')
    const off = Object.fromEntries(rules.map((rule) => [rule.id, false]))
    const article = clean(html, { rules: off })
    expect(article.removed).toEqual([])
    const text = article.text.replace(/\s+/g, ' ')
    for (const file of ['keep.txt', 'drop.txt']) {
      for (const snippet of readFileSync(new URL(file, folder), 'utf8')
        .split('\n')
        .filter(Boolean)) {
        expect(text, snippet).toContain(snippet.replace(/\s+/g, ' '))
      }
    }
  })
})
