import type { Properties } from 'hast'
import type { Removal } from '../types.js'

/** A removal to mark, with the span of the input it covers. */
export interface Target {
  /** The removal. */
  removal: Removal
  /** Offset of its first character in the input. */
  start: number
  /** Offset after its last character in the input. */
  end: number
  /** The class of its rule's colour and toggle (`u-r3`). */
  ruleClass: string
}

/** Where a removal stood, as `line:column–line:column`, or `null` when it has no place. */
export function whereText(removal: Removal): string | null {
  const place = removal.place
  if (!place) return null
  return `${place.start.line}:${place.start.column}–${place.end.line}:${place.end.column}`
}

/**
 * The attributes of a mark: its rule's class, the rule id and reason for the
 * label and the tooltip, and a tab stop so keyboard readers reach the reason.
 */
export function markProperties(target: Target): Properties {
  const { rule, reason } = target.removal
  const where = whereText(target.removal)
  return {
    className: ['u-mark', target.ruleClass],
    dataRule: rule,
    dataReason: reason,
    title: where ? `${rule}: ${reason} (${where})` : `${rule}: ${reason}`,
    tabIndex: 0,
  }
}

/** Longest removed text looked for inside the block that holds it, in words. */
const maxSentenceWords = 400

/**
 * Where removed words stand in a text (a removed sentence's place is its
 * paragraph's, and the report marks the sentence itself): `[start, end)` in
 * `text`, white space matched loosely; `null` when they are not there.
 */
export function findRemovedText(text: string, removed: string): [number, number] | null {
  const words = removed.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > maxSentenceWords) return null
  // Literal words apart by `\s+`, each run of spaces ended by a literal
  // non-space: matching takes linear time.
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u')
  const match = pattern.exec(text)
  if (!match) return null
  return [match.index, match.index + match[0].length]
}

function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}
