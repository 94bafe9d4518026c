import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('caption', () => {
  it('moves figure captions into images and out of the text', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<figure><img src="/img/harbour.jpg" alt="Boats in the harbour"><figcaption>Boats in the harbour on Monday. Photo: Jane Roe/Coast Agency</figcaption></figure>`,
      ),
    )
    expect(article.images).toEqual([
      {
        src: '/img/harbour.jpg',
        alt: 'Boats in the harbour',
        caption: 'Boats in the harbour on Monday.',
        credit: 'Photo: Jane Roe/Coast Agency',
      },
    ])
    expect(removedBy(article, 'caption')).toHaveLength(1)
    expect(article.text).not.toContain('Coast Agency')
    expect(article.markdown).not.toContain('Coast Agency')
  })

  it('removes caption-classed blocks and credit lines', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="image-caption">The ferry terminal at dawn.</div><p>(AP Photo/John Doe)</p><p>Photo: Harbour Authority</p>`,
      ),
    )
    expect(removedBy(article, 'caption')).toEqual([
      'The ferry terminal at dawn.',
      '(AP Photo/John Doe)',
      'Photo: Harbour Authority',
    ])
  })

  it('takes a credited caption under an image-only paragraph as that image’s caption', () => {
    const html = `${storyParagraph}<p><a href="/big.jpg"><img src="/img/quay.jpg" alt="The quay"></a></p><p>Crowds on the quay on Monday. Photo: Jane Roe/Coast Agency</p>`
    const article = cleanHtml(page(html))
    expect(removedBy(article, 'caption')).toEqual([
      'Crowds on the quay on Monday. Photo: Jane Roe/Coast Agency',
    ])
    expect(article.images).toEqual([
      {
        src: '/img/quay.jpg',
        alt: 'The quay',
        caption: 'Crowds on the quay on Monday.',
        credit: 'Photo: Jane Roe/Coast Agency',
      },
    ])
    expect(article.text).not.toContain('Coast Agency')
    const kept = cleanHtml(page(html), { keepCaptions: true })
    expect(kept.text).toContain('Crowds on the quay on Monday.')
    expect(kept.images[0]?.credit).toBe('Photo: Jane Roe/Coast Agency')
  })

  it('keeps a paragraph under an image when it has no credit, or the image stands in text', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p><img src="/img/quay.jpg" alt=""></p><p>Crowds gathered on the quay on Monday as the first ferry arrived.</p><p>Ferries <img src="/img/icon.png" alt=""> run daily.</p><p>The schedule changed in May. Photo: Jane Roe/Coast Agency</p>`,
      ),
    )
    expect(removedBy(article, 'caption')).toEqual([])
    expect(article.text).toContain('Crowds gathered on the quay')
  })

  it('keeps story paragraphs that mention photos', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>Photographers lined the quay as the first ferry arrived, and one photo of the crowd was shared thousands of times.</p><figure><img src="/img/quay.jpg" alt=""></figure>`,
      ),
    )
    expect(removedBy(article, 'caption')).toEqual([])
    expect(article.text).toContain('one photo of the crowd was shared')
    expect(article.images).toEqual([
      { src: '/img/quay.jpg', alt: null, caption: null, credit: null },
    ])
  })
})

describe('caption credits and keepCaptions', () => {
  it('takes the credit from a credit element inside the caption, or from a credit block in the figure', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<figure><img src="/a.jpg" alt=""><figcaption>The quay at dawn. <span class="credit">Jane Roe for The Coast Times</span></figcaption></figure><figure><img src="/b.jpg" alt=""><div class="photo-credit">Harbour Authority</div></figure>`,
      ),
    )
    expect(article.images).toEqual([
      {
        src: '/a.jpg',
        alt: null,
        caption: 'The quay at dawn.',
        credit: 'Jane Roe for The Coast Times',
      },
      { src: '/b.jpg', alt: null, caption: null, credit: 'Harbour Authority' },
    ])
    expect(article.text).not.toContain('Harbour Authority')
  })

  it('keeps figure captions in the text with keepCaptions, still recording them', () => {
    const html = page(
      `${storyParagraph}<figure><img src="/a.jpg" alt=""><figcaption>The quay at dawn. Photo: Jane Roe</figcaption></figure>`,
    )
    const article = cleanHtml(html, { keepCaptions: true })
    expect(article.text).toContain('The quay at dawn. Photo: Jane Roe')
    expect(article.markdown).toContain('The quay at dawn. Photo: Jane Roe')
    expect(article.images[0]).toMatchObject({
      caption: 'The quay at dawn.',
      credit: 'Photo: Jane Roe',
    })
    expect(removedBy(article, 'caption')).toEqual([])
  })
})
