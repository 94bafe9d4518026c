import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { it } from './it.js'
import { ja } from './ja.js'
import { nl } from './nl.js'
import type { PhrasePack } from './pack.js'
import { pl } from './pl.js'
import { zh } from './zh.js'

export type { PhrasePack } from './pack.js'

/** The phrase packs rules match against, every language at once (pages mix them). */
export const phrasePacks: readonly PhrasePack[] = [en, de, fr, es, it, nl, pl, ja, zh]

/** A category of phrases: the fields of a pack that hold phrases. */
export type PhraseCategory = Exclude<keyof PhrasePack, 'lang'>

/** The phrases of a category in every pack. */
export function phraseList(category: PhraseCategory): string[] {
  return phrasePacks.flatMap((pack) => pack[category] ?? [])
}

/**
 * The phrases of a category in every pack, as one alternation to put in a
 * regular expression (`(?:…)` around it is the caller's). A category no pack
 * fills gives a pattern that matches nothing.
 */
export function phrases(category: PhraseCategory): string {
  const found = phraseList(category)
  return found.length > 0 ? found.join('|') : '(?!)'
}
