/**
 * The words of one language that the quote finder reads the shape of a
 * sentence by, around its verbs of saying (see `speech-verbs`): what may
 * stand between a source and its verb, what opens a clause, a time, an
 * occasion or an aside, what tells a verb from a noun. Each category says
 * where it is looked for; all are lower-cased. Word classes that other
 * readers use too (pronouns, auxiliaries, determiners, number words, times)
 * have lexicons of their own, and the categories here are the words a role
 * takes besides them.
 */
export interface ReportedSpeechLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /**
   * Abbreviations whose full stop stays with them when a sentence is read
   * into words ("Sen.", "Acme Inc."), written without it; the month
   * abbreviations of the sentence splitter's lexicon (`abbreviations`) go
   * with them. Fewer than that lexicon's titles and closing abbreviations:
   * taking all of those would change which sources are found ("Fr." does).
   */
  abbreviations: readonly string[]
  /**
   * Adverbs between a source and its verb, beside the auxiliaries ("has
   * long argued", "publicly said"); a word in "-ly" counts without being
   * listed.
   */
  verbAdverbs: readonly string[]
  /**
   * Adverbs between an auxiliary and its verb that leave the tense the
   * auxiliary gives ("will not say", "has since said"), beside the negation.
   */
  tenseAdverbs: readonly string[]
  /** Words that open a clause or end the one before ("and", "because", "however"): a source starts after them. */
  clauseOpenings: readonly string[]
  /** Words that open a phrase before a sentence's subject ("After the vote, …"). */
  introductions: readonly string[]
  /** Prepositions that may stand inside a source ("a spokesman for the campaign"). */
  sourcePrepositions: readonly string[]
  /**
   * Words that are never part of a source, beside the auxiliary verbs
   * (which stand between a source and its verb).
   */
  notInSource: readonly string[]
  /** Words after which "to" and a verb of saying keep the source before them ("likely to say"). */
  beforeTo: readonly string[]
  /** Plurals without an -s that can speak for themselves ("people say", "police said"). */
  pluralsWithoutS: readonly string[]
  /** Words that open an aside set off by commas (", who leads the agency,", ", one of …,"); a number opens one too (", 54,"). */
  asideOpenings: readonly string[]
  /** Words before a participle that goes on from the sentence's subject ("…, saying", "by saying"), and the comma. */
  participleOpenings: readonly string[]
  /** Words after which an object stands before the statement ("told reporters that …"). */
  objectEnds: readonly string[]
  /** Prepositions after which the words for the person spoken to are over ("wrote to the paper after"). */
  addresseeEnds: readonly string[]
  /** Prepositions that lead from a verb to what was said ("warned of", "talked about"). */
  statementPrepositions: readonly string[]
  /** Words that open the reporter's own clause after a verb ("she said, but …", "said as"). */
  reporterClauseOpenings: readonly string[]
  /** Words that open a clause of the reporter's own after a statement (", while others …"). */
  contrastOpenings: readonly string[]
  /** Occasions for saying something ("in a statement", "at a rally", "on a podcast"). */
  occasions: readonly string[]
  /** Words that qualify an occasion ("in a joint statement", "at a news conference"). */
  occasionModifiers: readonly string[]
  /** Words that open a time or an occasion before a verb ("on Tuesday", "last week", "in a statement"). */
  circumstanceOpenings: readonly string[]
  /** Words that open a time or an occasion at the end of a statement ("during a hearing on Thursday"). */
  trailingTimeOpenings: readonly string[]
  /**
   * Words that join the words of a time or an occasion after a verb ("in
   * his first interview", "for a couple of days", "early on Friday"), beside
   * the articles, the occasion modifiers and the numbers.
   */
  timeGlue: readonly string[]
  /**
   * Words after which a verb form is a noun ("the report", "of support"),
   * beside the articles, demonstratives and possessives.
   */
  nounBefore: readonly string[]
  /**
   * Words after which a present form is a verb ("will report", "to claim",
   * "often says"), beside the subject and relative pronouns, the modals and
   * the forms of "do".
   */
  verbBefore: readonly string[]
}

/** The words of a list written with spaces between them. */
const words = (list: string): readonly string[] => list.split(' ')

/** English. */
export const en: ReportedSpeechLexicon = {
  lang: 'en',
  abbreviations: words(
    'mr mrs ms dr sen sens rep reps gov gen gens lt col sgt capt prof rev pres maj adm cmdr ' +
      'st jr sr inc corp co ltd no vs',
  ),
  verbAdverbs: words(
    'also then later earlier again once repeatedly previously reportedly recently already still ' +
      'even now often never ever long just first last publicly privately initially originally ' +
      'frequently quickly immediately openly falsely wrongly correctly rightly always simply ' +
      'further similarly separately',
  ),
  tenseAdverbs: words('also never already repeatedly since long often once just'),
  clauseOpenings: words(
    'and but or so yet nor that because when while if as although though since after before ' +
      'where whether why how what whom whose unless until once than then however meanwhile ' +
      'instead also still thus hence indeed',
  ),
  introductions: words(
    'after before when while as since although though despite during on in at for with by from ' +
      'given if once until unlike like amid following earlier later still yet instead meanwhile',
  ),
  sourcePrepositions: words('of for at from in on with to'),
  notInSource: words(
    'not there here this that which who whom whose what when where why how said says say told tells',
  ),
  beforeTo: words(
    'likely unlikely expected set due going poised about ready able supposed willing eager ' +
      'prepared scheduled planning trying hoping seeking expecting',
  ),
  pluralsWithoutS: words('people police staff public media men women children leadership percent'),
  asideOpenings: words(
    'who whose which a an the one himself herself both each also too in at speaking writing ' +
      'however meanwhile',
  ),
  participleOpenings: words(', by while after before when in also again then and'),
  objectEnds: words('that to of for about on with'),
  addresseeEnds: words('after before during since until at in by from over'),
  statementPrepositions: words('about of on over against'),
  reporterClauseOpenings: words(
    'but and or so yet nor while as because when although though before after',
  ),
  contrastOpenings: words('while but which whereas although though'),
  occasions: words(
    'statement interview speech conference briefing letter post tweet email call appearance ' +
      'rally event debate hearing memo release op-ed editorial video broadcast radio television ' +
      'podcast remarks testimony filing',
  ),
  occasionModifiers: words(
    'recent separate joint written phone brief news press prepared televised',
  ),
  circumstanceOpenings: words('on in at last this earlier later yesterday today'),
  trailingTimeOpenings: words('during at on in last this earlier'),
  timeGlue: words(
    'on in at during last this his her their its early late several few couple of for decades',
  ),
  nounBefore: words(
    'whose every each any no some of in on at for with by from about into over under against ' +
      'without between among per',
  ),
  verbBefore: words('not also to and or often still now just never always'),
}
