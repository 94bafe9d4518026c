import type { Element, Root } from 'hast'
import { commaCount, endsLikeSentence, wordCount } from '../../shared/text-shape.js'
import {
  childElements,
  headingLevel,
  isArticleBody,
  isFootnotes,
  isParagraphBlock,
  isProtected,
  linkDensity,
  maxProseLinkDensity,
  minParagraphLength,
  nameTokens,
  textOf,
  textSize,
} from '../element.js'
import { negativeName, positiveName } from '../names.js'
import type { Prune, Rule } from '../rule.js'

/** Containers that can hold the article. */
const containerTags: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'main',
  'td',
  'body',
  'blockquote',
  'center',
  'font',
  'span',
])
/** Elements that say "this is the story". */
const storyTags: ReadonlySet<string> = new Set(['article', 'main'])

/** Least prose (non-space characters) that makes a sibling block part of the story. */
const minSiblingProse = 120
/** How many levels up a paragraph's score reaches. */
const maxAncestorLevels = 5
/**
 * A page with at least this much text (non-space characters) must keep at
 * least `minKeptShare` of it.
 */
const safetyTextLength = 850
const minKeptShare = 0.1

/**
 * Keeps only the article's container on a whole page: every block of text
 * adds a score to the containers above it (more for longer, comma-rich
 * paragraphs, less with each level), containers are weighed by their class
 * and id names and by how much of their text is links, and the best one
 * wins. Siblings of the winner that read like the story (long prose,
 * strong scores) join it, so a lead paragraph set apart is not lost; an
 * `<article>` or `<main>` around the winner is taken whole when the winner
 * is most of it.
 *
 * Nothing is removed from plain text or from fragments with no container,
 * nor when the choice would drop nearly all the text (a warning is given).
 */
export const mainContent: Rule = {
  id: 'main-content',
  description: 'Keep only the article’s container on a whole page (by text and link density)',
  prune(scope) {
    // Plain text and Markdown have no page around the story: their quotes
    // and tables are not containers to choose among.
    if (scope.type === 'root') return { prunes: [] }
    const { scores, parents, prose } = scoreContainers(scope)
    const ranked = [...scores].sort((a, b) => b[1] - a[1])
    const top = ranked[0]
    if (!top || top[0] === scope) return { prunes: [] }
    const best = outsideProtected(climb(top[0], ranked, scores, parents, scope), scope, parents)
    const bestScore = scores.get(best) ?? top[1]

    const chosen = widenToStory(best, scope, parents, prose)
    const keep = new Set<Element>([chosen])
    const parent = parents.get(chosen)
    if (parent) {
      const siblings = childElements(parent)
      for (const sibling of siblings) {
        if (
          sibling !== chosen &&
          isStorySibling(sibling, scores.get(sibling) ?? 0, bestScore, prose)
        ) {
          keep.add(sibling)
        }
      }
      // A heading between kept blocks titles the one after it.
      siblings.forEach((sibling, index) => {
        const next = siblings[index + 1]
        if (headingLevel(sibling) > 0 && next && keep.has(next)) keep.add(sibling)
      })
    }

    const total = textSize(scope)
    const kept = [...keep].reduce((sum, node) => sum + textSize(node), 0)
    if (total >= safetyTextLength && kept < total * minKeptShare) {
      return {
        prunes: [],
        warning: `Kept the whole page: the best container holds only ${kept} of ${total} non-space characters`,
      }
    }
    const beside = afterTheStory(best, chosen, parents, scores, bestScore, prose)
    const dropped = new Set(beside.map(({ node }) => node as Element))
    return {
      prunes: [
        ...outside(scope, keep, parents),
        ...beside,
        ...trailingBoilerplate(inDocumentOrder(keep, parent), dropped, parents),
      ],
    }
  },
}

/**
 * The kept blocks in reading order: a heading joins `keep` after the block
 * it titles, but it stands before it, and only what stands last can be
 * boilerplate after the story.
 */
function inDocumentOrder(
  keep: ReadonlySet<Element>,
  parent: Root | Element | undefined,
): ReadonlySet<Element> {
  if (!parent || keep.size < 2) return keep
  return new Set(childElements(parent).filter((child) => keep.has(child)))
}

/**
 * What stands after the best container inside the container it was widened
 * to and does not read like more of the story: an `<article>` or `<main>`
 * also holds the tags, author box, related cards and comments that follow
 * the body. Each level from the best container up is looked at; a block
 * after it stays only when a sibling of the chosen container would (strong
 * score, prose, footnotes), or when it is a heading of a block that stays.
 * What comes before the best container (title, standfirst, lead image)
 * stays.
 */
function afterTheStory(
  best: Element,
  chosen: Element,
  parents: ReadonlyMap<Element, Root | Element>,
  scores: ReadonlyMap<Element, number>,
  bestScore: number,
  prose: ReadonlyMap<Element, number>,
): Prune[] {
  const prunes: Prune[] = []
  for (let node = best; node !== chosen; ) {
    const parent = parents.get(node)
    if (parent?.type !== 'element') break
    const siblings = childElements(parent)
    const after = siblings.slice(siblings.indexOf(node) + 1)
    const stays = after.map(
      (sibling) =>
        isProtected(sibling) || isStorySibling(sibling, scores.get(sibling) ?? 0, bestScore, prose),
    )
    after.forEach((sibling, index) => {
      if (stays[index]) return
      if (headingLevel(sibling) > 0 && stays[index + 1]) return
      if (textSize(sibling) === 0) return
      prunes.push({ node: sibling, parent, reason: 'after the story, inside its container' })
    })
    node = parent
  }
  return prunes
}

/**
 * Score every container by the paragraphs inside it; note every element's parent on the way.
 *
 * The scoring is Mozilla Readability's (`_grabArticle` and `_initializeNode`
 * in `Readability.js`): a paragraph scores one, plus its commas, plus one
 * per hundred characters up to three, and passes that up five levels (its
 * parent all of it, its grandparent half, an ancestor `n` levels up
 * `1 / (3n)` of it, where Readability, counting the parent as level 0,
 * gives `1 / (3(n − 1))`); a container starts from its tag and its class and id names (`baseScore`,
 * with Readability's name patterns in `names.ts`) and its score is scaled
 * by the share of its text outside links.
 */
function scoreContainers(scope: Root | Element): {
  scores: Map<Element, number>
  parents: Map<Element, Root | Element>
  prose: Map<Element, number>
} {
  const raw = new Map<Element, number>()
  const parents = new Map<Element, Root | Element>()
  const prose = new Map<Element, number>()
  const path: Element[] = []

  const walk = (node: Root | Element): void => {
    for (const child of childElements(node)) {
      parents.set(child, node)
      path.push(child)
      if (isParagraphBlock(child)) {
        const text = textOf(child)
        if (text.length >= minParagraphLength) {
          if (linkDensity(child) < maxProseLinkDensity) {
            const size = textSize(child)
            for (const ancestor of path) prose.set(ancestor, (prose.get(ancestor) ?? 0) + size)
          }
          const score = 1 + commaCount(text) + Math.min(Math.floor(text.length / 100), 3)
          for (let level = 1; level <= maxAncestorLevels; level++) {
            const ancestor = path[path.length - 1 - level]
            if (!ancestor) break
            const divider = level === 1 ? 1 : level === 2 ? 2 : level * 3
            raw.set(ancestor, (raw.get(ancestor) ?? baseScore(ancestor)) + score / divider)
          }
        }
      }
      // Blocks the depth limit made are no evidence of where the story is.
      if (!child.data?.flattened) walk(child)
      path.pop()
    }
  }
  walk(scope)

  const scores = new Map<Element, number>()
  for (const [node, score] of raw) {
    if (!containerTags.has(node.tagName)) continue
    scores.set(node, score * (1 - linkDensity(node)))
  }
  return { scores, parents, prose }
}

/** A container's score before any paragraph: its tag and its names. */
function baseScore(node: Element): number {
  let score = 0
  if (node.tagName === 'div' || node.tagName === 'article') score += 5
  else if (node.tagName === 'pre' || node.tagName === 'td' || node.tagName === 'blockquote')
    score += 3
  else if (headingLevel(node) > 0) score -= 5
  const names = nameTokens(node)
  if (positiveName.test(names)) score += 25
  if (negativeName.test(names)) score -= 25
  if (isArticleBody(node)) score += 50
  return score
}

/**
 * Move from the best-scoring container to the one that holds the whole story:
 *
 * - when three or more other strong candidates (three quarters of the best
 *   score) sit under one ancestor of the best, the story is split across
 *   them and that ancestor is the container;
 * - then go up while a parent scores higher than its child (its other
 *   children add story), stopping where scores fall below a third.
 */
function climb(
  start: Element,
  ranked: ReadonlyArray<[Element, number]>,
  scores: ReadonlyMap<Element, number>,
  parents: ReadonlyMap<Element, Root | Element>,
  scope: Root | Element,
): Element {
  let best = start
  const bestScore = scores.get(start) ?? 0
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, score]) => score >= bestScore * 0.75)
    .map(([node]) => node)
  if (alternatives.length >= 3) {
    for (
      let parent = parents.get(best);
      parent && parent !== scope;
      parent = parents.get(parent as Element)
    ) {
      const container = parent
      const inside = alternatives.filter((node) => isInside(node, container, parents)).length
      if (inside >= 3) {
        best = container as Element
        break
      }
    }
  }

  let lastScore = scores.get(best) ?? bestScore
  const floor = lastScore / 3
  for (
    let parent = parents.get(best);
    parent && parent !== scope;
    parent = parents.get(parent as Element)
  ) {
    const score = scores.get(parent as Element)
    if (score === undefined) continue
    if (score < floor) break
    if (score > lastScore) {
      best = parent as Element
      break
    }
    lastScore = score
  }
  return best
}

/**
 * The outermost element around a container that no rule may cut into (a
 * data table, a quotation, code, footnotes), or the container itself: the
 * story is never a cell of a data table with the rest of the table removed.
 */
function outsideProtected(
  node: Element,
  scope: Root | Element,
  parents: ReadonlyMap<Element, Root | Element>,
): Element {
  let result = node
  for (
    let parent = parents.get(node);
    parent && parent !== scope && parent.type === 'element';
    parent = parents.get(parent)
  ) {
    if (isProtected(parent)) result = parent
  }
  return result
}

/** Whether `node` is inside `container`. */
function isInside(
  node: Element,
  container: Root | Element,
  parents: ReadonlyMap<Element, Root | Element>,
): boolean {
  for (let parent = parents.get(node); parent; parent = parents.get(parent as Element)) {
    if (parent === container) return true
    if (parent.type === 'root') return false
  }
  return false
}

/**
 * Widen the winner to the container that holds all of the story's prose:
 * go up while the parent holds clearly more prose and is still mostly prose
 * with few links (the story's other sections, not a sidebar); an enclosing
 * `<article>`, `<main>` or article body is taken when it is mostly prose.
 */
function widenToStory(
  best: Element,
  scope: Root | Element,
  parents: ReadonlyMap<Element, Root | Element>,
  prose: ReadonlyMap<Element, number>,
): Element {
  let chosen = best
  for (
    let parent = parents.get(best);
    parent && parent !== scope && parent.type === 'element';
    parent = parents.get(parent)
  ) {
    const parentProse = prose.get(parent) ?? 0
    const proseShare = parentProse / Math.max(textSize(parent), 1)
    const density = linkDensity(parent)
    if (storyTags.has(parent.tagName) || isArticleBody(parent)) {
      return proseShare >= 0.4 && density < 0.35 ? parent : chosen
    }
    if (parentProse >= (prose.get(chosen) ?? 0) * 1.25 && proseShare >= 0.6 && density < 0.25) {
      chosen = parent
    }
  }
  return chosen
}

/** Whether a sibling of the winner belongs to the story too. */
function isStorySibling(
  node: Element,
  score: number,
  bestScore: number,
  prose: ReadonlyMap<Element, number>,
): boolean {
  if (score >= Math.max(10, bestScore * 0.2) || isFootnotes(node)) return true
  // A block of prose paragraphs: another part of a story split into sections.
  const proseLength = prose.get(node) ?? 0
  if (
    proseLength >= minSiblingProse &&
    proseLength >= textSize(node) * 0.5 &&
    linkDensity(node) < maxProseLinkDensity
  ) {
    return true
  }
  if (node.tagName !== 'p') return false
  const text = textOf(node)
  const density = linkDensity(node)
  if (text.length > 80) return density < 0.25
  return density === 0 && /[.!?…。]["'”’»)]*$/u.test(text)
}

/** Everything in the scope outside the kept elements, as removals. */
function outside(
  scope: Root | Element,
  keep: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
): Prune[] {
  const onPath = new Set<Root | Element>()
  for (const node of keep) {
    for (
      let parent = parents.get(node);
      parent && !onPath.has(parent);
      parent = parents.get(parent as Element)
    ) {
      onPath.add(parent)
      if (parent === scope) break
    }
  }
  const prunes: Prune[] = []
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (keep.has(child)) continue
        if (onPath.has(child)) walk(child)
        else prunes.push({ node: child, parent, reason: 'outside the main content' })
      } else if (child.type === 'text' && child.value.trim() !== '') {
        prunes.push({ node: child, parent, reason: 'outside the main content' })
      }
    }
  }
  walk(scope)
  return prunes
}

/** Blocks that end a story's content in reading order. */
const leafTags: ReadonlySet<string> = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'span',
  'a',
])
/** Most words of a trailing line that is taken for boilerplate. */
const maxTrailingWords = 8

/**
 * The boilerplate at the end of the kept content: the run of last blocks,
 * in reading order, that are mostly links or short lines that are not
 * sentences ("Categories", "How It Works", "Top 100"). The run stops at the
 * first block of prose, and at anything protected (a table, a quotation,
 * code, footnotes); a run that would take half of what was kept or more
 * is taken for the story and left.
 */
function trailingBoilerplate(
  keep: ReadonlySet<Element>,
  dropped: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
): Prune[] {
  const leaves: Element[] = []
  const collect = (node: Element): void => {
    if (dropped.has(node)) return
    if (isProtected(node)) {
      leaves.push(node)
      return
    }
    const children = childElements(node)
    const hasText = node.children.some(
      (child) => child.type === 'text' && child.value.trim() !== '',
    )
    if (leafTags.has(node.tagName) || hasText || children.length === 0) {
      if (textOf(node)) leaves.push(node)
      return
    }
    for (const child of children) collect(child)
  }
  for (const node of keep) collect(node)

  let first = leaves.length
  while (first > 0) {
    const leaf = leaves[first - 1] as Element
    if (isProtected(leaf) || !isTrailingBoilerplate(leaf)) break
    first--
  }
  // Most of what was kept is the story, however it is linked or laid out:
  // a run that long is not what follows it.
  const kept = [...keep].reduce((sum, node) => sum + textSize(node), 0)
  const run = leaves.slice(first).reduce((sum, node) => sum + textSize(node), 0)
  if (run * 2 > kept) return []
  const prunes: Prune[] = []
  for (const node of wholest(leaves.slice(first), keep, parents)) {
    const parent = parents.get(node)
    if (parent) prunes.push({ node, parent, reason: 'boilerplate after the end of the story' })
  }
  return prunes
}

/**
 * The largest elements made only of some leaves, in reading order: a list
 * whose items are all boilerplate is one removal, not one per item (and a
 * list of 100,000 such items costs one, not 100,000). Kept containers are
 * never taken whole.
 */
function wholest(
  leaves: readonly Element[],
  keep: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
): Element[] {
  const covered = new Set<Element>(leaves)
  const coveredChildren = new Map<Element, number>()
  const textParts = new Map<Element, number>()
  const queue = [...leaves]
  for (let index = 0; index < queue.length; index++) {
    const node = queue[index] as Element
    if (keep.has(node)) continue
    const parent = parents.get(node)
    if (parent?.type !== 'element' || keep.has(parent)) continue
    let parts = textParts.get(parent)
    if (parts === undefined) {
      parts = partsWithText(parent)
      textParts.set(parent, parts)
    }
    const count = (coveredChildren.get(parent) ?? 0) + 1
    coveredChildren.set(parent, count)
    if (count === parts) {
      covered.add(parent)
      queue.push(parent)
    }
  }
  const found: Element[] = []
  const seen = new Set<Element>()
  for (const leaf of leaves) {
    let top = leaf
    for (
      let parent = parents.get(top);
      parent?.type === 'element' && covered.has(parent);
      parent = parents.get(top)
    ) {
      top = parent
    }
    if (!seen.has(top)) {
      seen.add(top)
      found.push(top)
    }
  }
  return found
}

/** How many children of an element hold text: elements with some, and text that is not blank. */
function partsWithText(node: Element): number {
  let count = 0
  for (const child of node.children) {
    if (
      child.type === 'element'
        ? textSize(child) > 0
        : child.type === 'text' && child.value.trim() !== ''
    )
      count++
  }
  return count
}

/** Whether a block reads like navigation or a label rather than the story. */
function isTrailingBoilerplate(node: Element): boolean {
  const text = textOf(node)
  if (linkDensity(node) >= 0.5) return true
  return wordCount(text) <= maxTrailingWords && !endsLikeSentence(text)
}
