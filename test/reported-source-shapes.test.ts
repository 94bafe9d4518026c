import { describe, it } from 'vitest'
import { expectQuotes, expectReports } from './quote-helpers.js'

describe('a plain verb agrees with a plural before a phrase of a preposition', () => {
  it.each([
    [
      'Residents of the old town say the ferry runs late.',
      ['Residents of the old town | say | the ferry runs late'],
    ],
    [
      'Skippers in the northern harbour argue the quota is unfair.',
      ['Skippers in the northern harbour | argue | the quota is unfair'],
    ],
    [
      'Sources close to the mayor insist the budget will pass.',
      ['Sources close to the mayor | insist | the budget will pass'],
    ],
  ])('%s', expectReports)

  // A word that opens the clause before the plural does not hide it.
  it.each([
    [
      'But residents of the old town say the ferry runs late.',
      ['residents of the old town | say | the ferry runs late'],
    ],
    [
      'Still, skippers in the northern harbour argue the quota is unfair.',
      ['skippers in the northern harbour | argue | the quota is unfair'],
    ],
  ])('after a word that opens the clause: %s', expectReports)

  // "released details of his plan": a plural after a verb is its object.
  it.each([['The council published copies of the harbour plan, which would cost more.', []]])(
    'not after a verb: %s',
    expectReports,
  )

  // A form that is a noun too stays a noun there ("the aspects of the attack").
  it.each([
    ['Questions remain on many aspects of the harbour attack, including the delay.', []],
    ['The price of the permits report was high.', []],
  ])('not after a noun of its own: %s', expectReports)
})

describe('a source after its verb may hold a possessive', () => {
  it.each([
    [
      'The crane is too old to repair, said the port’s chief engineer.',
      ['the port’s chief engineer | said | The crane is too old to repair'],
    ],
    [
      "The ferry will run all winter, said Holt's spokesman.",
      ["Holt's spokesman | said | The ferry will run all winter"],
    ],
  ])('%s', expectReports)
})

describe('a statement goes on with "that" after its source set in it', () => {
  it.each([
    [
      'There is a risk, the pilots said, that the new quay will flood in winter.',
      ['the pilots | said | There is a risk that the new quay will flood in winter'],
    ],
    [
      'The main worry, Holt warned, is a storm that breaks the sea wall.',
      ['Holt | warned | The main worry is a storm that breaks the sea wall'],
    ],
    [
      'There is a good chance, Dahl believes, that the fares will fall.',
      ['Dahl | believes | There is a good chance that the fares will fall'],
    ],
  ])('%s', expectReports)

  // After a source named behind its verb, a relative pronoun is about the source.
  it.each([
    [
      'The quay is safe, said Tomas Brenn, who runs the port.',
      ['Tomas Brenn | said | The quay is safe'],
    ],
  ])('not after a source behind its verb: %s', expectReports)
})

describe('an answer of one word after a verb of saying is a statement', () => {
  it.each([
    [
      'Asked whether the fares were fair, 46 percent of skippers said yes.',
      ['null | Asked | whether the fares were fair', '46 percent of skippers | said | yes'],
    ],
    ['Half said so.', ['Half | said | so']],
    ['The harbour master said no.', ['The harbour master | said | no']],
    ['Holt said no, and the board agreed.', ['Holt | said | no']],
  ])('%s', expectReports)

  // A longer clause is read as before, and "so" after a comma is the reporter's.
  it.each([
    ['Holt said no one would come.', ['Holt | said | no one would come']],
    ['Holt said, so the ferry left.', []],
  ])('%s', expectReports)
})

describe('an adjective between a plural and its preposition qualifies the plural', () => {
  it.each([
    [
      'Rather, sources close to the mayor say the budget will pass.',
      ['sources close to the mayor | say | the budget will pass'],
    ],
    [
      'Yet people familiar with the talks said the deal was near.',
      ['people familiar with the talks | said | the deal was near'],
    ],
  ])('%s', expectReports)

  // "lacks support from": a verb and its object, not a plural and its qualifier.
  it.each([
    [
      'The mayor also lacks support from his colleagues on the council, said Ruth Vance, a historian.',
      ['Ruth Vance | said | The mayor also lacks support from his colleagues on the council'],
    ],
  ])('not a verb and its object: %s', expectReports)
})

describe('a plain verb agrees with a plural before a relative clause', () => {
  it.each([
    [
      'Voters who backed the mayor say they will stay home.',
      ['Voters | say | they will stay home'],
    ],
    [
      'Many skippers who came to the harbour meeting insist the quota must go.',
      ['Many skippers | insist | the quota must go'],
    ],
    [
      'The skippers whose boats were seized say the fines are unlawful.',
      ['The skippers | say | the fines are unlawful'],
    ],
  ])('%s', expectReports)

  // "who doubt him but want …": the verb after "but" is the clause's own.
  it.each([['There are skippers who fish the bay but want a new quay.', []]])(
    'not a verb of the clause itself: %s',
    expectReports,
  )
})

/** Each quote of a passage, as text and as HTML, as "speaker's name | statement". */
const expectSpeakers = (text: string, speakers: readonly string[]) =>
  expectQuotes(text, speakers, (quote) => `${quote.speaker?.name ?? null} | ${quote.text}`)

describe('a town’s state or country is part of the place, not the speaker', () => {
  it.each([
    [
      'Ruth Vance of Tromso, Norway, said the ferry runs late.',
      ['Ruth Vance | the ferry runs late'],
    ],
    [
      'Tomas Brenn, 54, of Dayton, Ohio, says the plant will close.',
      ['Tomas Brenn | the plant will close'],
    ],
    [
      'Mara Holt of Columbia, South Carolina says the plant will close.',
      ['Mara Holt | the plant will close'],
    ],
    [
      'Alan Dahl of Huntsville, Ala., says the plant will close.',
      ['Alan Dahl | the plant will close'],
    ],
    [
      'Alan Dahl of Dayton, Ohio, said the plant was “too old to save.”',
      ['Alan Dahl | the plant was “too old to save.”'],
    ],
  ])('%s', expectSpeakers)

  // A name after a phrase that leads into the sentence is the speaker, whatever comes before it.
  it.each([
    [
      'Speaking in Harlem, Mara Holt said the plant will close.',
      ['Mara Holt | the plant will close'],
    ],
    [
      'Two days after the vote in Dayton, Alan Dahl said the plant will close.',
      ['Alan Dahl | the plant will close'],
    ],
  ])('not after a phrase that leads in: %s', expectSpeakers)
})

describe('a party and a state set off after a name describe it', () => {
  it.each([
    [
      'Sen. Ruth Vance, D-R.I., said she had not read the harbour plan.',
      ['Ruth Vance | she had not read the harbour plan'],
    ],
    ['The quay is too old, Rep. Alan Dahl, R-Texas, says.', ['Alan Dahl | The quay is too old']],
    ['Mara Holt, I-Vt., says the plant will close.', ['Mara Holt | the plant will close']],
  ])('%s', expectSpeakers)
  // A name set off after a noun still names it: "The senator, Ted Cruz, said".
  it.each([
    ['The senator, Ruth Vance, said the plant will close.', ['Ruth Vance | the plant will close']],
  ])('a name set off is the source: %s', expectSpeakers)
})

describe('an aside after an age describes the name before it', () => {
  it.each([
    [
      'Ruth Vance, 29, of Tromso, says her biggest worry is the ferry.',
      ['Ruth Vance | says | her biggest worry is the ferry'],
    ],
  ])('%s', expectReports)
})

describe('a dateline that opens the sentence is no one', () => {
  /** Speaker's name, cue and statement of each quote, from text and from HTML. */
  const expectNamed = (text: string, named: readonly string[]) =>
    expectQuotes(text, named, (quote) => `${quote.speaker?.name} | ${quote.cue} | ${quote.text}`)

  it.each([
    [
      'OSLO, March 4 (NTB) — Harbour master Ruth Vance released the new timetable, saying it would end the delays.',
      ['Ruth Vance | saying | it would end the delays'],
    ],
    [
      'TROMSO — Ferry chief Tomas Brenn closed the route, warning that the storm would turn.',
      ['Tomas Brenn | warning | the storm would turn'],
    ],
    [
      'Bergen (AFP) – Harbour pilot Alan Dahl left the port, warning that the storm would turn.',
      ['Alan Dahl | warning | the storm would turn'],
    ],
  ])('%s', expectNamed)

  // Nor is it part of a statement that opens the sentence.
  it.each([
    [
      'OSLO (NTB) — The quay will close in May, according to the harbour board.',
      ['harbour board | according to | The quay will close in May'],
    ],
    ['TROMSO — The ferry will stop, the mayor said.', ['mayor | said | The ferry will stop']],
  ])('not in the statement: %s', expectNamed)

  // A name in capitals with a dash that another dash closes is the subject and an aside.
  it.each([
    [
      'NATO — the alliance of thirty states — released the plan, saying it would help.',
      ['NATO | saying | it would help'],
    ],
  ])('not an aside set off by dashes: %s', expectNamed)
})

describe('a semicolon after a source behind its statement ends the statement’s clause', () => {
  it.each([
    [
      'The quay needs about 40 percent more steel, engineers say; in 2012, it needed less.',
      ['engineers | say | The quay needs about 40 percent more steel'],
    ],
    [
      'The ferry will stop in May, Brenn said; the buses will run instead.',
      ['Brenn | said | The ferry will stop in May'],
    ],
  ])('%s', expectReports)
})

describe('two subjects joined by "and" are one source', () => {
  it.each([
    [
      'The quay, union members and leaders say, is too old.',
      ['union members and leaders | say | The quay is too old'],
    ],
    [
      'Union members and skippers say the quay is too old.',
      ['Union members and skippers | say | the quay is too old'],
    ],
    [
      'The gangway was pulled away, she and another pilot said.',
      ['she and another pilot | said | The gangway was pulled away'],
    ],
  ])('%s', expectReports)

  // "and" after a verb joins two clauses: the second subject speaks alone.
  it.each([
    [
      'The ferry left and officials said the quay was closed.',
      ['officials | said | the quay was closed'],
    ],
  ])('not two clauses: %s', expectReports)
})

describe('a short aside of the writer’s between a source and its verb', () => {
  it.each([
    [
      'The harbour master, for example, said the quay would close.',
      ['The harbour master | said | the quay would close'],
    ],
    [
      'The pilots, though, insist the fares are too high.',
      ['The pilots | insist | the fares are too high'],
    ],
  ])('%s', expectReports)
})
