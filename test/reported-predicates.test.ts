import { describe, expect, it } from 'vitest'
import { expectStatements, quotesOf } from './quote-helpers.js'

describe('an adjective after a linking verb reports what its subject thinks', () => {
  it.each([
    ['Aides are convinced that the plan will fail.', ['convinced | the plan will fail']],
    [
      'The harbour master was not aware that the quay had been closed.',
      ['aware | the quay had been closed'],
    ],
    ['The mayor’s aides were adamant that the levy would stay.', ['adamant | the levy would stay']],
    ['She’s confident that the ferry will run again.', ['confident | the ferry will run again']],
    [
      'She remains hopeful that the council will approve the levy.',
      ['remains hopeful | the council will approve the levy'],
    ],
    [
      'Skippers grew more convinced that the quota was rigged.',
      ['grew more convinced | the quota was rigged'],
    ],
    // A verb of thought's participle before "that" is the adjective, not a passive.
    [
      'Skippers are worried that prices will fall, and the union is optimistic that talks will resume.',
      ['worried | prices will fall', 'optimistic | talks will resume'],
    ],
  ])('%s', expectStatements)

  it('names the subject as the speaker, with low confidence', () => {
    const [quote] = quotesOf('Dock workers were increasingly skeptical that the port would reopen.')
    expect(quote?.speakerText).toBe('Dock workers')
    expect(quote?.kind).toBe('indirect')
    expect(quote?.confidence).toBe('low')
  })

  it.each([
    // A subject that stands for no one holds no view.
    'It is clear that the plan will fail.',
    'It was obvious that the quay was too small.',
    'There is hope that the ferry will return.',
    // "so" before the adjective: its "that" opens a result.
    'The fee was so high that the skippers left.',
    // A verb right after "that" makes it a relative pronoun.
    'A levy was introduced that would double the fee.',
    // A time after "that" makes it a determiner.
    'The quay was damaged that night.',
    'The skipper was aware that week of a leak.',
  ])('%s gives nothing', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('"make" with an adjective reports what its subject says', () => {
  it.each([
    [
      'The mayor made it clear that she would not resign.',
      ['made it clear | she would not resign'],
    ],
    ['Dahl made clear that the port stays open.', ['made clear | the port stays open']],
    [
      'The union has made it plain that the strike will go ahead.',
      ['made it plain | the strike will go ahead'],
    ],
  ])('%s', expectStatements)

  it('names the subject as the speaker', () => {
    const [quote] = quotesOf('The harbour board made it clear that the quay would close.')
    expect(quote?.speakerText).toBe('The harbour board')
    expect(quote?.confidence).toBe('high')
  })

  it.each([
    'The storm made it clear that night.',
    'They made it clear that would not work.',
    'The crew made the deck clean that morning.',
  ])('%s gives nothing', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('"it" before a verb of speech or thought in the passive stands for the clause it reports', () => {
  it.each([
    ['It was widely reported that the quay would close.', ['reported | the quay would close']],
    [
      'It is believed that the ferry sank in the storm.',
      ['believed | the ferry sank in the storm'],
    ],
    ['It’s been reported that the mayor will resign.', ['reported | the mayor will resign']],
    [
      'Because it was reported that the quay had closed, skippers left.',
      ['reported | the quay had closed'],
    ],
  ])('%s', expectStatements)

  it('names no one', () => {
    const [quote] = quotesOf('It has been said that the levy is unfair.')
    expect(quote?.text).toBe('the levy is unfair')
    expect(quote?.speaker).toBeNull()
    expect(quote?.speakerText).toBeNull()
  })

  it.each([
    // A verb right after "that" makes it a relative pronoun or the subject.
    'It was said that would happen.',
    // A verb that reports no speech or thought.
    'It was decided that the levy would stay.',
    // A subject that is something named: the verb is a plain passive.
    'The report was released that morning.',
  ])('%s gives nothing', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a verb of seeming before "to" reports a view held by no one named', () => {
  it.each([
    ['The plan seemed to stall in the committee.', ['seemed | The plan to stall in the committee']],
    ['Dahl appears to have won the seat.', ['appears | Dahl to have won the seat']],
    // The view ends with its clause; what follows a comma is the writer's.
    [
      'The harbour board seems to favour the levy, despite a late surge of protest.',
      ['seems | The harbour board to favour the levy'],
    ],
    // Denied, the view is stated whole: without its "not" it would say the opposite.
    ["Holt doesn't seem to mind the fees.", ["seem | Holt doesn't seem to mind the fees"]],
    [
      'The quota did not appear to help the fleet.',
      ['appear | The quota did not appear to help the fleet'],
    ],
    // "wo" of "won't" is "will", not a word of the subject.
    [
      "The pilots won't seem to notice the new buoys.",
      ["seem | The pilots won't seem to notice the new buoys"],
    ],
  ])('%s', expectStatements)

  it('names no one, with low confidence', () => {
    const [quote] = quotesOf('Skippers appeared to accept the new quota.')
    expect(quote?.speaker).toBeNull()
    expect(quote?.confidence).toBe('low')
  })

  it.each([
    // A verb of the lexicon after "to" reports what the subject says.
    ['The mayor seemed to suggest that the levy would go.', ['suggest | the levy would go']],
    // A quote in the sentence has a speaker of its own.
    [
      '“The quay is closed,” Holt said, and the crew seemed to agree.',
      ['said | The quay is closed'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A subject that stands for no one.
    'It seems to me that the levy is unfair.',
    // "to" before a person, not a verb.
    'The idea seemed to them a good one.',
    // No "to" at all.
    'The skipper seemed tired after the storm.',
    // "can" before the verb, as in "can't say" ("ca" of "can't" is "can").
    "The skippers can't seem to find the harbour.",
  ])('%s gives nothing', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a question put to someone reports what was asked', () => {
  it.each([
    // A phrase that closes the sentence.
    ['Holt shrugged when asked about the levy.', ['asked about | the levy']],
    [
      'The mayor smiled when asked whether the quay would close.',
      ['asked | whether the quay would close'],
    ],
    // The passive, with a question word or "about" after it.
    [
      'In an interview, he was asked what happened to the vote.',
      ['asked | what happened to the vote'],
    ],
    [
      'Voters were asked who would bring change to the harbour.',
      ['asked | who would bring change to the harbour'],
    ],
    // A dash ends the question.
    [
      'She was asked how she would define the levy - a word the mayor used - and she laughed.',
      ['asked | how she would define the levy'],
    ],
  ])('%s', expectStatements)

  it('names who asked after "by", and no one otherwise', () => {
    const [named] = quotesOf('Holt was asked by host Ana Berg whether the levy was fair.')
    expect(named?.text).toBe('whether the levy was fair')
    expect(named?.speakerText).toBe('host Ana Berg')
    const [unnamed] = quotesOf('The skipper was asked whether the quay was safe.')
    expect(unnamed?.speaker).toBeNull()
  })

  it.each([
    // A pronoun alone is no question worth reporting.
    ['Holt was asked about it.', []],
    // After a quote the closing phrase only says when the quote was given.
    ['“We will see,” Holt said when asked whether he would run.', ['said | We will see']],
  ])('%s', expectStatements)
})

describe('a view held by no one named ends with its clause', () => {
  it.each([
    // A clause of when stays in it.
    [
      'Holt is expected to win after the vote in the harbour.',
      ['expected | Holt to win after the vote in the harbour'],
    ],
    [
      'Dahl seems to favour the levy until the summer.',
      ['seems | Dahl to favour the levy until the summer'],
    ],
    // What follows its comma is the writer's.
    [
      'The board is expected to sign the levy, potentially ending the dispute.',
      ['expected | The board to sign the levy'],
    ],
  ])('%s', expectStatements)
})

describe('a statement ends before a clause the reporter adds with ", and"', () => {
  it.each([
    [
      'A survey found most skippers back the levy, and the quota has been cut twice since.',
      ['found | most skippers back the levy'],
    ],
    [
      'Holt said the fee would double, and Dahl’s aides have since left the board.',
      ['said | the fee would double'],
    ],
    // "and that" goes on with what was said.
    [
      'Holt said the levy is fair, and that the fee is low.',
      ['said | the levy is fair, and that the fee is low'],
    ],
    // A noun phrase set off by commas is no clause.
    [
      'Holt said the plan, and its costs, were fair.',
      ['said | the plan, and its costs, were fair'],
    ],
  ])('%s', expectStatements)
})
