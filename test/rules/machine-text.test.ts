import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

const story =
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, officials said in a statement.'

describe('machine-text', () => {
  it('removes microdata values printed in the body', () => {
    const article = cleanHtml(
      page(
        `<div itemprop="publisher" itemscope><span>The Coast Times</span></div><span itemprop="keywords">harbour, ferries</span>${storyParagraph}<div itemprop="image" itemscope><span itemprop="width">500</span> <span itemprop="height">250</span></div>`,
      ),
    )
    expect(removedBy(article, 'machine-text')).toEqual([
      'The Coast Times',
      'harbour, ferries',
      '500',
      '250',
    ])
    expect(article.text).toContain('signed the new pact on Monday')
  })

  it('removes timestamps, image addresses and keyword lists', () => {
    const leftovers = [
      '2019-11-19T08:57:40+01:00',
      '2024-05-14',
      'https://cdn.example.com/images/harbour-500x250.jpg?w=500',
      'IMG_2041.jpeg',
      'tech,tech news,SAI',
      'harbour,ferry timetable,berth fees,North Quay',
    ]
    const html = cleanHtml(
      page(`${leftovers.map((line) => `<p>${line}</p>`).join('')}<p>${story}</p>`),
    )
    expect(removedBy(html, 'machine-text')).toEqual(leftovers)
  })

  it('removes the same leftovers from scraped text, each on its line', () => {
    const leftovers = [
      '2019-11-19T08:57:40+01:00',
      'https://cdn.example.com/images/harbour-500x250.jpg?w=500',
      'tech,tech news,SAI',
    ]
    const article = clean(
      `Harbour Pact Signed\n${leftovers[0]}\n${story}\n${leftovers[1]}\nfees stay frozen until 2026, the council said.\n${leftovers[2]}\n`,
    )
    expect(removedBy(article, 'machine-text')).toEqual(leftovers)
    expect(article.text).toContain(story)
    expect(article.text).toContain('fees stay frozen until 2026')
  })

  it('keeps what people write: dates in sentences, page addresses, links, short lists', () => {
    const kept = [
      'The pact takes effect on 2024-06-01, the council said.',
      'www.coasttimes.example/harbour',
      '<a href="https://cdn.example.com/map.png">https://cdn.example.com/map.png</a>',
      'HTML,CSS,JavaScript',
      'weight 3,9 gram size 1x1,3x2 cm',
      'Ferries, buses, trains',
    ]
    const article = cleanHtml(
      page(`<p>${story}</p>${kept.map((line) => `<p>${line}</p>`).join('')}`),
    )
    expect(removedBy(article, 'machine-text')).toEqual([])
    expect(article.text).toContain('https://cdn.example.com/map.png')
    expect(article.text).toContain('HTML,CSS,JavaScript')
  })

  it('keeps a linked image and a headline that carry microdata', () => {
    const article = cleanHtml(
      page(
        `<h1 itemprop="headline"><a itemprop="url" href="/pact">Harbour pact signed</a></h1><p><img itemprop="image" src="/quay.jpg" alt="The quay"></p>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'machine-text')).toEqual([])
    expect(article.images.map((image) => image.src)).toEqual(['/quay.jpg'])
  })
})
