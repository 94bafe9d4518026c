import { wordList } from './word-list.js'

/**
 * The words of one language around the names of people and organisations:
 * what is written before a name ("Dr.", "Finance Minister"), what names an
 * organisation ("the ministry"), and what opens a sentence without being a
 * name. The quote finder reads speakers by them. Lower-cased, without a
 * full stop ("dr" stands for "Dr" and "Dr.").
 */
export interface NameWordLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** Honorifics that belong to a man's name ("Mr", "Sheikh", "King"): "he" can stand for him. */
  maleHonorifics: readonly string[]
  /** Honorifics that belong to a woman's name ("Mrs", "Dame", "Queen"): "she" can stand for her. */
  femaleHonorifics: readonly string[]
  /** Honorifics that belong to a name and tell no gender ("Dr", "Rabbi"). */
  otherHonorifics: readonly string[]
  /**
   * Roles written before a name ("President", "Supreme Leader", "Sen.",
   * "Foreign Minister"): each word of a role, split off the name it opens.
   */
  roles: readonly string[]
  /**
   * Nouns of organisations ("the ministry said", "the White House"): a
   * speaker named by one is an organisation.
   */
  organisations: readonly string[]
  /**
   * Words that open sentences and are not names ("Then Lena Kessler rose"):
   * a run of capitalised words that opens with one starts after it. More
   * than the sentence splitter's `starters`, which leave out words that also
   * open names ("Under", "Given"): a sentence split inside a name costs more
   * than a name read without its first word.
   */
  sentenceOpenings: readonly string[]
}

/** English. */
export const en: NameWordLexicon = {
  lang: 'en',
  maleHonorifics: wordList('mr sir king prince sheikh emir sultan ayatollah imam pope cardinal'),
  femaleHonorifics: wordList('mrs ms miss dame queen princess'),
  otherHonorifics: wordList('dr rabbi'),
  roles: wordList(
    'councilor councillor councilman councilwoman commissioner coach captain officer inspector ' +
      'lawmaker president vice prime minister secretary senator sen rep representative gov ' +
      'governor mayor leader supreme chief executive director chairman chairwoman chair ' +
      'spokesman spokeswoman spokesperson general gen col ambassador judge justice ceo cfo ' +
      'foreign defense defence interior state us u.s. uk professor prof chancellor manager ' +
      'nominee candidate adviser advisor attorney sheriff superintendent economist analyst engineer ' +
      'speaker whip',
  ),
  organisations: [
    ...wordList(
      'ministry government company agency department police army military court council ' +
        'committee',
    ),
    'white house',
    ...wordList('kremlin embassy party campaign office spokesperson spokesman spokeswoman'),
  ],
  sentenceOpenings: wordList(
    'the then given but and or so yet in on at as if when while after before since for from ' +
      'with without during under over this that these those it he she they we his her their our ' +
      'a an also however meanwhile still now today yesterday last next by to of i you my your',
  ),
}

/**
 * Lower-case words that stand inside names ("Ludwig van Beethoven", "Osama
 * bin Laden"), of any language: a name is read the same whatever language
 * the page is in.
 */
export const nameParticles: readonly string[] = wordList(
  'van von de der den da di du del la le al bin ibn ter',
)
