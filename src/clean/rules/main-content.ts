import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { listTags } from '../../shared/tag-names.js'
import { commaCount, wordCount } from '../../shared/text-shape.js'
import {
  childElements,
  headingLevel,
  isArticleBody,
  isFootnotes,
  isHeadingBlock,
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
/**
 * Least prose a block of prose after the chosen container needs, as a
 * share of the container's, to join it: the parts of a story split into
 * blocks are of a size with each other, while the author box, the company
 * blurb or the "why choose us" panel after a long story is a small
 * fraction of it.
 */
const minSiblingProseShare = 0.1
/**
 * Most blocks after a part of the story that can be boxes beside it: more
 * than that, they are the story running on in blocks.
 */
const maxBoxesAfter = 2
/** Most prose a box beside the story holds, as a share of the story part's before it. */
const maxBoxProseShare = 0.5
/**
 * Fewest words of text written straight into the element that holds the
 * kept blocks, with no element of its own, for it to stay with them: a
 * sentence of the story between its blocks, not a separator or a label.
 */
const minLooseTextWords = 10
/** How many levels up a paragraph's score reaches. */
const maxAncestorLevels = 5
/**
 * A page with at least this much text (non-space characters) must keep at
 * least `minKeptShare` of it.
 */
const safetyTextLength = 850
const minKeptShare = 0.1
/**
 * How many times the kept blocks' prose a block elsewhere must hold for the
 * story to be chosen again from it (`largerProseElsewhere`), and the least
 * prose it needs.
 */
const minProseElsewhereRatio = 2
const minProseElsewhere = 500
/** Most link density of that block: mostly prose with few links, as when widening. */
const maxElsewhereLinkDensity = 0.25
/** How many levels above the chosen container's parent a standfirst is looked for. */
const standfirstLevels = 2
/** Fewest and most non-space characters of a standfirst. */
const minStandfirst = 60
const maxStandfirst = 600
/** Most link density of a standfirst: a summary, not a teaser. */
const maxStandfirstLinkDensity = 0.1

/**
 * Keeps only the article's container on a whole page: every block of text
 * adds a score to the containers above it (more for longer, comma-rich
 * paragraphs, less with each level), containers are weighed by their class
 * and id names and by how much of their text is links, and the best one
 * wins. Siblings of the winner that read like the story (long prose,
 * strong scores) join it, so a lead paragraph set apart is not lost (a
 * block beside the story is read with its list items of prose as prose:
 * stories set out steps and key points as lists; after the story, a block
 * of prose joins only when it holds a tenth of the story's prose: smaller,
 * it is a box beside it; one or two blocks after it made unlike it, with
 * less than half its prose, are boxes too); a block named as a sidebar,
 * comments or related posts joins by its score only, not by its prose; an
 * `<article>` or `<main>` around the winner is taken whole when the winner
 * is most of it. When a block elsewhere on the page, with few links and not
 * named as a sidebar or comments, holds twice the kept blocks' prose (a
 * comma-rich notice outscored a story in plain sentences), the choice is made
 * again from that block. A short paragraph of prose just before the story's
 * container, a level or two above it (the standfirst in a header block of
 * its own), stays too, and so does a sentence or more written straight into
 * the element that holds the kept blocks, in no element of its own.
 *
 * Nothing is removed from plain text or from fragments with no container,
 * nor when the choice would drop nearly all the text (a warning is given).
 * The short lines that end the kept container are `trailing-boilerplate`'s
 * to remove.
 */
export const mainContent: Rule = {
  id: 'main-content',
  description: 'Keep only the article’s container on a whole page (by text and link density)',
  prune(scope, context) {
    // A file cleaned again must not carry the choice made on its first pass.
    keptContent.delete(context.file)
    // Plain text and Markdown have no page around the story: their quotes
    // and tables are not containers to choose among.
    if (scope.type === 'root') return { prunes: [] }
    const measures = scoreContainers(scope)
    const { scores, parents, prose } = measures
    const ranked = [...scores].sort((a, b) => b[1] - a[1])
    const top = ranked[0]
    if (!top || top[0] === scope) return { prunes: [] }
    let selection = selectStory(top[0], top[1], ranked, measures, scope)
    const total = textSize(scope)
    const isWholePage = (kept: ReadonlySet<Element>): boolean =>
      total >= safetyTextLength && sizeOf(kept) < total * minKeptShare
    // Made again from a larger body of prose elsewhere on the page, unless
    // the first choice is so small that the whole page is kept anyway.
    const elsewhere = isWholePage(selection.keep)
      ? undefined
      : largerProseElsewhere(selection.keep, prose, parents, scope)
    const restart =
      elsewhere && ranked.find(([node]) => node === elsewhere || isInside(node, elsewhere, parents))
    if (restart) selection = selectStory(restart[0], restart[1], ranked, measures, scope)
    const { best, bestScore, chosen, keep, parent } = selection

    if (isWholePage(keep)) {
      return {
        prunes: [],
        warning: `Kept the whole page: the best container holds only ${sizeOf(keep)} of ${total} non-space characters`,
      }
    }
    if (parent) keptContent.set(context.file, { parent, blocks: inDocumentOrder(keep, parent) })
    return {
      prunes: [
        ...outside(
          scope,
          new Set([...keep, ...standfirstsBefore(chosen, parents, prose, scope)]),
          parents,
          parent,
        ),
        ...afterTheStory(best, chosen, measures, bestScore),
      ],
    }
  },
}

/** What `main-content` measures of a page before it chooses. */
interface PageMeasures {
  /** Each container's score. */
  readonly scores: ReadonlyMap<Element, number>
  /** Each element's parent. */
  readonly parents: ReadonlyMap<Element, Root | Element>
  /** Each element's prose: the non-space characters of the paragraphs of prose in it. */
  readonly prose: ReadonlyMap<Element, number>
  /**
   * Its prose with the list items of prose in it as well: what a block
   * beside the story is judged by, as stories set their steps, pros and
   * cons or key points out as lists, while the text of a widget (labels,
   * buttons, menus) is in neither paragraphs nor list items. Choosing and
   * widening the container go by paragraphs alone: lists of teasers with
   * blurbs read as prose too.
   */
  readonly proseWithItems: ReadonlyMap<Element, number>
}

/** What `main-content` chooses from one starting container. */
interface Selection {
  /** The best container after climbing (where the story's score is). */
  readonly best: Element
  /** Its score. */
  readonly bestScore: number
  /** The container widened to hold all of the story's prose. */
  readonly chosen: Element
  /** The chosen container and the siblings that join it. */
  readonly keep: ReadonlySet<Element>
  /** Their parent. */
  readonly parent: Root | Element | undefined
}

/**
 * Choose the story starting from `top`: climb to the container that holds
 * the whole story, widen it, and let the siblings that read like the story
 * join it.
 */
function selectStory(
  top: Element,
  topScore: number,
  ranked: ReadonlyArray<[Element, number]>,
  measures: PageMeasures,
  scope: Root | Element,
): Selection {
  const { scores, parents, prose, proseWithItems } = measures
  const best = outsideProtected(climb(top, ranked, scores, parents, scope), scope, parents)
  const bestScore = scores.get(best) ?? topScore

  const chosen = widenToStory(best, scope, parents, prose)
  const keep = new Set<Element>([chosen])
  const parent = parents.get(chosen)
  if (parent) {
    const siblings = childElements(parent)
    const chosenIndex = siblings.indexOf(chosen)
    const minProseAfter = (prose.get(chosen) ?? 0) * minSiblingProseShare
    siblings.forEach((sibling, index) => {
      // The standfirst and lead set apart before the body are short; what
      // is short beside the story after it is a box.
      const minProse = index > chosenIndex ? minProseAfter : 0
      if (
        sibling !== chosen &&
        isStorySibling(
          sibling,
          chosen,
          scores.get(sibling) ?? 0,
          bestScore,
          proseWithItems,
          minProse,
        )
      ) {
        keep.add(sibling)
      }
    })
    const keptAfter = siblings.slice(chosenIndex + 1).filter((sibling) => keep.has(sibling))
    for (const box of boxesAfter(chosen, keptAfter, proseWithItems)) keep.delete(box)
    // A heading (or a wrapper of one alone) before a kept block titles it.
    siblings.forEach((sibling, index) => {
      const next = siblings[index + 1]
      if (isHeadingBlock(sibling) && next && keep.has(next)) keep.add(sibling)
    })
  }
  return { best, bestScore, chosen, keep, parent }
}

/**
 * The standfirst set apart before the story a level or two above its
 * container (page templates put the headline and the summary under it in
 * a header block of their own): at each of `standfirstLevels` levels
 * above the chosen container's parent, the nearest block with text before
 * it, when that block is a short paragraph of prose.
 */
function standfirstsBefore(
  chosen: Element,
  parents: ReadonlyMap<Element, Root | Element>,
  prose: ReadonlyMap<Element, number>,
  scope: Root | Element,
): Element[] {
  const found: Element[] = []
  let node = parents.get(chosen)
  for (let level = 0; level < standfirstLevels && node?.type === 'element'; level++) {
    const up = parents.get(node)
    if (!up || up === scope || up.type !== 'element') break
    const siblings = childElements(up)
    const before = siblings
      .slice(0, siblings.indexOf(node))
      .reverse()
      .find((sibling) => textSize(sibling) > 0)
    if (before && isStandfirst(before, prose)) found.push(before)
    node = up
  }
  return found
}

/**
 * Whether a block reads like a standfirst: one short stretch of prose
 * (`minStandfirst` to `maxStandfirst` characters, nearly all of it in
 * paragraphs), almost no links, not a heading, not named as furniture.
 */
function isStandfirst(node: Element, prose: ReadonlyMap<Element, number>): boolean {
  const size = textSize(node)
  return (
    size >= minStandfirst &&
    size <= maxStandfirst &&
    headingLevel(node) === 0 &&
    (prose.get(node) ?? 0) >= size * 0.8 &&
    linkDensity(node) < maxStandfirstLinkDensity &&
    !negativeName.test(nameTokens(node))
  )
}

/** Non-space characters of the text of `nodes`. */
function sizeOf(nodes: ReadonlySet<Element>): number {
  let size = 0
  for (const node of nodes) size += textSize(node)
  return size
}

/**
 * A block elsewhere on the page (neither around nor inside the kept
 * blocks) holding `minProseElsewhereRatio` times their prose or more, with
 * few links and not named as what stands around a story; the largest such
 * block, if any. The scores favour short, comma-rich paragraphs, so a
 * notice (an outdated-browser warning, a site blurb) can outscore a story
 * written in plain sentences; a body of prose that large elsewhere says the
 * choice went wrong. Trafilatura checks its choice against a second
 * extraction in the same spirit.
 */
function largerProseElsewhere(
  keep: ReadonlySet<Element>,
  prose: ReadonlyMap<Element, number>,
  parents: ReadonlyMap<Element, Root | Element>,
  scope: Root | Element,
): Element | undefined {
  let keptProse = 0
  for (const node of keep) keptProse += prose.get(node) ?? 0
  const around = ancestorsOf(keep, parents, scope)
  const least = Math.max(minProseElsewhere, keptProse * minProseElsewhereRatio)
  // The largest body of prose; of a block and the wrappers around only it,
  // the innermost (the map lists ancestors first), whose names say most.
  let largest: Element | undefined
  let largestProse = 0
  for (const [node, size] of prose) {
    if (size < least || size < largestProse || around.has(node) || keep.has(node)) continue
    if ([...keep].some((kept) => isInside(node, kept, parents))) continue
    largest = node
    largestProse = size
  }
  if (!largest || linkDensity(largest) >= maxElsewhereLinkDensity) return undefined
  // Named as a sidebar or comments, itself or a wrapper around only it.
  for (
    let node: Root | Element | undefined = largest;
    node?.type === 'element' && prose.get(node) === largestProse;
    node = parents.get(node)
  ) {
    if (negativeName.test(nameTokens(node))) return undefined
  }
  return largest
}

/** What `main-content` kept of a page: blocks side by side in one container. */
export interface KeptContent {
  /** The container that holds the kept blocks (all else in it was removed). */
  readonly parent: Root | Element
  /** The kept blocks, in reading order. */
  readonly blocks: readonly Element[]
}

/**
 * What `main-content` kept, by the file being cleaned: the rules asked after
 * it (`trailing-boilerplate`) act on the story's container only when one
 * was chosen. Keyed by the file, it lasts as long as the page.
 */
const keptContent = new WeakMap<VFile, KeptContent>()

/**
 * What `main-content` kept of the page in `file`, or `undefined` when it
 * chose no container there (it was off, the input had no containers, or it
 * held back).
 */
export function keptByMainContent(file: VFile): KeptContent | undefined {
  return keptContent.get(file)
}

/**
 * The kept blocks in reading order: a heading joins `keep` after the block
 * it titles, but it stands before it.
 */
function inDocumentOrder(keep: ReadonlySet<Element>, parent: Root | Element): Element[] {
  return childElements(parent).filter((child) => keep.has(child))
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
  measures: PageMeasures,
  bestScore: number,
): Prune[] {
  const { parents, scores, proseWithItems: prose } = measures
  const prunes: Prune[] = []
  for (let node = best; node !== chosen; ) {
    const parent = parents.get(node)
    if (parent?.type !== 'element') break
    const siblings = childElements(parent)
    const after = siblings.slice(siblings.indexOf(node) + 1)
    // Measured against the story up to this level, as siblings of the chosen container are.
    const stays = after.map(
      (sibling) =>
        isProtected(sibling) ||
        isStorySibling(
          sibling,
          node,
          scores.get(sibling) ?? 0,
          bestScore,
          prose,
          (prose.get(node) ?? 0) * minSiblingProseShare,
        ),
    )
    const boxes = boxesAfter(
      node,
      after.filter((_, index) => stays[index]),
      prose,
    )
    after.forEach((sibling, index) => {
      if (boxes.has(sibling)) stays[index] = false
    })
    after.forEach((sibling, index) => {
      if (stays[index]) return
      if (isHeadingBlock(sibling) && stays[index + 1]) return
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
function scoreContainers(scope: Root | Element): PageMeasures {
  const raw = new Map<Element, number>()
  const parents = new Map<Element, Root | Element>()
  const prose = new Map<Element, number>()
  const itemProse = new Map<Element, number>()
  const path: Element[] = []

  const walk = (node: Root | Element): void => {
    for (const child of childElements(node)) {
      parents.set(child, node)
      path.push(child)
      if (isProseItem(child)) {
        const size = textSize(child)
        for (const ancestor of path) itemProse.set(ancestor, (itemProse.get(ancestor) ?? 0) + size)
      }
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
  const proseWithItems = new Map(prose)
  for (const [node, size] of itemProse) {
    proseWithItems.set(node, (proseWithItems.get(node) ?? 0) + size)
  }
  return { scores, parents, prose, proseWithItems }
}

/**
 * Whether an element is a list item of prose: `minParagraphLength`
 * characters or more, few links, and no paragraph or list of its own
 * (those are counted themselves).
 */
function isProseItem(node: Element): boolean {
  return (
    node.tagName === 'li' &&
    !childElements(node).some((child) => isParagraphBlock(child) || listTags.has(child.tagName)) &&
    textOf(node).length >= minParagraphLength &&
    linkDensity(node) < maxProseLinkDensity
  )
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

/**
 * Whether a sibling of the winner belongs to the story too.
 *
 * @param part The part of the story it stands beside.
 * @param minProse Least prose that makes a block of prose paragraphs join
 *   (besides `minSiblingProse`).
 */
function isStorySibling(
  node: Element,
  part: Element,
  score: number,
  bestScore: number,
  prose: ReadonlyMap<Element, number>,
  minProse = 0,
): boolean {
  if (score >= Math.max(10, bestScore * 0.2) || isFootnotes(node)) return true
  // A block of prose paragraphs: another part of a story split into sections.
  // One named as what stands around a story (a sidebar, comments, related
  // posts) is that, however much prose it holds.
  const proseLength = prose.get(node) ?? 0
  if (
    !isNamedAroundStory(node, part) &&
    proseLength >= Math.max(minSiblingProse, minProse) &&
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

/**
 * Whether a block's own names say it stands around the story (a sidebar,
 * comments, related posts) and none say it is the story. Class names it
 * shares with the part of the story beside it say nothing: site builders
 * give every block of a page the same wrapper names.
 */
function isNamedAroundStory(node: Element, part: Element): boolean {
  const partClasses = classNames(part)
  const own = [...classNames(node)].filter((name) => !partClasses.has(name))
  const id = node.properties.id
  const names = `${own.join(' ')} ${typeof id === 'string' ? id : ''}`.toLowerCase()
  return negativeName.test(names) && !positiveName.test(names)
}

/**
 * The blocks after a part of the story that are boxes beside it, though
 * they hold prose: a story split into blocks makes them alike (the same
 * classes), and runs on in them, while the box after it — the republishing
 * terms, the questions about the service, the company blurb — stands alone,
 * made differently, and is smaller than the part before it.
 *
 * @param part The part of the story (the best container, or a container
 *   around it).
 * @param after The blocks after `part` that would stay with it, in order.
 */
function boxesAfter(
  part: Element,
  after: readonly Element[],
  prose: ReadonlyMap<Element, number>,
): Set<Element> {
  const boxes = new Set<Element>()
  const blocks = after.filter((block) => headingLevel(block) === 0 && textSize(block) > 0)
  if (blocks.length === 0 || blocks.length > maxBoxesAfter) return boxes
  const maxBoxProse = (prose.get(part) ?? 0) * maxBoxProseShare
  for (const block of blocks) {
    if (isProtected(block) || isAlike(block, part)) continue
    if ((prose.get(block) ?? 0) < maxBoxProse) boxes.add(block)
  }
  return boxes
}

/**
 * Whether two elements are made alike: at least half of their class names
 * in common (or no class names on either).
 */
function isAlike(one: Element, other: Element): boolean {
  const first = classNames(one)
  const second = classNames(other)
  if (first.size === 0 && second.size === 0) return true
  let shared = 0
  for (const name of first) if (second.has(name)) shared++
  return shared / (first.size + second.size - shared) >= 0.5
}

/** An element's class names. */
function classNames(node: Element): Set<string> {
  const className = node.properties.className
  return new Set(Array.isArray(className) ? className.map(String) : [])
}

/** The elements around `nodes`, up to and with `scope`. */
function ancestorsOf(
  nodes: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
  scope: Root | Element,
): Set<Root | Element> {
  const ancestors = new Set<Root | Element>()
  for (const node of nodes) {
    for (
      let parent = parents.get(node);
      parent && !ancestors.has(parent);
      parent = parents.get(parent as Element)
    ) {
      ancestors.add(parent)
      if (parent === scope) break
    }
  }
  return ancestors
}

/**
 * Everything in the scope outside the kept elements, as removals, but for
 * text of `minLooseTextWords` words or more written straight into
 * `keptParent`, the element that holds the kept blocks.
 */
function outside(
  scope: Root | Element,
  keep: ReadonlySet<Element>,
  parents: ReadonlyMap<Element, Root | Element>,
  keptParent?: Root | Element,
): Prune[] {
  const onPath = ancestorsOf(keep, parents, scope)
  const prunes: Prune[] = []
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (keep.has(child)) continue
        if (onPath.has(child)) walk(child)
        else prunes.push({ node: child, parent, reason: 'outside the main content' })
      } else if (child.type === 'text' && child.value.trim() !== '') {
        if (parent === keptParent && wordCount(child.value) >= minLooseTextWords) continue
        prunes.push({ node: child, parent, reason: 'outside the main content' })
      }
    }
  }
  walk(scope)
  return prunes
}
