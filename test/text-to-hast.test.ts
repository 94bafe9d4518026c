import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { clean, textToHast } from '../src/index.js'

/** The tree's top-level blocks as `[tag, text]` pairs. */
function blocks(tree: Root): Array<[string, string]> {
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((node) => [node.tagName, toText(node).replace(/\s+/g, ' ').trim()])
}

const prose =
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, officials said.'

describe('textToHast', () => {
  it('reads the first short line as the title and short lines before prose as headings', () => {
    expect(blocks(textToHast(`Harbour Pact Signed\n${prose}\nWhat Comes Next\n${prose}`))).toEqual([
      ['h1', 'Harbour Pact Signed'],
      ['p', prose],
      ['h2', 'What Comes Next'],
      ['p', prose],
    ])
  })

  it('does not take a short line for a heading when no prose follows it', () => {
    expect(blocks(textToHast(`${prose}\nTable of Contents\n- One\n- Two`))).toEqual([
      ['p', prose],
      ['p', 'Table of Contents'],
      ['ul', 'One Two'],
    ])
  })

  it('accepts question headings and colon titles, but not punctuated lines', () => {
    const tree = textToHast(
      `${prose}\nWhy No Negotiations? The Rationale\n${prose}\nIs This The End?\n${prose}\nIt ended there.\n${prose}`,
    )
    expect(blocks(tree).map(([tag]) => tag)).toEqual(['p', 'h2', 'p', 'h2', 'p', 'p', 'p'])
  })

  it('reads bullets and numbers as lists, nested by indent', () => {
    const tree = textToHast(`${prose}\n- First\n  - Inner\n* Second\n• Third\n\n3. Three\n4) Four`)
    const list = tree.children[1] as Element
    expect(list.tagName).toBe('ul')
    expect(list.children).toHaveLength(3)
    const first = list.children[0] as Element
    expect((first.children[1] as Element).tagName).toBe('ul')
    const ordered = tree.children[2] as Element
    expect(ordered.tagName).toBe('ol')
    expect(ordered.properties.start).toBe(3)
  })

  it('joins hard-wrapped lines and lines that continue a sentence', () => {
    const wrapped = [
      'The harbour authority signed the new pact on Monday after',
      'three years of talks with the fishing cooperative and the',
      'ferry operators, officials said in a statement on the day.',
    ].join('\n')
    expect(blocks(textToHast(`${wrapped}\n\n${prose}`))).toEqual([
      ['p', wrapped.replace(/\n/g, ' ')],
      ['p', prose],
    ])
    expect(blocks(textToHast('The vote was close and\nthe mayor abstained.'))).toEqual([
      ['p', 'The vote was close and the mayor abstained.'],
    ])
    expect(blocks(textToHast('The ferry leaves from the\nharbour.'))).toEqual([
      ['p', 'The ferry leaves from the harbour.'],
    ])
  })

  it('keeps a line of one unbroken token apart: an address or a timestamp is no broken sentence', () => {
    expect(
      blocks(
        textToHast(`${prose}\n2019-11-19T08:57:40+01:00\nhttps://cdn.example.com/a.jpg\n${prose}`),
      ),
    ).toEqual([
      ['p', prose],
      ['p', '2019-11-19T08:57:40+01:00'],
      ['p', 'https://cdn.example.com/a.jpg'],
      ['p', prose],
    ])
  })

  it('keeps short lines apart when they never reach the end of a sentence', () => {
    expect(
      blocks(
        textToHast(
          `${prose}\nRelated searches\nused cars near me\nmortgage rates today\nweather tomorrow`,
        ),
      ),
    ).toEqual([
      ['p', prose],
      ['p', 'Related searches'],
      ['p', 'used cars near me'],
      ['p', 'mortgage rates today'],
      ['p', 'weather tomorrow'],
    ])
    // Broken twice, the sentence still reaches its end.
    expect(
      blocks(textToHast('The council said the\nnew harbour rules\nwould take effect in May.')),
    ).toEqual([['p', 'The council said the new harbour rules would take effect in May.']])
  })

  it('keeps one paragraph per line in one-paragraph-per-line scrapes', () => {
    expect(blocks(textToHast(`${prose}\n${prose}\n${prose}`))).toHaveLength(3)
  })

  it('records where each block stood', () => {
    const tree = textToHast(`\uFEFFTitle Line Here\n\n${prose}`)
    const paragraph = tree.children[1] as Element
    expect(paragraph.position?.start).toEqual({ line: 3, column: 1, offset: 18 })
    expect(paragraph.position?.end.line).toBe(3)
  })

  it('handles empty and whitespace-only input', () => {
    expect(textToHast('').children).toEqual([])
    expect(textToHast(' \n\t\n').children).toEqual([])
  })
})

describe('textToHast: numbered headings', () => {
  it('reads lone numbered lines before prose as headings, levelled by their numbering', () => {
    const tree = textToHast(
      `Harbour Report\n1. Introduction\n${prose}\n2. Methods\n${prose}\n2.1 Sampling The Quay\n${prose}`,
    )
    expect(blocks(tree)).toEqual([
      ['h1', 'Harbour Report'],
      ['h2', '1. Introduction'],
      ['p', prose],
      ['h2', '2. Methods'],
      ['p', prose],
      ['h3', '2.1 Sampling The Quay'],
      ['p', prose],
    ])
  })

  it('keeps runs of numbered lines as a list', () => {
    const tree = textToHast(`${prose}\n1. Check the zone\n2. Put out the cart\n${prose}`)
    expect(blocks(tree).map(([tag]) => tag)).toEqual(['p', 'ol', 'p'])
  })
})

describe('headings styled as bold paragraphs', () => {
  it('are read as headings on a page without real ones', () => {
    const article = clean(
      `<article><p>${prose}</p><p><strong>What Comes Next</strong></p><p>${prose}</p><p><b>A bold lead sentence that ends like prose.</b></p><p>${prose}</p></article>`,
    )
    expect(article.sections.map((section) => section.heading)).toEqual([null, 'What Comes Next'])
    expect(article.markdown).toContain('\n## What Comes Next\n')
    expect(article.text).toContain('A bold lead sentence that ends like prose.')
  })

  it('are left alone when the page has real headings', () => {
    const article = clean(
      `<article><h2>The Deal</h2><p>${prose}</p><p><strong>What Comes Next</strong></p><p>${prose}</p></article>`,
    )
    expect(article.sections.map((section) => section.heading)).toEqual(['The Deal'])
  })
})
