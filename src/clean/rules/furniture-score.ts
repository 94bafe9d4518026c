import type { Element, Root } from 'hast'
import { endsLikeSentence, wordCount } from '../../shared/text-shape.js'
import { type BlockFeatures, blockFeatureNames, blockFeatures } from '../block-features.js'
import { headingLevel } from '../element.js'
import type { Prune, PruneResult, Rule, RuleContext } from '../rule.js'
import { type FurnitureModel, type FurnitureTree, furnitureModel } from './furniture-model.js'

/** Least probability of being furniture at which a block goes: more likely than not. */
const minFurnitureProbability = 0.5
/**
 * Least probability at which a block of prose goes (`minProseWords` words
 * or more, ending like a sentence): such blocks are story far more often
 * than the short lines the model mostly judges, and on pages it was not
 * trained on its doubtful calls on them take as much story as furniture.
 */
const minProseProbability = 0.7
/** Fewest words of a block of prose, for `minProseProbability`. */
const minProseWords = 30
/** A block holding this share of the page's block text or more is never removed alone. */
const maxBlockShare = 0.25
/** When the model would remove more than this share of the block text, it removes nothing. */
const maxRemovedShare = 0.5

/** The bounds of what `furniture-score` removes (the training script imitates them). */
export const furnitureGuards = {
  minProbability: minFurnitureProbability,
  minProseProbability,
  maxBlockShare,
  maxRemovedShare,
} as const

/**
 * Whether a block's text is prose that needs `minProseProbability` to go:
 * `minProseWords` words or more, ending like a sentence.
 */
export function isProseBlock(text: string): boolean {
  return endsLikeSentence(text) && wordCount(text) >= minProseWords
}

/**
 * After every other rule, scores each block of text that is left (a
 * paragraph, list item, heading or `<div>` of text holding no other block)
 * with a small model of page structure, and removes the blocks it finds more
 * likely furniture than story: the author box, disclaimer, testimonial or
 * teaser that survived the named rules because nothing marked it.
 *
 * The model (`furniture-model.ts`, boosted decision trees) was trained by
 * `scripts/train-furniture-model.js` on the tuning pages' ground truth and
 * reads only structure — length, sentence shape, link density, position,
 * class-name evidence on the way up, and whether the block shares the
 * container that holds most of the text (see `blockFeatureNames`) — never
 * the words, so what it learnt carries over to sites it never saw. Each
 * removal gives the probability and the features that weighed most.
 *
 * HTML pages only (plain text and Markdown have no structure to read). Never
 * judged: table cells, code, quotations, footnotes and the title. A block of
 * prose (thirty words or more, ending like a sentence) needs a probability of
 * 0.7, not 0.5. Never removed: a block holding a quarter of the page's text,
 * and a heading over a block that stays (it titles story); when the model
 * would take half the text or more, it takes nothing and warns
 * (`furnitureGuards`; the training script imitates all but the heading's
 * guard, which needs the page's tree).
 */
export const furnitureScore: Rule = {
  id: 'furniture-score',
  description:
    'Remove leftover blocks that a model of page structure scores as furniture rather than story (HTML only)',
  prune: (scope, context) => pruneWith(furnitureModel, scope, context),
}

/** The `furniture-score` rule running `model` (tests give it small models of their own). */
export function createFurnitureScore(model: FurnitureModel): Rule {
  return { ...furnitureScore, prune: (scope, context) => pruneWith(model, scope, context) }
}

/** What the rule removes from a cleaned page when it runs `model`. */
function pruneWith(
  model: FurnitureModel,
  scope: Root | Element,
  context: RuleContext,
): PruneResult {
  if (context.format !== 'html' || scope.type === 'root') return { prunes: [] }
  const blocks = blockFeatures(scope)
  let total = 0
  for (const block of blocks) total += block.size
  // Each block's probability of being furniture where it goes, 0 where it stays.
  const removal = blocks.map((block) => {
    if (!block.judged || block.size >= total * maxBlockShare) return 0
    const probability = furnitureProbability(model, block.values)
    if (probability < minFurnitureProbability) return 0
    return probability < minProseProbability && isProseBlock(block.text) ? 0 : probability
  })
  const prunes: Prune[] = []
  let removed = 0
  blocks.forEach((block, index) => {
    const probability = removal[index] ?? 0
    if (probability === 0 || titlesKeptBlock(blocks, removal, index)) return
    removed += block.size
    prunes.push({
      node: block.node,
      parent: block.parent,
      reason: reasonOf(model, probability, block.values),
    })
  })
  if (removed > total * maxRemovedShare) {
    return {
      prunes: [],
      warning: `Kept ${prunes.length} blocks scored as furniture: together they hold ${removed} of ${total} characters of text`,
    }
  }
  return { prunes }
}

/**
 * Whether the block at `index` is a heading over a block that stays: the
 * next block in reading order, wherever the page's wrappers put it, is one
 * the model keeps. A heading that titles story is story, however like
 * furniture it stands ("Step 2", "What it costs"); a heading over blocks
 * that go goes with them. `removal` holds each block's probability of
 * being furniture where the model takes it, 0 where it stays.
 */
function titlesKeptBlock(
  blocks: readonly BlockFeatures[],
  removal: readonly number[],
  index: number,
): boolean {
  const heading = blocks[index]
  return (
    heading !== undefined &&
    index + 1 < blocks.length &&
    headingLevel(heading.node) > 0 &&
    removal[index + 1] === 0
  )
}

/** The probability that a block is furniture: the trees' sum through the logistic function. */
function furnitureProbability(model: FurnitureModel, values: readonly number[]): number {
  let score = 0
  for (const tree of model.trees) {
    let node: FurnitureTree = tree
    while (typeof node !== 'number') node = (values[node[0]] ?? 0) <= node[1] ? node[2] : node[3]
    score += node
  }
  return 1 / (1 + Math.exp(-model.rate * score))
}

/**
 * Per feature, how much it moved a block's score towards furniture: the
 * change of node value at each split it decided, along the paths taken.
 * Only asked for the blocks that go, to explain them.
 */
function contributions(model: FurnitureModel, values: readonly number[]): number[] {
  const moved = new Array<number>(blockFeatureNames.length).fill(0)
  for (const tree of model.trees) {
    let node: FurnitureTree = tree
    while (typeof node !== 'number') {
      const [feature, threshold, low, high, value] = node
      const next: FurnitureTree = (values[feature] ?? 0) <= threshold ? low : high
      const nextValue = typeof next === 'number' ? next : next[4]
      moved[feature] = (moved[feature] ?? 0) + model.rate * (nextValue - value)
      node = next
    }
  }
  return moved
}

/** The reason of a removal: the probability and the two features that weighed most. */
function reasonOf(model: FurnitureModel, probability: number, values: readonly number[]): string {
  const strongest = contributions(model, values)
    .map((weight, feature) => ({ weight, name: blockFeatureNames[feature] }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map(({ name }) => name)
  const why = strongest.length > 0 ? `; mostly by ${strongest.join(' and ')}` : ''
  return `scored as page furniture (${Math.round(probability * 100)}%)${why}`
}
