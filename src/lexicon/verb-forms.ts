import nlp from 'compromise'

/** Tense of a written verb form. */
export type FormTense = 'past' | 'present'

/** One written form of a verb. */
export interface VerbForm {
  /** The form, lower-case ("said"). */
  form: string
  /** `past` for the past tense and participle, `present` for the others. */
  tense: FormTense
  /** Whether it is the "-ing" form. */
  participle: boolean
  /** Whether it is a past participle that is not also the past tense ("seen", not "said"). */
  perfectOnly: boolean
  /** Whether the plain form is written as the past tense too ("read", "put", "forecast"). */
  alsoPast?: boolean
}

/**
 * The written forms of an English verb: compromise's conjugations, with the
 * regular ones beside them where compromise has none or an odd one ("tweet"
 * has "tweeted", "quip" "quipped"; a form that is never written costs
 * nothing), and `-ise` spellings of `-ize` verbs. Each verb is conjugated
 * once: the sentence splitter and the quote finder ask for the same ones.
 */
export function verbForms(lemma: string): readonly VerbForm[] {
  let known = conjugated.get(lemma)
  if (!known) {
    known = conjugate(lemma)
    conjugated.set(lemma, known)
  }
  return known
}
const conjugated = new Map<string, readonly VerbForm[]>()

/** The forms of a verb (see `verbForms`). */
function conjugate(lemma: string): VerbForm[] {
  const world = nlp.world() as unknown as {
    methods: {
      two: {
        transform: { verb: { conjugate: (verb: string, model: unknown) => Record<string, string> } }
      }
    }
    model: unknown
  }
  const all = world.methods.two.transform.verb.conjugate(lemma, world.model)
  const out: VerbForm[] = []
  const seen = new Set<string>()
  const push = (
    form: string | undefined,
    tense: FormTense,
    participle = false,
    perfectOnly = false,
  ) => {
    if (!form || form.includes(' ') || seen.has(`${form} ${tense} ${participle}`)) return
    seen.add(`${form} ${tense} ${participle}`)
    out.push({ form, tense, participle, perfectOnly })
    if (/iz(e|es|ed|ing)$/.test(form)) {
      out.push({ form: form.replace(/iz(e|es|ed|ing)$/, 'is$1'), tense, participle, perfectOnly })
    }
  }
  const regular = regularForms(lemma)
  push(lemma, 'present')
  if (all.PastTense === lemma && out[0]) out[0].alsoPast = true
  push(all.PresentTense, 'present')
  push(regular.present, 'present')
  push(all.PastTense === lemma ? undefined : all.PastTense, 'past')
  push(all.Participle, 'past', false, all.Participle !== all.PastTense)
  push(regular.past, 'past')
  push(all.Gerund === lemma ? undefined : all.Gerund, 'present', true)
  push(regular.gerund, 'present', true)
  return out
}

/** The regular English forms of a verb: -s, -ed and -ing, with the spelling rules for them. */
function regularForms(lemma: string): { present: string; past: string; gerund: string } {
  // A short verb ending in one vowel and one consonant doubles it: "quip", "quipped".
  const doubled = /^(?:qu)?[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ? lemma.slice(-1) : ''
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const y = /[^aeiou]y$/.test(lemma)
  return {
    present: y
      ? `${lemma.slice(0, -1)}ies`
      : /(?:s|sh|ch|x|z|o)$/.test(lemma)
        ? `${lemma}es`
        : `${lemma}s`,
    past: y
      ? `${lemma.slice(0, -1)}ied`
      : lemma.endsWith('e')
        ? `${lemma}d`
        : `${lemma}${doubled}ed`,
    gerund: lemma.endsWith('ee') ? `${lemma}ing` : `${stem}${doubled}ing`,
  }
}

/**
 * Whether a lower-case word is the irregular past tense of a verb compromise
 * knows ("drew", "left", "lost", "rose", "sought"). Compromise's lexicon files
 * some of these under another reading only (a first name, an adjective, a
 * flower), though its conjugator gives them as the past of "draw", "leave",
 * "lose", "rise": the set is built once from the conjugator. A form the
 * lexicon gives as a common noun that is a verb too ("ground", "wound",
 * "bit") keeps its noun reading, the likelier one on its own.
 */
export function isIrregularPast(word: string): boolean {
  irregularPasts ??= buildIrregularPasts()
  return irregularPasts.has(word)
}
let irregularPasts: ReadonlySet<string> | null = null

/** The irregular past forms of compromise's verbs that its lexicon does not tag as past (see `isIrregularPast`). */
function buildIrregularPasts(): ReadonlySet<string> {
  const world = nlp.world() as unknown as {
    methods: {
      two: {
        transform: { verb: { conjugate: (verb: string, model: unknown) => Record<string, string> } }
      }
    }
    model: {
      one: { lexicon: Record<string, string | string[]> }
      two: { switches: Record<string, string> }
    }
  }
  const { lexicon } = world.model.one
  const { switches } = world.model.two
  // The verbs compromise knows: its infinitives, and the words it holds
  // between a verb reading and another ("stay": noun or verb).
  const lemmas = new Set<string>()
  for (const [word, tags] of Object.entries(lexicon))
    if (!word.includes(' ') && [tags].flat().includes('Infinitive')) lemmas.add(word)
  for (const [word, choice] of Object.entries(switches))
    if (/\b(?:Verb|Present)\b/.test(choice)) lemmas.add(word)
  const pasts = new Set<string>()
  for (const lemma of lemmas) {
    const past = world.methods.two.transform.verb.conjugate(lemma, world.model).PastTense
    if (!past || past === lemma || past.includes(' ') || past.endsWith('ed')) continue
    const tags = [lexicon[past]].flat()
    if (tags.includes('PastTense') || tags.includes('Singular') || switches[past] === 'Noun|Verb')
      continue
    pasts.add(past)
  }
  return pasts
}
