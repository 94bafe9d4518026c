import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Element, Root } from 'hast'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { rehypeUnscrapeClean } from '../src/clean/rehype-unscrape-clean.js'
import { rehypeUnscrapeBodyMetadata } from '../src/metadata/rehype-unscrape-body-metadata.js'
import { rehypeUnscrapeMetadata } from '../src/metadata/rehype-unscrape-metadata.js'
import { unscrapeParseHtml } from '../src/parse/unscrape-parse-html.js'
import { rehypeUnscrapeSlimTree } from '../src/to-mdast/rehype-unscrape-slim-tree.js'
import { toMdastOptions } from '../src/to-mdast/to-mdast-options.js'
import { htmlPages } from './util.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const pages = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('input.html'))
  .map((path) => readFileSync(join(fixtures, path), 'utf8'))

/** A page's clean tree, as the preset hands it to rehype-remark. */
function cleanTree(html: string): Root {
  const tree = unified().use(unscrapeParseHtml).parse(html)
  const file = new VFile()
  rehypeUnscrapeMetadata()(tree, file)
  rehypeUnscrapeClean()(tree, file)
  rehypeUnscrapeBodyMetadata()(tree, file)
  return tree
}

const toMdast = unified().use(rehypeRemark, toMdastOptions)

describe('rehypeUnscrapeSlimTree', () => {
  it('changes no Markdown tree of the fixture pages', () => {
    expect(pages.length).toBeGreaterThan(10)
    for (const html of pages) {
      const slim = cleanTree(html)
      rehypeUnscrapeSlimTree()(slim)
      expect(toMdast.runSync(slim)).toEqual(toMdast.runSync(cleanTree(html)))
    }
  })

  it('changes no Markdown tree of generated pages: attributes, white space, comments and all', () => {
    const generated = htmlPages({
      tags: [
        'div',
        'p',
        'span',
        'b',
        'li',
        'ul',
        'h2',
        'pre',
        'nobr',
        'table',
        'tr',
        'td',
        'blockquote',
        'br',
        'img',
        'textarea',
        'font',
        'time',
        'a',
        'q',
        'dl',
        'dt',
        'dd',
        'ol',
        'section',
        'figure',
        'wbr',
        'select',
        'option',
      ],
      attributes: ['', ' nowrap hidden', ' id="x"', ' class="c"', ' hidden'],
      leaves: [
        'harbour',
        'fees rise',
        '<!-- note -->',
        '<input type="checkbox" checked>',
        '<table><tr><td nowrap> a  b </td><td> c </td></tr></table>',
        ...['', ' ', '\n  ', '\t', '\u00a0', ' x '],
      ],
    })
    fc.assert(
      fc.property(generated, (html) => {
        const parse = () => unified().use(unscrapeParseHtml).parse(html)
        const slim = parse()
        rehypeUnscrapeSlimTree()(slim)
        expect(toMdast.runSync(slim)).toEqual(toMdast.runSync(parse()))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps what Markdown reads and drops the rest', () => {
    const tree = unified()
      .use(unscrapeParseHtml)
      .parse(
        '<p style="color:red" data-track="x" aria-label="y" id="p1">' +
          '<a href="/a" title="A" target="_blank" rel="nofollow">a</a>' +
          '<img src="/i.png" alt="I" width="10" loading="lazy" srcset="/j.png 2x"></p>' +
          '<pre><code class="language-js" data-line="1">x</code></pre>' +
          '<template><b data-x="1" hidden>t</b></template>',
      )
    rehypeUnscrapeSlimTree()(tree)
    const kept: Record<string, string[]> = {}
    visit(tree, 'element', (node: Element) => {
      kept[node.tagName] = Object.keys(node.properties).sort()
      if (node.content)
        visit(node.content, 'element', (inner: Element) => {
          kept[`template ${inner.tagName}`] = Object.keys(inner.properties)
        })
    })
    expect(kept).toMatchObject({
      p: ['id'],
      a: ['href', 'rel', 'title'],
      img: ['alt', 'src'],
      code: ['className'],
      'template b': ['hidden'],
    })
  })
})
