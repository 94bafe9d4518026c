import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { EXIT, SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { type Byline, unscrapeData } from '../data.js'
import { UnscrapeError } from '../error.js'
import { isSafeUrl } from '../shared/safe-url.js'
import { splitSentences } from '../shared/sentences.js'
import { sentenceBlockTags, textlessContentTags, wrapperTags } from '../shared/tag-names.js'
import { wordCount, words } from '../shared/text-shape.js'
import type { Image, Place, Removal } from '../types.js'
import type { CaptionParts } from './caption-credit.js'
import {
  childElements,
  createMeasures,
  forgetMeasures,
  isArticleBody,
  isElement,
  isLinkedHeading,
  isProtected,
  mayHoldStory,
  proseOf,
  type TreeMeasures,
  textOf,
  textSize,
  withMeasures,
} from './element.js'
import { makeHastSafe } from './make-hast-safe.js'
import { removedText } from './removed-text.js'
import type { Rule, RuleContext, RulesOption } from './rule.js'
import { rules as allRules } from './rules/index.js'

/** Configuration for `rehypeUnscrapeClean`. */
export interface CleanOptions {
  /** Turn rules off (`false`) or on (`true`) by id (default: all on). */
  rules?: RulesOption | null | undefined
  /** Keep figure captions in the text as well as in `images` (default: `false`). */
  keepCaptions?: boolean | null | undefined
  /**
   * Record where each removal stood in the input, from the tree's positions
   * (default: `true`; a tree parsed without positions gives no places).
   */
  places?: boolean | null | undefined
}

/** Fewest words of a paragraph that counts as story prose (for `storyWords`). */
const minProseWords = 20

const emptyOptions: Readonly<CleanOptions> = {}

/**
 * Remove the junk around and inside the story: every rule in `rules` (minus
 * those turned off) looks at the tree in one walk, container by container. Each removal is recorded
 * on `file.data.unscrape.removed` and reported as a `file.info()` message
 * with the rule's id as `ruleId` and `source: 'unscrape'`. Captions found
 * on the way go to `file.data.unscrape.images`.
 *
 * Throws an `UnscrapeError` (`invalid-option`) when `options.rules` names a
 * rule that does not exist.
 */
export function rehypeUnscrapeClean(options?: CleanOptions | null) {
  const settings = options ?? emptyOptions
  const active = activeRules(settings.rules ?? {})
  const siblingRules = active.filter((rule) => rule.siblings)
  const elementRules = active.filter((rule) => rule.element)
  const sentenceRules = active.filter((rule) => rule.sentence)
  const pruneRules = active.filter((rule) => rule.prune)

  return (tree: Root, file: VFile): undefined => {
    const data = unscrapeData(file)
    const scope = bodyOf(tree)
    const ancestors: Element[] = []
    const removals: Array<{ removal: Removal; node: ElementContent }> = []
    const withPlaces = settings.places !== false
    const order = documentOrder(scope)
    const bylines: Array<{ byline: Byline; ancestors: Element[] }> = []
    let storyWords: Set<string> | undefined
    /** Non-space characters of the page's prose, measured when a rule first removes something. */
    let pageProse: number | undefined
    const context: RuleContext = {
      meta: data.meta,
      format: data.format,
      ancestors,
      storyWords: () => {
        storyWords ??= collectStoryWords(scope)
        return storyWords
      },
      tableOfContents: data.tableOfContents,
      captions: new Map(),
      keepCaptions: settings.keepCaptions === true,
      addByline(byline) {
        bylines.push({ byline, ancestors: [...ancestors] })
      },
    }

    dropHead(tree)
    makeHastSafe(tree)
    // The walk's measures serve the pruning too, less those of every
    // container whose subtree the walk changed: measuring a page again
    // cost as much as the first time.
    const measures: TreeMeasures = createMeasures()
    const changed = new Set<Root | Element>()
    withMeasures(() => cleanChildren(scope), measures)
    for (const node of changed) forgetMeasures(measures, node)
    // Pruning only takes children out: what a removal makes stale is the
    // parent and the containers around it, found by this map.
    const parents = pruneRules.length > 0 ? parentMap(scope) : new Map<Element, Root | Element>()
    const forgetAround = (node: Root | Element): void => {
      for (
        let stale: Root | Element | undefined = node;
        stale;
        stale = parents.get(stale as Element)
      ) {
        forgetMeasures(measures, stale)
      }
    }
    for (const rule of pruneRules) {
      const result = withMeasures(() => rule.prune?.(scope, context), measures)
      if (!result) continue
      // Taken out per parent in one pass: removing children one by one costs
      // the square of their number.
      const taken = new Map<Root | Element, Set<ElementContent>>()
      for (const { node, parent, reason } of result.prunes) {
        let children = taken.get(parent)
        if (!children) {
          children = new Set()
          taken.set(parent, children)
        }
        if (children.has(node) || !parent.children.includes(node)) continue
        children.add(node)
        pushRemoval(rule, reason, removedText(node), node)
      }
      for (const [parent, children] of taken) {
        withoutChildren(parent, children)
        forgetAround(parent)
      }
      // What a container ends with may have changed (boilerplate after the
      // story is gone): its sibling rules judge it again, as they would
      // when its own Markdown is cleaned. They read the children left,
      // whose measures still hold, and may take some of them.
      withMeasures(() => {
        for (const parent of taken.keys()) applySiblingRules(parent)
      }, measures)
      for (const parent of taken.keys()) forgetAround(parent)
      if (result.warning) file.message(result.warning, { ruleId: rule.id, source: 'unscrape' })
    }
    for (const rule of active) rule.finish?.(tree, context)
    // A byline that stood in a region removed later (a card's dateline) says
    // nothing about this article.
    const removed = new Set<ElementContent>(removals.map(({ node }) => node))
    for (const { byline, ancestors: path } of bylines) {
      if (!path.some((ancestor) => removed.has(ancestor))) data.bylines.push(byline)
    }
    data.images = collectImages(scope, context.captions)
    // Report in document order: sentence-level removals are found after the
    // elements around them, and pruning comes after the walk.
    removals.sort((a, b) => (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0))
    withoutStackTraces(() => {
      for (const { removal, node } of removals) {
        data.removed.push(removal)
        file.info(removal.reason, {
          place: withPlaces ? node.position : undefined,
          ruleId: removal.rule,
          source: 'unscrape',
        })
      }
    })

    /**
     * Run the rules over a container's children: element rules first (the
     * specific ones), then sibling rules over what is left, then the same
     * inside each remaining child, then sentence rules on paragraphs.
     * Wrappers left with no text (a list whose items were all removed) go
     * too, silently: what was in them is already reported. Returns whether
     * the container still holds text or media.
     */
    function cleanChildren(parent: Root | Element): boolean {
      // Children are kept by building new lists, never spliced out one by
      // one: a list of 100,000 removed items must not cost their square.
      const kept: Array<(typeof parent.children)[number]> = []
      for (const child of parent.children) {
        const verdict = isElement(child) && !isProtected(child) && firstVerdict(child)
        if (verdict) record(child as Element, verdict.rule, verdict.reason)
        else kept.push(child)
      }
      if (kept.length !== parent.children.length) noteChange()
      parent.children = kept as typeof parent.children

      applySiblingRules(parent)

      let hasContent = false
      const left: Array<(typeof parent.children)[number]> = []
      for (const child of parent.children) {
        if (!isElement(child)) {
          if (child.type === 'text' && child.value.trim() !== '') hasContent = true
          left.push(child)
          continue
        }
        if (textlessContentTags.has(child.tagName) || isProtected(child)) {
          hasContent = true
          left.push(child)
          continue
        }
        ancestors.push(child)
        const childHasContent = cleanChildren(child)
        ancestors.pop()
        const emptied =
          (!childHasContent && wrapperTags.has(child.tagName)) ||
          (sentenceBlockTags.has(child.tagName) &&
            sentenceRules.length > 0 &&
            cleanSentences(child))
        if (emptied) {
          noteChange()
          continue
        }
        left.push(child)
        if (childHasContent) hasContent = true
      }
      parent.children = left as typeof parent.children
      return hasContent
    }

    /** Run the sibling rules over a container's element children, removing what they find. */
    function applySiblingRules(parent: Root | Element): undefined {
      // Read again only after a rule took some: most containers lose none.
      let elements = childElements(parent)
      for (const rule of siblingRules) {
        const findings = rule.siblings?.(elements, context) ?? []
        if (findings.length === 0) continue
        const taken = new Set<ElementContent>()
        for (const finding of findings) {
          if (
            finding.nodes.some(
              (node) =>
                isProtected(node) ||
                holdsStory(node, data.meta.title) ||
                holdsMostProse(node, rule),
            )
          )
            continue
          for (const node of finding.nodes) {
            if (taken.has(node)) continue
            taken.add(node)
            record(node, rule, finding.reason)
          }
        }
        if (taken.size > 0) {
          withoutChildren(parent, taken)
          noteChange()
          elements = childElements(parent)
        }
      }
    }

    /**
     * Note that what the container being cleaned holds changed: its
     * measures, and those of every container around it, are stale once
     * the walk is over (the walk itself decides on them as they were).
     */
    function noteChange(): void {
      for (let index = ancestors.length - 1; index >= 0; index--) {
        const ancestor = ancestors[index] as Element
        // Its ancestors were noted with it.
        if (changed.has(ancestor)) return
        changed.add(ancestor)
      }
      changed.add(scope)
    }

    /**
     * The first rule that removes an element, with its reason. An element
     * that holds the story (`<article>`, `<main>`, the article body, the
     * title) is never removed whole, whatever its class says: broken pages
     * nest the story in an unclosed `<aside>`, and some wrap it in a `<form>`.
     */
    function firstVerdict(node: Element): { rule: Rule; reason: string } | undefined {
      for (const rule of elementRules) {
        const reason = rule.element?.(node, context)
        if (!reason) continue
        return holdsStory(node, data.meta.title) || holdsMostProse(node, rule)
          ? undefined
          : { rule, reason }
      }
      return undefined
    }

    /**
     * Whether an element a rule would remove holds most of the page's prose
     * (two paragraphs or more, and half the prose of the page or more): a
     * prompt or a class name inside or on the story's container, which must
     * not take the story with it. The element stays, with a warning, and
     * the walk judges what is inside it, the prompt included.
     */
    function holdsMostProse(node: Element, rule: Rule): boolean {
      if (rule.mayRemoveProse) return false
      pageProse ??= proseOf(scope).size
      if (pageProse === 0 || textSize(node) * 2 < pageProse) return false
      const prose = proseOf(node)
      if (prose.paragraphs < 2 || prose.size * 2 < pageProse) return false
      file.message(
        `Kept a \`<${node.tagName}>\` that \`${rule.id}\` would remove whole: it holds most of the page’s prose, so what is inside it is judged instead`,
        { ruleId: rule.id, source: 'unscrape' },
      )
      return true
    }

    /**
     * Remove the sentences of a paragraph that a rule rejects. Returns true
     * when nothing of the paragraph is left, so the caller removes it whole.
     */
    function cleanSentences(paragraph: Element): boolean {
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
        (rule) => !rule.sentenceFilter || rule.sentenceFilter.test(raw),
      )
      if (relevant.length === 0) return false

      const cuts: Array<{ start: number; end: number; rule: Rule; reason: string }> = []
      for (const { start, end } of splitSentences(raw)) {
        const sentence = raw.slice(start, end)
        for (const rule of relevant) {
          const reason = rule.sentence?.(sentence, context)
          if (reason) {
            cuts.push({ start, end, rule, reason })
            break
          }
        }
      }
      if (cuts.length === 0) return false

      let kept = raw
      for (const cut of [...cuts].reverse()) kept = kept.slice(0, cut.start) + kept.slice(cut.end)
      if (wordCount(kept) === 0) {
        const firstCut = cuts[0] as (typeof cuts)[number]
        record(paragraph, firstCut.rule, firstCut.reason)
        return true
      }
      for (const cut of cuts)
        pushRemoval(cut.rule, cut.reason, raw.slice(cut.start, cut.end), paragraph)
      // The paragraph (and what in it held cut text) changed.
      for (const element of elements) changed.add(element)
      noteChange()
      // Cut from the end, so earlier offsets stay right.
      for (const cut of [...cuts].reverse()) {
        let start = cut.start
        while (start > 0 && /\s/.test(raw.charAt(start - 1))) start--
        cutText(texts, start, cut.end)
      }
      return false
    }

    /** Record the removal of an element. */
    function record(node: Element, rule: Rule, reason: string): void {
      pushRemoval(rule, reason, removedText(node), node)
    }

    function pushRemoval(rule: Rule, reason: string, text: string, node: ElementContent): void {
      const place = withPlaces ? placeOf(node) : null
      removals.push({ removal: { rule: rule.id, reason, text, place }, node })
    }
  }
}

/**
 * Run `task` with no stack traces captured for errors made in it. A
 * `VFileMessage` is an `Error` and captures one when made, then sets its
 * `stack` to `''`: on pages with hundreds of removals that capture was a
 * twentieth of the clean stage, for nothing.
 */
function withoutStackTraces(task: () => void): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    task()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** The rules that are on, after checking that every id named exists. */
function activeRules(switches: RulesOption): Rule[] {
  const known = new Set(allRules.map((rule) => rule.id))
  for (const id of Object.keys(switches)) {
    if (!known.has(id)) {
      throw new UnscrapeError(
        'invalid-option',
        `Unknown rule \`${id}\` in \`rules\`, expected one of: ${[...known].join(', ')}`,
      )
    }
    if (typeof switches[id] !== 'boolean') {
      throw new UnscrapeError(
        'invalid-option',
        `Expected \`rules['${id}']\` to be \`true\` or \`false\``,
      )
    }
  }
  return allRules.filter((rule) => switches[rule.id] !== false)
}

/**
 * Drop the `<head>`: the metadata stage has read it, and it holds no text of
 * the story. Later stages then work on the body alone (converting the
 * scripts and styles of a head to Markdown tree costs more than the body).
 */
function dropHead(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'html') continue
    node.children = node.children.filter(
      (child) => child.type !== 'element' || child.tagName !== 'head',
    )
  }
}

/** The `<body>` of a page, or the tree itself for fragments and plain text. */
function bodyOf(tree: Root): Root | Element {
  let body: Element | undefined
  visit(tree, 'element', (node) => {
    if (node.tagName === 'body') {
      body = node
      return false
    }
    return node.tagName === 'html' ? undefined : 'skip'
  })
  return body ?? tree
}

/**
 * Whether an element is or contains the story's own container or its title:
 * `<main>`, the article body, the title heading, or an `<article>` with a
 * heading of its own (comment threads and teaser cards use `<article>` per
 * item too, without one).
 */
function holdsStory(node: Element, title: string | null): boolean {
  if (!mayHoldStory(node)) return false
  let found = false
  visit(node, 'element', (child) => {
    // Only down the paths to a mark: most of a large subtree holds none.
    if (!mayHoldStory(child)) return SKIP
    if (child.tagName === 'main' || isArticleBody(child)) found = true
    else if (child.tagName === 'h1' && title !== null && textOf(child) === title) found = true
    else if (child.tagName === 'article') found = hasOwnHeading(child)
    return found ? EXIT : undefined
  })
  return found
}

/**
 * Whether an `<article>` has a heading of the top three levels, as stories
 * do, that is not a link to another page (teaser cards have those).
 */
function hasOwnHeading(node: Element): boolean {
  let found = false
  visit(node, 'element', (child) => {
    if (
      (child.tagName === 'h1' || child.tagName === 'h2' || child.tagName === 'h3') &&
      !isLinkedHeading(child)
    ) {
      found = true
    }
    return found ? EXIT : undefined
  })
  return found
}

/** Take some children out of a parent, in one pass. */
function withoutChildren(parent: Root | Element, children: ReadonlySet<ElementContent>): void {
  parent.children = parent.children.filter(
    (child) => !children.has(child as ElementContent),
  ) as typeof parent.children
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

/** Lowercased longer words of the prose paragraphs. */
function collectStoryWords(scope: Root | Element): Set<string> {
  const found = new Set<string>()
  // A plain walk, stopping at paragraphs: it reads every container of the page.
  const walk = (parent: Root | Element): void => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (node.tagName !== 'p') {
        walk(node)
        continue
      }
      const paragraphWords = words(textOf(node))
      if (paragraphWords.length < minProseWords) continue
      for (const word of paragraphWords) if (word.length >= 4) found.add(word.toLowerCase())
    }
  }
  walk(scope)
  return found
}

/** The story's images that survived cleaning, with the captions rules took out. */
function collectImages(
  scope: Root | Element,
  captions: ReadonlyMap<Element, CaptionParts>,
): Image[] {
  const images: Image[] = []
  const walk = (node: Root | Element, figure: Element | undefined): void => {
    for (const child of childElements(node)) {
      if (child.tagName === 'img') {
        const src = typeof child.properties.src === 'string' ? child.properties.src.trim() : ''
        if (!src || !isSafeUrl(src)) continue
        const alt = typeof child.properties.alt === 'string' ? child.properties.alt.trim() : ''
        const parts = figure ? captions.get(figure) : undefined
        images.push({
          src,
          alt: alt || null,
          caption: parts?.caption ?? null,
          credit: parts?.credit ?? null,
        })
        continue
      }
      walk(child, child.tagName === 'figure' || captions.has(child) ? child : figure)
    }
  }
  walk(scope, undefined)
  return images
}

/** The parent of every element under `scope`. */
function parentMap(scope: Root | Element): Map<Element, Root | Element> {
  const parents = new Map<Element, Root | Element>()
  const stack: Array<Root | Element> = [scope]
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      parents.set(child, parent)
      stack.push(child)
    }
  }
  return parents
}

/**
 * Each node's index in document order (preorder), taken before cleaning
 * detaches anything, so removals can be reported in reading order whether
 * or not the tree has positions.
 */
function documentOrder(scope: Root | Element): Map<RootContent, number> {
  const order = new Map<RootContent, number>()
  const stack: RootContent[] = [...scope.children].reverse()
  let node = stack.pop()
  while (node) {
    order.set(node, order.size)
    if (node.type === 'element') {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index] as ElementContent)
      }
    }
    node = stack.pop()
  }
  return order
}

/** Where a node stood in the input. */
function placeOf(node: ElementContent): Place | null {
  const position = node.position
  if (!position) return null
  return {
    start: {
      line: position.start.line,
      column: position.start.column,
      offset: position.start.offset ?? null,
    },
    end: {
      line: position.end.line,
      column: position.end.column,
      offset: position.end.offset ?? null,
    },
  }
}
