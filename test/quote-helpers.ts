import { expect } from 'vitest'
import { clean, type Quote } from '../src/index.js'

/** The quotes `clean()` finds in a made-up passage published on Thursday 13 March 2025, given as plain text or as HTML. */
export function quotesOf(text: string, format: 'text' | 'html' = 'text'): Quote[] {
  return clean(text, { format, publishedAt: '2025-03-13' }).quotes
}

/** A passage as one HTML paragraph in an article. */
export function html(text: string): string {
  return `<html><body><article><p>${text}</p></article></body></html>`
}

/** Each quote as "cue | statement", for a compact comparison. */
export function cuesAndStatements(quotes: readonly Quote[]): string[] {
  return quotes.map((quote) => `${quote.cue} | ${quote.text}`)
}

/** Checks that a passage, as plain text and as HTML, gives these "cue | statement" pairs. */
export function expectStatements(text: string, statements: readonly string[]): void {
  expect(cuesAndStatements(quotesOf(text))).toEqual(statements)
  expect(cuesAndStatements(quotesOf(html(text), 'html'))).toEqual(statements)
}

/** Checks that a passage, as plain text and as HTML, gives quotes that `show` writes as `expected`. */
export function expectQuotes(
  text: string,
  expected: readonly string[],
  show: (quote: Quote) => string,
): void {
  for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')])
    expect(quotes.map(show)).toEqual(expected)
}

/** Checks that a passage, as plain text and as HTML, gives these "speaker as written | cue | statement" triples. */
export function expectReports(text: string, reports: readonly string[]): void {
  expectQuotes(text, reports, (quote) => `${quote.speakerText} | ${quote.cue} | ${quote.text}`)
}
