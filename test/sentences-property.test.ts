import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { splitSentences, splitSentencesThoroughly } from '../src/shared/sentences.js'
import { everyParagraph, expectGuarantees } from './util.js'

/** Runs per property: enough to find trouble, few enough for a quick file. */
const numRuns = 300

/** Check the documented guarantees of `splitSentences` for one paragraph. */
const pieces = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '.',
  '. ',
  '!',
  '?',
  '?!',
  '…',
  '...',
  '....',
  '. . .',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '(',
  ')',
  '[',
  ']',
  '「',
  '」',
  '。',
  '！',
  ',',
  ':',
  '—',
  '$',
  'a',
  'A',
  'he',
  'The',
  'They',
  'Officials',
  'iPhone',
  'Mr.',
  'Dr.',
  'U.S.',
  'E.U.',
  'p.m.',
  'A.M.',
  'Jan.',
  '5',
  '3.5',
  '1,000.50',
  'etc.',
  'Inc.',
  'J.',
  'No.',
  'e.g.',
  'Yahoo!',
  'Jeopardy!',
  '1.',
  'a)',
  '(b)',
  'https://example.com/a.b?c=d',
  'jane.roe@example.com',
  '<jane.roe@example.com>',
  'Fax:',
  'cc:',
  'Phone: 555-201-7788',
  'Ana Roe',
  'bo@example.org',
  '08/16/2000 12:05 PM',
  '3/9/2005',
  '11:16:00',
  '=====',
  '***',
  '----',
  'é',
  '東京',
  '😀',
  '\ud800',
  '\udc00',
]

const paragraphs = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...pieces), maxLength: 60 }),
  fc.string({
    unit: fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })),
    maxLength: 40,
  }),
)

/**
 * Sentences with known boundaries. Each starts with a sentence starter ("The",
 * "He", "In", …, or an opening quote or bracket before one): after "U.S.",
 * "etc." or "Inc." only a sentence starter marks a new sentence, since
 * "the U.S. Government" and "the U.S. Inflation rose" cannot be told apart
 * without a dictionary.
 */
const pool = [
  'The talks were held in the U.S.',
  'They sold tools, seeds, fertilizer, etc.',
  'The contract went to Brightwell Inc.',
  'It ended at 5 p.m. on Jan. 5.',
  'The curfew begins at 10 P.M.',
  'He met Dr. Rosa Imani and Gov. Alan Brooks in St. Louis.',
  'The novel by J. K. Rowling topped the list, ahead of a memoir by George W. Bush.',
  'In May, inflation rose 3.5 percent, and the firm paid $1,000.50 per share.',
  'Its v2.0 release fixed the bug.',
  'Her position was plain: talks were "pointless, premature, and not in good faith."',
  'She told reporters, "We will not sit down with people who broke every promise."',
  '"We are not leaving," Mayor Lena Ortiz said.',
  'The lights flickered…',
  'The count went on for hours...',
  'The answer was . . .',
  'He paused . . . and then signed the decree.',
  'At dawn the crowd waited.... and waited.',
  'The details are at https://example.com/a.b?c=d for residents.',
  'The form is on www.example.com.',
  'You can write to jane.roe@example.com.',
  '(He declined to comment.)',
  'Where was the money?',
  'We may never know!',
  'The deal was announced by Yahoo!',
  'In Tokyo, shares of Yahoo! Inc. rose.',
  'A spokesman for the U.S. Government declined to comment.',
  'In March, U.S. officials met their U.K. counterparts.',
  'On Feb. 3, the bridge closed, i.e. for the third time, vs. twice last year.',
  'This was, e.g. in Dunmore, a common complaint.',
  '"Why now?" Karimi asked.',
  'Her question was simple: ‘Who pays for this?’',
  'But turnout was low (just 31 percent).',
  'The union called the offer “insulting.”',
  'The award went to Martin Feld Jr.',
  'Her sister is a Jeopardy! champion.',
  'The ceasefire took effect at 6 A.M. local time.',
  'The treaty ended World War I.',
  'At 9 a.m. Monday, flights resumed.',
  'The winning ticket was No. 4417.',
  'Such costs, approx. 1,200 euros a month, hit families hard.',
  'Her reason: cost.',
  'The results: Ana Roe first, Bo Lind second: Ed Ray third.',
]

describe('splitSentences properties', () => {
  it('keeps its guarantees for arbitrary text', () => {
    fc.assert(
      fc.property(paragraphs, (text) => {
        expectGuarantees(text, splitSentences(text))
      }),
      { numRuns },
    )
  })

  it('splits each pool sentence alone into itself', () => {
    for (const sentence of pool) {
      const spans = splitSentences(sentence)
      expect(spans.map((span) => sentence.slice(span.start, span.end))).toEqual([sentence])
    }
  })

  it('splits paragraphs of known sentences back into those sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }), (chosen) => {
        const text = chosen.join(' ')
        const spans = splitSentences(text)
        expectGuarantees(text, spans)
        expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(chosen)
      }),
      { numRuns },
    )
  })

  it('finds the same sentences whatever whitespace separates them', () => {
    const gap = fc.constantFrom(' ', '  ', '\n', ' \n ', '\t', '\u00a0')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pool), gap), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const text = parts.map(([sentence, space]) => sentence + space).join('')
          const spans = splitSentences(text)
          expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(
            parts.map(([sentence]) => sentence),
          )
        },
      ),
      { numRuns },
    )
  })
})

describe('splitSentences without a place to end a sentence', () => {
  it('returns the whole trimmed text as one sentence', () => {
    const noEnd = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'B',
          ' ',
          ',',
          '"',
          '(',
          ')',
          '3',
          'é',
          '-',
          "'",
          '\t',
          '.x',
          '!a',
        ),
      })
      .filter(
        (text) => text.trim() !== '' && !/[.!?…]\s/.test(text) && !/[.!?…]$/.test(text.trim()),
      )
    fc.assert(
      fc.property(noEnd, (text) => {
        const spans = splitSentences(text)
        expect(spans).toHaveLength(1)
        const [span] = spans
        expect(text.slice(span?.start, span?.end)).toBe(text.trim())
      }),
      { numRuns: 300 },
    )
  })
})

describe('splitSentences shortcuts', () => {
  it('give what the thorough path gives, on every paragraph of every fixture', () => {
    const root = new URL('../fixtures/', import.meta.url)
    let checked = 0
    for (const name of readdirSync(root)) {
      for (const file of ['input.txt', 'input.html']) {
        const path = new URL(`${name}/${file}`, root)
        if (!existsSync(path)) continue
        const article = clean(readFileSync(path, 'utf8'), { rules: {} })
        for (const paragraph of everyParagraph(article)) {
          expect(splitSentences(paragraph.text)).toEqual(splitSentencesThoroughly(paragraph.text))
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('give what the thorough path gives, on generated paragraphs', () => {
    const piece = fc.constantFrom(
      'The U.S. Government said so.',
      'Dr. Roe left at 5 p.m. Friday.',
      '"We are ready," he said.',
      'It cost $3.5 million.',
      'Why now? Karimi asked.',
      'Yahoo! Inc. rose.',
      'See www.example.com/a.b for more.',
      'Wait... What?',
      'Wait… What now?',
      'He paused…then spoke.',
      'J. K. Rowling wrote it.',
      'They left etc. The end',
      'e.g. this one',
      '1. First point',
      'In 2019. 2020 was worse.',
      '(He declined.) The talks resumed.',
      'no capital here. and more',
      'Phone: 555-201-7788 Fax: 555-201-7789',
      'Email: ana@example.com Site made!',
      'cc: Ana Roe',
      'Ana Roe ana@example.com Bo Lind bo@example.org',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(' ', '  ', '\t', '\n', ' \n'),
        (pieces, gap) => {
          const text = pieces.join(gap)
          expect(splitSentences(text)).toEqual(splitSentencesThoroughly(text))
        },
      ),
      { numRuns: 500 },
    )
  })
})
