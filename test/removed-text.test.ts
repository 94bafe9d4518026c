import fc from 'fast-check'
import type { Element, ElementContent } from 'hast'
import { toText } from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { removedText } from '../src/clean/removed-text.js'

/** The first element of the body of `html`. */
function element(html: string): Element {
  const tree = unified().use(rehypeParse).parse(`<body>${html}`)
  const htmlElement = tree.children.find((node) => node.type === 'element') as Element
  const body = htmlElement.children.find(
    (node) => node.type === 'element' && node.tagName === 'body',
  ) as Element
  return body.children.find((node) => node.type === 'element') as Element
}

/** What `hast-util-to-text` gives, white space collapsed as removals record it. */
function innerText(node: Element): string {
  return toText(node)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim()
}

describe('removedText', () => {
  it.each([
    ['<div><p>Sign up</p><p>for the  newsletter</p></div>', 'Sign up\nfor the newsletter'],
    ['<ul><li>Home</li>\n  <li><a href="/a">World</a></li></ul>', 'Home\nWorld'],
    ['<p>One<br>two\nthree</p>', 'One\ntwo three'],
    [
      '<table><tr><td>Port</td><td>4</td></tr><tr><td>Quay</td><td>5</td></tr></table>',
      'Port 4\nQuay 5',
    ],
    ['<div>Menu<script>track()</script><style>a{}</style><span hidden>x</span></div>', 'Menu'],
    ['<pre>a  b\n  c</pre>', 'a b\nc'],
    ['<div>\u202AEnglish\u202C</div>', 'English'],
  ])('reads %j as a reader saw it', (html, text) => {
    expect(removedText(element(html))).toBe(text)
  })

  it('reads a removed script or hidden block itself: its removal records what it held', () => {
    expect(removedText(element('<div hidden>Offer ends soon</div>'))).toBe('Offer ends soon')
    const tree = unified().use(rehypeParse, { fragment: true }).parse('<script>track()</script>')
    expect(removedText(tree.children[0] as ElementContent)).toBe('track()')
  })

  it('reads an element with one text as it reads the same text in two pieces', () => {
    const piece = fc.constantFrom(
      'Port',
      'fees',
      ' ',
      '\n',
      '\r\n',
      '\t',
      '\f',
      '\u200E',
      '\u202A',
      '\u00A0',
    )
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join(''))
    const tag = fc.constantFrom(
      'script',
      'style',
      'div',
      'p',
      'span',
      'td',
      'li',
      'pre',
      'textarea',
    )
    fc.assert(
      fc.property(tag, text, fc.nat(), (tagName, value, at) => {
        const cut = at % (value.length + 1)
        const whole: Element = {
          type: 'element',
          tagName,
          properties: {},
          children: [{ type: 'text', value }],
        }
        const pieces: Element = {
          ...whole,
          children: [
            { type: 'text', value: value.slice(0, cut) },
            { type: 'text', value: value.slice(cut) },
          ],
        }
        expect(removedText(whole)).toBe(removedText(pieces))
      }),
      { numRuns: 500 },
    )
  })

  it('reads text and comment nodes', () => {
    expect(removedText({ type: 'text', value: '  Share \n this ' })).toBe('Share this')
    expect(removedText({ type: 'comment', value: 'ad slot' })).toBe('')
  })

  it('gives what hast-util-to-text gives outside tables', () => {
    const word = fc.constantFrom('harbour', 'fees', 'rise', ' ', '\n', '  ', 'quay\u200E')
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(''))
    const tag = fc.constantFrom(
      'div',
      'p',
      'span',
      'a',
      'li',
      'ul',
      'h2',
      'em',
      'pre',
      'section',
      'blockquote',
      'script',
      'br',
    )
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc
          .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
          .map(([name, children]) => `<${name}>${children.join('')}</${name}>`),
      ),
    })).node
    fc.assert(
      fc.property(tree, (html) => {
        const node = element(`<div>${html}</div>`)
        expect(removedText(node)).toBe(innerText(node))
      }),
      { numRuns: 300 },
    )
  })
})
