import { describe, expect, it } from 'vitest'
import { en as abbreviations } from '../src/lexicon/abbreviations.js'
import { en as auxiliaries, auxiliaryVerbs } from '../src/lexicon/auxiliaries.js'
import { andWords, bylineLexicons, byWords } from '../src/lexicon/byline-words.js'
import { en as determiners } from '../src/lexicon/determiners.js'
import { en as letterWords } from '../src/lexicon/letter-words.js'
import { nameParticles, en as nameWords } from '../src/lexicon/name-words.js'
import { en as numberWords } from '../src/lexicon/number-words.js'
import { en as pronouns } from '../src/lexicon/pronouns.js'
import { en as reporting } from '../src/lexicon/reported-speech.js'
import {
  monthAbbreviations,
  months,
  en as timeWords,
  timeZones,
  weekdays,
} from '../src/lexicon/time-words.js'
import { wordList, wordPattern } from '../src/lexicon/word-list.js'

/** The lists of a lexicon, by field name (`lang` and other strings left out). */
function listsOf(lexicon: object): Array<[string, readonly string[]]> {
  return Object.entries(lexicon).filter((entry): entry is [string, readonly string[]] =>
    Array.isArray(entry[1]),
  )
}

/** The lexicons whose lists say they are lower-cased. */
const lowerCased: Record<string, object> = {
  pronouns,
  auxiliaries,
  determiners,
  letterWords,
  numberWords,
  reporting,
  nameWords,
  relativeTimes: { relativeTimes: timeWords.relativeTimes },
  nameParticles: { nameParticles },
  ...Object.fromEntries(bylineLexicons.map((lexicon) => [`byline ${lexicon.lang}`, lexicon])),
}

/** The words two lists share. */
function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((word) => b.includes(word))
}

describe('lexicons', () => {
  it('write their lower-cased lists in lower case, with no word twice and no blank', () => {
    for (const [name, lexicon] of Object.entries(lowerCased)) {
      for (const [field, list] of listsOf(lexicon)) {
        const where = `${name}.${field}`
        expect(list.length, where).toBeGreaterThan(0)
        for (const word of list) {
          expect(word, where).toBe(word.toLowerCase())
          expect(word.trim(), where).toBe(word)
          expect(word, where).not.toBe('')
        }
        expect(new Set(list).size, `${where} repeats a word`).toBe(list.length)
      }
    }
  })

  it('write the capitalised lists with a capital, once each', () => {
    const lists = { weekdays, months, monthAbbreviations, timeZones }
    for (const [name, list] of Object.entries(lists)) {
      for (const word of list) expect(word, name).toMatch(/^\p{Lu}/u)
      expect(new Set(list).size, name).toBe(list.length)
    }
  })

  it('give each word of a role once: a role list does not repeat the classes it is read with', () => {
    // Each pair: a role list, and the word classes its reader adds to it.
    const pairs: Array<[string, readonly string[], readonly string[]]> = [
      ['notInSource', reporting.notInSource, auxiliaryVerbs(auxiliaries)],
      [
        'verbAdverbs',
        reporting.verbAdverbs,
        [...auxiliaryVerbs(auxiliaries), ...auxiliaries.negation],
      ],
      ['tenseAdverbs', reporting.tenseAdverbs, auxiliaries.negation],
      [
        'nounBefore',
        reporting.nounBefore,
        [...determiners.articles, ...determiners.demonstratives, ...determiners.possessives],
      ],
      [
        'verbBefore',
        reporting.verbBefore,
        [...pronouns.subject, ...pronouns.relative, ...auxiliaries.modals, ...auxiliaries.do],
      ],
      [
        'timeGlue',
        reporting.timeGlue,
        [...determiners.articles, ...reporting.occasionModifiers, ...numberWords.numbers],
      ],
      ['afterName', reporting.afterName, pronouns.reflexive],
      ['reportedAsideOpenings', reporting.reportedAsideOpenings, reporting.asideOpenings],
      ['occasions', reporting.occasions, reporting.occasionModifiers],
      [
        'quote finder abbreviations',
        reporting.abbreviations,
        abbreviations.months.map((month) => month.toLowerCase()),
      ],
    ]
    for (const [name, list, classes] of pairs) expect(shared(list, classes), name).toEqual([])
  })

  it('keep each clitic in one place: the forms of "be" among all the auxiliary clitics', () => {
    expect(shared(auxiliaries.beClitics, auxiliaries.clitics)).toEqual(auxiliaries.beClitics)
    // Every clitic is written with both apostrophes.
    for (const clitic of [...auxiliaries.clitics, 'n’t']) {
      const other = clitic.includes('’') ? clitic.replace('’', "'") : clitic.replace("'", '’')
      expect(
        auxiliaries.clitics.includes(other) || auxiliaries.negation.includes(other),
        clitic,
      ).toBe(true)
    }
  })

  it('read a bare greeting as a greeting too', () => {
    expect(shared(letterWords.bareGreetings, letterWords.greetings)).toEqual(
      letterWords.bareGreetings,
    )
  })

  it('count from zero, so that each number word is its own value', () => {
    expect(numberWords.numbers.indexOf('zero')).toBe(0)
    expect(numberWords.numbers.indexOf('seven')).toBe(7)
    expect(numberWords.numbers).toHaveLength(11)
  })

  it('read bylines in every language they have a word for', () => {
    const langs = bylineLexicons.map((lexicon) => lexicon.lang)
    expect(new Set(langs).size).toBe(langs.length)
    expect(byWords).toEqual(expect.arrayContaining(['by', 'von', 'par', 'av']))
    expect(andWords).toEqual(expect.arrayContaining(['and', 'und', 'et', 'y']))
    // A language with no word for a field leaves it out, rather than an empty word.
    expect(byWords).not.toContain('')
  })

  it('give every honorific one gender or none, never two', () => {
    const male = nameWords.maleHonorifics
    const female = nameWords.femaleHonorifics
    const other = nameWords.otherHonorifics
    expect(shared(male, female)).toEqual([])
    expect(shared(male, other)).toEqual([])
    expect(shared(female, other)).toEqual([])
  })
})

describe('wordList', () => {
  it('splits a list written with single spaces', () => {
    expect(wordList('on in at')).toEqual(['on', 'in', 'at'])
  })
})

describe('wordPattern', () => {
  const roles = wordPattern(['sen', 'u.s.', 'president'])

  it('matches a word of the list whole, in any case, with or without its full stop', () => {
    for (const word of ['sen', 'Sen', 'Sen.', 'SEN.', 'U.S.', 'u.s.', 'President', 'president.']) {
      expect(roles.test(word), word).toBe(true)
    }
  })

  it('matches no other word: not a part, not another letter for a full stop', () => {
    for (const word of ['senator', 'se', 'Sen..', 'u.s', 'uxsx', 'U.S.A.', 'vice president', '']) {
      expect(roles.test(word), word).toBe(false)
    }
  })
})
