import type { Element, ElementContent, Root } from 'hast'
import { EXIT, SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import {
  minifyBlockTags,
  sentenceBlockTags,
  textlessContentTags,
  wrapperTags,
} from '../shared/tag-names.js'
import {
  childElements,
  isArticleBody,
  isElement,
  isLinkedHeading,
  isProtected,
  mayHoldStory,
  proseOf,
  textOf,
  textSize,
} from './element.js'
import { removedText } from './removed-text.js'
import type { RemovalReport } from './report.js'
import type { Rule, RuleContext, RuleHooks } from './rule.js'
import { cutSentences } from './sentence-cuts.js'

/** A rule that is on, with its hooks for the file being cleaned. */
export interface ActiveRule {
  /** The rule. */
  readonly rule: Rule
  /** Its hooks for this file (made by `create`, or the rule's own). */
  readonly hooks: RuleHooks
}

/**
 * The walk of the clean stage over one file: every rule looks at the tree
 * in one pass, container by container, and what they remove goes to the
 * report. Pruning (after the walk) asks it to judge containers again.
 */
export class CleanWalk {
  /**
   * Containers whose content the walk changed: their measures are stale
   * once it is over (it decides on them as they were).
   */
  readonly changed = new Set<Root | Element>()
  readonly #scope: Root | Element
  readonly #file: VFile
  readonly #report: RemovalReport
  readonly #siblingRules: readonly ActiveRule[]
  readonly #elementRules: readonly ActiveRule[]
  readonly #sentenceRules: readonly ActiveRule[]
  readonly #context: RuleContext
  /** The elements around the node being looked at, outermost first (the context's `ancestors`). */
  readonly #ancestors: Element[]
  /** Non-space characters of the page's prose, measured when a rule first removes something. */
  #pageProse: number | undefined

  /**
   * @param ancestors The array the context's `ancestors` is: the walk keeps it up to date.
   */
  constructor(
    scope: Root | Element,
    file: VFile,
    report: RemovalReport,
    active: readonly ActiveRule[],
    context: RuleContext,
    ancestors: Element[],
  ) {
    this.#scope = scope
    this.#context = context
    this.#ancestors = ancestors
    this.#file = file
    this.#report = report
    this.#siblingRules = active.filter(({ hooks }) => hooks.siblings)
    this.#elementRules = active.filter(({ hooks }) => hooks.element)
    this.#sentenceRules = active.filter(({ hooks }) => hooks.sentence)
  }

  /**
   * Run the rules over a container's children: element rules first (the
   * specific ones), then sibling rules over what is left, then the same
   * inside each remaining child, then sentence rules on paragraphs.
   * Wrappers left with no text (a list whose items were all removed) go
   * too, silently: what was in them is already reported. Returns whether
   * the container still holds text or media.
   */
  cleanChildren(parent: Root | Element): boolean {
    // Children are kept by building new lists, never spliced out one by
    // one: a list of 100,000 removed items must not cost their square.
    const kept: Array<(typeof parent.children)[number]> = []
    for (const child of parent.children) {
      const verdict = isElement(child) && !isProtected(child) && this.#firstVerdict(child)
      if (verdict) this.record(child as Element, verdict.rule, verdict.reason)
      else kept.push(child)
    }
    if (kept.length !== parent.children.length) this.noteChange()
    parent.children = kept as typeof parent.children

    this.applySiblingRules(parent)

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
      this.#ancestors.push(child)
      const childHasContent = this.cleanChildren(child)
      this.#ancestors.pop()
      const emptied =
        (!childHasContent && wrapperTags.has(child.tagName)) ||
        (sentenceBlockTags.has(child.tagName) &&
          this.#sentenceRules.length > 0 &&
          this.#cleanSentences(child))
      if (emptied) {
        this.noteChange()
        // "Martin<strong> </strong>Parr", "Gender<span><br></span>Required":
        // an inline wrapper with nothing but white space or a line break in
        // it still parts the words on either side.
        if (!minifyBlockTags.has(child.tagName) && holdsSpace(child))
          left.push({ type: 'text', value: ' ' })
        continue
      }
      left.push(child)
      if (childHasContent) hasContent = true
    }
    parent.children = left as typeof parent.children
    return hasContent
  }

  /** Run the sibling rules over a container's element children, removing what they find. */
  applySiblingRules(parent: Root | Element): undefined {
    const context = this.#context
    // Read again only after a rule took some: most containers lose none.
    let elements = childElements(parent)
    for (const { rule, hooks } of this.#siblingRules) {
      const findings = hooks.siblings?.(elements, context) ?? []
      if (findings.length === 0) continue
      const taken = new Set<ElementContent>()
      for (const finding of findings) {
        if (
          finding.nodes.some(
            (node) =>
              isProtected(node) ||
              holdsStory(node, context.meta.title) ||
              this.#holdsMostProse(node, rule),
          )
        )
          continue
        for (const node of finding.nodes) {
          if (taken.has(node)) continue
          taken.add(node)
          this.record(node, rule, finding.reason)
        }
      }
      if (taken.size > 0) {
        withoutChildren(parent, taken)
        this.noteChange()
        elements = childElements(parent)
      }
    }
  }

  /**
   * Note that what the container being cleaned holds changed: its
   * measures, and those of every container around it, are stale once
   * the walk is over.
   */
  noteChange(): void {
    for (let index = this.#ancestors.length - 1; index >= 0; index--) {
      const ancestor = this.#ancestors[index] as Element
      // Its ancestors were noted with it.
      if (this.changed.has(ancestor)) return
      this.changed.add(ancestor)
    }
    this.changed.add(this.#scope)
  }

  /** Record the removal of an element. */
  record(node: Element, rule: Rule, reason: string): void {
    this.#report.add(rule, reason, removedText(node), node)
  }

  /**
   * The first rule that removes an element, with its reason. An element
   * that holds the story (`<article>`, `<main>`, the article body, the
   * title) is never removed whole, whatever its class says: broken pages
   * nest the story in an unclosed `<aside>`, and some wrap it in a `<form>`.
   */
  #firstVerdict(node: Element): { rule: Rule; reason: string } | undefined {
    const context = this.#context
    for (const { rule, hooks } of this.#elementRules) {
      const reason = hooks.element?.(node, context)
      if (!reason) continue
      return holdsStory(node, context.meta.title) || this.#holdsMostProse(node, rule)
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
  #holdsMostProse(node: Element, rule: Rule): boolean {
    if (rule.mayRemoveProse) return false
    this.#pageProse ??= proseOf(this.#scope).size
    const pageProse = this.#pageProse
    if (pageProse === 0 || textSize(node) * 2 < pageProse) return false
    const prose = proseOf(node)
    if (prose.paragraphs < 2 || prose.size * 2 < pageProse) return false
    const message = this.#file.message(
      `Kept a \`<${node.tagName}>\` that \`${rule.id}\` would remove whole: it holds most of the page’s prose, so what is inside it is judged instead`,
      { ruleId: rule.id, source: 'unscrape' },
    )
    if (rule.url) message.url = rule.url
    return true
  }

  /**
   * Remove the sentences of a paragraph that a rule rejects. Returns true
   * when nothing of the paragraph is left, so the caller removes it whole.
   */
  #cleanSentences(paragraph: Element): boolean {
    const cut = cutSentences(paragraph, this.#sentenceRules, this.#context)
    if (cut === undefined) return false
    if (cut.emptied) {
      const first = cut.cuts[0] as (typeof cut.cuts)[number]
      this.record(paragraph, first.rule, first.reason)
      return true
    }
    for (const { rule, reason, text } of cut.cuts) this.#report.add(rule, reason, text, paragraph)
    // The paragraph (and what in it held cut text) changed.
    for (const element of cut.changed) this.changed.add(element)
    this.noteChange()
    return false
  }
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
export function withoutChildren(
  parent: Root | Element,
  children: ReadonlySet<ElementContent>,
): void {
  parent.children = parent.children.filter(
    (child) => !children.has(child as ElementContent),
  ) as typeof parent.children
}

/** Whether white space or a line break is left anywhere in an element that holds no text. */
function holdsSpace(node: Element): boolean {
  return node.children.some((child) =>
    child.type === 'text'
      ? child.value !== ''
      : child.type === 'element' && (child.tagName === 'br' || holdsSpace(child)),
  )
}
