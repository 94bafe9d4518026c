import type { Element } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { textOf } from '../src/clean/element.js'

/** The first element of a fragment. */
function element(html: string): Element {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html)
  return tree.children.find((node) => node.type === 'element') as Element
}

describe('textOf', () => {
  it.each([
    [
      '<table><tr><th>Fee</th><th>Port</th></tr><tr><td>4.50</td><td>North</td></tr></table>',
      'Fee Port 4.50 North',
    ],
    ['<ul><li>Home</li><li>World</li></ul>', 'Home World'],
    ['<p>One<br>two</p>', 'One two'],
    ['<div><h2>Fees</h2><p>Rise.</p></div>', 'Fees Rise.'],
  ])('keeps cells, items, lines and blocks apart: %j', (html, text) => {
    expect(textOf(element(html))).toBe(text)
  })

  it('joins inline elements as written, and leaves scripts out', () => {
    expect(textOf(element('<p>har<b>bour</b> <i>fees</i><script>x()</script></p>'))).toBe(
      'harbour fees',
    )
  })
})
