import type { Element, Text } from 'hast'
import { splitSentences } from '../shared/sentences.js'
import { wordCount } from '../shared/text-shape.js'
import type { Rule, RuleContext } from './rule.js'
import type { ActiveRule } from './walk.js'

/** One sentence a rule cut out of a paragraph. */
export interface SentenceCut {
  /** The rule. */
  rule: Rule
  /** Why. */
  reason: string
  /** The sentence as written. */
  text: string
}

/** What the sentence rules did to a paragraph. */
export interface SentenceCuts {
  /** The sentences cut, in order. */
  cuts: SentenceCut[]
  /**
   * Whether no word of the paragraph is left: the caller removes it whole
   * (its text is left as it was).
   */
  emptied: boolean
  /** The paragraph and the elements in it, whose text changed (none when emptied). */
  changed: Element[]
}

/**
 * Ask the sentence rules about each sentence of a paragraph (only those
 * whose `sentenceFilter` the paragraph matches; splitting is the costly
 * part) and cut the sentences they reject out of its text nodes, with the
 * white space before each. `undefined` when no rule rejects a sentence.
 */
export function cutSentences(
  paragraph: Element,
  sentenceRules: readonly ActiveRule[],
  context: RuleContext,
): SentenceCuts | undefined {
  const texts: Text[] = []
  const elements: Element[] = []
  // A plain walk, in document order: it runs on every paragraph the
  // sentence rules may cut, where `unist-util-visit` costs more than the reading.
  const collect = (node: Element): void => {
    elements.push(node)
    for (const child of node.children) {
      if (child.type === 'text') texts.push(child)
      else if (child.type === 'element') collect(child)
    }
  }
  collect(paragraph)
  const raw = texts.map((node) => node.value).join('')
  const relevant = sentenceRules.filter(
    ({ hooks }) => !hooks.sentenceFilter || hooks.sentenceFilter.test(raw),
  )
  if (relevant.length === 0) return undefined

  const spans: Array<{ start: number; end: number; rule: Rule; reason: string }> = []
  for (const { start, end } of splitSentences(raw)) {
    const sentence = raw.slice(start, end)
    for (const { rule, hooks } of relevant) {
      const reason = hooks.sentence?.(sentence, context)
      if (reason) {
        spans.push({ start, end, rule, reason })
        break
      }
    }
  }
  if (spans.length === 0) return undefined
  const cuts = spans.map(({ start, end, rule, reason }) => ({
    rule,
    reason,
    text: raw.slice(start, end),
  }))

  let kept = raw
  for (const span of [...spans].reverse()) kept = kept.slice(0, span.start) + kept.slice(span.end)
  if (wordCount(kept) === 0) return { cuts, emptied: true, changed: [] }

  // Cut from the end, so earlier offsets stay right.
  for (const span of [...spans].reverse()) {
    let start = span.start
    while (start > 0 && /\s/.test(raw.charAt(start - 1))) start--
    cutText(texts, start, span.end)
  }
  return { cuts, emptied: false, changed: elements }
}

/** Remove `[start, end)` of the concatenated text of `texts`. */
function cutText(texts: Text[], start: number, end: number): void {
  let offset = 0
  for (const node of texts) {
    const nodeStart = offset
    const nodeEnd = offset + node.value.length
    offset = nodeEnd
    if (nodeEnd <= start || nodeStart >= end) continue
    const from = Math.max(start, nodeStart) - nodeStart
    const to = Math.min(end, nodeEnd) - nodeStart
    node.value = node.value.slice(0, from) + node.value.slice(to)
  }
}
