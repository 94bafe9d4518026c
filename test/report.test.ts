import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { type Article, clean, type Options, toReport } from '../src/index.js'
import { collapseWhitespace } from '../src/shared/text-shape.js'
import { article as generatedArticle, tree as generatedTree, plainText } from './generators.js'
import { cli, everyParagraph } from './util.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const seed = readFileSync(new URL('khamenei-red-line/input.txt', fixtures), 'utf8')
const worldNews = readFileSync(new URL('html-world-news/input.html', fixtures), 'utf8')
const markdownNews = readFileSync(new URL('markdown-world-news/input.md', fixtures), 'utf8')

/** Clean with places and make the report, parsed back as a browser would read it. */
function report(
  input: string,
  options: Options = {},
): { article: Article; html: string; tree: Root } {
  const article = clean(input, { places: true, ...options })
  const html = toReport(article, input)
  return { article, html, tree: unified().use(rehypeParse).parse(html) }
}

/** The elements of a tree, in document order, that `test` accepts. */
function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node)
  })
  return found
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes(name)
}

/** The marks of the input pane, in document order. */
function marksOf(tree: Root): Element[] {
  return elements(tree, (node) => hasClass(node, 'u-mark'))
}

/** The one element with a class. */
function one(tree: Root, name: string): Element {
  const found = elements(tree, (node) => hasClass(node, name))
  expect(found).toHaveLength(1)
  return found[0] as Element
}

const textOf = (node: Element) => collapseWhitespace(toText(node, { whitespace: 'pre-wrap' }))

const withoutLineBreaks = (value: string) => value.replace(/\r?\n/g, '')

/** What makes a report unsafe, if anything: what could run, load, or leave the page. */
function unsafeParts(tree: Root): string[] {
  const found: string[] = []
  const allowedAttributes = new Set([
    'className',
    'dataRule',
    'dataReason',
    'dataUnscrapeStandIn',
    'title',
    'tabIndex',
    'lang',
    'dir',
    'colSpan',
    'rowSpan',
    'start',
    'reversed',
    'value',
    'type',
    'name',
    'id',
    'checked',
    'htmlFor',
    'ariaLabel',
    'charSet',
    'httpEquiv',
    'content',
  ])
  const unsafeTags = new Set([
    'script',
    'iframe',
    'frame',
    'object',
    'embed',
    'img',
    'picture',
    'source',
    'video',
    'audio',
    'svg',
    'math',
    'link',
    'base',
    'form',
    'button',
    'textarea',
    'select',
    'template',
    'noscript',
    'canvas',
    'portal',
  ])
  let styles = 0
  let metas = 0
  visit(tree, 'element', (node) => {
    if (unsafeTags.has(node.tagName)) found.push(`<${node.tagName}>`)
    if (node.tagName === 'style') styles++
    if (node.tagName === 'meta') metas++
    for (const key of Object.keys(node.properties)) {
      if (!allowedAttributes.has(key)) found.push(`${node.tagName}[${key}]`)
    }
  })
  if (styles !== 1) found.push(`${styles} style elements`)
  if (metas !== 4) found.push(`${metas} meta elements`)
  return found
}

/** The Content-Security-Policy of a report, checked to come before anything it governs. */
function policyOf(tree: Root): string {
  const head = elements(tree, (node) => node.tagName === 'head')[0] as Element
  const children = head.children.filter((node): node is Element => node.type === 'element')
  const index = children.findIndex(
    (node) => String(node.properties.httpEquiv) === 'Content-Security-Policy',
  )
  expect(index).toBeGreaterThanOrEqual(0)
  // Only the charset may stand before it.
  expect(children.slice(0, index).map((node) => node.tagName)).toEqual(['meta'])
  return String(children[index]?.properties.content)
}

describe('toReport', () => {
  it('marks the seed’s link lists, table of contents, headline gallery and comment prompt, not its story', () => {
    const { article, tree } = report(seed)
    const marks = marksOf(tree)
    expect(marks.map((mark) => mark.properties.dataRule)).toEqual(
      article.removed.map((removal) => removal.rule),
    )
    expect(new Set(article.removed.map((removal) => removal.rule))).toEqual(
      new Set(['table-of-contents', 'link-list', 'call-to-action', 'headline-gallery']),
    )
    for (const [index, mark] of marks.entries()) {
      const removal = article.removed[index] as Article['removed'][number]
      const place = removal.place as NonNullable<typeof removal.place>
      const placed = seed.slice(place.start.offset ?? 0, place.end.offset ?? 0)
      // The comment prompt is a sentence of its paragraph: marked on its own words.
      const expected = removal.rule === 'call-to-action' ? removal.text : placed
      expect(toText(mark, { whitespace: 'pre-wrap' })).toBe(expected)
      expect(mark.properties.dataReason).toBe(removal.reason)
      expect(String(mark.properties.title)).toContain(`${removal.rule}: ${removal.reason}`)
    }
    // The story is all outside the marks.
    const marked = marks.map(textOf).join('\n')
    const paragraphs = everyParagraph(article)
    expect(paragraphs.length).toBeGreaterThan(10)
    for (const paragraph of paragraphs) expect(marked).not.toContain(paragraph.text)
    expect(one(tree, 'u-lines').tagName).toBe('div')
    expect(elements(tree, (node) => hasClass(node, 'u-unplaced'))).toEqual([])
  })

  it('shows the seed’s lines as written', () => {
    const { tree } = report(seed)
    // A marked block ends its line itself: the line break after it is not written.
    expect(withoutLineBreaks(toText(one(tree, 'u-lines'), { whitespace: 'pre' }))).toBe(
      withoutLineBreaks(seed),
    )
  })

  it('lists the rules that fired with counts and a toggle each', () => {
    const { article, tree } = report(seed)
    const counts = new Map<string, number>()
    for (const { rule } of article.removed) counts.set(rule, (counts.get(rule) ?? 0) + 1)
    const legend = one(tree, 'u-legend')
    const labels = elements(legend as unknown as Root, (node) => node.tagName === 'label')
    expect(labels.map((label) => textOf(label))).toEqual(
      [...counts].map(([rule, count]) => `${rule}× ${count}`),
    )
    const toggles = elements(
      tree,
      (node) => node.tagName === 'input' && node.properties.type === 'checkbox',
    )
    expect(toggles.map((toggle) => toggle.properties.id)).toEqual(
      labels.map((label) => String(label.properties.htmlFor)),
    )
    expect(toggles.every((toggle) => toggle.properties.checked === true)).toBe(true)
  })

  it('marks each removal of an HTML page on the element that held it', () => {
    const { article, tree } = report(worldNews)
    const marks = marksOf(tree)
    expect(marks.map((mark) => mark.properties.dataRule).sort()).toEqual(
      article.removed.map((removal) => removal.rule).sort(),
    )
    for (const removal of article.removed) {
      // Every line of the removed text is in the mark (which shows images as boxes too).
      const mark = marks.find(
        (node) =>
          node.properties.dataRule === removal.rule &&
          removal.text.split('\n').every((line) => textOf(node).includes(collapseWhitespace(line))),
      )
      // The removed script has no text: its stand-in box is marked.
      if (removal.text === '') {
        expect(marks.some((node) => node.properties.dataRule === removal.rule)).toBe(true)
      } else expect(mark, `${removal.rule}: ${removal.text}`).toBeDefined()
    }
    // The story's paragraphs are on the page, unmarked.
    const page = one(tree, 'u-page')
    const marked = new Set(marks.flatMap((mark) => elements(mark as unknown as Root, () => true)))
    const paragraphs = elements(
      page as unknown as Root,
      (node) => node.tagName === 'p' && !marked.has(node),
    )
    const story = article.sections[0]?.blocks[0]
    expect(story?.type).toBe('paragraph')
    expect(paragraphs.map(textOf)).toContain(story?.type === 'paragraph' ? story.text : '')
  })

  it('marks a removed sentence on its own words in an HTML paragraph', () => {
    const story =
      '<p>The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year, citing fuel costs and repairs. Officials expect the change to hold for two years.</p>'
    const input = `<article><h1>Ferry fees rise</h1>${story}${story.replace('harbour', 'city')}<p>Fuel costs have doubled since 2021, the authority said in its report to the council. Share your thoughts in the comments below.</p></article>`
    const { article, tree } = report(input)
    expect(article.removed.map((removal) => removal.rule)).toEqual(['call-to-action'])
    const [mark] = marksOf(tree)
    expect(mark?.tagName).toBe('span')
    expect(textOf(mark as Element)).toBe('Share your thoughts in the comments below.')
  })

  it('marks a Markdown page’s removals over its lines', () => {
    const { article, tree } = report(markdownNews, { format: 'markdown' })
    expect(article.removed.length).toBeGreaterThan(5)
    const marks = marksOf(tree)
    expect(marks.map((mark) => mark.properties.dataRule)).toEqual(
      article.removed.map((removal) => removal.rule),
    )
    expect(withoutLineBreaks(toText(one(tree, 'u-lines'), { whitespace: 'pre' }))).toBe(
      withoutLineBreaks(markdownNews),
    )
  })

  it('lists the removals it cannot place under the legend, with their text', () => {
    const article = clean(seed)
    expect(article.removed.every((removal) => removal.place === null)).toBe(true)
    const tree = unified().use(rehypeParse).parse(toReport(article, seed))
    expect(marksOf(tree)).toEqual([])
    const list = one(tree, 'u-unplaced')
    const items = elements(list as unknown as Root, (node) => node.tagName === 'li')
    expect(items.map((item) => item.properties.dataRule)).toEqual(
      article.removed.map((removal) => removal.rule),
    )
    expect(textOf(items[0] as Element)).toContain('Table of Contents')
    expect(textOf(one(tree, 'u-top'))).toContain(`${article.removed.length} not marked on the page`)
  })

  it('lists a removal whose place is not on the page (a removal in the page’s head)', () => {
    const input =
      '<html><head><title>Ferry fees</title></head><body><p>The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year.</p></body></html>'
    const article = clean(input, { places: true })
    const headTitle = {
      rule: 'page-chrome',
      reason: 'test of an unplaceable removal',
      text: 'Ferry fees',
      place: {
        start: { line: 1, column: 14, offset: 13 },
        end: { line: 1, column: 38, offset: 37 },
      },
    }
    article.removed.push(headTitle)
    const tree = unified().use(rehypeParse).parse(toReport(article, input))
    expect(marksOf(tree)).toEqual([])
    const list = one(tree, 'u-unplaced')
    expect(textOf(list)).toContain('test of an unplaceable removal (1:14–1:38): “Ferry fees”')
  })

  it('reads bytes as clean() does: the same report as from the text', () => {
    const bytes = new TextEncoder().encode(worldNews)
    const fromBytes = toReport(clean(bytes, { places: true }), bytes)
    expect(fromBytes).toBe(toReport(clean(worldNews, { places: true }), worldNews))
    const windows1252 = Uint8Array.from(
      '<meta charset="windows-1252"><nav><a href="/">Home</a> <a href="/a">News</a> <a href="/b">Sport</a></nav><p>Caf\u00e9 owners said on Monday that rents would rise by 3.5 percent next year.</p>',
      (char) => char.charCodeAt(0),
    )
    const tree = unified()
      .use(rehypeParse)
      .parse(toReport(clean(windows1252, { places: true }), windows1252))
    expect(marksOf(tree).map((mark) => textOf(mark))).toEqual(['Home News Sport'])
    expect(textOf(one(tree, 'u-page'))).toContain('Café owners')
  })

  it('renders the clean result from the Markdown', () => {
    const { article, tree } = report(worldNews)
    const result = one(tree, 'u-clean')
    expect(textOf(result)).toContain(article.title ?? '')
    for (const paragraph of article.text.split('\n\n').slice(0, 3)) {
      expect(textOf(result)).toContain(collapseWhitespace(paragraph))
    }
    const source = elements(
      one(tree, 'u-markdown') as unknown as Root,
      (node) => node.tagName === 'pre',
    )
    expect(toText(source[0] as Element, { whitespace: 'pre' })).toBe(article.markdown)
  })

  it('forbids everything but its own style sheet, by hash, and has no script', () => {
    for (const input of [seed, worldNews]) {
      const { tree } = report(input)
      const policy = policyOf(tree)
      const style = elements(tree, (node) => node.tagName === 'style')[0] as Element
      const css = toText(style, { whitespace: 'pre' })
      const hash = createHash('sha256').update(css).digest('base64')
      expect(policy).toBe(
        `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`,
      )
      expect(unsafeParts(tree)).toEqual([])
    }
  })

  it('makes safe reports of the hostile inputs', () => {
    const hostile = new URL('hostile/', fixtures)
    const names = readdirSync(hostile)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      for (const file of readdirSync(new URL(`${name}/`, hostile))) {
        const { html, tree } = report(readFileSync(new URL(`${name}/${file}`, hostile), 'utf8'))
        expect(unsafeParts(tree), name).toEqual([])
        expect(html, name).not.toMatch(/onerror=/i)
      }
    }
  })

  it('makes reports of deeply nested pages', () => {
    const story =
      '<p>The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year.</p>'
    for (const input of [
      `${story}${'<div>Level text.'.repeat(1000)}The end.`,
      `${story}${'<blockquote>Level.'.repeat(150)}`,
      `${story}${'<span>Level.'.repeat(2000)}`,
      `${'> '.repeat(3000)}quote\n\n${'- '.repeat(2000)}x`,
    ]) {
      const { article, tree } = report(input)
      expect(unsafeParts(tree)).toEqual([])
      expect(textOf(one(tree, 'u-clean'))).toContain(collapseWhitespace(article.text.slice(0, 60)))
    }
  })

  it('makes safe reports of any page, text or markup in text', () => {
    const hostileBits = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1) alt="x">',
      '<iframe src="https://example.com"></iframe>',
      '<a href="javascript:alert(1)" style="color:red" onclick="x()">Read</a>',
      '<svg><script>alert(1)</script></svg>',
      '<base href="https://example.com/">',
      '<meta http-equiv="refresh" content="0;url=https://example.com">',
      '<link rel="stylesheet" href="https://example.com/a.css">',
      '<style>body{background:url(https://example.com/x)}</style>',
      '<form action="https://example.com"><button formaction="https://example.com">Go</button></form>',
      '<div data-unscrape-stand-in="img" class="u-mark u-r0" data-rule="fake">Forged</div>',
      '<object data="x.swf"></object><embed src="x">',
      '<template><img src=x></template><noscript><img src=y></noscript>',
      '</div></main><script>alert(2)</script>',
      '\u202Eevil\u202C',
    )
    const page = fc
      .tuple(
        fc.oneof(generatedTree, generatedArticle, plainText),
        fc.array(hostileBits, { maxLength: 4 }),
      )
      .map(([base, bits]) => `${bits.join('')}${base}${bits.reverse().join('')}`)
    fc.assert(
      fc.property(page, (input) => {
        const { html, tree } = report(input)
        expect(unsafeParts(tree)).toEqual([])
        // No character that reorders what a reader sees.
        expect(html).not.toMatch(/\u202E/)
        // A page cannot forge a mark: only removals are marked.
        const article = clean(input, { places: true })
        expect(marksOf(tree).length).toBeLessThanOrEqual(article.removed.length)
      }),
      { numRuns: 40 },
    )
  })
})

describe('the report’s documentation', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const docs = readFileSync(new URL('../docs/report.md', import.meta.url), 'utf8')

  it('runs the command README and docs/report.md show', async () => {
    const command =
      'npx unscrape fixtures/khamenei-red-line/input.txt --report report.html > article.md'
    expect(readme).toContain(command)
    expect(docs).toContain(command)
    const folder = mkdtempSync(join(tmpdir(), 'unscrape-report-'))
    const argv = command
      .split(' > ')[0]
      ?.split(' ')
      .slice(2)
      .map((arg) => (arg === 'report.html' ? join(folder, arg) : arg)) as string[]
    const result = await cli(argv)
    expect(result).toEqual({ code: 0, stdout: clean(seed).markdown, stderr: '' })
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe(
      toReport(clean(seed, { places: true }), seed),
    )
  })

  it('runs the example of docs/report.md and prints what it shows', () => {
    const [, code, shown] = /```js\n([\s\S]*?)```[\s\S]*?```txt\n([\s\S]*?)```/.exec(docs) ?? []
    // Beside the package, so that it imports itself by name (from `dist/`).
    const script = new URL('./.docs-report-example.mjs', import.meta.url)
    const folder = mkdtempSync(join(tmpdir(), 'unscrape-report-'))
    writeFileSync(script, code ?? '')
    try {
      const printed = execFileSync(process.execPath, [script.pathname], {
        cwd: folder,
        encoding: 'utf8',
      })
      expect(printed).toBe(shown)
    } finally {
      rmSync(script)
    }
    const tree = unified()
      .use(rehypeParse)
      .parse(readFileSync(join(folder, 'report.html'), 'utf8'))
    expect(marksOf(tree).map((mark) => mark.properties.dataRule)).toEqual([
      'page-chrome',
      'call-to-action',
    ])
  })
})

describe('unscrape --report', () => {
  it('writes the report of one article and prints the Markdown as before', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unscrape-report-'))
    const path = join(folder, 'report.html')
    const seedPath = new URL('khamenei-red-line/input.txt', fixtures).pathname
    const result = await cli([seedPath, '--report', path])
    expect(result).toEqual({ code: 0, stdout: clean(seed).markdown, stderr: '' })
    expect(readFileSync(path, 'utf8')).toBe(toReport(clean(seed, { places: true }), seed))
  })

  it('is a usage error with an output folder or JSON Lines', async () => {
    for (const argv of [
      ['a.html', '-o', 'out', '--report', 'r.html'],
      ['--jsonl', '--report', 'r.html'],
    ]) {
      const result = await cli(argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('--report works on one article')
    }
  })
})
