import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { hastFromParse5 } from '../src/parse/hast-from-parse5.js'
import { limitDepth } from '../src/parse/limit-depth.js'

/** Both conversions of one document, with or without source positions. */
function convert(document: string, positions: boolean) {
  const tree = () => {
    const parsed = parse(document, { sourceCodeLocationInfo: positions, scriptingEnabled: false })
    limitDepth(parsed)
    return parsed
  }
  return {
    ours: hastFromParse5(tree(), document),
    reference: fromParse5(tree(), positions ? { file: new VFile(document) } : {}),
  }
}

function expectSameTree(document: string) {
  for (const positions of [false, true]) {
    const { ours, reference } = convert(document, positions)
    expect(ours).toEqual(reference)
  }
}

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const pages = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('input.html'))
  .map((path) => ({ path, document: readFileSync(join(fixtures, path), 'utf8') }))

describe('hastFromParse5', () => {
  it('has fixture pages to compare', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it('builds the tree hast-util-from-parse5 builds, on every fixture page', () => {
    for (const { path, document } of pages) {
      const { ours, reference } = convert(document, true)
      expect(ours, path).toEqual(reference)
      expect(convert(document, false).ours, path).toEqual(convert(document, false).reference)
    }
  })

  it.each([
    ['list attributes', '<p class="a  b\tc" rel="nofollow noopener" accept="a/b, c/d">x</p>'],
    ['a class given twice by name', '<p class="a" classname="b c">x</p>'],
    ['numbers', '<td colspan="2" rowspan="x" tabindex="3">x</td><img width="10" height="">'],
    ['booleans', '<input hidden checked="" readonly="READONLY" disabled="no"><a download>x</a>'],
    ['data and aria', '<div data-story-id="7" data-x aria-hidden="true" aria-label="y">z</div>'],
    ['prototype names', '<p __proto__="x" constructor="y" toString="z" hasownproperty="w">t</p>'],
    [
      'svg and mathml',
      '<svg viewBox="0 0 10 10" class="i"><path d="M0 0"/><foreignObject><p>x</p></foreignObject><clipPath id="c"/></svg><math><mi mathvariant="bold">x</mi></math>',
    ],
    ['xlink and xml', '<svg><use xlink:href="#a" xml:lang="en"/></svg>'],
    [
      'templates',
      '<template><p>a</p><template><b>b</b></template></template><svg><template><g/></template></svg>',
    ],
    ['unclosed elements', '<div><p>one<p>two<ul><li>a<li>b'],
    ['comments and a doctype', '<!doctype html><!-- a --><p>x<!-- b --></p>'],
    ['quirks mode', '<p>no doctype</p>'],
    ['limited quirks', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Frameset//EN" "x"><p>x</p>'],
    ['empty input', ''],
    ['text with line breaks', 'one\r\ntwo\rthree\n<p>four\n</p>'],
    ['tables fostered', '<table><b>x</b><tr><td>1</td></tr>y</table>'],
  ])('builds the same tree for %s', (_, document) => {
    expectSameTree(document)
  })

  it('keeps a tag name with a dot or hash as written, not as a selector', () => {
    const { ours, reference } = convert('<p><x.y#z>t</x.y#z></p>', false)
    const tagOf = (root: Root) => {
      const [html] = root.children
      const body = html?.type === 'element' ? html.children[1] : undefined
      const p = body?.type === 'element' ? body.children[0] : undefined
      const inner = p?.type === 'element' ? p.children[0] : undefined
      return inner?.type === 'element' ? [inner.tagName, inner.properties] : null
    }
    expect(tagOf(ours)).toEqual(['x.y#z', {}])
    expect(tagOf(reference as Root)).toEqual(['x', { className: ['y'], id: 'z' }])
  })

  it('builds the same tree for generated markup', () => {
    const tag = fc.constantFrom(
      'div',
      'p',
      'span',
      'b',
      'a',
      'li',
      'ul',
      'table',
      'td',
      'tr',
      'svg',
      'template',
      'select',
      'option',
      'img',
      'br',
      'math',
    )
    const attribute = fc
      .tuple(
        fc.constantFrom(
          'class',
          'id',
          'hidden',
          'tabindex',
          'data-x',
          'rel',
          'width',
          'style',
          'viewBox',
          'accept',
          'href',
        ),
        fc.string({ maxLength: 6 }),
      )
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ maxLength: 8 }),
        fc
          .tuple(
            tag,
            fc.array(attribute, { maxLength: 3 }),
            fc.array(tie('node'), { maxLength: 4 }),
            fc.boolean(),
          )
          .map(
            ([name, attributes, inner, closed]) =>
              `<${name}${attributes.join('')}>${inner.join('')}${closed ? `</${name}>` : ''}`,
          ),
      ),
    })).node
    // hastscript reads `.` and `#` in a tag name as a selector (see above).
    const plain = markup.filter((document) => !/<[^\s/>]*[.#]/.test(document))
    fc.assert(
      fc.property(plain, (document) => expectSameTree(document)),
      { numRuns: 300 },
    )
  })
})
