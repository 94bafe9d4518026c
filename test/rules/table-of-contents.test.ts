import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy } from '../rule-helpers.js'
import { everySection } from '../util.js'

const prose =
  'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, officials said.'

describe('table-of-contents', () => {
  it('removes a titled table of contents and nests unlisted headings under listed ones', () => {
    const article = clean(
      `Harbour Pact Signed\n${prose}\nContents\n- The Deal\n- What Comes Next\nThe Deal\n${prose}\nFees And Berths\n${prose}\nWhat Comes Next\n${prose}`,
    )
    expect(removedBy(article, 'table-of-contents')).toEqual([
      'Contents',
      'The Deal\nWhat Comes Next',
    ])
    expect(article.sections.map((section) => section.heading)).toEqual([
      null,
      'The Deal',
      'What Comes Next',
    ])
    expect(article.sections[1]?.sections.map((section) => section.heading)).toEqual([
      'Fees And Berths',
    ])
    expect(article.markdown).toContain('\n### Fees And Berths\n')
  })

  it('removes a toc box or a list of in-page links in HTML', () => {
    const article = cleanHtml(
      page(
        `<nav class="toc-wrapper"><ol><li><a href="#deal">The deal</a></li></ol></nav><p>${prose}</p><ul><li><a href="#deal">The deal</a></li><li><a href="#fees">Fees</a></li><li><a href="#next">Next</a></li></ul><h2 id="deal">The deal</h2><p>${prose}</p>`,
      ),
    )
    expect(removedBy(article, 'table-of-contents')).toEqual(['The deal\nFees\nNext'])
    expect(article.text).not.toContain('Fees')
  })

  it.each([
    ['#', 'a folding FAQ whose questions toggle their answers'],
    ['#fees', 'questions that link to their own answers'],
  ])('keeps a list whose items hold more than their link (%s: %s)', (href) => {
    const item = (question: string, answer: string) =>
      `<li><a href="${href}">${question}</a><div><p>${answer}</p></div></li>`
    const article = cleanHtml(
      page(
        `${`<p>${prose}</p>`.repeat(4)}<ul class="accordion">${item('Who pays for the new berths?', 'The cooperative pays a third of the cost and the town pays the rest over ten years.')}${item('When does the terminal open?', 'The first ferries are expected to use it next spring, weather permitting.')}${item('Will the fees go up?', 'Mooring fees stay as they are until the end of next year, the authority said.')}</ul>`,
      ),
    )
    expect(removedBy(article, 'table-of-contents')).toEqual([])
    expect(article.text).toContain('The cooperative pays a third of the cost')
  })

  it('keeps an ordinary list after a paragraph that only mentions contents, and leaves the outline alone', () => {
    const article = clean(
      `Harbour Pact Signed\n${prose}\nThe Contents Of The Deal\n- Berths for the fleet on the north quay.\n- A new ferry terminal.\nThe Deal\n${prose}\nFees And Berths\n${prose}`,
    )
    expect(removedBy(article, 'table-of-contents')).toEqual([])
    expect(article.text).toContain('A new ferry terminal.')
    expect(everySection(article.sections).every((section) => section.level === 1)).toBe(true)
  })
})
