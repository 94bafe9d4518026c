import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clean, type Options, type Quote } from '../src/index.js'
import { everyParagraph } from './util.js'

/**
 * Every folder in `fixtures/quotes/` is a hand-written news passage:
 * `input.txt`, optional `options.json` (options for `clean()`, such as
 * `publishedAt`) and `expected.json`, the statements a reader finds in it,
 * written from the definitions of `Quote`: text, kind, speaker (fullest
 * name and role), verb of saying, and date value and precision.
 */
const root = new URL('../fixtures/quotes/', import.meta.url).pathname
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** What `expected.json` states about one quote. */
interface ExpectedQuote {
  text: string
  kind: Quote['kind']
  speaker: Quote['speaker']
  cue: string | null
  date: { value: string | null; precision: string } | null
}

describe('quote fixtures', () => {
  it('has at least 15 hand-written passages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  for (const name of cases) {
    const folder = join(root, name)
    const optionsPath = join(folder, 'options.json')
    const options: Options = existsSync(optionsPath)
      ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Options)
      : {}
    const article = clean(readFileSync(join(folder, 'input.txt'), 'utf8'), {
      ...options,
      format: 'text',
    })

    describe(name, () => {
      it('finds the expected quotes', () => {
        const expected = JSON.parse(
          readFileSync(join(folder, 'expected.json'), 'utf8'),
        ) as ExpectedQuote[]
        const actual: ExpectedQuote[] = article.quotes.map(
          ({ text, kind, speaker, cue, date }) => ({
            text,
            kind,
            speaker,
            cue,
            date: date && { value: date.value, precision: date.precision },
          }),
        )
        expect(actual).toEqual(expected)
      })

      it('places each quote in its paragraph and sentence of the text', () => {
        const paragraphs = everyParagraph(article)
        for (const quote of article.quotes) {
          const first = quote.text.split(' ')[0] ?? ''
          expect(article.text.slice(quote.start, quote.end).startsWith(first)).toBe(true)
          const sentence = paragraphs[quote.paragraphIndex]?.sentences[quote.sentenceIndex]
          expect(sentence?.text).toContain(first)
          expect(quote.start).toBeGreaterThanOrEqual(sentence?.start ?? Number.NaN)
          expect(quote.start).toBeLessThan(sentence?.end ?? Number.NaN)
        }
      })
    })
  }
})
