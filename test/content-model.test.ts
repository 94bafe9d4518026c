import fc from 'fast-check'
import type { Nodes } from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { clean, toArticle, unscrapePreset } from '../src/index.js'
import { renderingProblem } from './render-check.js'

const markdownOf = (html: string) => clean(html, { format: 'html' }).markdown

/** The text a Markdown renderer would show, white space collapsed. */
function renderedText(markdown: string): string {
  const parts: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value)
    else if (node.type === 'break') parts.push(' ')
    if ('children' in node) for (const child of node.children) walk(child)
    if (node.type === 'tableCell') parts.push(' ')
  }
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown))
  return parts.join('').replace(/\s+/g, ' ').trim()
}

describe('content model: strong, emphasis and strikethrough', () => {
  it('writes bold nested past the depth cap as one pair of markers', () => {
    const article = clean(`<p>${'<b>'.repeat(400)}x${'</b>'.repeat(400)}</p>`, { format: 'html' })
    expect(article.warnings.map((warning) => warning.rule)).toContain('depth-limit')
    expect(article.markdown).toBe('**x**\n')
  })

  it.each([
    ['<p><b><b><b>x</b></b></b></p>', '**x**\n'],
    ['<p><b>a <b>b</b> c</b></p>', '**a b c**\n'],
    ['<p><strong>c <em>d <strong>e</strong></em></strong></p>', '**c _d e_**\n'],
    [
      `<p>${'<b><i>'.repeat(150)}x${'</i></b>'.repeat(150)} and <b>y</b></p>`,
      '**_x_** and **y**\n',
    ],
    ['<p><s>gone <del>twice</del></s> kept</p>', '~~gone twice~~ kept\n'],
  ])('takes marks out of marks of their kind: %j', (html, markdown) => {
    expect(markdownOf(html)).toBe(markdown)
  })

  it.each([
    ['<p>a <b></b>b <i> </i>c<s> </s>d</p>', 'a b c d\n'],
    [`<p>${'<b>'.repeat(400)}${'</b>'.repeat(400)}z</p>`, 'z\n'],
    ['<p>a <b><i> </i></b> b</p>', 'a b\n'],
  ])('leaves no empty markers: %j', (html, markdown) => {
    expect(markdownOf(html)).toBe(markdown)
  })

  it.each([
    [
      '<p><b>Go for whole grains.<br></b>Whole grains keep you full.</p>',
      '**Go for whole grains.**\\\nWhole grains keep you full.\n',
    ],
    ['<p>Fees <i><br>rise</i> again</p>', 'Fees\\\n*rise* again\n'],
    ['<p>a <b><i>x<br></i><br></b>y</p>', 'a **_x_**\\\n\\\ny\n'],
  ])('moves line breaks out of the edges of marks: %j', (html, markdown) => {
    const article = clean(html, { format: 'html' })
    expect(article.markdown).toBe(markdown)
    expect(article.markdown).not.toContain('&#xA;')
    expect(clean(article.markdown, { format: 'markdown' }).text).toBe(article.text)
  })

  it.each([
    ['<p>a <b>spreadsheet </b>where I keep</p>', 'a **spreadsheet** where I keep\n'],
    ['<p>the <i> harbour</i>fees</p>', 'the *harbour*fees\n'],
    ['<p>x <b><i>deep \u00a0</i></b>y</p>', 'x **_deep_** \u00a0y\n'],
    [
      '<table><tr><th>Tip</th><th>Cost</th></tr><tr><td><p><strong>Local insight: </strong>Guides know.</p></td><td>4</td></tr></table>',
      '| **Local insight:** Guides know. | 4    |\n',
    ],
  ])('moves white space out of the edges of marks: %j', (html, markdown) => {
    const article = clean(html, { format: 'html' })
    expect(article.markdown.endsWith(markdown)).toBe(true)
    expect(article.markdown).not.toContain('&#x')
    expect(clean(article.markdown, { format: 'markdown' }).text).toBe(article.text)
  })

  it('writes Markdown that renders as the text, however the marks nest', () => {
    const tag = fc.constantFrom('b', 'i', 's', 'strong', 'em', 'del')
    const leaf = fc.constantFrom('word', ' ', '', 'two words', '*', '_')
    const { inline } = fc.letrec<{ inline: string }>((tie) => ({
      inline: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc
          .tuple(tag, fc.array(tie('inline'), { maxLength: 3 }))
          .map(([name, children]) => `<${name}>${children.join('')}</${name}>`),
      ),
    }))
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 4 }), (parts) => {
        const article = clean(`<p>start ${parts.join(' ')} end</p>`, { format: 'html' })
        expect(renderedText(article.markdown)).toBe(article.text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 300 },
    )
  })
})

describe('content model: one-line blocks', () => {
  it.each([
    [
      '<h2>Harbour<br>fees rise</h2><p>The fees rise.</p>',
      '## Harbour fees rise',
      'Harbour fees rise',
    ],
    [
      '<table><tr><th>Route</th><th>Fee</th></tr><tr><td>North<br>pier</td><td>4.50</td></tr></table>',
      '| North pier | 4.50 |',
      'North pier\t4.50',
    ],
  ])('gives a line break in a heading or a table cell as a space: %j', (html, line, text) => {
    const article = clean(html, { format: 'html' })
    expect(article.markdown).toContain(line)
    expect(article.text).toContain(text)
  })
})

describe('content model: tables', () => {
  it.each([
    [
      '<a href="https://example.com/story"><table><th>harbour</th></table></a>',
      '| [harbour](https://example.com/story) |\n| ------------------------------------ |\n',
    ],
    [
      '<a href="/s"><table><tr><th>harbour</th><td>pier</td></tr></table></a>',
      '| [harbour pier](/s) |   |\n| ------------------ | - |\n',
    ],
  ])('gives what is not a row a cell of its own: %j', (html, markdown) => {
    const article = clean(html, { format: 'html' })
    expect(article.markdown).toBe(markdown)
    expect(renderedText(article.markdown)).toBe(article.text.replace(/\s+/g, ' ').trim())
  })

  it('puts rows and cells outside a table in a table, text and Markdown alike', async () => {
    // A fragment parse keeps a bare `<td>` that a page parse drops.
    const processor = unified().use(rehypeParse, { fragment: true }).use(unscrapePreset)
    for (const [html, markdown] of [
      ['<td>harbour</td><td>pier</td>', '| harbour | pier |\n| ------- | ---- |\n'],
      ['<tr><td>harbour</td></tr><p>Quay.</p>', '| harbour |\n| ------- |\n\nQuay.\n'],
    ]) {
      const file = await processor.process(html)
      expect(String(file)).toBe(markdown)
      expect(renderedText(String(file))).toBe(toArticle(file).text.replace(/\s+/g, ' ').trim())
    }
  })

  it('leaves tables of rows and cells as they are', () => {
    const html =
      '<table><tr><th>Port</th><th>Ships</th></tr><tr><td>North</td><td>4</td></tr></table>'
    expect(markdownOf(html)).toBe('| Port  | Ships |\n| ----- | ----- |\n| North | 4     |\n')
  })

  it('tells a table with a header row from one without, in the model and the text', () => {
    const table = (head: string) =>
      clean(`<table><tr>${head}</tr><tr><td>North</td><td>4</td></tr></table>`).sections[0]
        ?.blocks[0]
    const headed = table('<th>Port</th><th>Ships</th>')
    expect(headed).toMatchObject({
      header: true,
      rows: [
        ['Port', 'Ships'],
        ['North', '4'],
      ],
    })

    const article = clean(
      '<table><tr><td>Port</td><td>Ships</td></tr><tr><td>North</td><td>4</td></tr></table>',
    )
    // Markdown needs a header row; the model and the text have none to show.
    expect(article.markdown).toBe(
      '|       |       |\n| ----- | ----- |\n| Port  | Ships |\n| North | 4     |\n',
    )
    expect(article.sections[0]?.blocks[0]).toMatchObject({
      type: 'table',
      header: false,
      rows: [
        ['Port', 'Ships'],
        ['North', '4'],
      ],
    })
    expect(article.text).toBe('Port\tShips\nNorth\t4')
    expect(renderingProblem(article)).toBeNull()
  })
})

describe('content model: code in list items', () => {
  it('sets a list item with a code block of several paragraphs apart, in every input form', () => {
    for (const [input, format] of [
      ['<ol><li>harbour<pre><code>north pier\n\nsouth pier</code></pre></li></ol>', 'html'],
      ['<ol>harbour<pre><p>north pier</p>south pier</pre></ol>', 'markdown'],
      ['- harbour\n  ```\n  north pier\n\n  south pier\n  ```', 'markdown'],
    ] as const) {
      const article = clean(input, { format })
      expect(article.markdown, input).toMatch(
        /harbour\n\n {2,3}```\n {2,3}north pier\n\n {2,3}south pier\n/,
      )
      expect(renderingProblem(article), input).toBeNull()
    }
  })

  it('leaves a list item tight when its code has no blank line', () => {
    const article = clean('<ul><li>harbour<pre><code>north pier\nsouth pier</code></pre></li></ul>')
    expect(article.markdown).toBe('- harbour\n  ```\n  north pier\n  south pier\n  ```\n')
  })
})

describe('content model: numbered lists in the text', () => {
  /** The text of every paragraph in a list, as its offsets point to it. */
  const itemTexts = (article: ReturnType<typeof clean>) =>
    article.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.type === 'list' ? block.items : []))
      .flatMap((item) => item.blocks)
      .map((block) =>
        block.type === 'paragraph' ? article.text.slice(block.start, block.end) : '',
      )

  it('writes each item’s number before it, outside the paragraph, in every input form', () => {
    for (const [input, format] of [
      ['<ol><li>Check the tide table.</li><li>Book the ferry.</li></ol>', 'html'],
      ['1. Check the tide table.\n2. Book the ferry.\n', 'markdown'],
      ['1. Check the tide table.\n2. Book the ferry.\n', 'text'],
    ] as const) {
      const article = clean(input, { format })
      expect(article.text, format).toBe('1. Check the tide table.\n2. Book the ferry.')
      expect(itemTexts(article), format).toEqual(['Check the tide table.', 'Book the ferry.'])
      expect(renderingProblem(article), format).toBeNull()
    }
  })

  it.each([
    ['4', '4. Moor the boat.\n5. Pay the fee.'],
    ['0', '0. Moor the boat.\n1. Pay the fee.'],
    ['-2', '1. Moor the boat.\n2. Pay the fee.'],
    ['many', '1. Moor the boat.\n2. Pay the fee.'],
  ])('counts from the list’s first number %j, as its Markdown does', (start, text) => {
    const article = clean(`<ol start="${start}"><li>Moor the boat.</li><li>Pay the fee.</li></ol>`)
    expect(article.text).toBe(text)
    expect(article.markdown).toBe(`${text}\n`)
  })

  it.each([
    [
      '<ul><li>Ferry times</li></ul><ol><li><ul><li>North pier</li></ul></li><li>South pier</li></ol>',
      'Ferry times\n\n1. North pier\n2. South pier',
    ],
    ['<ol><blockquote>harbour</blockquote></ol>', '1. harbour'],
    [
      '<ol><li><pre><code>x = 1</code></pre></li><li><table><tr><th>Pier</th></tr><tr><td>North</td></tr></table></li></ol>',
      '1. x = 1\n2. Pier\nNorth',
    ],
  ])(
    'writes no mark before a bullet, and the number before whatever block opens an item: %j',
    (html, text) => {
      const article = clean(html)
      expect(article.text).toBe(text)
      expect(renderingProblem(article)).toBeNull()
      const inner = article.sections
        .flatMap((section) => section.blocks)
        .flatMap((block) =>
          block.type === 'list' ? block.items.flatMap((item) => item.blocks) : [],
        )
      for (const block of inner) {
        if (block.type === 'code')
          expect(article.text.slice(block.start, block.end)).toBe(block.value)
      }
    },
  )

  it('keeps the Markdown’s numbers when an item has no text', () => {
    const article = clean('<ol><li><img src="/a.png" alt=""></li><li>Book the ferry.</li></ol>')
    expect(article.text).toBe('2. Book the ferry.')
    expect(article.markdown).toBe('1. ![](/a.png)\n2. Book the ferry.\n')
    expect(renderingProblem(article)).toBeNull()
  })

  it('numbers only the first paragraph of an item of several', () => {
    const article = clean(
      '<ol><li><p>Board at the north pier.</p><p>Keep your ticket.</p></li></ol>',
    )
    expect(article.text).toBe('1. Board at the north pier.\nKeep your ticket.')
    expect(itemTexts(article)).toEqual(['Board at the north pier.', 'Keep your ticket.'])
  })
})
