import nlp from 'compromise'
import { en as nameWords } from '../lexicon/name-words.js'
import { en as pronouns } from '../lexicon/pronouns.js'
import { en as reporting } from '../lexicon/reported-speech.js'
import { months, weekdays } from '../lexicon/time-words.js'
import { wordPattern } from '../lexicon/word-list.js'

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
const honorifics = wordPattern([
  ...nameWords.maleHonorifics,
  ...nameWords.femaleHonorifics,
  ...nameWords.otherHonorifics,
])

/** Roles written before a name ("President", "Supreme Leader", "Sen.", "Professor"). */
const roleWord = wordPattern(nameWords.roles)

/**
 * Days and months: capitalised, but never a speaker ("said Tuesday that").
 * Not their short forms (`calendarWords`): "Jan" and "Sun" are names too.
 */
const calendarWord: ReadonlySet<string> = new Set(
  [...weekdays, ...months].map((name) => name.toLowerCase()),
)
/** Whether a word is a weekday or a month name. */
export function isCalendarWord(word: string): boolean {
  return calendarWord.has(word.toLowerCase())
}

/** Words that open sentences, not names ("Then Lena Kessler rose"), lower-cased. */
const sentenceOpenings: ReadonlySet<string> = new Set(nameWords.sentenceOpenings)
/** Whether a word opens sentences rather than names, in any case. */
function isSentenceWord(word: string): boolean {
  return sentenceOpenings.has(word.toLowerCase())
}

/**
 * A capital letter (`\p{Lu}`), as a pattern to search for: V8 tests a large
 * Unicode class slowly at every character it passes, and trying the ASCII
 * capitals first makes the search several times quicker.
 */
export const capitalLetter = '(?:[A-Z]|(?![\\0-\\x7f])\\p{Lu})'

/**
 * A run of two to six capitalised words from the capital where it is tried:
 * a name, as far as a cheap scan can tell.
 */
const capitalisedRun = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,5}/uy
/** A capital letter, where a run may start. */
const capital = new RegExp(capitalLetter, 'gu')
/** The rest of a word: letters, marks, apostrophes and hyphens. */
const restOfWord = /[\p{L}\p{M}'’-]*/uy

/**
 * The runs of capitalised words in a text, each from the first capital of
 * a word ("'Abe Lincoln", "iPhone Pro" from its "P"), with their offsets. A
 * word is tried once, at its first capital: a later capital of it would
 * find no run that the first did not (so a word of 40,000 capitals costs
 * one pass, not its square).
 */
export function capitalisedRuns(text: string): Array<{ run: string; index: number }> {
  const runs: Array<{ run: string; index: number }> = []
  capital.lastIndex = 0
  for (let found = capital.exec(text); found; found = capital.exec(text)) {
    capitalisedRun.lastIndex = found.index
    const run = capitalisedRun.exec(text)
    if (run) {
      runs.push({ run: run[0], index: found.index })
      capital.lastIndex = capitalisedRun.lastIndex
    } else {
      restOfWord.lastIndex = found.index
      restOfWord.exec(text)
      capital.lastIndex = restOfWord.lastIndex
    }
  }
  return runs
}

/** Characters an entity's name does not end with. */
const afterName = /[\s,.;:!?’'"”)]/u

/** Nouns of organisations: "the ministry said" is an organisation speaking. */
const organisationNoun = new RegExp(`\\b(?:${nameWords.organisations.join('|')})\\b`, 'giu')
/** A letter or hyphen: the characters of a capitalised word before the noun ("Anti-Graft agency"). */
const wordChar = /^[\p{L}-]$/u
/** A letter that can open that word (the pattern is case-insensitive, so any ASCII letter). */
const wordOpening = /^[A-Z]$/iu
/** A word character, as `\b` sees it in a case-insensitive Unicode pattern. */
const boundaryChar = /^\w$/iu

/**
 * The organisation a text names ("the Foreign ministry", "the Kremlin",
 * "police"): a noun of organisations with the "the" and the capitalised word
 * before it, as found first; `null` when the text names none. Same as
 * searching for `\b(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:noun)\b` (`iu`), in
 * one pass: the word is read once for its noun, not again from each of its
 * letters.
 */
export function organisationIn(text: string): string | null {
  let best = { start: Number.POSITIVE_INFINITY, rank: 0, end: 0 }
  const consider = (start: number, rank: number, end: number) => {
    if (start < best.start || (start === best.start && rank < best.rank))
      best = { start, rank, end }
  }
  organisationNoun.lastIndex = 0
  for (let noun = organisationNoun.exec(text); noun; noun = organisationNoun.exec(text)) {
    const at = noun.index
    const end = at + noun[0].length
    // Ranks follow the pattern's order of trying: "the" and a word, "the", a word, the noun alone.
    const theBeforeNoun = theBefore(text, at)
    if (theBeforeNoun !== -1) consider(theBeforeNoun, 1, end)
    const wordEnd = spaceStart(text, at)
    if (wordEnd !== at) {
      const runStart = lettersBefore(text, wordEnd)
      const opening = firstOpening(text, runStart, wordEnd)
      if (opening !== -1) consider(opening, 2, end)
      if (opening === runStart && runStart !== wordEnd) {
        const theBeforeWord = theBefore(text, runStart)
        if (theBeforeWord !== -1) consider(theBeforeWord, 0, end)
      }
    }
    consider(at, 3, end)
  }
  return best.start === Number.POSITIVE_INFINITY ? null : text.slice(best.start, best.end)
}

/** Where a run of white space that ends at `end` starts (`end` when there is none). */
export function spaceStart(text: string, end: number): number {
  let index = end
  while (index > 0 && /\s/.test(text[index - 1] ?? '')) index--
  return index
}

/** Where the run of letters and hyphens that ends at `end` starts. */
function lettersBefore(text: string, end: number): number {
  let index = end
  for (
    let char = charBefore(text, index);
    char && wordChar.test(char);
    char = charBefore(text, index)
  )
    index -= char.length
  return index
}

/** The first place from `start` to `end` where the capitalised word can open, or -1. */
function firstOpening(text: string, start: number, end: number): number {
  for (let index = start; index < end; ) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0)
    if (wordOpening.test(char) && !boundaryChar.test(charBefore(text, index) ?? ' ')) return index
    index += char.length
  }
  return -1
}

/** Where "the" and white space that end at `end` start, the "the" a word of its own, or -1. */
function theBefore(text: string, end: number): number {
  const the = spaceStart(text, end) - 3
  if (the === end - 3 || the < 0 || text.slice(the, the + 3).toLowerCase() !== 'the') return -1
  return boundaryChar.test(charBefore(text, the) ?? ' ') ? -1 : the
}

/** The character (code point) before `index`, or `undefined` at the start. */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined
  const low = text.charCodeAt(index - 1)
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
  return text.slice(pair ? index - 2 : index - 1, index)
}

/** A name with the role written before it. */
export interface RoledName {
  /** The name, role words left out ("Clara Voss"). */
  name: string
  /** The role written before it ("Finance Minister"), or `null`. */
  role: string | null
}

/** A name met in a text, with its role and place. */
export interface Mention extends RoledName {
  /** Offset of the name in the text it was found in. */
  start: number
}

/**
 * The names a paragraph or sentence mentions, found without compromise (runs
 * of capitalised words, role words split off into the role): enough to learn
 * an article's fullest form of a name ("Donald Trump" for a later "Trump")
 * and the role it gives that person.
 */
export function capitalisedNames(text: string): Mention[] {
  const names: Mention[] = []
  for (const { run, index } of capitalisedRuns(text)) {
    const tokens = run.replace(/['’]s$/u, '').split(/\s+/)
    while (
      tokens.length > 0 &&
      (isSentenceWord(tokens[0] ?? '') || /['’]s$/u.test(tokens[0] ?? ''))
    )
      tokens.shift()
    const { name } = splitRole(tokens.join(' '))
    if (!name.includes(' ') || /['’]s\b/u.test(name)) continue
    const start = index + run.lastIndexOf(name)
    names.push({ name, role: roleBefore(text, start), start })
  }
  return names
}

/**
 * Pronouns that stand for a speaker, lower-cased: the subject pronouns but
 * "you" (the reader) and "it" (a thing).
 */
export const speakerPronouns: readonly string[] = pronouns.subject.filter(
  (pronoun) => pronoun !== 'you' && pronoun !== 'it',
)

/** A pronoun that stands for a speaker, in any case. */
export const speakerPronoun = new RegExp(`^(?:${speakerPronouns.join('|')})$`, 'i')

/**
 * The people and organisations named in a sentence, with offsets, using
 * compromise (only on sentences that hold a quote or a verb of saying).
 */
export function findEntities(sentence: string): Entity[] {
  if (!mayNameSomeone(sentence)) return []
  const doc = nlp(sentence)
  const entities: Entity[] = []
  const add = (view: { json(options: object): unknown }, organisation: boolean) => {
    for (const match of view.json({ offset: true }) as Array<{
      text: string
      offset: { start: number; length: number }
    }>) {
      const raw = trimTrailing(match.text, afterName)
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
 * Whether compromise could find a person or organisation in a text. It
 * finds them by their capitals, so a text with no capital but the one of a
 * common opening word ("Then", "It", "You") names nobody it would find:
 * about a quarter of the sentences with a verb of saying, spared the
 * costliest step.
 */
export function mayNameSomeone(text: string): boolean {
  let first = true
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}'’.-]*/gu)) {
    const capital = /^\p{Lu}/u.test(word)
    if (first) {
      if (capital && !isSentenceWord(word)) return true
      first = false
    } else if (capital && word !== 'I') return true
  }
  return false
}

/**
 * The role written right before a name in a sentence ("US President" before
 * "Donald Trump", "Iran's Supreme Leader" before "Ayatollah Ali Khamenei",
 * "Fire chief" before "Owen Pratt"), or `null`. Capitalised words just before
 * a role word belong to it ("Police Chief", "Health Minister").
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
    } else if (role.length > 0 && isRoleModifier(token)) role.unshift(token)
    else break
  }
  return role.length > 0 ? role.join(' ') : null
}

/** A capitalised word that can qualify a role ("Police" in "Police Chief"). */
function isRoleModifier(token: string): boolean {
  return (
    /^\p{Lu}[\p{L}-]*$/u.test(token) &&
    !isSentenceWord(token) &&
    !isCalendarWord(token) &&
    !honorifics.test(token)
  )
}

/**
 * Split the role words written at the start of a name off it: "Finance
 * Minister Clara Voss" is Clara Voss, Finance Minister; "Professor Priya
 * Natarajan" is Priya Natarajan, Professor. Honorifics stay with the name.
 */
export function splitRole(text: string): RoledName {
  const tokens = text.split(/\s+/)
  let last = -1
  for (let index = 0; index < tokens.length - 1; index++) {
    const token = tokens[index] ?? ''
    if (roleWord.test(token)) last = index
    else if (!isRoleModifier(token)) break
  }
  if (last === -1) return { name: text, role: null }
  return { name: tokens.slice(last + 1).join(' '), role: tokens.slice(0, last + 1).join(' ') }
}

/** Words that may stand between a speaker's name and the verb ("Trump has argued"), as written. */
const nameVerbGap: ReadonlySet<string> = new Set(reporting.nameVerbGap)
/**
 * Whether a word may stand between a speaker's name and the verb: one of
 * `nameVerbGap`, or an adverb in "-ly" ("Trump frequently called").
 */
function isBetweenNameAndVerb(word: string): boolean {
  return nameVerbGap.has(word) || /^\p{Ll}+ly$/u.test(word)
}

/** A party's initial and a state's name or abbreviation, as news sets them after a name ("R-Texas", "D-R.I."). */
const partyOfState = /^[DRI]-\p{Lu}[\p{L}.]*$/u

/** Whether a word is a party and a state (`partyOfState`). */
export function isPartyOfState(word: string): boolean {
  return partyOfState.test(word)
}

/**
 * Whether compromise knows every word of a name as a region or a country
 * ("Ohio", "South Carolina", "Norway"), as after a town ("Dayton, Ohio").
 */
export function isRegionName(name: string): boolean {
  const terms = (nlp(name).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap(
    (part) => part.terms,
  )
  return (
    terms.length > 0 &&
    terms.every((term) => term.tags.includes('Region') || term.tags.includes('Country'))
  )
}

/**
 * The capitalised name right before a position in a sentence ("Khamenei" in
 * "Khamenei has consistently argued"), skipping adverbs and auxiliaries; or
 * `null`. Catches surnames on their own, which compromise does not tag. At
 * the start of a sentence, where every word is capitalised, a single word
 * counts only when `known` says it is a name ("Officials said" is no one).
 */
export function nameBefore(
  sentence: string,
  position: number,
  known: (name: string) => boolean = () => false,
): { name: string; start: number } | null {
  const tokens = [...sentence.slice(0, position).matchAll(/[\p{L}\p{M}.'’-]+/gu)]
  let index = tokens.length - 1
  while (index >= 0 && isBetweenNameAndVerb(tokens[index]?.[0] ?? '')) index--
  const name: string[] = []
  let start = -1
  for (; index >= 0; index--) {
    const token = tokens[index]
    const word = token?.[0] ?? ''
    const gap = start === -1 ? '' : sentence.slice((token?.index ?? 0) + word.length, start)
    if (
      !/^\p{Lu}/u.test(word) ||
      /['’]s$/u.test(word) ||
      roleWord.test(word) ||
      isCalendarWord(word) ||
      gap.trim() !== ''
    )
      break
    name.unshift(word)
    start = token?.index ?? start
  }
  if (start === 0) {
    while (name.length > 0 && isSentenceWord(name[0] ?? '')) {
      const dropped = name.shift() ?? ''
      start = sentence.indexOf(name[0] ?? '', start + dropped.length)
    }
    if (name.length === 1 && !known(name[0] ?? '')) return null
  }
  if (name.length === 0 || name.length > 4) return null
  // "Bill Richardson of New Mexico said": a region after "of" is where the name before it is from.
  const lead = sentence.slice(0, start).trimEnd()
  if (lead.endsWith(' of') && isRegionName(name.join(' '))) {
    const person = nameBefore(sentence, lead.length - 3, known)
    if (person && isFullName(person.name)) return person
  }
  return { name: name.join(' '), start }
}

/**
 * The capitalised name right after a position ("Caddell" in "said Caddell",
 * "Mr. Holt" in "said Mr. Holt"), up to four words after any role words
 * ("said Professor Priya Natarajan"), with that role; or `null`.
 */
export function nameAfter(
  sentence: string,
  position: number,
): { name: string; role: string | null; start: number } | null {
  const match = /^\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,5})/u.exec(
    sentence.slice(position),
  )
  if (!match?.[1]) return null
  const written = match[1].replace(/[.,]$/, '')
  // "said Secretary of State John Kerry": a title goes on with "of" and one
  // word before the name.
  const title = isRoleWord(written)
    ? /^\s+of\s+\p{Lu}[\p{L}-]*(?=\s+\p{Lu})/u.exec(sentence.slice(position + match[0].length))
    : null
  if (title) {
    const named = nameAfter(sentence, position + match[0].length + title[0].length)
    const held = sentence.slice(position, position + match[0].length + title[0].length).trim()
    return named ? { ...named, role: [held, named.role].filter(Boolean).join(' ') } : null
  }
  const { name, role } = splitRole(written)
  // "said Holt’s aide, Tomas Brenn": the name set off after what the owner's
  // person is called is the speaker's, and that description their role.
  const owner = /['’]s$/u.test(name)
    ? possessedThenName.exec(sentence.slice(position + match[0].length))
    : null
  if (owner?.[1]) {
    const named = nameAfter(sentence, position + match[0].length + owner[0].length)
    if (named && named.role === null && isFullName(named.name))
      return { ...named, role: `${written} ${owner[1]}` }
  }
  if (
    /['’]s$/u.test(name) ||
    isCalendarWord(name.split(/\s+/)[0] ?? '') ||
    name.split(/\s+/).length > 4
  )
    return null
  const start = position + match[0].length - match[1].length + written.lastIndexOf(name)
  return { name, role, start }
}

/** Up to four lowercase words after an owner's name, then a comma: "aide," in "Holt’s aide, Tomas Brenn". */
const possessedThenName = /^\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),(?=\s+\p{Lu})/u

/** Strip leading role words from a name ("President Donald Trump" → "Donald Trump"). */
export function withoutRole(name: string): string {
  return splitRole(name).name
}

/** Whether a name has two words or more besides honorifics ("Gov. Bill Dorn", not "Democrat"). */
export function isFullName(name: string): boolean {
  return name.split(' ').filter((word) => !isHonorific(word)).length >= 2
}

/** Whether a word is a role word ("President", "Leader", "Sen."). */
export function isRoleWord(word: string): boolean {
  return roleWord.test(word)
}

/** Whether a token is an honorific that belongs to a name. */
export function isHonorific(token: string): boolean {
  return honorifics.test(token)
}

/**
 * The text without the characters `trailing` (a one-character pattern)
 * matches at its end. A loop from the end: a pattern like `/[\s,]+$/` would
 * read a long run again from each of its characters.
 */
export function trimTrailing(text: string, trailing: RegExp): string {
  let end = text.length
  while (end > 0 && trailing.test(text[end - 1] ?? '')) end--
  return text.slice(0, end)
}

/**
 * The subject of a clause as far as a cheap scan can tell: the last run of
 * capitalised words followed by a word in lower case (its verb: "In a Fox
 * interview, Trump went further", "the Illinois Board of Elections was
 * clear"), words that open sentences dropped from its front. A single word
 * counts only when `known` says it is a name. `null` when there is none.
 * With `first`, the first such run: the subject of a clause whose verb
 * names others after it ("Ann Lee urged women to vote for Mara Holt").
 */
export function clauseSubject(
  clause: string,
  known: (name: string) => boolean,
  first = false,
): { name: string; start: number } | null {
  let found: { name: string; start: number } | null = null
  let run: Array<{ word: string; start: number }> = []
  for (const match of clause.matchAll(/\S+/gu)) {
    const word = match[0]
    if (/^\p{Lu}/u.test(word) || (word === 'of' && run.length > 0)) {
      run.push({ word, start: match.index })
      // A comma or other mark after a word ends the run: what follows is no verb of it.
      if (/[^\p{L}\p{M}.'’-]$/u.test(word)) run = []
      continue
    }
    if (/^\p{Ll}/u.test(word)) {
      while (run.length > 0 && (isSentenceWord(run[0]?.word ?? '') || run[0]?.word === 'of'))
        run.shift()
      while (run.at(-1)?.word === 'of') run.pop()
      const name = run.map((token) => token.word).join(' ')
      if (run[0] && !/['’]s\b/u.test(name) && (name.includes(' ') || known(name))) {
        found = { name, start: run[0].start }
        if (first) return found
      }
    }
    run = []
  }
  return found
}
