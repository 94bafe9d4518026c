import nlp from 'compromise'

/** A person or organisation named in a sentence. */
export interface Entity {
  /** The name as written (trailing punctuation removed). */
  name: string
  /** Offset of its first character in the sentence. */
  start: number
  /** Offset after it. */
  end: number
  /** Whether it is an organisation. */
  organisation: boolean
}

/** Honorifics that belong to a name ("Ayatollah Ali Khamenei", "Dr. Jane Roe"). */
const honorifics =
  /^(?:ayatollah|sheikh|imam|rabbi|pope|cardinal|sir|dame|dr|mr|mrs|ms|prince|princess|king|queen|emir|sultan)\.?$/i

/** Roles written before a name ("President", "Supreme Leader", "Sen."). */
const roleWord =
  /^(?:councilor|councillor|councilman|councilwoman|commissioner|coach|captain|officer|inspector|lawmaker|president|vice|prime|minister|secretary|senator|sen|rep|representative|gov|governor|mayor|leader|supreme|chief|executive|director|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|general|gen|col|ambassador|judge|justice|ceo|cfo|foreign|defense|defence|interior|state|us|u\.s\.|uk)\.?$/i

/** Days and months: capitalised, but never a speaker ("said Tuesday that"). */
const calendarWord =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/** Words that open sentences, not names ("Then Lena Kessler rose"). */
const sentenceWord =
  /^(?:the|then|given|but|and|or|so|yet|in|on|at|as|if|when|while|after|before|since|for|from|with|without|during|under|over|this|that|these|those|it|he|she|they|we|his|her|their|our|a|an|also|however|meanwhile|still|now|today|yesterday|last|next|by|to|of)$/i

/** Runs of two to four capitalised words: names, as far as a cheap scan can tell. */
const capitalisedRun = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,3}/gu

/**
 * The names a paragraph mentions, found without compromise (runs of
 * capitalised words, role words dropped): enough to learn an article's
 * fullest form of a name ("Donald Trump" for a later "Trump").
 */
export function capitalisedNames(text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(capitalisedRun)) {
    const tokens = match[0].replace(/['’]s$/u, '').split(/\s+/)
    while (tokens.length > 0 && sentenceWord.test(tokens[0] ?? '')) tokens.shift()
    const name = withoutRole(tokens.join(' '))
    if (name.includes(' ')) names.push(name)
  }
  return names
}

/** Pronouns that stand for a speaker. */
export const speakerPronoun = /^(?:he|she|they|i|we)$/i

/**
 * The people and organisations named in a sentence, with offsets, using
 * compromise (only on sentences that hold a quote or a verb of saying).
 */
export function findEntities(sentence: string): Entity[] {
  const doc = nlp(sentence)
  const entities: Entity[] = []
  const add = (view: { json(options: object): unknown }, organisation: boolean) => {
    for (const match of view.json({ offset: true }) as Array<{
      text: string
      offset: { start: number; length: number }
    }>) {
      const raw = match.text.replace(/[\s,.;:!?’'"”)]+$/u, '')
      if (!raw) continue
      entities.push({
        name: raw,
        start: match.offset.start,
        end: match.offset.start + raw.length,
        organisation,
      })
    }
  }
  add(doc.people(), false)
  add(doc.organizations(), true)
  return entities.sort((a, b) => a.start - b.start)
}

/**
 * The role written right before a name in a sentence ("US President" before
 * "Donald Trump", "Iran's Supreme Leader" before "Ayatollah Ali Khamenei"),
 * or `null`.
 */
export function roleBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 60), start).trimEnd()
  const tokens = before.split(/\s+/)
  const role: string[] = []
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] ?? ''
    if (roleWord.test(token)) role.unshift(token)
    else if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(token) && role.length > 0) {
      role.unshift(token)
      break
    } else break
  }
  return role.length > 0 ? role.join(' ') : null
}

/** Words that may stand between a speaker's name and the verb ("Trump frequently called"). */
const between =
  /^(?:\p{Ll}+ly|also|has|had|have|then|again|once|later|earlier|previously|repeatedly|himself|herself)$/u

/**
 * The capitalised name right before a position in a sentence ("Khamenei" in
 * "Khamenei has consistently argued"), skipping adverbs and auxiliaries; or
 * `null`. Catches surnames on their own, which compromise does not tag.
 */
export function nameBefore(
  sentence: string,
  position: number,
): { name: string; start: number } | null {
  const tokens = [...sentence.slice(0, position).matchAll(/[\p{L}\p{M}.'’-]+/gu)]
  let index = tokens.length - 1
  while (index >= 0 && between.test(tokens[index]?.[0] ?? '')) index--
  const name: string[] = []
  let start = -1
  for (; index >= 0; index--) {
    const token = tokens[index]
    const word = token?.[0] ?? ''
    if (
      !/^\p{Lu}/u.test(word) ||
      /['’]s$/u.test(word) ||
      roleWord.test(word) ||
      calendarWord.test(word)
    )
      break
    name.unshift(word)
    start = token?.index ?? start
  }
  if (name.length === 0 || start === 0 || name.length > 4) return null
  return { name: name.join(' '), start }
}

/**
 * The capitalised name right after a position ("Caddell" in "said Caddell",
 * "Mr. Holt" in "said Mr. Holt"), up to four words, or `null`.
 */
export function nameAfter(
  sentence: string,
  position: number,
): { name: string; start: number } | null {
  const match = /^\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u.exec(
    sentence.slice(position),
  )
  if (!match?.[1]) return null
  const name = withoutRole(match[1].replace(/[.,]$/, ''))
  if (/['’]s$/u.test(name) || calendarWord.test(name.split(/\s+/)[0] ?? '')) return null
  return { name, start: position + match[0].length - match[1].length }
}

/** Strip leading role words from a name ("President Donald Trump" → "Donald Trump"). */
export function withoutRole(name: string): string {
  const tokens = name.split(/\s+/)
  while (tokens.length > 1 && roleWord.test(tokens[0] ?? '')) tokens.shift()
  return tokens.join(' ')
}

/** Whether a token is an honorific that belongs to a name. */
export function isHonorific(token: string): boolean {
  return honorifics.test(token)
}

/**
 * The names seen so far in an article, so that a speaker is reported by the
 * fullest name the article gives ("Ayatollah Ali Khamenei", not
 * "Khamenei").
 */
export class NameRegistry {
  private readonly bySurname = new Map<string, string>()

  /** Remember a name. */
  add(name: string): void {
    const surname = lastToken(name)
    if (!surname) return
    const known = this.bySurname.get(surname)
    if (!known || name.length > known.length) this.bySurname.set(surname, name)
  }

  /** The fullest known form of a name. */
  fullest(name: string): string {
    const surname = lastToken(name)
    const known = surname ? this.bySurname.get(surname) : undefined
    return known && known.length > name.length && known.endsWith(name) ? known : name
  }
}

function lastToken(name: string): string | undefined {
  return name.split(/\s+/).at(-1)?.toLowerCase()
}
