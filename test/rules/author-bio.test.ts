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
})
