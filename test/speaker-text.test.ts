import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import {
  capitalisedNames,
  capitalisedRuns,
  findEntities,
  mayNameSomeone,
  organisationIn,
  trimTrailing,
} from '../src/quotes/speakers.js'

describe('mayNameSomeone', () => {
  it.each([
    'Then Minister Clara Voss said the talks had failed.',
    'Mann agreed that a buffer is necessary.',
    'It was over, said Jane Roe.',
    'the ministry of Defence said',
  ])('lets compromise read %j', (text) => {
    expect(mayNameSomeone(text)).toBe(true)
  })

  it.each([
    'Then the minister said the talks had failed.',
    'You could say it was over, and I agree.',
    'some would say 20% is more appropriate.',
    '',
  ])('spares compromise %j, where it finds nobody', (text) => {
    expect(mayNameSomeone(text)).toBe(false)
    expect(findEntities(text)).toEqual([])
  })

  it('finds what compromise finds where it lets it read', () => {
    expect(findEntities('It was over, said Jane Roe.').map((entity) => entity.name)).toEqual([
      'Jane Roe',
    ])
  })
})

describe('organisationIn', () => {
  it.each([
    ['said the Foreign ministry', 'the Foreign ministry'],
    ['Anti-Graft agency', 'Anti-Graft agency'],
    ['the White House', 'the White House'],
    ['x-ministry', 'ministry'],
    ['the police council', 'the police council'],
    // A capitalised word before a later noun starts earlier than the first noun.
    ['Police-Army council', 'Police-Army council'],
    ['an officer of the court', 'the court'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(organisationIn(text)).toBe(organisation)
  })

  it.each(['the officer', 'the White Houses', ''])('finds none in %j', (text) => {
    expect(organisationIn(text)).toBeNull()
  })

  it('reads a long hyphenated word in one pass', () => {
    expect(organisationIn(`${'t-'.repeat(40_000)}\u0000`)).toBeNull()
    expect(organisationIn(`${'Anti-'.repeat(20_000)} council`)).toBe(
      `${'Anti-'.repeat(20_000)} council`,
    )
  })
})

describe('capitalisedNames', () => {
  it('finds runs of capitalised words from the first capital of a word', () => {
    expect(
      capitalisedNames("'Abe Lincoln met Mara J. Holt and the Élysée-Palace Press Office.").map(
        ({ name, start }) => [name, start],
      ),
    ).toEqual([
      ['Abe Lincoln', 1],
      ['Mara J. Holt', 17],
      ['Élysée-Palace Press Office', 38],
    ])
  })

  it('reads a long word of capitals in one pass', () => {
    expect(capitalisedNames("'A".repeat(40_000))).toEqual([])
    expect(capitalisedNames(`${'Ab'.repeat(100_000)}.`)).toEqual([])
  })

  it('tries each word once, at its first capital, as one pattern over the whole text would', () => {
    // The runs as a single pattern defines them: from a word's start (no
    // letter, mark, apostrophe or hyphen before it), past what precedes
    // its first capital. It is slower: it tries every word from its start.
    const pattern =
      /(?<![\p{L}\p{M}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'’-]*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,5})/gu
    const expected = (text: string) =>
      [...text.matchAll(pattern)].map((match) => {
        const run = match[1] ?? ''
        return { run, index: (match.index ?? 0) + match[0].length - run.length }
      })
    const parts = [
      'A',
      'b',
      'É',
      'ǅ',
      'ʰ',
      '\u0301',
      "'",
      '’',
      '-',
      ' ',
      '\n',
      '.',
      '2',
      'Jo',
      'Mc',
    ]
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((list) => list.join(''))
    fc.assert(
      fc.property(text, (value) => {
        expect(capitalisedRuns(value)).toEqual(expected(value))
      }),
      { numRuns: 3000 },
    )
    expect(capitalisedRuns('iPhone Pro met x2Abc Def')).toEqual([
      { run: 'Phone Pro', index: 1 },
      { run: 'Abc Def', index: 17 },
    ])
  })
})

describe('trimTrailing', () => {
  it.each([
    ['Jane Roe, ', 'Jane Roe'],
    ['Jane Roe.”) ', 'Jane Roe'],
    ['Jane Roe', 'Jane Roe'],
    [',;: ', ''],
  ])('trims %j', (text, trimmed) => {
    expect(trimTrailing(text, /[\s,.;:!?’'"”)]/u)).toBe(trimmed)
  })

  it('reads a long run once', () => {
    expect(trimTrailing(`\t${'\t'.repeat(50_000)}\u0000\t`, /[\s,;:]/u)).toBe(
      `${'\t'.repeat(50_001)}\u0000`,
    )
  })
})

describe('speakers before the verb', () => {
  const speakerOf = (text: string) =>
    clean(text, { format: 'text', publishedAt: '2025-03-12' }).quotes[0]?.speaker

  it.each([
    [
      '“The port deserves better,” Helen Ward, who leads the agency, (D-Maine) said on Tuesday.',
      'Helen Ward',
    ],
    ['“The port deserves better,” Helen Ward, 54, said on Tuesday.', 'Helen Ward'],
    ['“We see no link to the storm,” the harbour master also later said.', 'harbour master'],
    ['“We see no link to the storm,” one 54-year-old driver said.', 'one 54-year-old driver'],
    ['“The fee cannot stand,” the Foreign ministry said.', 'Foreign ministry'],
  ])('finds the speaker of %j', (text, name) => {
    expect(speakerOf(text)?.name).toBe(name)
  })
})
