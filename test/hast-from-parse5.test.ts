import type { Element, Nodes, Root } from 'hast'
import { parse, parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { hastFromParse5, hastFromParse5Fragment } from '../src/parse/hast-from-parse5.js'
import { limitDepth } from '../src/parse/limit-depth.js'

/** Every element of a tree, in document order, with what it holds in `<template>`s. */
function elementsOf(node: Nodes): Element[] {
  const found: Element[] = []
  const visit = (current: Nodes) => {
    if (current.type === 'element') {
      found.push(current)
      if (current.content) visit(current.content)
    }
    if ('children' in current) for (const child of current.children) visit(child)
  }
  visit(node)
  return found
}

const marked = (node: Nodes) =>
  elementsOf(node)
    .filter((element) => element.data?.flattened)
    .map((element) => element.properties.id)

/** `depth` nested `<div>`s, the outermost with id `outer`, each named by its level. */
const nested = (depth: number) =>
  `${Array.from({ length: depth }, (_, level) => `<div id="d${level}">`).join('')}deep${'</div>'.repeat(depth)}`

describe('hastFromParse5', () => {
  it('marks exactly the elements the depth limit flattened, in a document', () => {
    const document = `<p id="before">a</p>${nested(12)}<p id="after">b</p>`
    const tree = parse(document, { sourceCodeLocationInfo: true, scriptingEnabled: false })
    // html, body and the divs: the 8th div from the top is the last level kept.
    const flattened = limitDepth(tree, 10)
    expect(flattened).toHaveLength(1)
    const root = hastFromParse5(tree, document, new Set(flattened))
    expect(marked(root)).toEqual(['d7'])
    expect(root.position?.start.offset).toBe(0)
    expect(root.position?.end.offset).toBe(document.length)
  })

  it('marks nothing when nothing was flattened, and keeps positions off when parse5 gave none', () => {
    const document = `<article>${nested(3)}</article>`
    const tree = parse(document, { scriptingEnabled: false })
    const root: Root = hastFromParse5(tree, document, new Set(limitDepth(tree, 128)))
    expect(marked(root)).toEqual([])
    expect(root.position).toBeUndefined()
    expect(elementsOf(root).every((element) => element.position === undefined)).toBe(true)
  })

  it('marks flattened elements inside a template and in a fragment', () => {
    const document = `<template id="t">${nested(14)}</template>`
    const tree = parse(document, { scriptingEnabled: false })
    const flattened = limitDepth(tree, 12)
    expect(flattened.length).toBeGreaterThan(0)
    expect(marked(hastFromParse5(tree, document, new Set(flattened)))).toEqual(
      flattened.map((element) => element.attrs.find((attribute) => attribute.name === 'id')?.value),
    )

    const fragment = parseFragment(`<section id="s">${nested(9)}</section>`)
    const cappedInFragment = limitDepth(fragment, 6)
    const nodes = hastFromParse5Fragment(fragment, new Set(cappedInFragment))
    expect(nodes.flatMap((node) => marked(node))).toEqual(['d4'])
  })
})
