/**
 * What a verb reports:
 * - `speech`: something said or written ("said", "warned", "denied", "called for");
 * - `stance`: a position taken towards something ("criticized", "endorsed",
 *   "accused … of"): the statement is what the position is about;
 * - `thought`: a belief, wish or expectation ("believes", "expects",
 *   "hopes"): reported with less confidence, as the source may never have
 *   said it;
 * - `quoting`: a verb that reports speech only next to quote marks
 *   ("described … as", "chanted", "joked").
 */
export type SpeechVerbClass = 'speech' | 'stance' | 'thought' | 'quoting'

/**
 * Verbs of one class, as dictionary forms separated by spaces. Each is
 * written `lemma`, `lemma:particle|particle` (a verb of saying only with one
 * of the particles: "called for", not "called"), `lemma:(particle)` (the
 * particle is part of the verb when present), ends in `>` when the addressee
 * or target stands between the verb and the statement ("told reporters
 * that"), and in `!` when it reports speech without quote marks only before
 * "that" or a colon ("added that", not "adds six trains"); a `~` marks a verb
 * whose plain and -s forms are common nouns too ("challenge", "insult") where
 * compromise's lexicon knows them only as verbs, and a `*` a particle "to"
 * that opens an infinitive ("declined to say", not "declined to 5 million";
 * but "referred to the report"): it must follow, but it opens the statement
 * ("to say …") rather than ending the verb.
 */
export interface SpeechVerbGroup {
  /** What the verbs report. */
  class: SpeechVerbClass
  /** The verbs, written as above. */
  lemmas: string
}

/** One verb of a group, its notation read. */
export interface SpeechVerbEntry {
  /** The dictionary form ("say"). */
  lemma: string
  /** What it reports. */
  class: SpeechVerbClass
  /** Whether the addressee or target stands between the verb and the statement. */
  object: boolean
  /** Whether it reports speech without quote marks only before "that" or a colon. */
  clauseOnly: boolean
  /** Whether its plain and -s forms are common nouns too ("challenge", "insult"). */
  noun: boolean
  /** Whether its particle opens an infinitive ("declined to say"). */
  infinitive: boolean
  /** Particles of which one must follow (empty: none needed). */
  required: readonly string[]
  /** Particles taken into the verb when they follow. */
  optional: readonly string[]
}

/**
 * Nouns of one class that report what their possessor said, stands for or
 * thinks ("his claim that …", "the senator’s criticism of …", "Cruz’s
 * refusal to …"), as `noun:word|word`: the words, one of which must follow
 * the noun, that lead to the statement; `to*` is a "to" that opens an
 * infinitive ("refusal to answer", not "call to the office"), where plain
 * "to" is a preposition ("opposition to the plan"). After "that" and "to*"
 * the statement follows; a preposition ("criticism of") is part of the cue.
 */
export interface StatementNounGroup {
  /** What the nouns report. */
  class: Exclude<SpeechVerbClass, 'quoting'>
  /** The nouns, written as above. */
  nouns: string
}

/** The verbs of one language that report what someone says, thinks or stands for. */
export interface SpeechVerbLexicon {
  /** BCP 47 code of the language. */
  lang: string
  /** The verbs, by what they report. */
  groups: readonly SpeechVerbGroup[]
  /** The nouns that report what their possessor says, by what they report. */
  nouns: readonly StatementNounGroup[]
}

/** English. */
export const en: SpeechVerbLexicon = {
  lang: 'en',
  groups: [
    {
      class: 'speech',
      lemmas:
        'say tell> state! add! note explain announce declare report write! tweet post claim argue ' +
        'insist deny warn:(of)> caution> urge> admit acknowledge concede confirm reveal disclose ' +
        'predict promise> pledge vow threaten reply respond:(to) answer ask:(for|about)> complain:(about) ' +
        'allege assert contend maintain! stress emphasize reiterate repeat recall recount ' +
        'boast brag mention observe remark comment:(on) testify conclude suggest propose ' +
        'recommend advise> demand request plead beg> remind> inform> assure> reassure> notify> ' +
        'point:out|to counter retort rebut dispute reckon:(with) hint imply signal indicate ' +
        'estimate forecast speculate theorize muse lament concur agree:(with) ' +
        'disagree:(with) apologize:(for) confess swear guarantee> vouch:for preach proclaim ' +
        'email message> call:for|on> talk:about discuss ' +
        'speak:about|of|out|to> push:for> press:for> lobby:for|against> ' +
        'campaign:for|against|on> weigh:in tout highlight cite echo voice express ' +
        'question:(whether|why|how) wonder:(whether|why|how|if) detail ' +
        'outline describe:how|why|what order> instruct> direct> encourage> invite> implore> ' +
        'show! find! prove! decline:to* refuse:to* refer:to reference allude:to touch:on',
    },
    {
      class: 'stance',
      lemmas:
        'criticize> praise> accuse:(of)> blame:(for)> slam> blast> condemn> denounce> dismiss> ' +
        'reject> defend> oppose> hail> applaud> decry> lambaste> rebuke> champion> advocate:(for) ' +
        'endorse> attack~> mock~> ridicule> deride> insult~> rail:against thank> congratulate> ' +
        'challenge~> welcome> knock> rip> bash> scold> chide> assail> lash:out',
    },
    {
      class: 'thought',
      lemmas:
        'think believe expect hope fear want wish worry:(about) know understand consider ' +
        'suspect doubt assume imagine guess figure realize recognize view regard see ' +
        'plan intend seek aim prefer dream:of anticipate envision calculate',
    },
    {
      class: 'quoting',
      lemmas:
        'call> label> dub> term> brand> nickname> describe> characterize> read sing chant shout ' +
        'yell scream cry exclaim whisper joke quip laugh sneer snap bark interject interrupt ' +
        'continue go:on put:it sum:up compare>',
    },
  ],
  nouns: [
    {
      class: 'speech',
      nouns:
        'claim:that assertion:that argument:that|for|against statement:that suggestion:that ' +
        'insistence:that warning:that|of|about promise:that|to* pledge:that|to* call:for|to* ' +
        'demand:for|that proposal:to*|for comment:on|about remark:on|about denial:that|of ' +
        'admission:that refusal:to* threat:to*|of accusation:that|of assurance:that',
    },
    {
      class: 'stance',
      nouns:
        'criticism:of attack:on|against opposition:to endorsement:of praise:for|of ' +
        'condemnation:of rejection:of',
    },
    {
      class: 'thought',
      nouns: 'belief:that view:that hope:that|for fear:that|of plan:to* decision:to* intention:to*',
    },
  ],
}

/** One noun of a group, its notation read. */
export interface StatementNounEntry {
  /** The noun in the singular ("claim"). */
  noun: string
  /** What it reports. */
  class: StatementNounGroup['class']
  /** The words that lead from it to the statement ("that", "of", "to"). */
  leads: readonly string[]
  /** Whether its "to" opens an infinitive ("refusal to answer"). */
  infinitive: boolean
}

/** Every noun of a lexicon, its notation read. */
export function statementNounEntries(lexicon: SpeechVerbLexicon): StatementNounEntry[] {
  return lexicon.nouns.flatMap((group) =>
    group.nouns.split(/\s+/).map((written) => {
      const [noun = '', leads = ''] = written.split(':')
      return {
        noun,
        class: group.class,
        leads: leads.replace(/\*/g, '').split('|').filter(Boolean),
        infinitive: leads.includes('to*'),
      }
    }),
  )
}

/** Every verb of a lexicon, its notation read. */
export function speechVerbEntries(lexicon: SpeechVerbLexicon): SpeechVerbEntry[] {
  return lexicon.groups.flatMap((group) =>
    group.lemmas.split(/\s+/).map((written) => {
      const [lemma = '', particles = ''] = written.replace(/[>!~*]/g, '').split(':')
      const optional = particles.startsWith('(')
      const list = particles.replace(/[()]/g, '').split('|').filter(Boolean)
      return {
        lemma,
        class: group.class,
        object: written.includes('>'),
        clauseOnly: written.includes('!'),
        noun: written.includes('~'),
        infinitive: written.includes('*'),
        required: optional ? [] : list,
        optional: optional ? list : [],
      }
    }),
  )
}
