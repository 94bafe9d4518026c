import { describe, it } from 'vitest'
import { expectStatements } from './quote-helpers.js'

describe('a verb of thought after "and" goes on with what a verb of saying reports', () => {
  it.each([
    [
      'Holt said she had checked the tide tables and thought the ferry would run late.',
      ['said | she had checked the tide tables and thought the ferry would run late'],
    ],
    [
      'The harbour master told reporters the quay was safe and believed the repairs could wait.',
      ['told | the quay was safe and believed the repairs could wait'],
    ],
    [
      'Dahl said he was worried by the storm and wanted to see the pier for himself.',
      ['said | he was worried by the storm and wanted to see the pier for himself'],
    ],
  ])('%s', expectStatements)

  // A verb of saying after "and" in the same form may still be the source's own.
  it.each([
    [
      'Holt said the quay would close and warned of job losses.',
      ['said | the quay would close', 'warned of | job losses'],
    ],
    [
      'Brenn believes the levy is fair and hopes the board will keep it.',
      ['believes | the levy is fair', 'hopes | the board will keep it'],
    ],
  ])('keeps a second report of its own: %s', expectStatements)
})

describe('a verb of thought with its own source after "and" or "but" goes on with what a verb of saying reports', () => {
  it.each([
    [
      'Brenn says the season has been hard but he believes the catch will recover.',
      ['says | the season has been hard but he believes the catch will recover'],
    ],
    [
      'The mayor told the council the levy had worked and she expects the quay to reopen in May.',
      ['told | the levy had worked and she expects the quay to reopen in May'],
    ],
  ])('%s', expectStatements)

  it.each([
    [
      'Holt said the quay would close but the pilots said it would stay open.',
      ['said | the quay would close', 'said | it would stay open'],
    ],
    [
      'Dahl said the ferry was late, and he thinks the timetable should change.',
      ['said | the ferry was late', 'thinks | the timetable should change'],
    ],
  ])('keeps a second report of its own: %s', expectStatements)
})
