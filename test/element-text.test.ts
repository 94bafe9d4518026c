import type { Element } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { mayHoldStory, textOf, withMeasures } from '../src/clean/element.js'

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

describe('mayHoldStory', () => {
  it.each([
    ['<div><section><p>a</p><div><main><p>b</p></main></div></section></div>', true],
    ['<div><p>a</p><h1>Title</h1></div>', true],
    ['<div><p>a</p><div itemprop="articleBody"><p>b</p></div></div>', true],
    ['<div><p>a</p><article><p>b</p></article></div>', true],
    ['<div><p>a</p><h2>Other</h2><noscript><main>b</main></noscript></div>', false],
    ['<header><p>a</p><nav><a href="/">Home</a></nav></header>', false],
  ])('tells whether %j may hold the story', (html, expected) => {
    const node = element(html)
    expect(mayHoldStory(node)).toBe(expected)
    // Remembered per node within a phase, the answer is the same.
    expect(withMeasures(() => [mayHoldStory(node), mayHoldStory(node)])).toEqual([
      expected,
      expected,
    ])
  })
})
