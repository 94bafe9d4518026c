import type { Element, Root } from 'hast'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { type Article, clean, UnscrapeError } from '../src/index.js'
import { unscrapeParseHtml } from '../src/parse/unscrape-parse-html.js'

/** A paragraph any cleaner keeps. */
const story =
  '<p>The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year, citing fuel costs and repairs.</p>'

/** Warning rule ids of an article. */
function warningRules(article: Article): Array<string | null> {
  return article.warnings.map((warning) => warning.rule)
}

describe('hostile input', () => {
  it('empty and whitespace-only input give an empty article', () => {
    for (const input of ['', ' ', '\n\n\t  \r\n', '\u00a0\u3000']) {
      const article = clean(input)
      expect(article.text.trim()).toBe('')
      expect(article.markdown.trim()).toBe('')
    }
  })

  it('20,000 nested divs: flattened below the depth limit, text kept, a warning', () => {
    const depth = 20_000
    const input = `${story}${'<div>Level text.'.repeat(depth)}The end.`
    const article = clean(input)
    expect(warningRules(article)).toEqual(['depth-limit'])
    expect(article.text.split('Level text.').length - 1).toBe(depth)
    expect(article.text.endsWith('The end.')).toBe(true)
    // The blocks flattening made read like prose, but they never outweigh the page's story.
    expect(article.text).toContain('ferry fees would rise')
  })

  it('a flattened element gets at most 2,000 blocks, the rest as lines, and is marked', () => {
    const tree = unified()
      .use(unscrapeParseHtml, { maxDepth: 3 })
      .parse(`${'<div>Level.'.repeat(6000)}`) as Root
    const html = tree.children[0] as Element
    const body = html.children[1] as Element
    const flattened = body.children[0] as Element
    expect(flattened.tagName).toBe('div')
    expect(flattened.data).toEqual({ flattened: true })
    expect(flattened.children.length).toBe(2000)
    const first = flattened.children[0] as Element
    expect(first.children).toMatchObject([{ type: 'text', value: 'Level.\nLevel.\nLevel.' }])
    expect(body.data).toBeUndefined()
  })

  it('deep inline nesting and deep lists keep their text', () => {
    for (const open of ['<b>', '<span>', '<blockquote>', '<ul><li>', '<table><tr><td>']) {
      const article = clean(`${story}${`${open}Level.`.repeat(3000)}`)
      expect(warningRules(article), open).toEqual(['depth-limit'])
      expect(article.text.split('Level.').length - 1, open).toBe(3000)
    }
  })

  it('scripts below the depth limit are dropped, not turned into text', () => {
    const article = clean(`${story}${'<div>'.repeat(1000)}<script>alert(1)</script>Deep text.`)
    expect(article.text).toContain('Deep text.')
    expect(article.text).not.toContain('alert')
  })

  it('headings nested in headings do not take exponential time', () => {
    const article = clean(`${story}${'<h2><div>Level.'.repeat(40)}`)
    expect(article.text.split('Level.').length - 1).toBe(40)
  })

  it('a run of 60,000 marks that hold only white space is collapsed in one pass', () => {
    // Looking ahead from each mark for what follows the run cost its square.
    const article = clean(`${story}<p>Harbour ${'<sup> </sup>'.repeat(60_000)} fees</p>`)
    expect(article.markdown).toContain('Harbour fees')
  })

  it('plain text indented thousands of levels deep', () => {
    const lines = Array.from({ length: 2000 }, (_, index) => `${' '.repeat(index)}- item ${index}`)
    const article = clean(`Harbour news\n\n${lines.join('\n')}`, { format: 'text' })
    expect(warningRules(article)).toEqual([])
    expect(article.text).toContain('item 0')
    expect(article.text).toContain('item 1999')
  })

  it('a long list and a table bomb', () => {
    const list = `<ul>${'<li>Ferry item text'.repeat(20_000)}</ul>`
    expect(clean(`<article>${story}${list}</article>`).text).toContain('harbour authority')
    const bomb = `<table><tr><td colspan="1000000" rowspan="65534">x</td>${'<td>y</td>'.repeat(3000)}</tr>${'<tr><td rowspan="1000">z</td></tr>'.repeat(500)}</table>`
    const article = clean(`<article>${story}${bomb}</article>`)
    expect(article.text).toContain('harbour authority')
    expect(article.markdown.length).toBeLessThan(1_000_000)
  })

  it('a long line with no white space', () => {
    const line = 'a'.repeat(2_000_000)
    expect(clean(line).text).toBe(line)
    expect(clean(`<p>${line}</p>`, { format: 'html' }).text).toBe(line)
  })

  it('NUL, control characters, lone surrogates and random bytes never throw', () => {
    const inputs = [
      'a\u0000b\u0001c\u001b[31m red\u007f',
      'half \ud800 a pair \udc00 end',
      `<p>${'\ufffd'.repeat(50)}</p>`,
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)).toString(
        'latin1',
      ),
      new TextDecoder().decode(
        Uint8Array.from({ length: 4096 }, (_, index) => (index * 104_729) % 256),
      ),
    ]
    for (const input of inputs)
      expect(clean(input).warnings).not.toContainEqual({
        rule: 'internal-error',
        message: expect.any(String),
      })
  })

  it('script and style text inside body text stays text, never markup', () => {
    const article = clean(
      `<article>${story}<p>Write &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; to test.</p></article>`,
    )
    expect(article.text).toContain('<script>alert(1)</script>')
    expect(article.markdown).toContain('\\<script>alert(1)\\</script>')
    expect(article.markdown).toContain('\\<img src=x onerror=alert(1)>')
  })

  it('links and images with a dangerous scheme lose the address, keep the text', () => {
    const article = clean(
      `<article>${story}<p>The ferry company said passengers should click <a href="javascript:alert(1)">here</a>, <a href=" JaVa&#x09;ScRiPt&#58;alert(1)">there</a>, <a href="vbscript:x">this</a>, <a href="data:text/html,<script>alert(1)</script>">that</a> or <a href="https://example.com/a">safe</a> to read the new timetable before travelling next week.</p><img src="javascript:alert(1)" alt="bad" onerror="alert(1)"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="svg"><img src="https://example.com/a.jpg" alt="good"></article>`,
    )
    expect(article.text).toContain('click here, there, this, that or safe to read')
    expect(article.markdown).toContain('click here, there, this, that or')
    expect(article.markdown).toContain('[safe](https://example.com/a)')
    expect(article.markdown).not.toMatch(/script:|data:|onerror/i)
    expect(article.images.map((image) => image.src)).toEqual(['https://example.com/a.jpg'])
  })

  it('what a dropped image or link leaves is tidied: no space at a paragraph’s edge, no empty mark', () => {
    const article = clean(
      `<article>${story}<p><img src="data:image/svg+xml,%3Csvg%3E" alt="Logo"> <span>Survey</span></p><p><b><img src="javascript:x"> Fees</b> rise.</p></article>`,
    )
    expect(article.markdown).toContain('\n\nSurvey\n')
    expect(article.markdown).toContain('\n\n**Fees** rise.\n')
    expect(article.markdown).not.toContain('&#x')
  })

  it('code around blocks never lets its text out as Markdown', () => {
    const article = clean(
      `<article>${story}<code><p>Type</p><p>![i](javascript:alert(1))</p></code></article>`,
    )
    expect(article.markdown).toContain('`Type  ![i](javascript:alert(1))`')
  })

  it('a link around a list keeps the list text', () => {
    const article = clean(
      `<article>${story}<a href="https://example.com/a"><ol>Ferry timetable for the harbour, updated on Monday.</ol></a></article>`,
    )
    expect(article.text).toContain('Ferry timetable for the harbour')
    expect(article.markdown).toContain(
      '1. [Ferry timetable for the harbour, updated on Monday.](https://example.com/a)',
    )
  })

  it('HTML comments never reach the Markdown', () => {
    const article = clean(`<article><!-- <script>alert(1)</script> -->${story}</article>`)
    expect(article.markdown).not.toContain('<!--')
  })

  it('raw HTML in plain text is escaped in the Markdown', () => {
    const article = clean('A note on <b>bold</b> tags: write <script>alert(1)</script> here.', {
      format: 'text',
    })
    expect(article.text).toContain('<script>alert(1)</script>')
    expect(article.markdown).toContain('\\<script>alert(1)\\</script>')
  })

  it('Markdown control characters in text are escaped', () => {
    const article = clean(
      `<article>${story}<p>The harbour master wrote * not a bullet, [not](a link), a | pipe, \`not code\`, _not emphasis_ and 1\\. done in the notice posted on Monday.</p><p># not a heading, the harbour master added in a second notice on Tuesday.</p></article>`,
    )
    expect(article.markdown).toContain('wrote \\* not a bullet, \\[not]\\(a link)')
    expect(article.markdown).toContain('\\`not code\\`')
    expect(article.markdown).toContain('\\_not emphasis\\_')
    expect(article.markdown).toContain('\\# not a heading')
  })

  it('__proto__ and constructor keys in options are data, not prototype tricks', () => {
    const options = JSON.parse('{"__proto__": {"format": "text"}, "constructor": {"x": 1}}')
    const article = clean(
      `<p>${story}</p><p>Second paragraph of the story, long enough.</p>`,
      options,
    )
    expect(article.format).toBe('html')
    expect(({} as Record<string, unknown>).format).toBeUndefined()
    const rules = JSON.parse('{"__proto__": false}')
    expect(() => clean(story, { rules })).toThrow(UnscrapeError)
  })
})
