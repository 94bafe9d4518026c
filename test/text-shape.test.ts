import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace } from '../src/text-shape.js'

describe('collapseWhitespace', () => {
  it('collapses runs of whitespace to one space and trims', () => {
    expect(collapseWhitespace('  a \n\t b\u00a0\u00a0c ')).toBe('a b c')
    expect(collapseWhitespace('a b c')).toBe('a b c')
    expect(collapseWhitespace('a\nb')).toBe('a b')
    expect(collapseWhitespace('\u2003')).toBe('')
  })

  it('gives what replacing every run and trimming gives', () => {
    const pieces = [
      'a',
      'bc',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((list) => list.join('')),
        (value) => {
          expect(collapseWhitespace(value)).toBe(value.replace(/\s+/g, ' ').trim())
        },
      ),
      { numRuns: 3000 },
    )
  })
})
