/** Tense of a verb of saying, which decides which way a weekday resolves. */
export type Tense = 'past' | 'present' | 'future'

/** A verb of saying found in a sentence. */
export interface Cue {
  /** The verb (or phrase) as written. */
  text: string
  /** Offset of its first character in the sentence. */
  start: number
  /** Offset after it. */
  end: number
  /** Its tense. */
  tense: Tense
  /**
   * Whether it reports speech on its own ("said", "told", "warned"), not only
   * next to quote marks ("added", "noted", "described").
   */
  strong: boolean
}

/** Verbs that report speech on their own, without quote marks. */
const strongVerb =
  /^(?:say|says|said|saying|tell|tells|told|telling|warn|warns|warned|warning|urge|urges|urged|urging|insist|insists|insisted|insisting|tweet|tweets|tweeted|tweeting|ask|asks|asked|asking|announce|announces|announced|declare|declares|declared|argue|argues|argued|arguing|claim|claims|claimed|claiming|reply|replies|replied|respond|responds|responded|acknowledge|acknowledges|acknowledged|admit|admits|admitted|predict|predicts|predicted|promise|promises|promised|vow|vows|vowed|threaten|threatens|threatened|caution|cautions|cautioned|concede|concedes|conceded|testify|testifies|testified|according to|added|adds|adding|noted|noting|explain|explains|explained|explaining|wrote|writes|written|reported|stated|confirmed|confirms|denied|denies|stressed|emphasi[sz]ed|recalled|reiterated)$/i

/** Verbs of saying, by stem (English): said, told, warned, stated, urged, … in every tense. */
const stems = [
  'say|says|said|saying',
  'tell|tells|told|telling',
  'warn|warns|warned|warning',
  'state|states|stated|stating',
  'urge|urges|urged|urging',
  'emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing',
  'stress|stresses|stressed',
  'add|adds|added|adding',
  'insist|insists|insisted|insisting',
  'tweet|tweets|tweeted|tweeting',
  'write|writes|wrote|written|writing',
  'ask|asks|asked|asking',
  'announce|announces|announced',
  'declare|declares|declared',
  'explain|explains|explained|explaining',
  'note|notes|noted|noting',
  'argue|argues|argued|arguing',
  'claim|claims|claimed|claiming',
  'reply|replies|replied',
  'respond|responds|responded',
  'suggest|suggests|suggested',
  'acknowledge|acknowledges|acknowledged',
  'admit|admits|admitted',
  'recall|recalls|recalled',
  'predict|predicts|predicted',
  'promise|promises|promised',
  'vow|vows|vowed',
  'threaten|threatens|threatened',
  'caution|cautions|cautioned',
  'complain|complains|complained',
  'confirm|confirms|confirmed',
  'deny|denies|denied',
  'describe|describes|described',
  'maintain|maintains|maintained',
  'observe|observes|observed',
  'remark|remarks|remarked',
  'repeat|repeats|repeated',
  'reiterate|reiterates|reiterated',
  'testify|testifies|testified',
  'report|reports|reported',
  'continue|continues|continued',
  'call|calls|called',
  'demand|demands|demanded',
  'pledge|pledges|pledged',
  'contend|contends|contended',
  'sing|sings|sang|singing',
  'chant|chants|chanted|chanting',
  'shout|shouts|shouted|shouting',
  'yell|yells|yelled|yelling',
  'label|labels|labeled|labelled',
  'post|posts|posted',
  'joke|jokes|joked',
  'quip|quips|quipped',
  'recount|recounts|recounted',
  'boast|boasts|boasted',
  'concede|conceded',
  'comment|comments|commented',
  'conclude|concludes|concluded',
  'scold|scolds|scolded',
  'read|reads',
]

const cuePattern = new RegExp(
  `\\b(?:(will|would|to)\\s+)?(${stems.join('|')}|according to|pointed out|points out)\\b`,
  'gi',
)
const pastIrregular = /^(?:said|told|wrote|written)$/i

/** Whether a text holds a verb of saying (a cheap test before the costly work). */
export function hasCue(text: string): boolean {
  cuePattern.lastIndex = 0
  return cuePattern.test(text)
}

/** The verbs of saying in a sentence, in order. */
export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = []
  cuePattern.lastIndex = 0
  for (let match = cuePattern.exec(sentence); match; match = cuePattern.exec(sentence)) {
    const verb = match[2] ?? ''
    const start = match.index + match[0].length - verb.length
    // "the United States": a capitalised word inside a sentence is a name.
    if (start > 0 && /^\p{Lu}/u.test(verb)) continue
    const auxiliary = match[1]?.toLowerCase()
    let tense: Tense = 'present'
    if (auxiliary === 'will') tense = 'future'
    else if (/ed$/i.test(verb) || pastIrregular.test(verb) || /^(?:pointed out)$/i.test(verb))
      tense = 'past'
    if (
      /^(?:call|calls|called)$/i.test(verb) &&
      !/^\s+(?:for|on)\b/i.test(sentence.slice(start + verb.length))
    ) {
      continue
    }
    cues.push({ text: verb, start, end: start + verb.length, tense, strong: strongVerb.test(verb) })
  }
  return cues
}
