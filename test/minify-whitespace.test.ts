import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Root } from 'hast'
import { minifyWhitespace as upstreamMinifyWhitespace } from 'hast-util-minify-whitespace'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { rehypeUnscrapeClean } from '../src/clean/rehype-unscrape-clean.js'
import { unscrapeParseHtml } from '../src/parse/unscrape-parse-html.js'
import { createFlowHandover, minifiedFlowType } from '../src/to-mdast/minified-flow.js'
import { minifyWhitespace } from '../src/to-mdast/minify-whitespace.js'
import { rehypeUnscrapeMinifyWhitespace } from '../src/to-mdast/rehype-unscrape-minify-whitespace.js'
import { rehypeUnscrapeSlimTree } from '../src/to-mdast/rehype-unscrape-slim-tree.js'
import { toMdastOptions, toMdastOptionsFor } from '../src/to-mdast/to-mdast-options.js'
import { htmlPages } from './util.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const pages = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('input.html'))
  .map((path) => readFileSync(join(fixtures, path), 'utf8'))

const parse = (html: string): Root => unified().use(unscrapeParseHtml).parse(html)

/** A fixture page's tree as the preset hands it to the white-space step. */
function slimTree(html: string): Root {
  const tree = parse(html)
  rehypeUnscrapeClean()(tree, new VFile())
  rehypeUnscrapeSlimTree()(tree)
  return tree
}

const toMdast = unified().use(rehypeRemark, toMdastOptions)
const handover = createFlowHandover()
const toMdastHandedOver = unified().use(rehypeRemark, toMdastOptionsFor(handover))

/** The Markdown tree of `tree`, with the white-space step first and without it. */
function bothWays(tree: Root) {
  const minified = structuredClone(tree)
  rehypeUnscrapeMinifyWhitespace(handover)(minified)
  return { minified: toMdastHandedOver.runSync(minified), upstream: toMdast.runSync(tree) }
}

const page = htmlPages({
  prefix: '<!doctype html>',
  tags: [
    'div',
    'p',
    'span',
    'b',
    'a',
    'li',
    'ul',
    'h2',
    'pre',
    'nobr',
    'table',
    'tr',
    'td',
    'br',
    'wbr',
    'img',
    'video',
    'input',
    'textarea',
    'select',
    'script',
    'template',
    'datalist',
    'option',
    'rp',
    'dl',
    'dt',
    'dd',
    'section',
    'code',
  ],
  attributes: ['', ' nowrap', ' hidden', ' wrap', ' id="x"', ' list="x"'],
  leaves: [
    'harbour',
    'fees  rise',
    '<!-- note -->',
    '<input type="checkbox" checked>',
    ...['', ' ', '\n  ', '\t', '\v', '\f', '\r\n', '\u00a0', ' x ', 'y\n'],
  ],
})

describe('minifyWhitespace', () => {
  it('makes the same tree as hast-util-minify-whitespace on generated pages', () => {
    fc.assert(
      fc.property(page, (html) => {
        const ours = parse(html)
        const theirs = parse(html)
        minifyWhitespace(ours)
        upstreamMinifyWhitespace(theirs)
        expect(ours).toEqual(theirs)
      }),
      { numRuns: 2000 },
    )
  })

  it('makes the same tree as hast-util-minify-whitespace on the fixture pages', () => {
    expect(pages.length).toBeGreaterThan(10)
    for (const html of pages) {
      const ours = parse(html)
      const theirs = parse(html)
      minifyWhitespace(ours)
      upstreamMinifyWhitespace(theirs)
      expect(ours).toEqual(theirs)
    }
  })

  it('collapses runs, trims at block edges, and keeps preformatted text', () => {
    const tree = parse(
      '<p>  a \n\t b <b> c </b> </p><pre>  x  </pre><nobr> d  e </nobr>' +
        '<table><tr><td nowrap> f  g </td><td> h  i </td></tr></table>',
    )
    minifyWhitespace(tree)
    const texts: string[] = []
    const walk = (parent: { children: Root['children'] }): void => {
      for (const child of parent.children) {
        if (child.type === 'text') texts.push(child.value)
        else if (child.type === 'element') walk(child)
      }
    }
    walk(tree)
    expect(texts).toEqual(['a b ', 'c', '  x  ', ' d e ', ' f g ', 'h i'])
  })
})

describe('rehypeUnscrapeMinifyWhitespace', () => {
  it('hands the content over beside the tree, leaving a stand-in', () => {
    const own = createFlowHandover()
    const tree = parse('<p>a</p>')
    rehypeUnscrapeMinifyWhitespace(own)(tree)
    expect(tree.children).toEqual([{ type: minifiedFlowType, key: 0 }])
    expect(own.waiting?.nodes.length).toBe(1)
    unified().use(rehypeRemark, toMdastOptionsFor(own)).runSync(tree)
    expect(own.waiting).toBeUndefined()
  })

  it('lets content left by a failed run go, and fails clearly on its stand-in', () => {
    const own = createFlowHandover()
    const convert = unified().use(rehypeRemark, toMdastOptionsFor(own))
    const abandoned = parse('<p>harbour</p>')
    const next = parse('<p>fees</p>')
    rehypeUnscrapeMinifyWhitespace(own)(abandoned)
    rehypeUnscrapeMinifyWhitespace(own)(next)
    expect(JSON.stringify(convert.runSync(next))).toContain('fees')
    expect(() => convert.runSync(abandoned)).toThrow(/not handed over/)
  })

  it('fails clearly on a stand-in whose content was not handed over', () => {
    const tree = parse('<p>a</p>')
    rehypeUnscrapeMinifyWhitespace(createFlowHandover())(tree)
    expect(() => toMdastHandedOver.runSync(tree)).toThrow(/not handed over/)
  })

  it('changes no Markdown tree of the fixture pages', () => {
    for (const html of pages) {
      const { minified, upstream } = bothWays(slimTree(html))
      expect(minified).toEqual(upstream)
    }
  })

  it('changes no Markdown tree of generated pages', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { minified, upstream } = bothWays(parse(html))
        expect(minified).toEqual(upstream)
      }),
      { numRuns: 1000 },
    )
  })

  it('still finds elements by id, the first of each', () => {
    const html =
      '<body><input list="d"><datalist id="d"><option value="first"></option></datalist>' +
      '<datalist id="d"><option value="second"></option></datalist></body>'
    const { minified, upstream } = bothWays(parse(html))
    expect(minified).toEqual(upstream)
    expect(JSON.stringify(minified)).toContain('first')
    expect(JSON.stringify(minified)).not.toContain('second')
  })
})
