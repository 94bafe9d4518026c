import type { Element } from 'hast'
import { listTags } from '../../shared/tag-names.js'
import { endsWithPunctuation, hasNoCapitals, wordCount } from '../../shared/text-shape.js'
import { childElements, headingLevel, isElement, linkDensity, textOf } from '../element.js'
import type { Finding, Rule, RuleContext } from '../rule.js'
import { isPhraseLine, isRelatedToStory, isSearchPhraseCase } from '../story-phrases.js'

/** Fewest items a link list has: two links can be part of a story. */
const minItems = 3
/** Fewest items of a list of phrases that are all unrelated to the story. */
const minUnrelatedItems = 2
/** Most words in an item of a link list. */
const maxItemWords = 12
/** Least link share of each item of a Title Case list on an HTML page. */
const minLinkShare = 0.5
/** Most words in the label before a link list ("Related searches"). */
const maxLabelWords = 8
/** Share of lines unrelated to the story that marks a bare run of three or more as a link farm. */
const unrelatedRunShare = 1 / 2
/** Share of items unrelated to the story that marks a list as a link farm. */
const unrelatedShare = 1 / 3

/**
 * Removes blocks of short link-like items that are not part of the story:
 * "related" and "more stories" link lists, and SEO "related searches" lists
 * of Title Case or lower-case phrases (search terms are typed so) that
 * share little vocabulary with the story, written
 * as a list or as a run of bare lines. A short label right before such a
 * list ("Related", "More from …") goes with it. On an HTML page the items of
 * such a list must be links: there, a list of plain Title Case phrases is
 * the story's own (a packing list, the steps of a plan) far more often than
 * a link farm.
 *
 * A list introduced by a sentence ending with a colon is the story's own and
 * stays, as does any list with long or punctuated items.
 */
export const linkList: Rule = {
  id: 'link-list',
  description: 'Remove lists and runs of short link-like items unrelated to the story',
  siblings(nodes, context) {
    const findings: Finding[] = []
    const taken = new Set<Element>()
    nodes.forEach((node, index) => {
      if (!listTags.has(node.tagName)) return
      const previous = nodes[index - 1]
      const reason = linkListReason(node, previous, context)
      if (!reason) return
      const withLabel = previous && isLabel(previous, nodes[index - 2])
      const found = withLabel ? [previous, node] : [node]
      for (const item of found) taken.add(item)
      findings.push({ nodes: found, reason })
    })
    for (const { lines, label } of phraseLineRuns(nodes, taken, context)) {
      findings.push({
        nodes: label ? [label, ...lines] : lines,
        reason: `lines of short ${phraseCase(lines.map(textOf))} phrases unrelated to the story`,
      })
    }
    return findings
  },
}

/**
 * Runs of two or more bare lines, each a short Title Case or lower-case phrase unrelated
 * to the story ("Best Hiking Boots", "Cheap Flights To Lisbon"): the same
 * lists without list markup (on a page, lines that are each one link, in
 * any case: "used cars near me"). Of two lines both must be unrelated, of more
 * at least half, and the run stands between prose or at the end, never at the top of a container; a
 * short label right before it goes with it. On an HTML page each line must
 * be a link: there, bare lines of Title Case are the story's subheadings
 * and captions far more often than a list. Only its last line may be a
 * heading (scraped text reads the line before prose as one): two headings
 * in a row are a section and its first subsection.
 */
function phraseLineRuns(
  nodes: readonly Element[],
  taken: ReadonlySet<Element>,
  context: RuleContext,
): Array<{ lines: Element[]; label: Element | undefined }> {
  const runs: Array<{ lines: Element[]; label: Element | undefined }> = []
  let run: Element[] = []
  const close = (end: number): void => {
    const start = end - run.length
    if (run.length >= minUnrelatedItems && start > 0) {
      const story = context.storyWords()
      const unrelated = run.filter((node) => !isRelatedToStory(textOf(node), story)).length
      // Two lines go only when neither is the story's; of more, half may
      // share its words by chance (a long story's vocabulary is wide).
      const share = run.length < minItems ? 1 : unrelatedRunShare
      if (story.size > 0 && unrelated / run.length >= share) {
        const previous = nodes[start - 1]
        const labelled = previous && !taken.has(previous) && isLabel(previous, nodes[start - 2])
        runs.push({ lines: run, label: labelled ? previous : undefined })
      }
    }
    run = []
  }
  const html = context.format === 'html'
  nodes.forEach((node, index) => {
    const last = run[run.length - 1]
    if (last && headingLevel(last) > 0) close(index)
    // On a page each line is one link: that, not its case, makes it a search term.
    if (!taken.has(node) && (!html || linkDensity(node) >= 0.9) && isPhraseLine(node, html))
      run.push(node)
    else close(index)
  })
  close(nodes.length)
  return runs
}

/** Why a list is a link list, or `undefined` when it is the story's own. */
function linkListReason(
  list: Element,
  previous: Element | undefined,
  context: RuleContext,
): string | undefined {
  const items = childElements(list).filter((item) => item.tagName === 'li')
  if (items.length < minUnrelatedItems) return undefined
  const texts = items.map(textOf)
  if (!items.every((item, index) => isLinkLikeItem(item, texts[index] ?? ''))) return undefined
  if (previous && introducesList(previous)) return undefined

  if (
    items.length >= minItems &&
    items.every((item) => linkDensity(item) >= 0.9) &&
    !linksWithinPage(items)
  ) {
    return 'list of short links'
  }
  if (previous && headingLevel(previous) > 0) return undefined
  if (context.format === 'html' && !items.every((item) => linkDensity(item) >= minLinkShare)) {
    return undefined
  }
  const phrased = texts.filter(isSearchPhraseCase).length
  if (phrased < texts.length * 0.8) return undefined
  // Quantities and figures ("350 g Zucker") make a data list, such as a
  // recipe's ingredients, whatever their case (German capitalises nouns).
  if (texts.some((text) => /^\d/.test(text))) return undefined
  const story = context.storyWords()
  if (story.size === 0) return undefined
  const unrelated = texts.filter((text) => !isRelatedToStory(text, story)).length
  // Two phrases go only when neither is the story's.
  const share = items.length < minItems ? 1 : unrelatedShare
  return unrelated / texts.length >= share
    ? `list of short ${phraseCase(texts)} phrases unrelated to the story`
    : undefined
}

/** How a list of search-like phrases is cased, for the removal's reason. */
function phraseCase(texts: readonly string[]): string {
  return texts.every(hasNoCapitals) ? 'lower-case' : 'Title Case'
}

/** Whether a list item is short and shaped like a link or headline, not a sentence. */
function isLinkLikeItem(item: Element, text: string): boolean {
  if (item.children.some((child) => isElement(child, listTags))) return false
  const count = wordCount(text)
  return count > 0 && count <= maxItemWords && (!endsWithPunctuation(text) || text.endsWith('?'))
}

/** Whether a block introduces the list after it ("You will need:"). */
function introducesList(node: Element): boolean {
  return node.tagName === 'p' && textOf(node).endsWith(':')
}

/** Whether every item links within the page (a table of contents, not a link list). */
function linksWithinPage(items: Element[]): boolean {
  return items.every((item) =>
    item.children.some(
      (child) =>
        isElement(child) &&
        child.tagName === 'a' &&
        String(child.properties.href ?? '').startsWith('#'),
    ),
  )
}

/** Whether a block is a short label for the list after it (not a heading of a real section). */
function isLabel(node: Element, beforeLabel: Element | undefined): boolean {
  if (node.tagName !== 'p' && headingLevel(node) === 0) return false
  const text = textOf(node)
  const count = wordCount(text)
  if (count === 0 || count > maxLabelWords || endsWithPunctuation(text)) return false
  // A label right after another heading would leave that heading empty; keep to simple cases.
  return !(beforeLabel && headingLevel(beforeLabel) > 0)
}
