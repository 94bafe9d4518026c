import { describe, expect, it } from 'vitest'
import { isIrregularPast } from '../src/lexicon/verb-forms.js'
import { isTensedWordAt, isVerbWordAt } from '../src/quotes/cues.js'
import { expectStatements, html, quotesOf } from './quote-helpers.js'

/** Checks that a passage, as plain text and as HTML, gives quotes with these speakers as written. */
function expectSpeakers(text: string, speakers: readonly (string | null)[]): void {
  for (const quotes of [quotesOf(text), quotesOf(html(text), 'html')])
    expect(quotes.map((quote) => quote.speakerText ?? null)).toEqual(speakers)
}

describe('irregular past forms that the lexicon files under another reading', () => {
  it.each(['drew', 'left', 'lost', 'rose', 'sought', 'understood'])('knows %s', (word) => {
    expect(isIrregularPast(word)).toBe(true)
  })

  it.each([
    // Tagged as a past already, or regular.
    'said',
    'took',
    'walked',
    // The same as the plain form.
    'put',
    // A common noun first ("the ground", "a wound").
    'ground',
    'wound',
    // No verb at all.
    'house',
    'lefts',
  ])('leaves out %s', (word) => {
    expect(isIrregularPast(word)).toBe(false)
  })

  it.each([
    ['left', 'storm', 'early'],
    ['left', 'brenn', 'the'],
    ['drew', 'holt', 'a'],
    ['lost', 'party', 'power'],
  ])('reads %s as a verb after %s and before %s', (word, previous, next) => {
    expect(isTensedWordAt(word, previous, next)).toBe(true)
    expect(isVerbWordAt(word, previous, next)).toBe(true)
  })

  it.each([
    // After a verb it is a participle: a verb, in no tense.
    ['lost', 'having', 'the'],
    ['left', 'was', 'behind'],
  ])('reads %s after %s and before %s as a participle', (word, previous, next) => {
    expect(isTensedWordAt(word, previous, next)).toBe(false)
  })

  it.each([
    // After an article or a possessive it qualifies a noun.
    ['left', 'the', 'wing'],
    ['lost', 'his', 'wallet'],
    // Before a preposition or a verb it is a direction.
    ['left', 'turn', 'at'],
    ['left', 'party', 'on'],
    ['left', 'turn', 'were'],
    // At a mark nothing tells.
    ['left', 'turn', undefined],
  ])('keeps the other reading of %s after %s and before %s', (word, previous, next) => {
    expect(isTensedWordAt(word, previous, next)).toBe(false)
    expect(isVerbWordAt(word, previous, next)).toBe(false)
  })
})

describe('a statement in a bound relative clause ends before an irregular past of the sentence', () => {
  it.each([
    [
      'Pilots who said they were worried about the storm left early.',
      ['said | they were worried about the storm'],
    ],
    ['Critics who said the levy was unfair lost the vote.', ['said | the levy was unfair']],
    ['Skippers who said the quay was too small drew a crowd.', ['said | the quay was too small']],
  ])('%s', expectStatements)

  it.each([
    // A direction, not the sentence's verb.
    [
      'Pilots who said the ferry should turn left were heard first.',
      ['said | the ferry should turn left'],
    ],
    [
      'Activists who have sought to move the party left on taxes were heard first.',
      ['sought | to move the party left on taxes'],
    ],
    // After an article or a possessive it qualifies a noun.
    [
      'Pilots who said the left lane was closed were heard first.',
      ['said | the left lane was closed'],
    ],
    [
      'Skippers who said their lost nets were found were heard first.',
      ['said | their lost nets were found'],
    ],
  ])('keeps the statement whole: %s', expectStatements)
})

describe('a sentence subject ends at an irregular past the lexicon files under another reading', () => {
  it.each([
    ['Tomas Brenn left the hall after saying the plan was dead.', ['Tomas Brenn']],
    ['Maria Holt drew a crowd after saying the quay was too small.', ['Maria Holt']],
    ['Mayor Holt rose to speak, saying the levy was unfair.', ['Mayor Holt']],
  ])('%s', expectSpeakers)

  it.each([
    // A regular past ended the subject before too.
    ['Tomas Brenn walked out of the hall after saying the plan was dead.', ['Tomas Brenn']],
  ])('%s', expectSpeakers)
})

describe('a word in -s that may be a plural or a verb', () => {
  it.each([
    // Compromise holds these between a plural and a verb, or knows their singular as a noun.
    ['taxes', 'cut', 'angered'],
    ['votes', 'raise', 'for'],
    ['clips', 'and', 'aimed'],
    // After a preposition, an article or a possessive: a plural.
    ['firms', 'on', 'is'],
    ['levies', 'the', 'on'],
    ['plans', 'their', 'were'],
  ])('reads %s after %s and before %s as no verb', (word, previous, next) => {
    expect(isTensedWordAt(word, previous, next)).toBe(false)
  })

  it.each([
    // Only a verb.
    ['says', 'dahl', 'the'],
    ['wants', 'board', 'to'],
    ['extends', 'it', 'the'],
  ])('reads %s after %s and before %s as a verb', (word, previous, next) => {
    expect(isTensedWordAt(word, previous, next)).toBe(true)
  })
})

describe('a statement that holds a plural the lexicon also knows as a verb goes on past it', () => {
  it.each([
    ['Her plan to cut taxes angered the unions.', ['plan | to cut taxes']],
    [
      'Her plan to raise votes for the levy angered the board.',
      ['plan | to raise votes for the levy'],
    ],
    [
      'Holt’s proposal to raise taxes on firms is good policy.',
      ['proposal | to raise taxes on firms'],
    ],
    [
      'Dahl’s promise to cut the levies on boats won her the seat.',
      ['promise | to cut the levies on boats'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A verb in -s of the clause after a complete subject still ends it.
    [
      'Her plan to end the tolls cuts the deficit, Dahl said.',
      ['said | Her plan to end the tolls cuts the deficit'],
    ],
    ['Her claim that the ferry was safe surprised the board.', ['claim | the ferry was safe']],
    // One that may be a plural too is the clause's verb before its object.
    [
      'Her claim that the firm holds the rights surprised the board.',
      ['claim | the firm holds the rights'],
    ],
    ['Her claim that the ferry is safe angers the board.', ['claim | the ferry is safe']],
    [
      'Dahl’s claim that the board leads the talks surprised the union.',
      ['claim | the board leads the talks'],
    ],
  ])('%s', expectStatements)

  it.each([
    // After an article it is a plural, whatever follows.
    [
      'Her claim that the cuts the board made were unfair angered Dahl.',
      ['claim | the cuts the board made were unfair'],
    ],
    // After the verb of an infinitive it is its object.
    ['Dahl’s pledge to lower their taxes won the vote.', ['pledge | to lower their taxes']],
  ])('%s', expectStatements)
})

describe('a word in -s right after the verb of an infinitive is its object', () => {
  it.each([
    [
      'Her proposal to make firms stay or pay is good policy.',
      ['proposal | to make firms stay or pay'],
    ],
    [
      'Dahl’s plan to let firms hire more workers won the vote.',
      ['plan | to let firms hire more workers'],
    ],
    [
      'Her plan to give farms more room angered the harbour master.',
      ['plan | to give farms more room'],
    ],
  ])('%s', expectStatements)

  it.each([
    // Before an article it is the clause's verb, with its own object.
    ['Her refusal to negotiate hurts the talks.', ['refusal | to negotiate']],
    // The present of a verb compromise has as an infinitive is the clause's verb.
    ['Her refusal to negotiate extends far beyond the toll.', ['refusal | to negotiate']],
    // Further on, past the object, a verb ends the statement as before.
    ['Her plan to cut the tolls angers the union.', ['plan | to cut the tolls']],
  ])('%s', expectStatements)
})

describe('an irregular past the lexicon files under another reading is a verb wherever a verb is asked for', () => {
  it.each([
    // A second verb of the subject ends the position taken.
    ['Dahl endorsed the levy and drew a crowd at the quay.', ['endorsed | the levy']],
    ['Holt blamed the board for the levy and lost the vote.', ['blamed | the board for the levy']],
    // The relative pronoun before the source leads what was said.
    [
      'The troops were pulled out, which critics say left a vacuum in the region.',
      ['say | which left a vacuum in the region'],
    ],
  ])('%s', expectStatements)

  it.each([
    // After an article it qualifies a noun.
    [
      'Dahl criticised the left wing of the party and its leader.',
      ['criticised | the left wing of the party and its leader'],
    ],
  ])('%s', expectStatements)
})
