import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { storyParagraph } from './rule-helpers.js'

/**
 * Words a page parts with nothing but an inline element holding a space or
 * a line break ("Martin<strong> </strong>Parr") stay apart in the text, as
 * a browser shows them; words the page writes together stay together.
 */

const page = (body: string): string =>
  `<!doctype html><html><body><article>${storyParagraph}${body}${storyParagraph}</article></body></html>`

/** The text of the paragraph between the two story paragraphs. */
const middle = (html: string): string | undefined => clean(html).text.split('\n\n')[1]

describe('words parted by an inline element with only a space or a line break in it', () => {
  it.each([
    ['Martin<strong> </strong>Parr took the photo.', 'Martin Parr took the photo.'],
    ['A <span>capacity</span><span> </span><span>shift</span> came.', 'A capacity shift came.'],
    [
      'A specification</strong><span> </span><em>with</em> the tool.',
      'A specification with the tool.',
    ],
    ['Books<em>\n</em>and maps.', 'Books and maps.'],
    ['See <a href="/a">the report</a><a href="/b"> </a>today.', 'See the report today.'],
    ['<b>Apps</b><b><br></b>Make shopping easy.', 'Apps Make shopping easy.'],
    ['Gender<span><br></span>Required for the form.', 'Gender Required for the form.'],
  ])('%j reads %j', (body, text) => {
    expect(middle(page(`<p>${body}</p>`))).toBe(text)
  })

  it('keeps the space in a heading, in the text and the Markdown', () => {
    const article = clean(
      page(
        '<h2><span><strong>Gender</strong></span><span><br></span><strong>Required</strong></h2>',
      ),
    )
    expect(article.text).toContain('Gender Required')
    expect(article.markdown).toContain('## **Gender** **Required**')
  })

  it('writes together what the page writes together', () => {
    expect(middle(page('<p>The <span>sea</span><span>wall</span> held.</p>'))).toBe(
      'The seawall held.',
    )
    expect(middle(page('<p>The sea<strong></strong>wall held.</p>'))).toBe('The seawall held.')
  })

  it('keeps every word apart, whatever inline elements part them (property)', () => {
    const separator = fc.constantFrom(
      ' ',
      '<strong> </strong>',
      '<em> </em>',
      '<span> </span>',
      '<b>\n</b>',
      '<span><span> </span></span>',
      '<a href="/x"> </a>',
      '<span><br></span>',
      '<i><br></i>',
    )
    const words = fc.array(fc.constantFrom('harbour', 'ferry', 'pact', 'signed', 'Monday'), {
      minLength: 2,
      maxLength: 12,
    })
    fc.assert(
      fc.property(words, fc.array(separator, { minLength: 11, maxLength: 11 }), (list, gaps) => {
        const body = list.map((word, index) => (index === 0 ? word : `${gaps[index - 1]}${word}`))
        const text = middle(page(`<p>${body.join('')}.</p>`))
        expect(text).toBe(`${list.join(' ')}.`)
      }),
      { numRuns: 60 },
    )
  })
})
