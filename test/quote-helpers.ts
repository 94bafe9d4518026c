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
