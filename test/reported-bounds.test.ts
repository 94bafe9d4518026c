import { describe, it } from 'vitest'
import { expectReports, expectStatements } from './quote-helpers.js'

describe('a statement inside a bound relative clause ends before the sentence’s own verb', () => {
  it.each([
    [
      'A donor who wants to give more could pay as much as $400,000 to the fund.',
      ['wants | to give more'],
    ],
    [
      'Pilots who wanted to attend the hearing were turned away at the door.',
      ['wanted | to attend the hearing'],
    ],
    [
      'Skippers who opposed the harbour levy have since left the board.',
      ['opposed | the harbour levy'],
    ],
    [
      'Holt and other members who hoped to block the levy said the vote came too soon.',
      ['hoped | to block the levy', 'said | the vote came too soon'],
    ],
    [
      'Fishermen who planned to protest the quota will now meet the minister on Tuesday.',
      ['planned | to protest the quota'],
    ],
    // After a verb of saying the clause has a verb of its own; the sentence's comes after it.
    ['Pilots who said the quay was too small were heard first.', ['said | the quay was too small']],
    [
      'Skippers who told reporters the levy had doubled have since left the board.',
      ['told | the levy had doubled'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A clause of what was said, with no verb of the sentence after it.
    [
      'The board heard from pilots who said the quay was too small for the new ferries.',
      ['said | the quay was too small for the new ferries'],
    ],
    // An aside between commas ends at its comma already.
    [
      'The pilots, who wanted to attend the hearing, were turned away.',
      ['wanted | to attend the hearing'],
    ],
    // An -s form inside what the infinitive holds ("taxes") is no verb of the sentence.
    [
      'Skippers who want to cut taxes on the harbour levy are many.',
      ['want | to cut taxes on the harbour levy'],
    ],
    [
      'The board heard from pilots who wanted to attend the hearing on the levy.',
      ['wanted | to attend the hearing on the levy'],
    ],
  ])('keeps the statement whole: %s', expectStatements)
})

describe('an infinitive ends before a second verb in a tense of the same subject', () => {
  it.each([
    ['Dahl declined to comment and was seen leaving the hall.', ['declined | to comment']],
    [
      'The ministry refused to speak to reporters and watched the vote from a suite.',
      ['refused | to speak to reporters'],
    ],
    ['Brenn wanted to run but has not filed his papers.', ['wanted | to run']],
    [
      'Officials said on Tuesday they declined to name the buyer and would not give a price.',
      ['said | they declined to name the buyer and would not give a price'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A plain form goes on from the infinitive.
    [
      'Holt promised to raise the levy and cut the fees.',
      ['promised | to raise the levy and cut the fees'],
    ],
    ['The union vowed to fight the plan and to win.', ['vowed | to fight the plan and to win']],
    [
      'Dahl refused to answer questions about the harbour and its tolls.',
      ['refused | to answer questions about the harbour and its tolls'],
    ],
  ])('keeps: %s', expectStatements)
})

describe('what a possessor’s noun says, in the subject, runs to the sentence’s own verb', () => {
  it.each([
    [
      "The mayor's plan to close Holt's ferries by June was dropped.",
      ["plan | to close Holt's ferries by June"],
    ],
    [
      "The board's promise to protect retired pilots was broken on Tuesday.",
      ['promise | to protect retired pilots'],
    ],
    [
      "Dahl's pledge to hire licensed skippers has been kept.",
      ['pledge | to hire licensed skippers'],
    ],
  ])('%s', expectStatements)

  it.each([
    [
      "Dahl's refusal to meet the union leaders has angered the pilots.",
      ['refusal | to meet the union leaders'],
    ],
    ['Her refusal to negotiate extends far beyond the toll.', ['refusal | to negotiate']],
    ['Her refusal to negotiate angered the pilots.', ['refusal | to negotiate']],
    ['Her claim that the ferry was safe surprised them.', ['claim | the ferry was safe']],
    [
      "The skipper's call to lift the quota on herring was ignored.",
      ['call | to lift the quota on herring'],
    ],
  ])('still ends before the verb: %s', expectStatements)
})

describe('a long name of the person spoken to ends at "that"', () => {
  it.each([
    [
      'Holt told the Post and Courier newspaper of Kessel on Saturday that he cast his ballot for Dahl.',
      ['told | he cast his ballot for Dahl'],
    ],
    [
      'Dahl told a Port Authority lunch group that her position remains firm.',
      ['told | her position remains firm'],
    ],
  ])('%s', expectStatements)

  it.each([
    [
      'Dahl told the harbour board members in Kessel the ferry would stop.',
      ['told | the ferry would stop'],
    ],
    [
      'Dahl told reporters the plan that he backed was dead.',
      ['told | the plan that he backed was dead'],
    ],
  ])('a "that" inside the statement stays in it: %s', expectStatements)
})

describe('a statement ends before "and" with a new source and its verb, once it is a clause', () => {
  it.each([
    [
      'One in three said the harbour board does not care about them and one in four said it was hostile.',
      ['said | the harbour board does not care about them', 'said | it was hostile'],
    ],
    [
      'The pilots said the quay was small and the mayor said on Tuesday it was fine.',
      ['said | the quay was small', 'said | it was fine'],
    ],
    [
      'Most skippers believe the toll is too high but the mayor insists it is fair.',
      ['believe | the toll is too high', 'insists | it is fair'],
    ],
  ])('%s', expectStatements)

  it.each([
    ['Dahl said the pilots and the mayor agreed.', ['said | the pilots and the mayor agreed']],
    [
      'Dahl said that the pilots and the harbour master had agreed on the toll.',
      ['said | the pilots and the harbour master had agreed on the toll'],
    ],
  ])('one subject of two names: %s', expectStatements)
})

describe('"her" before a noun is a possessive, and the person spoken to goes on', () => {
  it.each([
    ['Tomas Brenn told her husband that the ferry was late.', ['told | the ferry was late']],
    [
      'Mara Holt told her crew on Monday that the quay would close.',
      ['told | the quay would close'],
    ],
  ])('starts the statement after the whole addressee: %j', (text, statements) => {
    expectStatements(text, statements)
  })

  it.each([
    ['Tomas Brenn told her the ferry was late.', ['told | the ferry was late']],
    ['Tomas Brenn told her to leave the pier.', ['told | to leave the pier']],
  ])('still reads "her" alone as the person spoken to: %j', (text, statements) => {
    expectStatements(text, statements)
  })
})

describe('adverbs of the verb before "that" are not part of the statement', () => {
  it.each([
    ['Tomas Brenn said repeatedly that the plan was dead.', ['said | the plan was dead']],
    ['Mara Holt argued strongly that the levy was unfair.', ['argued | the levy was unfair']],
    [
      'Officials acknowledged privately that the talks had failed.',
      ['acknowledged | the talks had failed'],
    ],
    ['Tomas Brenn told her again that the pier would close.', ['told | the pier would close']],
  ])('starts the statement after "that": %j', (text, statements) => {
    expectStatements(text, statements)
  })

  it.each([
    ['Mara Holt said early voting would start in May.', ['said | early voting would start in May']],
    ['Tomas Brenn said Italy would join the pact.', ['said | Italy would join the pact']],
  ])('keeps a word of the statement that only looks like an adverb: %j', (text, statements) => {
    expectStatements(text, statements)
  })
})

describe('a statement with a quote, or a clause, ends before a joining word and a new source with its verb', () => {
  it.each([
    [
      'Brenn called the plan “reckless” while Holt called it “overdue”.',
      ['called | the plan “reckless”', 'called | it “overdue”'],
    ],
    [
      'Brenn called the plan “reckless” and Holt called it “overdue”.',
      ['called | the plan “reckless”', 'called | it “overdue”'],
    ],
    [
      'Brenn called the levy “fair,” even though Holt said it was a tax on the poor.',
      ['called | the levy “fair,”', 'said | it was a tax on the poor'],
    ],
    [
      'Brenn praised the “bold” levy – although Holt said it would sink the port.',
      ['praised | the “bold” levy', 'said | it would sink the port'],
    ],
  ])('gives each source its own statement: %j', (text, statements) => {
    expectStatements(text, statements)
  })

  it('keeps a contrast after a clause with no quote in the statement', () => {
    expectStatements(
      'Brenn said talks would only deepen mistrust while the port continues its levy.',
      ['said | talks would only deepen mistrust while the port continues its levy'],
    )
  })

  it('keeps two people joined in one subject together', () => {
    expectStatements('Brenn said he and his wife agreed to the levy.', [
      'said | he and his wife agreed to the levy',
    ])
  })
})

describe('a preposition in -ing after a comma goes on with the position a stance verb takes', () => {
  it.each([
    [
      'Holt blamed several factors, including the new levy and the closed quay.',
      ['blamed | several factors, including the new levy and the closed quay'],
    ],
    [
      'The union criticized the harbour board, including its chair.',
      ['criticized | the harbour board, including its chair'],
    ],
    [
      'Brenn praised the ferry crews, following a week of storms.',
      ['praised | the ferry crews, following a week of storms'],
    ],
    [
      'Dahl condemned the new quota, pending a review of the catch.',
      ['condemned | the new quota, pending a review of the catch'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A participle after the comma goes on from the subject, not from the position.
    [
      'Holt blamed several factors, saying the levy was too high.',
      ['blamed | several factors', 'saying | the levy was too high'],
    ],
    [
      'The union criticized the harbour board, arguing its plan would fail.',
      ['criticized | the harbour board', 'arguing | its plan would fail'],
    ],
  ])('ends at the participle: %s', expectStatements)
})

describe('an apposition that closes the sentence after a quote’s inner comma is not part of the statement', () => {
  it.each([
    [
      'Holt called the new levy “a disgrace,” a rebuke that stunned the harbour board.',
      ['called | the new levy “a disgrace,”'],
    ],
    [
      'The union branded the quota “theft,” an unusually sharp word from its leaders.',
      ['branded | the quota “theft,”'],
    ],
    [
      'Dahl also cited the “ferry clause,” a rule that lets the board raise fees.',
      ['cited | the “ferry clause,”'],
    ],
  ])('%s', expectStatements)

  it.each([
    // A list goes on after the comma, and so does a clause.
    [
      'Dahl cited the “ferry clause,” a new levy and the closed quay.',
      ['cited | the “ferry clause,” a new levy and the closed quay'],
    ],
    [
      'Holt said the levy was “a disgrace,” a recount could not be done in time.',
      ['said | the levy was “a disgrace,” a recount could not be done in time'],
    ],
  ])('keeps the statement whole: %s', expectStatements)
})

describe('a contrast with "not" and no verb of its own after a comma is part of the statement', () => {
  it.each([
    ['Holt defended the levy, though not the fee.', ['defended | the levy, though not the fee']],
    [
      'Dahl said the board backs the levy, but not the new fee.',
      ['said | the board backs the levy, but not the new fee'],
    ],
    [
      'The union expects a higher quota, although not before spring.',
      ['expects | a higher quota, although not before spring'],
    ],
  ])('%s', expectStatements)

  it.each([
    // "not" that opens a clause with a verb of its own: the reporter's contrast.
    ['Holt said the levy works, but not all members agreed.', ['said | the levy works']],
    // A contrast with a clause of its own ends the statement.
    ['Dahl praised the plan, though she voted against it.', ['praised | the plan']],
    [
      'Brenn said the quay is too small, but the board disagreed.',
      ['said | the quay is too small'],
    ],
  ])('ends at the contrast: %s', expectStatements)
})

describe('an occasion at the end of a position ends it across the comma inside a place’s name', () => {
  it.each([
    [
      'Holt praised the ferry crews at a rally in Hanahan, South Carolina.',
      ['praised | the ferry crews'],
    ],
    [
      'Dahl criticized the new levy during a hearing in Salem, Oregon.',
      ['criticized | the new levy'],
    ],
    ['The union endorsed Brenn at a news conference in Laconia, N.H.', ['endorsed | Brenn']],
  ])('%s', expectStatements)

  it.each([
    // Names in a list, with no time or occasion, are what was endorsed.
    ['Brenn endorsed Holt, Dahl and Rehn.', ['endorsed | Holt, Dahl and Rehn']],
    // A place with no time or occasion is part of the position.
    [
      'Dahl criticized the port authority of Salem, Oregon.',
      ['criticized | the port authority of Salem, Oregon'],
    ],
    // After "said" the statement keeps its own times and places.
    [
      'Dahl said the vote will come at a rally in Salem, Oregon.',
      ['said | the vote will come at a rally in Salem, Oregon'],
    ],
  ])('keeps the statement whole: %s', expectStatements)
})

describe('a statement that is a noun phrase ends before "and" or "but" and a second verb of the subject', () => {
  it.each([
    ['Dahl denied the charges and left the hall without a word.', ['denied | the charges']],
    ['The minister mentioned the new quota but gave no figures.', ['mentioned | the new quota']],
    [
      'Brenn talked about the ferry schedule and made no promises.',
      ['talked about | the ferry schedule'],
    ],
  ])('%s', expectStatements)

  it.each([
    // Another noun, or an adjective before one, goes on with the phrase.
    ['Dahl denied the charges and the fines.', ['denied | the charges and the fines']],
    ['Holt discussed the levy and related fees.', ['discussed | the levy and related fees']],
    // A clause has a verb of its own: what follows "and" may be part of what was said.
    [
      'Dahl said the heat and unsettled weather could last.',
      ['said | the heat and unsettled weather could last'],
    ],
    ['Dahl said the levy works and took questions.', ['said | the levy works and took questions']],
  ])('keeps the statement whole: %s', expectStatements)
})

describe('the occasion of saying between the verb and "that" is not said', () => {
  it.each([
    [
      'Reed said after the vote that she had not read the harbour plan.',
      ['said | she had not read the harbour plan'],
    ],
    [
      'The skipper told reporters during an interview with the Herald that the nets were empty.',
      ['told | the nets were empty'],
    ],
    [
      'Dahl argued before the hearing on the levy that the fees were too high.',
      ['argued | the fees were too high'],
    ],
  ])('%s', expectStatements)

  // Without "that" the words after the verb are what was said.
  it.each([['Reed said in politics trust takes time.', ['said | in politics trust takes time']]])(
    '%s',
    expectStatements,
  )
})

describe('a comma inside the closing mark ends the statement before the source of the verb after it', () => {
  it.each([
    [
      'Her friends mocked the plan, calling it “a floating ruin,” Ruth said as she left the quay.',
      ['Her friends | mocked | the plan', 'Her friends | calling | it “a floating ruin,”'],
    ],
    [
      'The skippers called the new quay “a floating ruin,” the harbour master said as she left.',
      ['The skippers | called | the new quay “a floating ruin,”'],
    ],
  ])('%s', expectReports)
})
