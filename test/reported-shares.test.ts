import { describe, it } from 'vitest'
import { expectReports } from './quote-helpers.js'

describe('a share of the people asked is the source of what it says', () => {
  it.each([
    [
      '4 in 10 said the ferry fares were too high.',
      ['4 in 10 | said | the ferry fares were too high'],
    ],
    [
      'In the survey, 3 out of 5 say the harbour should stay open at night.',
      ['3 out of 5 | say | the harbour should stay open at night'],
    ],
    [
      'More than half said the new timetable suited them.',
      ['More than half | said | the new timetable suited them'],
    ],
    [
      'Among the skippers, fewer than 2 in 10 believe the quota will rise.',
      ['fewer than 2 in 10 | believe | the quota will rise'],
    ],
  ])('%s', expectReports)

  // A share with its own verb after "and" opens a report of its own, as a named source does.
  it.each([
    [
      'Most anglers said the river was cleaner this year, and more than 4 in 10 said the fish were bigger.',
      [
        'Most anglers | said | the river was cleaner this year',
        'more than 4 in 10 | said | the fish were bigger',
      ],
    ],
    [
      'The tenants told the council the rents were rising, and less than half said they could pay them.',
      ['The tenants | told | the rents were rising', 'less than half | said | they could pay them'],
    ],
  ])('splits at the second share: %s', expectReports)

  // A count that is no share, or a comparison of things, names no one.
  it.each([
    ['The ferry made 4 trips in 10 days, more than planned.', []],
    [
      'The pier is more than half built, the engineers said.',
      ['the engineers | said | The pier is more than half built'],
    ],
  ])('not a share of people: %s', expectReports)
})

describe('a phrase of "with" and a source of its own is a report of its own', () => {
  it.each([
    [
      'The mayor said the budget was balanced, with most councillors saying it was not.',
      ['The mayor | said | the budget was balanced', 'most councillors | saying | it was not'],
    ],
    [
      'Holt told the board the quay would reopen in May - with 6 in 10 pilots saying the repairs were done.',
      [
        'Holt | told | the quay would reopen in May',
        '6 in 10 pilots | saying | the repairs were done',
      ],
    ],
  ])('%s', expectReports)
})
