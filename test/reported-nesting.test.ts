import { describe, expect, it } from 'vitest'
import { cuesAndStatements, expectStatements, quotesOf } from './quote-helpers.js'

describe('a clause with a verb in a tense after a verb that takes a person is the statement, not the person', () => {
  it.each([
    [
      'Dahl warned the quay would close, and Holt has since resigned.',
      ['warned | the quay would close'],
    ],
    [
      'The union warned fares had doubled, and the board agreed to review them.',
      ['warned | fares had doubled', 'agreed | to review them'],
    ],
    [
      'The pilots cautioned the channel was silting, and the council has done nothing since.',
      ['cautioned | the channel was silting'],
    ],
  ])('%s', expectStatements)

  // Whom it was said to still comes before the statement.
  it.each([
    ['Dahl told reporters, “The quay is finished.”', ['told | The quay is finished.']],
    ['Dahl warned the harbour board that the quay would close.', ['warned | the quay would close']],
  ])('%s', expectStatements)
})

describe('a participle between the subject and its verb reports up to its closing comma', () => {
  it.each([
    ['Holt, saying that he would stay, left the room.', ['saying | he would stay']],
    [
      'The mayor, arguing the budget was sound, signed the bill on Monday.',
      ['arguing | the budget was sound'],
    ],
    [
      'Brenn, insisting he had done nothing wrong, walked out of the hearing.',
      ['insisting | he had done nothing wrong'],
    ],
  ])('%s', expectStatements)

  // After the sentence's own verb a participle goes on to the end of the sentence.
  it.each([
    [
      'The mayor signed the bill on Monday, saying the budget was sound.',
      ['saying | the budget was sound'],
    ],
    [
      'Holt left the room, insisting that he would stay in the post, whatever the board decides.',
      ['insisting | he would stay in the post, whatever the board decides'],
    ],
  ])('%s', expectStatements)
})

/** The speaker's name and the text of each quote a passage of paragraphs (joined by blank lines) gives. */
function spokenIn(paragraphs: readonly string[]): string[] {
  return quotesOf(paragraphs.join('\n\n')).map(
    (quote) => `${quote.speaker?.name ?? '?'} | ${quote.text}`,
  )
}

describe('a quote that ends a paragraph goes on in the next one after a statement that follows it', () => {
  it.each([
    ['“We will not leave the quay,” Holt said, adding that the fight was far from over.', 'adding'],
    [
      '“We will not leave the quay,” Holt told reporters, insisting the fight was not over.',
      'insisting',
    ],
    ['“We will not leave the quay,” said Holt, who warned that the board would fold.', 'warned'],
  ])('%s', (first, cue) => {
    const quotes = spokenIn([first, '“The harbour is our home. Nobody will take it.”'])
    expect(quotes[0]).toBe(
      'Holt | We will not leave the quay, The harbour is our home. Nobody will take it.',
    )
    expect(quotes).toHaveLength(2)
    expect(cuesAndStatements(quotesOf(first)).at(-1)).toMatch(new RegExp(`^${cue} \\| `))
  })

  // A quote in an earlier sentence, or none in the next paragraph, goes on with nothing.
  it.each([
    [
      [
        '“We will not leave the quay,” Holt said. Dahl said the board would fold soon.',
        '“The harbour is our home.”',
      ],
      ['Holt | We will not leave the quay', 'Dahl | the board would fold soon'],
    ],
    [
      [
        '“We will not leave the quay,” Holt said, adding that the fight was far from over.',
        'Dahl said the harbour was safe.',
      ],
      [
        'Holt | We will not leave the quay',
        'Holt | the fight was far from over',
        'Dahl | the harbour was safe',
      ],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(spokenIn(paragraphs).slice(0, expected.length)).toEqual(expected)
  })
})

describe('a source with its verb after "but" opens a report of its own', () => {
  it.each([
    [
      'The group claimed responsibility for the attack but officials have said they doubt it.',
      ['claimed | responsibility for the attack', 'said | they doubt it'],
    ],
    [
      'Holt praised the levy but the skippers have rejected any new charge.',
      ['praised | the levy', 'rejected | any new charge'],
    ],
    [
      'Holt endorsed the plan but Dahl said it was too costly.',
      ['endorsed | the plan', 'said | it was too costly'],
    ],
  ])('%s', expectStatements)

  // "but that" goes on with the same verb, "and" with a noun phrase before
  // it joins subjects, and "while" after a clause may open one of the
  // speaker's own: the report stays whole.
  it.each([
    [
      'Holt said the levy was fair but that critics wanted it scrapped.',
      ['said | the levy was fair but that critics wanted it scrapped'],
    ],
    [
      'The mayor said the quay and the harbour master warned of delays.',
      ['said | the quay and the harbour master warned of delays'],
    ],
    [
      'Dahl said he and his wife agreed with the plan.',
      ['said | he and his wife agreed with the plan'],
    ],
  ])('%s', expectStatements)
})
