import { describe, expect, it } from 'vitest'
import { readJsonLd } from '../src/metadata/json-ld.js'
import { bylineNames, splitNames } from '../src/metadata/names.js'
import { cleanTitle, titleParts } from '../src/metadata/title.js'

describe('splitNames', () => {
  it.each([
    ['Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Jane Roe , John Doe ;Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
    ['Jana Roe und Jonas Doe | Staff', ['Jana Roe', 'Jonas Doe', 'Staff']],
    ['Ana Ruiz y Juan Pérez', ['Ana Ruiz', 'Juan Pérez']],
    ['Andy Anderson and Etta Yates', ['Andy Anderson', 'Etta Yates']],
    ['Jane Roe,and John Doe', ['Jane Roe', 'John Doe']],
    [' Jane  Roe \t& John Doe ', ['Jane  Roe', 'John Doe']],
  ])('splits %j', (line, names) => {
    expect(splitNames(line)).toEqual(names)
  })

  it('reads a long run of white space in one pass', () => {
    expect(splitNames(`Jane Roe${' '.repeat(50_000)}x|`)).toEqual([
      `Jane Roe${' '.repeat(50_000)}x`,
    ])
  })
})

describe('bylineNames', () => {
  it.each([
    ['By Jane Roe and John Doe · May 14, 2024', 'Jane Roe and John Doe'],
    ['By Jane Roe | Staff', 'Jane Roe'],
    ['Von Jana Roe, 14. Mai 2024', 'Jana Roe,'],
    ['By Jane Roe Updated Monday', 'Jane Roe'],
    ['By Jane Roe, Mayor of Eastport', 'Jane Roe, Mayor of Eastport'],
    ['By Jane Roe', 'Jane Roe'],
    ['By 2 reporters', '2 reporters'],
    ['By Jane Roe\n  Updated May 14', 'Jane Roe'],
    // Only an end mark with no line break after it ends the names.
    ['By Jane Roe · May 14\n2024', 'Jane Roe · May 14'],
  ])('finds the names in %j', (text, names) => {
    expect(bylineNames(text)).toBe(names)
  })

  it.each(['Bypass closed', 'By', 'By Jane\nRoe', 'By Jane Roe · May 14\nNotes'])(
    'finds none in %j',
    (text) => {
      expect(bylineNames(text)).toBeNull()
    },
  )

  it('reads many date-like words and line breaks in one pass', () => {
    const text = `by\n\u0000${'n0\u0000'.repeat(30_000)}\n`
    expect(bylineNames(text)).toBeNull()
  })
})

describe('titleParts and cleanTitle', () => {
  it.each([
    ['Coast Times - Harbour pact signed at last', ['Coast Times', 'Harbour pact signed at last']],
    ['Harbour pact signed  —  Coast Times', ['Harbour pact signed', 'Coast Times']],
    ['Harbour pact signed :: Coast Times', ['Harbour pact signed', 'Coast Times']],
    ['Pact | | Coast', ['Pact', '| Coast']],
    ['A-B test results - Site', ['A-B test results', 'Site']],
    ['Harbour pact\t»\tCoast Times »  News', ['Harbour pact', 'Coast Times', 'News']],
  ])('splits %j at its separators', (title, parts) => {
    expect(titleParts(title)).toEqual(parts)
  })

  it('drops the site name', () => {
    expect(cleanTitle('Coast Times - Harbour pact signed at last', null)).toBe(
      'Harbour pact signed at last',
    )
    expect(cleanTitle('Harbour pact signed  —  Coast Times', 'Coast Times')).toBe(
      'Harbour pact signed',
    )
  })

  it('reads a long run of white space in one pass', () => {
    const title = `${' '.repeat(50_000)}\t:\t-\t`
    expect(titleParts(title)).toEqual([':'])
  })
})

describe('readJsonLd: article types', () => {
  const headlineOf = (type: string) =>
    readJsonLd([JSON.stringify({ '@type': type, headline: 'H' })]).headline

  it.each([
    'NewsArticle',
    'schema:ReportageNewsArticle',
    'article',
    'BlogPosting',
    'schema:BlogPosting',
    'Report',
    'http://schema.org/WebPage',
  ])('reads a %s', (type) => {
    expect(headlineOf(type)).toBe('H')
  })

  it.each(['MyBlogPosting', 'Report2', 'WebPage', 'Person', 'Articles'])('skips a %s', (type) => {
    expect(headlineOf(type)).toBeNull()
  })

  it('reads a long type in one pass', () => {
    expect(headlineOf(`B${'0C'.repeat(40_000)}0REPORT`)).toBe('H')
    expect(headlineOf(`B${'0C'.repeat(40_000)}REPORT`)).toBeNull()
  })
})
