import nlp from 'compromise'
import { en as nameWords } from '../lexicon/name-words.js'
import { wordPattern } from '../lexicon/word-list.js'
import type { Speaker } from '../types.js'
import { capitalLetter, isHonorific, type RoledName } from './speakers.js'

/** Grammatical gender of a person's name, as far as a first name tells. */
type Gender = 'male' | 'female'

/** Honorifics of a man's name ("Mr.", "Sheikh"). */
const maleHonorific = wordPattern(nameWords.maleHonorifics)
/** Honorifics of a woman's name ("Mrs.", "Dame"). */
const femaleHonorific = wordPattern(nameWords.femaleHonorifics)

/** A capitalised word of two letters or more, where a known surname may stand. */
const capitalisedWord = new RegExp(`${capitalLetter}[\\p{L}\\p{M}'’-]+`, 'gu')

/** Gender of first names already looked up in compromise's lexicon. */
const genders = new Map<string, Gender | null>()

/**
 * The people and organisations of an article, in the order the article
 * names them: the fullest form of each name ("Ayatollah Ali Khamenei" for a
 * later "Khamenei"), the role the article gives it, and who was named last,
 * so that "he", "she" and "the ministry" find their speaker.
 */
export class Cast {
  private readonly bySurname = new Map<string, string>()
  private readonly roles = new Map<string, string>()
  private readonly people = new Set<string>()
  private readonly organisations: string[] = []
  /** Surnames of the names mentioned so far, latest last. */
  private readonly mentions: string[] = []
  /** Where in `mentions` the current paragraph's names start. */
  private paragraphFrom = 0
  /** Where in `mentions` the previous paragraph's names start. */
  private previousParagraphFrom = 0

  /** Note that a new paragraph starts: a pronoun reaches a name no gender fits only this far back. */
  startParagraph(): void {
    this.previousParagraphFrom = this.paragraphFrom
    this.paragraphFrom = this.mentions.length
  }

  /**
   * Remember a name, with its role when the article gives one; `person`
   * when the name is known to be a person's (compromise says so, or it
   * speaks, or it has a role or an honorific).
   */
  add(name: string, role: string | null = null, person = false): void {
    const surname = lastToken(name)
    if (!surname) return
    const known = this.bySurname.get(surname)
    if (!known || name.length > known.length) this.bySurname.set(surname, name)
    const fullest = this.fullest(name)
    if (role && !this.roles.has(fullest)) this.roles.set(fullest, role)
    if (person || role || isHonorific(name.split(/\s+/)[0] ?? '')) this.people.add(surname)
  }

  /** Note that a name was mentioned here (pronouns refer to the latest fitting one). */
  mention({ name, role }: RoledName): void {
    this.add(name, role)
    const surname = lastToken(name)
    if (surname) this.mentions.push(surname)
  }

  /** Note the known surnames a sentence mentions on their own ("Okafor thanked …", "Khamenei's"). */
  mentionSurnames(sentence: string): void {
    if (this.bySurname.size === 0) return
    capitalisedWord.lastIndex = 0
    for (let word = capitalisedWord.exec(sentence); word; word = capitalisedWord.exec(sentence)) {
      const surname = word[0].replace(/['’]s$/u, '').toLowerCase()
      if (this.bySurname.has(surname)) this.mentions.push(surname)
    }
  }

  /** Whether a single word is the surname of someone already named. */
  knows(word: string): boolean {
    return this.bySurname.has(word.toLowerCase())
  }

  /** Whether a single word is the surname of someone the article shows to be a person (see `add`). */
  isPerson(word: string): boolean {
    return this.people.has(word.toLowerCase())
  }

  /** The fullest known form of a name. */
  fullest(name: string): string {
    const surname = lastToken(name)
    const known = surname ? this.bySurname.get(surname) : undefined
    return known && known.length > name.length && known.endsWith(name) ? known : name
  }

  /**
   * The person the article gave a role to ("Supreme Leader" for "Iran's
   * Supreme Leader"): the latest one whose role ends with it; or `null`.
   */
  withRole(role: string): Speaker | null {
    const wanted = role.toLowerCase()
    let found: Speaker | null = null
    for (const [name, known] of this.roles) {
      if (known.toLowerCase().endsWith(wanted)) found = { name, role: known }
    }
    return found
  }

  /** A person as a speaker: fullest name, and the role given here or earlier. */
  speaker(name: string, role: string | null): Speaker {
    this.add(name, role, true)
    const fullest = this.fullest(name)
    return { name: fullest, role: role ?? this.roles.get(fullest) ?? null }
  }

  /**
   * An organisation as a speaker, without its article ("the health
   * ministry" → "health ministry"); a shorter mention ("the ministry") is
   * the last organisation that spoke under a fuller name ending the same way.
   */
  organisation(written: string): Speaker {
    const name = written.replace(/^(?:the|a|an)\s+/i, '').trim()
    const head = name.toLowerCase().split(/\s+/).at(-1) ?? ''
    const fuller = this.organisations.findLast(
      (known) => known.toLowerCase().endsWith(head) && known.length > name.length,
    )
    const chosen = fuller ?? name
    this.organisations.push(chosen)
    return { name: chosen, role: null }
  }

  /**
   * The speaker "he" or "she" stands for: a person named earlier in the
   * same sentence (`earlier`, latest first) whose first name fits, else the
   * last speaker when the gender of their first name does not rule them
   * out, else the latest person named whose first name fits (or is
   * unknown), else the latest name in this paragraph or the one before
   * that compromise takes for a person's and whose first name tells no
   * gender ("Jordan Blake"); `null` when no one fits.
   */
  resolve(
    pronoun: string,
    lastSpeaker: Speaker | null,
    earlier: readonly string[] = [],
  ): Speaker | null {
    const wanted: Gender | null = /^he$/i.test(pronoun)
      ? 'male'
      : /^she$/i.test(pronoun)
        ? 'female'
        : null
    if (!wanted) return lastSpeaker
    const fits = (surname: string, name: string) => {
      const gender = this.gender(name)
      return gender === wanted || (gender === null && this.people.has(surname))
    }
    for (const name of [...earlier].reverse()) {
      const surname = lastToken(name)
      if (surname && fits(surname, name)) return this.speaker(name, null)
    }
    const lastSurname = lastToken(lastSpeaker?.name ?? '')
    if (lastSpeaker && lastSurname && fits(lastSurname, lastSpeaker.name)) return lastSpeaker
    for (let index = this.mentions.length - 1; index >= 0; index--) {
      const surname = this.mentions[index] as string
      const name = this.bySurname.get(surname)
      if (name && fits(surname, name)) return { name, role: this.roles.get(name) ?? null }
    }
    // A name of no known gender stands back for one that has it, and for a name further back.
    for (let index = this.mentions.length - 1; index >= this.previousParagraphFrom; index--) {
      const name = this.bySurname.get(this.mentions[index] as string)
      if (name && this.gender(name) === null && isPersonName(name))
        return { name, role: this.roles.get(name) ?? null }
    }
    return null
  }

  /** Gender of a name's first name (or honorific), from compromise's lexicon. */
  private gender(name: string): Gender | null {
    const first = name.split(/\s+/)[0] ?? ''
    if (maleHonorific.test(first)) return 'male'
    if (femaleHonorific.test(first)) return 'female'
    const cached = genders.get(first)
    if (cached !== undefined) return cached
    const doc = nlp(first)
    const gender: Gender | null = doc.has('#MaleName')
      ? 'male'
      : doc.has('#FemaleName')
        ? 'female'
        : null
    // First names repeat across articles; the cache is bounded for long runs.
    if (genders.size >= 10_000) genders.clear()
    genders.set(first, gender)
    return gender
  }
}

/** Whether compromise takes names already looked up, on their own, for people's. */
const personNames = new Map<string, boolean>()

/** Whether compromise takes a name on its own for a person's ("Jordan Blake", not "New York"). */
function isPersonName(name: string): boolean {
  const cached = personNames.get(name)
  if (cached !== undefined) return cached
  const person = nlp(name).has('#Person')
  // Names repeat across articles; the cache is bounded for long runs.
  if (personNames.size >= 10_000) personNames.clear()
  personNames.set(name, person)
  return person
}

function lastToken(name: string): string | undefined {
  return name.split(/\s+/).at(-1)?.toLowerCase()
}
