import { isSpaceCode } from './text-shape.js'

/**
 * Lists written inside one line of text ("1) the first 2) the second",
 * "a. one b. two", "• 9. one • 10. two"): where their items start. The
 * parser keeps such a line a paragraph, and the sentence splitter starts a
 * sentence at each item, marker included.
 */

/** Bullets that start list items in running text. */
export const bullets: ReadonlySet<string> = new Set([
  '•',
  '‣',
  '◦',
  '⁃',
  '▪',
  '▫',
  '●',
  '○',
  '■',
  '□',
  '►',
  '▸',
  '➢',
  '➤',
])

/**
 * A bullet, or a number or letter with "." or ")" standing alone: a list may
 * start here. Most text has neither, and the test is cheaper than the walk.
 * (Built from `bullets`, which hold no character special in a class.)
 */
const mayHoldList = new RegExp(`[${[...bullets].join('')}]|(?:^|\\s)(?:\\d{1,3}|[A-Za-z])[.)]\\s`)

/** A list marker in running text: a bullet, `3.`, `3)`, `c.`, `c)` or `C)`. */
interface Marker {
  /** Where the marker starts. */
  start: number
  /** `•` for bullets; else the shape of the marker: `1.`, `1)`, `a.`, `a)`, `A)`. */
  style: string
  /** Its number (a = 1); 0 for bullets. */
  value: number
  /** Whether it stands where a sentence may start (see `opensAt`). */
  opens: boolean
  /** The bullet right before it (`• 9. …`), or -1. */
  bullet: number
}

/** Characters that, ending the token before a marker, let the marker open a sentence. */
const openingEnds = new Set(['.', '!', '?', '…', ':', '。', '！', '？'])
/** Closing quotes and brackets that may follow those characters. */
const closing = new Set(['"', "'", '”', '’', ')', ']', '»'])

/**
 * Where the items of lists inside running text start, ascending: every bullet
 * that stands alone as a token, and every marker of a run of two or more that
 * count up (`1. 2. 3.`, `b) c)`, `• 9. • 10.`) whose first marker stands
 * where a sentence may start — the start of the text, or after a line
 * break, terminal punctuation, a colon or a bullet. A marker right after a
 * bullet starts its item at the bullet. Markers in brackets ("(a)", "(1)")
 * enumerate inside a sentence and are not counted; nor is "C." (an initial).
 */
export function inlineListItems(text: string): number[] {
  if (!mayHoldList.test(text)) return []
  const markers: Marker[] = []
  const n = text.length
  let previous: { start: number; end: number; style: string } | undefined
  let k = 0
  while (k < n) {
    const p = k
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++
    const start = k
    while (k < n && !isSpaceCode(text.charCodeAt(k))) k++
    // A marker needs something after it.
    if (start === k || k >= n) break
    const marker = readMarker(text, start, k)
    if (!marker) continue
    const bullet = previous?.style === '•' && previous.end === p ? previous.start : -1
    const opens = start === firstToken(text) || bullet !== -1 || opensAt(text, p, start)
    markers.push({ start, ...marker, opens, bullet })
    previous = { start, end: k, style: marker.style }
  }
  return countedItems(markers)
}

function firstToken(text: string): number {
  let k = 0
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++
  return k
}

/** Whether whitespace `text[p, start)` holds a line break or follows terminal punctuation or a colon. */
function opensAt(text: string, p: number, start: number): boolean {
  for (let k = p; k < start; k++) if (text.charCodeAt(k) === 0x0a) return true
  let e = p
  while (e > 0 && p - e < 4 && closing.has(text.charAt(e - 1))) e--
  return e > 0 && openingEnds.has(text.charAt(e - 1))
}

/** The style and number of a marker token `text[k, end)`, or null. */
function readMarker(text: string, k: number, end: number): { style: string; value: number } | null {
  if (end === k + 1) return bullets.has(text.charAt(k)) ? { style: '•', value: 0 } : null
  const last = text.charAt(end - 1)
  if (last !== '.' && last !== ')') return null
  const body = text.slice(k, end - 1)
  const c = body.charCodeAt(0)
  if (body.length === 1 && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
    const lower = body.toLowerCase()
    if (last === '.' && lower !== body) return null
    return { style: `${lower === body ? 'a' : 'A'}${last}`, value: lower.charCodeAt(0) - 0x60 }
  }
  if (body.length > 3) return null
  for (let m = 0; m < body.length; m++) {
    const d = body.charCodeAt(m)
    if (d < 0x30 || d > 0x39) return null
  }
  return { style: `1${last}`, value: Number(body) }
}

/** The item starts among the markers (see `inlineListItems`). */
function countedItems(markers: readonly Marker[]): number[] {
  const items = new Set<number>()
  const runs = new Map<string, { last: Marker; counted: boolean }>()
  for (const marker of markers) {
    if (marker.style === '•') {
      items.add(marker.start)
      continue
    }
    const run = runs.get(marker.style)
    if (run && marker.value === run.last.value + 1) {
      if (run.counted) {
        items.add(itemStart(run.last))
        items.add(itemStart(marker))
      }
      run.last = marker
    } else {
      runs.set(marker.style, { last: marker, counted: marker.opens })
    }
  }
  return [...items].sort((a, b) => a - b)
}

function itemStart(marker: Marker): number {
  return marker.bullet === -1 ? marker.start : marker.bullet
}
