import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { removedBy, storyParagraph } from '../rule-helpers.js'

const story = storyParagraph.replace(/<\/?p>/g, '')

describe('masthead', () => {
  it('removes the logo link and the section link above the title of a Markdown page', () => {
    const article = clean(
      `[![The Coast Times](/logo.svg)](/)\n\n[Harbours](/harbours)\n\n# Harbour pact signed\n\n${story}\n`,
      { format: 'markdown' },
    )
    expect(removedBy(article, 'masthead')).toEqual(['', 'Harbours'])
    expect(article.markdown).not.toContain('logo.svg')
    expect(article.text).not.toContain('Harbours')
  })

  it('keeps links within prose, lines below the title, and a picture linking to its large version', () => {
    const article = clean(
      `<article><p><a href="/img/quay-large.jpg"><img src="/img/quay.jpg" alt="The quay"></a></p><p>Filed in <a href="/harbours">Harbours</a></p><h1>Harbour pact signed</h1><p><a href="/harbours">Harbours</a></p>${storyParagraph}</article>`,
    )
    expect(removedBy(article, 'masthead')).toEqual([])
    expect(article.images.map((image) => image.src)).toContain('/img/quay.jpg')
    expect(article.text).toContain('Filed in Harbours')
  })
})
