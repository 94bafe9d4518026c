import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('author-bio', () => {
  it('removes author boxes and their headings', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="author-box"><img src="/jane.jpg" alt=""><p>Jane Roe writes about ports and shipping. She joined the paper in 2015.</p></div><h3>Über den Autor</h3>`,
      ),
    )
    expect(removedBy(article, 'author-bio')).toEqual([
      'Jane Roe writes about ports and shipping. She joined the paper in 2015.',
      'Über den Autor',
    ])
  })

  it('keeps story text about authors', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<h2>About the author of the plan</h2><p>The plan's author, a retired harbour master, said he was pleased with the vote.</p>`,
      ),
    )
    expect(removedBy(article, 'author-bio')).toEqual([])
    expect(article.text).toContain('About the author of the plan')
  })

  it('removes a box that opens with an author heading, whatever the box is named', () => {
    for (const box of [
      '<section class="mt-8 p-4"><h3>About the Author</h3><div><img src="/a.jpg" alt=""><p>Sam Lee, CFP, has covered personal finance for twelve years.</p></div></section>',
      '<div><h4>About the authors</h4><p>Ana Ruiz and Tom Berg report on the coast for the paper.</p><p><a href="/team">Meet the team</a></p></div>',
      '<div class="box"><h2>Über den Autor</h2><p>Jan Fischer schreibt über Häfen und Schifffahrt.</p></div>',
    ]) {
      const article = cleanHtml(page(`${storyParagraph}${box}`))
      expect(removedBy(article, 'author-bio')).toHaveLength(1)
      expect(article.text).not.toMatch(/About the|Über den|personal finance|report on the coast/)
      expect(article.text).toContain('The harbour authority signed the new pact')
    }
  })

  it('keeps a box whose author heading comes after other text, or a long section so headed', () => {
    const long = Array.from(
      { length: 15 },
      (_, index) =>
        `<p>Part ${index + 1}: the harbour pact was approved after three years of talks, officials said, and work will begin in spring.</p>`,
    ).join('')
    for (const box of [
      '<div><p>The council voted on Monday.</p><h3>About the author</h3><p>Sam Lee writes about ports.</p></div>',
      '<div>The council voted on Monday.<h3>About the author</h3><p>Sam Lee writes about ports.</p></div>',
      `<section><h2>About the author</h2>${long}</section>`,
    ]) {
      const article = cleanHtml(page(`${storyParagraph}${box}`))
      expect(
        removedBy(article, 'author-bio').filter(
          (text) => text.includes('voted') || text.includes('Part 1'),
        ),
      ).toEqual([])
    }
  })
})
