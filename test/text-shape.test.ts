import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  collapseWhitespace,
  hasNoCapitals,
  nonSpaceLength,
  nonSpaceLengthExceeds,
  wordCount,
  words,
} from '../src/shared/text-shape.js'

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

describe('wordCount', () => {
  it('counts the words that words() finds', () => {
    expect(wordCount("Rock 'n' roll isn't dead—it's 2024, ça va? 東京 𝐀𝐁 x_y")).toBe(
      words("Rock 'n' roll isn't dead—it's 2024, ça va? 東京 𝐀𝐁 x_y").length,
    )
    expect(wordCount('')).toBe(0)
    expect(wordCount("' - _")).toBe(0)
  })

  it('gives words(value).length on any text', () => {
    const pieces = [
      'a',
      'Z',
      '9',
      ' ',
      "'",
      '’',
      '_',
      '-',
      '.',
      'é',
      '\u0301',
      '東',
      '𝐀',
      '\ud800',
      '\udc00',
      '٣',
      'ß',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((list) => list.join('')),
        (value) => {
          expect(wordCount(value)).toBe(words(value).length)
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('nonSpaceLengthExceeds', () => {
  it('tells whether nonSpaceLength is over the limit', () => {
    const text = fc.array(
      fc.constantFrom('a', 'é', ' ', '\u00a0', '\n', '\u2003', 'Ж', '字', '\t'),
      {
        maxLength: 40,
      },
    )
    fc.assert(
      fc.property(text, fc.nat(30), (characters, limit) => {
        const value = characters.join('')
        expect(nonSpaceLengthExceeds(value, limit)).toBe(nonSpaceLength(value) > limit)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('hasNoCapitals', () => {
  it('holds for text typed in lower case, in any script with case, and for caseless text', () => {
    for (const text of [
      'cheap flights to lisbon',
      'ñandú en córdoba',
      'цены на билеты',
      '東京 天気',
      '2 for 1',
    ]) {
      expect(hasNoCapitals(text)).toBe(true)
    }
  })

  it('fails for any capital letter', () => {
    for (const text of [
      'Cheap flights',
      'cheap flights to Lisbon',
      'wi-fi in ÉCOLES',
      'цены Москва',
    ]) {
      expect(hasNoCapitals(text)).toBe(false)
    }
  })
})
