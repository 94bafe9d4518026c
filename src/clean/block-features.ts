import type { Element, Root } from 'hast'
import { featureBlockTags, featureLeafTags } from '../shared/tag-names.js'
import { commaCount, endsLikeSentence, wordCount } from '../shared/text-shape.js'
import { headingLevel, isProtected, linkDensity, nameTokens, textOf, textSize } from './element.js'
import { negativeName, positiveName } from './names.js'

/**
 * The structural features `furniture-score` judges a block by, in the order
 * of `BlockFeatures.values`. They describe where a block stands and what
 * it is made of — never what it says — so that what was learnt on some
 * sites carries over to others.
 */
export const blockFeatureNames = [
  'words (log)',
  'ends like a sentence',
  'commas per word',
  'link density',
  'link density of its container',
  'text before it (share of the page)',
  'inside a container named like furniture',
  'inside a container named like the story',
  'inside <article> or <main>',
  'inside a list',
  'inside a table',
  'named like furniture itself',
  'elements beside it (log)',
  'depth',
  'its container’s share of the page (root)',
  'is a paragraph',
  'is a list item',
  'is a heading',
  'is a table cell',
  'is a <div> of text',
  'shares the container of most text',
  'shares the grandparent of most text',
  'shares the great-grandparent of most text',
  'its container’s share of block text',
  'its grandparent’s share of block text',
  'share of the page’s text in sentences',
] as const

/** A block of text (an element holding no other block) and its features. */
export interface BlockFeatures {
  /** The block. */
  node: Element
  /** The element it stands in. */
  parent: Root | Element
  /** Non-space characters of its text. */
  size: number
  /** Its text, whitespace collapsed. */
  text: string
  /** One number per name in `blockFeatureNames`. */
  values: number[]
  /**
   * Whether the block may be judged on its own: not a cell of a table nor
   * inside code, a quotation or footnotes, whose parts only make sense together.
   */
  judged: boolean
}

/** What the ancestors of a node say about it, passed down the walk. */
interface Surroundings {
  negative: boolean
  positive: boolean
  story: boolean
  list: boolean
  table: boolean
  protected: boolean
}

/** A leaf block before the page-level features are known. */
interface Found {
  node: Element
  /** The parent, grandparent and great-grandparent (fewer near the top), outermost first. */
  path: Array<Root | Element>
  /** How many elements enclose it, from the scope down. */
  depth: number
  size: number
  text: string
  before: number
  surroundings: Surroundings
}

/**
 * The leaf blocks of a cleaned page, in document order, with their features.
 * Measures `textSize` and `linkDensity`, so it is cheap inside `withMeasures`.
 */
export function blockFeatures(scope: Root | Element): BlockFeatures[] {
  const found: Found[] = []
  const total = Math.max(textSize(scope), 1)
  let before = 0
  const path: Array<Root | Element> = [scope]
  const rootSurroundings: Surroundings = {
    negative: false,
    positive: false,
    story: false,
    list: false,
    table: false,
    protected: false,
  }

  /** Walk a container; returns whether it holds a block element. */
  const walk = (node: Root | Element, surroundings: Surroundings): boolean => {
    let holdsBlock = false
    for (const child of node.children) {
      if (child.type !== 'element') continue
      path.push(child)
      const childHoldsBlock = walk(child, surroundingsInside(child, surroundings))
      path.pop()
      if (featureBlockTags.has(child.tagName)) holdsBlock = true
      if (childHoldsBlock) {
        holdsBlock = true
        continue
      }
      const size = textSize(child)
      if (!featureLeafTags.has(child.tagName) || size === 0) continue
      found.push({
        node: child,
        path: path.slice(-3),
        depth: path.length,
        size,
        text: textOf(child),
        before,
        surroundings,
      })
      before += size
    }
    return holdsBlock
  }
  walk(scope, rootSurroundings)

  // Where most of the text stands: the container, grandparent and
  // great-grandparent that hold the most block text.
  const shares = [
    new Map<unknown, number>(),
    new Map<unknown, number>(),
    new Map<unknown, number>(),
  ]
  let blockText = 0
  let sentenceText = 0
  for (const block of found) {
    blockText += block.size
    if (endsLikeSentence(block.text)) sentenceText += block.size
    shares.forEach((share, level) => {
      const key = ancestorAt(block.path, level)
      share.set(key, (share.get(key) ?? 0) + block.size)
    })
  }
  const mains = shares.map((share) => largest(share))
  // Counted once per container: a list of 100,000 items must not cost their square.
  const counts = new Map<Root | Element, number>()
  const elementCount = (node: Root | Element): number => {
    let count = counts.get(node)
    if (count === undefined) {
      count = 0
      for (const child of node.children) if (child.type === 'element') count++
      counts.set(node, count)
    }
    return count
  }
  const perText = (value: number) => value / Math.max(blockText, 1)

  return found.map((block) => {
    const { node, path: blockPath, depth, size, text, surroundings } = block
    const parent = blockPath[blockPath.length - 1] as Root | Element
    const words = wordCount(text)
    const level = headingLevel(node)
    const values = [
      Math.log1p(words),
      endsLikeSentence(text) ? 1 : 0,
      Math.min((commaCount(text) / Math.max(words, 1)) * 10, 3),
      linkDensity(node),
      parent.type === 'element' ? linkDensity(parent) : 0,
      block.before / total,
      surroundings.negative ? 1 : 0,
      surroundings.positive ? 1 : 0,
      surroundings.story ? 1 : 0,
      surroundings.list ? 1 : 0,
      surroundings.table ? 1 : 0,
      negativeName.test(nameTokens(node)) ? 1 : 0,
      Math.log1p(elementCount(parent)),
      depth,
      Math.sqrt(textSize(parent) / total),
      node.tagName === 'p' ? 1 : 0,
      node.tagName === 'li' ? 1 : 0,
      level > 0 ? 1 : 0,
      node.tagName === 'td' || node.tagName === 'th' ? 1 : 0,
      node.tagName === 'div' ? 1 : 0,
      ...mains.map((main, index) => (ancestorAt(blockPath, index) === main ? 1 : 0)),
      perText(shares[0]?.get(ancestorAt(blockPath, 0)) ?? 0),
      perText(shares[1]?.get(ancestorAt(blockPath, 1)) ?? 0),
      perText(sentenceText),
    ]
    const judged =
      !surroundings.table && !surroundings.protected && !isProtected(node) && level !== 1
    return { node, parent, size, text, values, judged }
  })
}

/** What the surroundings are inside `node`: the same object when it changes nothing (most elements). */
function surroundingsInside(node: Element, outside: Surroundings): Surroundings {
  const names = nameTokens(node)
  const tag = node.tagName
  const negative = outside.negative || (names !== ' ' && negativeName.test(names))
  const positive = outside.positive || (names !== ' ' && positiveName.test(names))
  const story = outside.story || tag === 'article' || tag === 'main'
  const list = outside.list || tag === 'ul' || tag === 'ol'
  const table = outside.table || tag === 'table'
  const guarded = outside.protected || isProtected(node)
  if (
    negative === outside.negative &&
    positive === outside.positive &&
    story === outside.story &&
    list === outside.list &&
    table === outside.table &&
    guarded === outside.protected
  ) {
    return outside
  }
  return { negative, positive, story, list, table, protected: guarded }
}

/** The ancestor `level` steps above a block's container (the root when the path is shorter). */
function ancestorAt(path: ReadonlyArray<Root | Element>, level: number): Root | Element {
  return path[Math.max(path.length - 1 - level, 0)] as Root | Element
}

/** The key with the largest value. */
function largest(values: ReadonlyMap<unknown, number>): unknown {
  let best: unknown
  let bestValue = -1
  for (const [key, value] of values) {
    if (value > bestValue) {
      best = key
      bestValue = value
    }
  }
  return best
}
