import { describe, expect, it } from 'vitest'
import { cuesAndStatements, html, quotesOf } from './quote-helpers.js'

/** A passage as HTML paragraphs, one per block of the plain text. */
function htmlParagraphs(text: string): string {
  const paragraphs = text.split('\n\n').map((paragraph) => `<p>${paragraph}</p>`)
  return `<html><body><article>${paragraphs.join('')}</article></body></html>`
}

describe('a quote left open at the end of its paragraph', () => {
  // News style: a quote that goes on in the next paragraph has no closing
  // mark; apostrophes in its words ("can’t", "port’s") close nothing.
  it.each([
    [
      '“The ferry is late again,” Mara Holt said. “We can’t keep paying for a boat that isn’t there.\n\n“Nobody listens to us,” she added.',
      'We can’t keep paying for a boat that isn’t there.',
    ],
    [
      '“The tolls are too high,” said Tomas Brenn. “The port’s own figures show it.\n\n“Ask anyone on the quay,” he said.',
      'The port’s own figures show it.',
    ],
    [
      '“We will rebuild,” the mayor said on Monday. “It won’t be quick, and it won’t be cheap.\n\n“But we will do it,” she said.',
      'It won’t be quick, and it won’t be cheap.',
    ],
  ])('keeps its words with the speaker: %j', (text, words) => {
    for (const quotes of [quotesOf(text), quotesOf(htmlParagraphs(text), 'html')]) {
      const first = quotes[0]
      expect(first?.kind).toBe('direct')
      expect(first?.text).toContain(words)
      expect(first?.cue).toBe('said')
      expect(quotes.at(-1)?.text).not.toContain(words)
    }
  })

  it('reads it as a whole quote of its own when nothing comes before it', () => {
    const text =
      'Mara Holt runs the harbour.\n\n“I’ve seen the ferry miss its slot every week this year.\n\n“It isn’t good enough,” she said.'
    for (const quotes of [quotesOf(text), quotesOf(htmlParagraphs(text), 'html')]) {
      expect(quotes.map((quote) => quote.text).join(' ')).toContain(
        'I’ve seen the ferry miss its slot every week this year.',
      )
    }
  })

  it.each([
    // A stray mark is still passed over when a real quote mark follows it.
    [
      '“Crews can’t stop now, chanting ‘One more hour’ as the tide rose.',
      ['chanting | One more hour'],
    ],
    [
      '"Crews worked through the night, chanting “One more hour!” as the tide rose.',
      ['chanting | One more hour!'],
    ],
  ])('passes over a stray mark before a real quote: %j', (text, expected) => {
    expect(cuesAndStatements(quotesOf(text))).toEqual(expected)
    expect(cuesAndStatements(quotesOf(html(text), 'html'))).toEqual(expected)
  })

  it.each([
    'The harbour’s new ferry can’t dock at low tide, the port’s engineers found.',
    'Mara Holt’s boat isn’t ready.',
  ])('finds no quote in words with apostrophes only: %j', (text) => {
    expect(quotesOf(text).filter((quote) => quote.kind === 'direct')).toEqual([])
    expect(quotesOf(html(text), 'html').filter((quote) => quote.kind === 'direct')).toEqual([])
  })
})

describe('a quote its own verb of saying follows at once', () => {
  it.each([
    [
      '“The port must stay open,” Mara Holt said, according to the Harbour Ledger.',
      'The port must stay open',
      'Mara Holt',
      'said',
    ],
    [
      '“We cannot pay for this,” said Tomas Brenn, asked about the tolls at a hearing.',
      'We cannot pay for this',
      'Tomas Brenn',
      'said',
    ],
    [
      '“It has been seven years,” Lena Kessler told reporters, asked about the delay. “Why should I be surprised?”',
      'It has been seven years, Why should I be surprised?',
      'Lena Kessler',
      'told',
    ],
  ])('is that verb’s, not a later report’s: %j', (text, said, speaker, cue) => {
    for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')]) {
      expect(quotes).toHaveLength(1)
      expect(quotes[0]).toMatchObject({
        text: said,
        kind: 'direct',
        speaker: { name: speaker },
        cue,
      })
    }
  })

  it.each([
    // The quoted words are part of the reported clause: the report keeps them.
    [
      'Mara Holt said the plan was “a farce from the start,” according to the Harbour Ledger.',
      'according to',
    ],
    ['The port is “a disgrace,” the Harbour Ledger reported, citing Mara Holt.', 'reported'],
  ])('leaves a quote inside a reported clause to its report: %j', (text, cue) => {
    for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')]) {
      expect(quotes[0]).toMatchObject({ kind: 'partial', cue })
    }
  })
})

describe('a later piece of a sentence with a verb of saying of its own', () => {
  it.each([
    [
      '“The fares are too high,” Lena Kessler said, but after the vote, “We will pay them,” said Kessler.',
      ['The fares are too high', 'We will pay them'],
      ['said', 'said'],
    ],
    [
      '“The pier is unsafe,” the engineer said on Monday, and later, “It should close,” Tomas Brenn added.',
      ['The pier is unsafe', 'It should close'],
      ['said', 'added'],
    ],
    [
      '“Her mood is grumpy,” he said, but despite the tone, “I think she will do it,” said Kunin.',
      ['Her mood is grumpy', 'I think she will do it'],
      ['said', 'said'],
    ],
  ])('is a statement of that verb, not more of the first: %j', (text, said, cues) => {
    for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')]) {
      expect(quotes.map((quote) => [quote.kind, quote.text, quote.cue])).toEqual(
        said.map((words, index) => ['direct', words, cues[index]]),
      )
    }
  })

  it.each([
    // A participle going on from the attribution names no one: the pieces are one quote.
    [
      '“We never closed the port,” she said, “but the ferries stopped,” adding that the town would recover.',
      'We never closed the port, but the ferries stopped',
    ],
    // A conjunction opens a clause of the reporter's, not an attribution.
    [
      '“The port stays open,” Mara Holt said, “whatever the council decides,” but she denied that the ferries would stop.',
      'The port stays open, whatever the council decides',
    ],
  ])('stays one quote when the verb after it opens a clause of its own: %j', (text, joined) => {
    for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')]) {
      expect(quotes[0]).toMatchObject({ kind: 'direct', text: joined, cue: 'said' })
      expect(quotes.filter((quote) => quote.kind === 'direct')).toHaveLength(1)
    }
  })
})
