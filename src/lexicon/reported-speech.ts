import { wordList } from './word-list.js'

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
   * long argued", "the mayor also said"); a word in "-ly" counts without
   * being listed.
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
  /** Words that join the names of a list set off by commas ("two senators, Ted Cruz of Texas and Marco Rubio of Florida,"). */
  nameListJoins: readonly string[]
  /**
   * Words that are never part of a source, beside the auxiliary verbs
   * (which stand between a source and its verb).
   */
  notInSource: readonly string[]
  /**
   * Relative pronouns before a source that stand for the subject of what it
   * says, and lead the statement ("which officials said will go into effect",
   * "what analysts said was a sign").
   */
  relativeLeads: readonly string[]
  /** Words after which "to" and a verb of saying keep the source before them ("likely to say"). */
  beforeTo: readonly string[]
  /** Plurals without an -s that can speak for themselves ("people say", "police said"). */
  pluralsWithoutS: readonly string[]
  /** Shares of a group, which name the group after "of" ("half of voters said", "most of them"). */
  shares: readonly string[]
  /** Words that open an aside set off by commas (", who leads the agency,"); a number opens one too (", 54,"). */
  asideOpenings: readonly string[]
  /**
   * More words that open an aside, for the reader of reported speech (", one
   * of its founders,", ", speaking to reporters,"). The reader of direct
   * quotes does not take them: with them it names other speakers.
   */
  reportedAsideOpenings: readonly string[]
  /** Words before a participle that goes on from the sentence's subject ("…, saying", "by saying"), and the comma. */
  participleOpenings: readonly string[]
  /** Prepositions in -ing, which open a phrase rather than a participle's clause ("…, including", "…, following"). */
  ingPrepositions: readonly string[]
  /** Words that join a second verb to the subject of the first ("… and has said", "… but says"). */
  verbCoordinations: readonly string[]
  /** Words after which an object stands before the statement ("told reporters that …"). */
  objectEnds: readonly string[]
  /** Prepositions after which the words for the person spoken to are over ("wrote to the paper after"). */
  addresseeEnds: readonly string[]
  /** Prepositions that lead from a verb to what was said ("warned of", "talked about"). */
  statementPrepositions: readonly string[]
  /**
   * Particles of a verb after which the person spoken to still stands before
   * the statement ("called on Congress to act", "spoke to reporters about"); after
   * others what follows is the statement itself ("called for a ban", "warned of a storm").
   */
  addresseeParticles: readonly string[]
  /**
   * Prepositions that open how, where or when something was said, right
   * after its verb ("said by telephone", "admitted during an interview"):
   * with no verb after them, nothing said follows.
   */
  mannerPrepositions: readonly string[]
  /**
   * Verbs of crying out: the words they lead to are said, whatever their
   * case ("chanted “Dump Holt”", "shouting “Save Our Quay”"); dictionary forms.
   */
  outcries: readonly string[]
  /**
   * Verbs that give the words a thing bears when the thing is their subject
   * ("a sign that read “…”", "a hat reading “…”", "an email saying “…”"):
   * those words are its text, whatever their case; dictionary forms.
   */
  inscriptions: readonly string[]
  /**
   * Words in lower case inside a name in quote marks ("Axis of Resistance",
   * "Stand by Me"): a short quote in Title Case with another word in lower
   * case ("They sue") is a statement, not a name.
   */
  termLinks: readonly string[]
  /**
   * Words that give a name or title right after them ("a play called
   * “Harbour Lights”", "a report titled “…”"): a name in quote marks there is
   * named, not said.
   */
  titleLeads: readonly string[]
  /** Words before "asked" that leave it opening a sentence, a question put to its subject ("When asked whether …"). */
  questionLeads: readonly string[]
  /**
   * Words that open the question a passive "asked" reports ("was asked
   * whether …", "were asked who …"); "about" is read with "asked" itself.
   */
  questionOpenings: readonly string[]
  /**
   * Words that open a clause about when, why or on what terms ("when",
   * "because", "if"): the position a stance verb takes ends before them
   * ("supported the bill when it came to a vote").
   */
  subordinators: readonly string[]
  /** Words that open the reporter's own clause after a verb ("she said, but …", "said as"). */
  reporterClauseOpenings: readonly string[]
  /** Words that open a clause of the reporter's own after a statement (", while others …"). */
  contrastOpenings: readonly string[]
  /**
   * Nouns for sources that report findings, in the singular ("poll", "study"):
   * what they show or find is reported without "that" too ("the poll shows
   * Cruz ahead").
   */
  findingSources: readonly string[]
  /** Occasions for saying something ("in a statement", "at a rally", "on a podcast"). */
  occasions: readonly string[]
  /**
   * Things written or recorded that say what their author puts in them
   * ("issued a statement saying", "sent an email that said"); a plural in
   * "-s" counts too.
   */
  writings: readonly string[]
  /**
   * Verbs that make their subject the author of the writing they take
   * ("issued a statement saying", "sent out an email that said"), not its
   * reader ("received a letter saying"); dictionary forms.
   */
  publishing: readonly string[]
  /** Words that qualify an occasion ("in a joint statement", "at a news conference"). */
  occasionModifiers: readonly string[]
  /** Words that open a time or an occasion before a verb ("on Tuesday", "last week", "in a statement"). */
  circumstanceOpenings: readonly string[]
  /** Words that open a time or an occasion at the end of a statement ("during a hearing on Thursday"). */
  trailingTimeOpenings: readonly string[]
  /**
   * Prepositions that open when, where or how something was said between
   * the verb and "that" ("said after the vote that …", "told reporters
   * during an interview with the paper that …").
   */
  occasionPrepositions: readonly string[]
  /** Words that are a whole statement on their own after a verb of saying ("said yes", "said so"). */
  answers: readonly string[]
  /**
   * Words that join the words of a time or an occasion after a verb ("in
   * his first interview", "for a couple of days", "early on Friday"), beside
   * the articles, the occasion modifiers and the numbers.
   */
  timeGlue: readonly string[]
  /**
   * Words between a capitalised name and its verb ("Trump has repeatedly
   * said", "Khamenei himself said"), matched case-sensitively; a word in
   * "-ly" counts without being listed. Fewer than the auxiliaries and
   * `verbAdverbs` together: with those, more capitalised words would be
   * read as speakers ("You should never wonder").
   */
  nameVerbGap: readonly string[]
  /**
   * Words that cannot stand inside a speaker described by a noun: "the
   * mayor" describes one, "the rally and the crowd" does not.
   */
  notInDescription: readonly string[]
  /** Words that follow a name without being part of it ("Trump also", "the ministry alone"), beside the reflexive pronouns. */
  afterName: readonly string[]
  /** Words that may lead to a whole quote ("said that “…”", "later added: “…”"), beside adverbs in "-ly". */
  quoteLeads: readonly string[]
  /** Words that open what follows a quote to say where, when or to whom it was said ("yelled “…” at the president"). */
  adjunctOpenings: readonly string[]
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
  /**
   * Verbs besides "be" that link a subject to a state of mind ("remain
   * hopeful that", "seemed convinced that"), as dictionary forms; the
   * quote finder reads the adjective after them as a predicate that takes a
   * clause.
   */
  linkingVerbs: readonly string[]
  /**
   * Words of degree that may stand before such an adjective ("more
   * convinced", "very confident"). "so", "such" and "too" are left out:
   * their "that" opens a result ("so tired that he left"), not what the
   * subject thinks.
   */
  degreeWords: readonly string[]
  /**
   * Subjects that stand for no one before a predicate ("it is clear that",
   * "there was hope that", "this is true"): nobody holds the view.
   */
  emptySubjects: readonly string[]
  /**
   * Subjects that stand for a clause after their verb ("it was reported
   * that …", "it is believed that …"): in the passive of a verb of speech or
   * thought, what no one named says or thinks.
   */
  anticipatorySubjects: readonly string[]
  /**
   * Verbs of seeming, as dictionary forms: before "to" and a verb they give
   * a view held by no one named ("the plan seemed to stall", "Dahl appears
   * to have won"), the subject and what follows "to".
   */
  seemingVerbs: readonly string[]
}

/** English. */
export const en: ReportedSpeechLexicon = {
  lang: 'en',
  abbreviations: wordList(
    'mr mrs ms dr sen sens rep reps gov gen gens lt col sgt capt prof rev pres maj adm cmdr ' +
      'st jr sr inc corp co ltd no vs',
  ),
  verbAdverbs: wordList(
    'also then later earlier again once repeatedly previously reportedly recently already still ' +
      'even now often never ever long just first last publicly privately initially originally ' +
      'frequently quickly immediately openly falsely wrongly correctly rightly always simply ' +
      'further similarly separately',
  ),
  tenseAdverbs: wordList('also never already repeatedly since long often once just'),
  clauseOpenings: wordList(
    'and but or so yet nor that because when while if as although though since after before ' +
      'where whether why how what whom whose unless until once than then however meanwhile ' +
      'instead also still thus hence indeed',
  ),
  introductions: wordList(
    'after before when while as since although though despite during on in at for with by from ' +
      'given if once until unlike like amid following earlier later still yet instead meanwhile',
  ),
  sourcePrepositions: wordList('of for at from in on with to'),
  nameListJoins: wordList('and &'),
  notInSource: wordList(
    'not there here this that which who whom whose what when where why how said says say told tells',
  ),
  relativeLeads: wordList('which that what who whom'),
  beforeTo: wordList(
    'likely unlikely expected set due going poised about ready able supposed willing eager ' +
      'prepared scheduled planning trying hoping seeking expecting quick ' +
      'seem seems seemed appear appears appeared begin begins began begun start starts started ' +
      'continue continues continued tend tends tended',
  ),
  pluralsWithoutS: wordList(
    'people police staff public media men women children leadership percent',
  ),
  shares: wordList(
    'half third quarter fifth majority minority plurality most many some few all none',
  ),
  asideOpenings: wordList('who whose which a an the'),
  reportedAsideOpenings: wordList(
    'one himself herself both each also too in at for though including like speaking writing however meanwhile',
  ),
  participleOpenings: wordList(', by while after before when in also again then and'),
  ingPrepositions: wordList(
    'including excluding according regarding concerning following during notwithstanding barring pending',
  ),
  verbCoordinations: wordList('and but'),
  objectEnds: wordList('that to of for about on with'),
  addresseeEnds: wordList('after before during since until at in by from over as while when'),
  statementPrepositions: wordList('about of on over against'),
  addresseeParticles: wordList('on to'),
  outcries: wordList('chant shout yell scream cry exclaim'),
  inscriptions: wordList('read say'),
  termLinks: wordList('of the a an and or for at from in on with to by'),
  titleLeads: wordList('called named titled entitled dubbed'),
  mannerPrepositions: wordList('by during at on in with from over via'),
  questionLeads: wordList('when if once after'),
  questionOpenings: wordList('whether if what why how who which when where whom'),
  reporterClauseOpenings: wordList(
    'but and or so yet nor while as because when although though before after',
  ),
  subordinators: wordList(
    'when while because although though since unless until whereas after before if once',
  ),
  contrastOpenings: wordList('while but which who whose where whereas although though'),
  findingSources: wordList(
    'poll polling survey study analysis data research report result count census ' +
      'record document filing email figure tally',
  ),
  occasions: wordList(
    'statement interview speech conference briefing letter post tweet email call appearance ' +
      'rally event debate hearing memo release op-ed editorial video broadcast radio television ' +
      'podcast remarks testimony filing',
  ),
  writings: wordList(
    'statement release letter email e-mail memo message note tweet post video ad op-ed editorial',
  ),
  publishing: wordList('issue release send put post publish write tweet'),
  occasionModifiers: wordList(
    'recent separate joint written phone brief news press prepared televised',
  ),
  circumstanceOpenings: wordList('on in at last this earlier later yesterday today'),
  trailingTimeOpenings: wordList('during at on in last this earlier'),
  occasionPrepositions: wordList('after before during following amid at in on with'),
  answers: wordList('yes no so'),
  timeGlue: wordList(
    'on in at during last this his her their its early late several few couple of for decades',
  ),
  nameVerbGap: wordList(
    'also has had have then again once later earlier previously repeatedly himself herself ' +
      'will would could can may might must should did does was is',
  ),
  notInDescription: wordList(
    'the a an and or but that who which when while as is was are were has had have be been it ' +
      'this to in on at for with by from he she they we i you',
  ),
  afterName: wordList('also too alone both all instead then'),
  quoteLeads: wordList('that then later again also simply only just'),
  adjunctOpenings: wordList('at to in on during before after as while until from with for'),
  nounBefore: wordList(
    'whose every each any no some such of in on at for with by from about ' +
      'into over under against ' +
      'without between among per',
  ),
  verbBefore: wordList('not also to and or often still now just never always'),
  linkingVerbs: wordList('remain seem appear become grow feel sound stay'),
  degreeWords: wordList('more less very quite fairly pretty most all fully'),
  emptySubjects: wordList('it there this that what which'),
  anticipatorySubjects: wordList('it'),
  seemingVerbs: wordList('seem appear'),
}
