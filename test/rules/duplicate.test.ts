import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

const paragraphs = [
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative and the ferry operators.',
  'Fees stay frozen until 2026, and the north quay reopens in May, officials said.',
  'The ferry operators welcomed the deal but warned that the winter timetable would change, with fewer crossings to the islands on weekdays and none after dark.',
]

describe('duplicate', () => {
  it('keeps one of two copies of the body (HTML)', () => {
    const body = paragraphs.map((text) => `<p>${text}</p>`).join('')
    const article = clean(
      `<html><body><div class="story">${body}</div><div itemprop="articleBody">${body}</div></body></html>`,
    )
    for (const text of paragraphs) {
      expect(article.text.split(text)).toHaveLength(2)
    }
    expect(removedBy(article, 'duplicate')).toEqual(paragraphs)
  })

  it('keeps one copy of a teaser printed again as the first paragraph (text)', () => {
    const [teaser, ...rest] = paragraphs
    const article = clean(`Harbour Pact Signed\n${teaser}\n${paragraphs.join('\n')}\n`)
    expect(article.text.split(teaser as string)).toHaveLength(2)
    for (const text of rest) expect(article.text).toContain(text)
    expect(removedBy(article, 'duplicate')).toEqual([teaser])
  })

  it('keeps short lines, table rows and code that repeat', () => {
    const article = clean(
      `<html><body><div class="story"><h3>Pros</h3><p>${paragraphs[0]}</p><h3>Pros</h3><p>${paragraphs[1]}</p><table><tr><th>Berth</th><th>Fee</th></tr><tr><td>The north quay, the long one by the fish market</td><td>12</td></tr><tr><td>The north quay, the long one by the fish market</td><td>12</td></tr></table><pre><code>fee = base * rate; fee = base * rate;\nfee = base * rate; fee = base * rate;</code></pre><pre><code>fee = base * rate; fee = base * rate;\nfee = base * rate; fee = base * rate;</code></pre></div></body></html>`,
    )
    expect(removedBy(article, 'duplicate')).toEqual([])
    expect(article.text.split('Pros')).toHaveLength(3)
  })
})
