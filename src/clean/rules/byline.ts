import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import { type Byline, unscrapeData } from '../../data.js'
import { en as bylineWords, byWords } from '../../lexicon/byline-words.js'
import { calendarWords, timeZones } from '../../lexicon/time-words.js'
import { endsLikeSentence, wordCount, words } from '../../shared/text-shape.js'
import { nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of bylines, datelines and article meta lines. */
const bylineName =
  /(?:^|[\s_-])(?:byline|bylines|by-line|author|authors|author-name|dateline|article-meta|post-meta|entry-meta|meta-info|article-info|article-date|post-date|entry-date|publish-date|published|timestamp|date|posted-on|credits)(?:$|[\s_-])/

/**
 * "By Jane Roe", "Von Jana Roe", "Par Jeanne Roe", "BY JANE ROE": a
 * capitalised name after the word "by" (case matters, so no `i` flag: it
 * would let `\p{Lu}` match any letter).
 */
const byName = new RegExp(
  `^(?:${byWords.map(capitalisable).join('|')}|BY)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}`,
  'u',
)
/** Class or id tokens of the section label above a headline ("Local News", "Europe"). */
const sectionLabelName =
  /(?:^|[\s_-])(?:kicker|eyebrow|overline|section-tag|section-label|section-name|rubric|category-label|article-section)(?:$|[\s_-])/

/** "5 min read", "Lesezeit: 3 Minuten", "11 minut czytania", "Temps de lecture : 4 min". */
const readingTime =
  /^(?:(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|czas czytania)\s*(?::\s*)?)?(?:ca\.?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minut|mín|minutos)\.?(?:\s+(?:read|reading|lesezeit|de lecture|de lectura|czytania|lesen))?$/i

/** Words that make a run of numbers a date, as a month or a weekday does: "updated", "ago". */
const dateAnchorWords = [...(bylineWords.dateLabels ?? []), ...(bylineWords.relativeDates ?? [])]
const dateAnchor = new RegExp(`^(?:${dateAnchorWords.join('|')})$`, 'i')

/** Words of a date or time line: an ordinal or a number, and the words of a dateline. */
const dateWord = new RegExp(
  `^(?:\\d+(?:st|nd|rd|th)?|${[
    ...dateAnchorWords,
    ...(bylineWords.datelineWords ?? []),
    ...timeZones.map((zone) => zone.toLowerCase()),
  ].join('|')})$`,
  'i',
)

/** A word as a pattern of its own that takes a capital first letter: "by" as `[Bb]y`. */
function capitalisable(word: string): string {
  return `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`
}

/** Whether a word is a weekday or month name or a short form of one ("Tues", "Sept"). */
function isCalendarWord(word: string): boolean {
  return calendarWords.has(word.toLowerCase())
}

/** Longest byline or dateline (characters). */
const maxBylineText = 200

/**
 * Removes bylines and datelines inside the body ("By Jane Roe · May 14,
 * 2024", "Updated Feb. 27, 2024 6:15 p.m.") and the section label above the
 * headline: the author and date belong in the metadata, not in the story's
 * text.
 */
export const byline: Rule = {
  id: 'byline',
  description: 'Remove bylines and datelines inside the body',
  create() {
    /** The bylines removed, with the elements they stood in. */
    const found: Array<{ byline: Byline; ancestors: Element[] }> = []
    return {
      element(node, context) {
        const reason = bylineReason(node)
        if (reason && reason !== 'section label' && reason !== 'reading time') {
          found.push({
            byline: { text: textOf(node), ...timesIn(node) },
            ancestors: [...context.ancestors],
          })
        }
        return reason
      },
      finish(_tree, context) {
        // A byline that stood in a region removed later (a card's dateline)
        // says nothing about this article; the others are for the metadata.
        const bylines = unscrapeData(context.file).bylines
        for (const { byline, ancestors } of found) {
          if (!ancestors.some((ancestor) => context.removedAt(ancestor))) bylines.push(byline)
        }
      },
    }
  },
}

/** Why an element is a byline, a dateline, a section label or a reading time, if it is one. */
function bylineReason(node: Element): string | undefined {
  const named = node.tagName === 'li' || isLineBlock(node)
  if (!named) return undefined
  if (textSize(node) > maxBylineText) return undefined
  const text = textOf(node)
  if (!text || text.length > maxBylineText) return undefined
  const names = nameTokens(node)
  if (sectionLabelName.test(names) && wordCount(text) <= 5) return 'section label'
  let reason: string | undefined
  if (bylineName.test(names) && !endsLikeSentence(text)) reason = 'byline or dateline'
  else if (!isLineBlock(node)) return undefined
  else if (isBylineText(text)) reason = 'byline'
  else if (isDateLine(text) && !endsLikeProse(text)) reason = 'dateline'
  else if (readingTime.test(text)) return 'reading time'
  return reason
}

/** Whether a line is a byline by its words: "By Jane Roe", "Von Jana Kellermann", not a sentence. */
export function isBylineText(text: string): boolean {
  return text.length <= maxBylineText && byName.test(text) && !endsLikeSentence(text)
}

/** The `datetime` values of the `<time>` elements in a node, and the one marked as the publication date. */
function timesIn(node: Element): { dateTimes: string[]; published: string | null } {
  const dateTimes: string[] = []
  let published: string | null = null
  visit(node, 'element', (child) => {
    const value = child.properties.dateTime
    if (child.tagName !== 'time' || typeof value !== 'string') return
    dateTimes.push(value)
    const itemProp = child.properties.itemProp
    const marked =
      child.properties.pubdate !== undefined ||
      (Array.isArray(itemProp) && itemProp.includes('datePublished'))
    if (marked) published ??= value
  })
  return { dateTimes, published }
}

/** Whether a line ends like a sentence, a time's "a.m."/"p.m." aside. */
function endsLikeProse(text: string): boolean {
  return endsLikeSentence(text) && !/\b[ap]\.m\.$/i.test(text)
}

/** Blocks a byline can be: not lists, tables or headings, which say other things. */
function isLineBlock(node: Element): boolean {
  return ['p', 'div', 'span', 'time', 'address', 'section', 'header', 'small'].includes(
    node.tagName,
  )
}

/** Whether a line holds nothing but a date or time ("Updated May 14, 2024, 6:15 p.m. EST"). */
function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false
  const tokens = words(text)
  if (tokens.length < 2 || tokens.length > 12) return false
  return (
    tokens.every((token) => isCalendarWord(token) || dateWord.test(token)) &&
    tokens.some((token) => /\d/.test(token)) &&
    tokens.some((token) => isCalendarWord(token) || dateAnchor.test(token))
  )
}
