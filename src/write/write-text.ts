import type { Text } from 'mdast'
import {
  defaultHandlers,
  type Handle,
  type Info,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown'

/** The parent a handler is given. */
type Parent = Parameters<Handle>[1]

/** The unsafe patterns of a writer, by the character each escapes. */
interface PatternIndex {
  /** Patterns of characters that text has, by character. */
  common: Map<string, Unsafe[]>
  /**
   * Patterns of control characters (C0 but tab and line endings, and DEL),
   * by character: looked for only when one test finds any, as text seldom
   * holds one and they are a third of the patterns.
   */
  controls: Map<string, Unsafe[]>
}

/** Pattern indexes, once per list of patterns. */
const indexes = new WeakMap<readonly Unsafe[], PatternIndex>()

/** A control character (as in `PatternIndex.controls`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/**
 * Write a text node as `mdast-util-to-markdown` does, escaping the same
 * characters, but asking only the unsafe patterns whose character the text
 * (with what stands before and after it) holds. The writer otherwise runs
 * every pattern of Markdown and GFM, some ninety regular expressions, over
 * every text node; a pattern can only match where its character is, so the
 * output is the same, and writing Markdown takes about a quarter less time.
 *
 * Whole pipeline, measured with `npm run bench -- <wcxb> --rounds 5
 * --baseline <this build>` on a build that writes text with the package's
 * own handler (2026-12-06, with the bench that no longer favours its
 * baseline): that build took 1.06× the time of this one (extraction only,
 * sentences and quotes off: 1.04×), and 1.04× (1.09×) in a run of 3 rounds:
 * about the 5% a hand-written replacement must show to stay. The test holds
 * it to the package's handler on fixture pages and generated text.
 */
export const writeText: Handle & { peek: Handle } = Object.assign(
  (node: Text, parent: Parent, state: State, info: Info): string => {
    const { common, controls } = indexOf(state.unsafe)
    const relevant: Unsafe[] = []
    const { before = '', after = '' } = info
    const text = [before, node.value, after]
    addPresent(common, text, relevant)
    if (text.some((part) => control.test(part))) addPresent(controls, text, relevant)
    return writeWith(relevant, node, parent, state, info)
  },
  { peek: peekText },
)

/**
 * The first character of a text as written: the writer renders the node
 * after each phrasing node only to learn it (with nothing before or after
 * it). Whether the first character is escaped depends only on the patterns
 * that match there and on the next one, so those of the first two
 * characters are all that is asked; most text starts with two letters and
 * asks none.
 */
function peekText(node: Text, parent: Parent, state: State, info: Info): string {
  const { common, controls } = indexOf(state.unsafe)
  const relevant: Unsafe[] = []
  for (const character of new Set([node.value.charAt(0), node.value.charAt(1)])) {
    for (const pattern of common.get(character) ?? controls.get(character) ?? []) {
      relevant.push(pattern)
    }
  }
  return writeWith(relevant, node, parent, state, info)
}

/** Write a text with the default handler, asking only `relevant` unsafe patterns. */
function writeWith(
  relevant: Unsafe[],
  node: Text,
  parent: Parent,
  state: State,
  info: Info,
): string {
  const unsafe = state.unsafe
  state.unsafe = relevant
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = unsafe
  }
}

/** Add to `relevant` the patterns of the characters that one of `text` holds. */
function addPresent(groups: Map<string, Unsafe[]>, text: string[], relevant: Unsafe[]): void {
  for (const [character, patterns] of groups) {
    if (text.some((part) => part.includes(character))) {
      for (const pattern of patterns) relevant.push(pattern)
    }
  }
}

/** The patterns grouped by character, once per list of patterns. */
function indexOf(unsafe: readonly Unsafe[]): PatternIndex {
  let index = indexes.get(unsafe)
  if (!index) {
    index = { common: new Map(), controls: new Map() }
    for (const pattern of unsafe) {
      const groups = control.test(pattern.character) ? index.controls : index.common
      const group = groups.get(pattern.character)
      if (group) group.push(pattern)
      else groups.set(pattern.character, [pattern])
    }
    indexes.set(unsafe, index)
  }
  return index
}
