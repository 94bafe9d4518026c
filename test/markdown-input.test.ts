import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Element, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { clean, markdownToHast, UnscrapeError } from '../src/index.js'
import { cli } from './util.js'

const worldNews = readFileSync(
  new URL('../fixtures/markdown-world-news/input.md', import.meta.url),
  'utf8',
)

/** Tag names of the elements of a tree, in document order. */
function tagNames(tree: Root): string[] {
  const names: string[] = []
  const pending: Array<Root | Element> = [tree]
  for (let node = pending.shift(); node; node = pending.shift()) {
    if (node.type === 'element') names.push(node.tagName)
    const children: Array<Root['children'][number]> = node.children
    for (const child of [...children].reverse())
      if (child.type === 'element') pending.unshift(child)
  }
  return names
}

const story =
  'The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year, citing fuel costs and repairs.'

describe('markdownToHast', () => {
  it('gives the elements HTML would have, GFM tables included', () => {
    const { tree, flattened } = markdownToHast(
      '# Fees\n\nA *b* **c** `d` [e](/f) ~~g~~\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\ncode\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n![alt](/i.png)\n',
    )
    expect(flattened).toBe(0)
    expect(tagNames(tree)).toEqual([
      'h1',
      'p',
      'em',
      'strong',
      'code',
      'a',
      'del',
      'ul',
      'li',
      'li',
      'ol',
      'li',
      'blockquote',
      'p',
      'pre',
      'code',
      'table',
      'thead',
      'tr',
      'th',
      'th',
      'tbody',
      'tr',
      'td',
      'td',
      'p',
      'img',
    ])
  })

  it('positions every node from the Markdown', () => {
    const { tree } = markdownToHast('# Fees\n\nThe fees rise.\n')
    const paragraph = tree.children.find(
      (child) => child.type === 'element' && child.tagName === 'p',
    ) as Element
    expect(paragraph.position?.start).toMatchObject({ line: 3, column: 1, offset: 8 })
  })

  it('parses a raw HTML block as HTML, and passes no tag through', () => {
    const { tree } = markdownToHast(
      'Text <b>bold</b> and<br>a break <!-- note -->\n\n<div class="newsletter"><p>Sign up</p></div>\n',
    )
    const paragraph = tree.children[0] as Element
    expect(
      paragraph.children.map((child) => (child.type === 'element' ? child.tagName : child.type)),
    ).toEqual(['text', 'text', 'text', 'br', 'text'])
    expect(tagNames(tree)).toEqual(['p', 'br', 'div', 'p'])
    const div = tree.children.find(
      (child) => child.type === 'element' && child.tagName === 'div',
    ) as Element
    expect(div.properties.className).toEqual(['newsletter'])
  })

  it.each([
    ['<th>harbour</th>\n', []],
    ['<tr><td>harbour</td></tr>\n', []],
    ['<td>harbour</td>\n\n<table><tr><td>pier</td></tr></table>\n', ['table', 'tbody', 'tr', 'td']],
  ])('reads a raw HTML block as a page body would: %j', (markdown, tags) => {
    const { tree } = markdownToHast(markdown)
    expect(tagNames(tree)).toEqual(tags)
    expect(clean(markdown, { format: 'markdown' }).text).toContain('harbour')
  })

  it('caps the depth of raw HTML blocks and says how many elements it flattened', () => {
    const { flattened } = markdownToHast(`${'<div>'.repeat(300)}Deep.${'</div>'.repeat(300)}\n`)
    expect(flattened).toBe(1)
  })
})

describe('clean() on Markdown', () => {
  it('reads Markdown only when asked: auto takes it for plain text', () => {
    const markdown = `# Harbour fees rise\n\n${story}\n`
    expect(clean(markdown).format).toBe('text')
    const article = clean(markdown, { format: 'markdown' })
    expect(article.format).toBe('markdown')
    expect(article.title).toBe('Harbour fees rise')
    expect(article.text).toBe(story)
  })

  it('removes the junk of a page saved as Markdown, block by block', () => {
    const article = clean(worldNews, { format: 'markdown' })
    const rules = new Set(article.removed.map((removal) => removal.rule))
    expect(rules).toEqual(
      new Set([
        'masthead',
        'link-list',
        'byline',
        'share-bar',
        'caption',
        'related-content',
        'call-to-action',
        'copyright',
      ]),
    )
    // The logo and the section link above the title go; the photo is the first image.
    expect(article.images[0]).toMatchObject({
      caption: 'Volunteers stack sandbags along the Selva River in Dornik on April 22.',
      credit: 'Photo: Mara Lindqvist/Northlight Agency',
    })
    expect(article.text).not.toContain('Subscribe for $1 a week')
    expect(article.text).not.toContain('Europe')
    expect(article.text).not.toContain('Inside the control room that missed the Selva surge')
    expect(article.text).toContain('Funding remains the weakest part of the deal.')
    expect(article.authors).toEqual(['Ilse Varga'])
    expect(article.publishedAt?.value).toBe('2024-05-14')
  })

  it('gives removals their line in the Markdown with places on', () => {
    const article = clean(worldNews, { format: 'markdown', places: true })
    const related = article.removed.find((removal) => removal.text === 'Related coverage')
    expect(related?.place?.start.line).toBe(
      worldNews.split('\n').indexOf('### Related coverage') + 1,
    )
  })

  it('cleans raw HTML blocks like a page’s elements', () => {
    const article = clean(
      `${story}\n\n<div class="newsletter">Sign up for our newsletter</div>\n\n<script>alert(1)</script>\n`,
      { format: 'markdown' },
    )
    expect(article.text).toBe(story)
    expect(article.markdown).not.toContain('<')
  })

  it('gives the same text when it cleans its own Markdown', () => {
    const article = clean(worldNews, { format: 'markdown' })
    expect(clean(article.markdown, { format: 'markdown' }).text).toBe(article.text)
  })

  it('refuses an unknown format with a typed error', () => {
    expect(() => clean('x', { format: 'md' as 'markdown' })).toThrow(UnscrapeError)
  })
})

describe('CLI on Markdown', () => {
  /** Run the CLI in-process and capture what it writes. */
  it('reads a .md file as Markdown under --input auto, and as text when told', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unscrape-md-'))
    const path = join(folder, 'story.md')
    writeFileSync(path, worldNews)
    const auto = await cli([path, '--format', 'json', '-q'])
    expect(auto.code).toBe(0)
    expect(JSON.parse(auto.stdout)).toEqual(clean(worldNews, { format: 'markdown' }))
    const text = await cli([path, '--format', 'json', '--input', 'text', '-q'])
    expect(JSON.parse(text.stdout).format).toBe('text')
  })

  it('reads the text field of JSONL records as Markdown with --input markdown', async () => {
    const line = JSON.stringify({ id: 'a', text: `# Harbour fees rise\n\n${story}` })
    const result = await cli(['--jsonl', '--input', 'markdown', '-q'], { stdin: line })
    expect(result.code).toBe(0)
    const record = JSON.parse(result.stdout)
    expect(record.article.format).toBe('markdown')
    expect(record.article.title).toBe('Harbour fees rise')
  })

  it('takes the .md pages of a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unscrape-md-'))
    mkdirSync(join(folder, 'pages'))
    writeFileSync(join(folder, 'pages', 'story.md'), worldNews)
    const result = await cli([join(folder, 'pages'), '-o', join(folder, 'out'), '-q', '-j', '1'])
    expect(result.code).toBe(0)
    expect(readFileSync(join(folder, 'out', 'story.md'), 'utf8')).toBe(
      clean(worldNews, { format: 'markdown' }).markdown,
    )
  })
})
