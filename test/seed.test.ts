import { readFileSync } from 'node:fs'
import { split } from 'sentence-splitter'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { everyParagraph } from './util.js'

/**
 * The acceptance case: a real scraped article with a table of contents, two
 * "related searches" link lists, a trailing gallery of headlines and a
 * closing call to action — as plain text and wrapped as simple HTML.
 */
const text = readFileSync(
  new URL('../fixtures/khamenei-red-line/input.txt', import.meta.url),
  'utf8',
)
const html = readFileSync(
  new URL('../fixtures/khamenei-red-line-html/input.html', import.meta.url),
  'utf8',
)

const title = "Khamenei's Red Line: Why Iran Shuns US Negotiations"
const lines = text.split('\n').map((line) => line.trim())
const tocStart = lines.indexOf('Table of Contents')
/** The entries of the seed's own table of contents. */
const tocEntries = lines
  .slice(tocStart + 1)
  .filter((_, index, rest) => rest.slice(0, index + 1).every((line) => line.startsWith('- ')))
  .map((line) => line.slice(2))
const subHeadings = [
  'Escalating Tensions: Strikes and Threats',
  'The Peril of Pretence: A Strategic Deception',
  'Beyond the Nuclear Deal: Broader Geopolitical Stakes',
  "Navigating a Complex Landscape: Diplomacy's Dead End?",
]
/** Lines of the two link lists (every "- " line after the table of contents). */
const linkListLines = lines
  .slice(tocStart + tocEntries.length + 1)
  .filter((line) => line.startsWith('- '))
  .map((line) => line.slice(2))
/** The lines after the last "- " line: the headline gallery. */
const galleryLines = lines
  .slice(lines.findLastIndex((line) => line.startsWith('- ')) + 1)
  .filter(Boolean)
const callToAction = lines.find((line) => line.includes('comments below')) ?? ''
const closingPlea = callToAction.slice(callToAction.indexOf('We encourage you'))

describe.each([
  ['plain text', text],
  ['simple HTML', html],
])('the seed article as %s', (_, input) => {
  const article = clean(input)

  it('has its title', () => {
    expect(article.title).toBe(title)
    expect(article.markdown.startsWith(`# ${title}\n`)).toBe(true)
  })

  it('has the eight headings of its table of contents as top-level sections, in order', () => {
    expect(tocEntries).toHaveLength(8)
    const topLevel = article.sections.filter((section) => section.heading !== null)
    expect(topLevel.map((section) => section.heading)).toEqual(tocEntries)
    expect(topLevel.every((section) => section.level === 1)).toBe(true)
  })

  it('nests the four other headings under the section they appear in', () => {
    const parentOf = new Map<string, string>()
    for (const section of article.sections) {
      for (const child of section.sections) parentOf.set(child.heading ?? '', section.heading ?? '')
    }
    expect([...parentOf.keys()]).toEqual(subHeadings)
    expect(parentOf.get('Escalating Tensions: Strikes and Threats')).toBe(
      "A History of Mistrust: The Backdrop to Khamenei's Warnings",
    )
    expect(parentOf.get('The Peril of Pretence: A Strategic Deception')).toBe(
      "Why No Negotiations? Khamenei's Rationale",
    )
    for (const heading of subHeadings) {
      expect(article.markdown).toContain(`\n### ${heading}\n`)
    }
    for (const heading of tocEntries) expect(article.markdown).toContain(`\n## ${heading}\n`)
  })

  it('keeps the two lead paragraphs in a lead section', () => {
    const lead = article.sections[0]
    expect(lead?.heading).toBeNull()
    expect(lead?.id).toBe('lead')
    expect(lead?.blocks).toHaveLength(2)
    expect(lead?.blocks[0]?.type === 'paragraph' && lead.blocks[0].text).toBe(lines[1])
  })

  it('drops the link lists, the headline gallery, the table of contents and the call to action', () => {
    for (const line of [...linkListLines, ...galleryLines, 'Table of Contents', closingPlea]) {
      expect(article.text).not.toContain(line)
      expect(article.markdown).not.toContain(line)
    }
    expect(article.markdown).not.toMatch(/^- /m)
  })

  it('says which rule removed each piece, and why', () => {
    const byRule = (rule: string) => article.removed.filter((removal) => removal.rule === rule)
    expect(
      byRule('table-of-contents')
        .map((removal) => removal.text)
        .join('\n'),
    ).toContain(tocEntries[7])
    const listed = byRule('link-list')
      .map((removal) => removal.text)
      .join('\n')
    for (const line of linkListLines) expect(listed).toContain(line)
    const gallery = byRule('headline-gallery').map((removal) => removal.text)
    expect(gallery).toEqual(galleryLines)
    expect(byRule('call-to-action').map((removal) => removal.text)).toEqual([closingPlea])
    for (const removal of article.removed) expect(removal.reason).not.toBe('')
  })

  it('keeps every other sentence of the story, in order', () => {
    const junk = new Set([...linkListLines, ...galleryLines, ...tocEntries, ...subHeadings, title])
    const storyLines = lines.filter(
      (line) => line && !line.startsWith('- ') && !junk.has(line) && line !== 'Table of Contents',
    )
    let from = 0
    let checked = 0
    for (const line of storyLines) {
      for (const node of split(line)) {
        if (node.type !== 'Sentence') continue
        const sentence = node.raw
        if (sentence === closingPlea) continue
        const at = article.text.indexOf(sentence, from)
        expect(at, sentence).toBeGreaterThanOrEqual(from)
        from = at + sentence.length
        checked++
      }
    }
    expect(checked).toBeGreaterThan(90)
    expect(everyParagraph(article)).toHaveLength(14)
  })
})

describe('the seed article’s sentences', () => {
  it('end after closing quotes where the statement ends', () => {
    const article = clean(text)
    const sentences = everyParagraph(article).flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => sentence.text),
    )
    expect(sentences).toContain(
      'He explicitly stated, "You should not negotiate with such a government, it is unwise, it is not intelligent, it is not honorable to negotiate."',
    )
    expect(sentences).toContain(
      'As Ayatollah Ali Khamenei urged his government not to negotiate with the United States on Friday, February 7, 2025, he explicitly stated it would be "unwise."',
    )
  })
})
