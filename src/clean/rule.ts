import type { Element, ElementContent, Root } from 'hast'
import type { Byline } from '../data.js'
import type { InputFormat, Metadata } from '../types.js'
import type { CaptionParts } from './caption-credit.js'

/**
 * Which cleaning rules run: a map from rule id to `false` (off) or `true`
 * (on, the default). Ids not named keep their default.
 */
export type RulesOption = Readonly<Record<string, boolean>>

/** What a rule may consult while it decides. */
export interface RuleContext {
  /** Page metadata found before cleaning (the title, say). */
  readonly meta: Readonly<Metadata>
  /**
   * Which form the input was read as: plain text and Markdown have no
   * markup to tell a link from a line, so rules may weigh their lines apart.
   */
  readonly format: InputFormat
  /** The elements that enclose the node being looked at, outermost first. */
  readonly ancestors: readonly Element[]
  /**
   * Lowercased words (four letters or more) of the story's prose paragraphs:
   * what "related to the story" is measured against.
   */
  storyWords(): ReadonlySet<string>
  /** Table-of-contents entries found so far; rules may add to it. */
  readonly tableOfContents: string[]
  /** Captions and credits found so far, by the `<figure>` they belong to; rules may add to it. */
  readonly captions: Map<Element, CaptionParts>
  /**
   * Keep a byline or dateline the rule removes, for the metadata. It is
   * dropped again if the region it stood in is removed later.
   */
  addByline(byline: Byline): void
  /** Whether captions stay in the text (`Options.keepCaptions`). */
  readonly keepCaptions: boolean
}

/** A run of sibling elements a rule removes together. */
export interface Finding {
  /** The elements, in document order. */
  nodes: Element[]
  /** Why, in one line. */
  reason: string
}

/** A node a rule removes after the walk, with the container it stands in. */
export interface Prune {
  /** The node to remove (with all it contains). */
  node: ElementContent
  /** Its parent. */
  parent: Root | Element
  /** Why, in one line. */
  reason: string
}

/** What a rule's `prune` hook decides. */
export interface PruneResult {
  /** What to remove. */
  prunes: Prune[]
  /** Why nothing (or less) was removed, when the rule held back; reported as a warning. */
  warning?: string
}

/**
 * A cleaning rule. All hooks are optional; the clean stage calls them during
 * its single walk over the tree.
 */
export interface Rule {
  /** Stable id: what removals name, what `options.rules` turns off. */
  readonly id: string
  /** What the rule removes, in one line. */
  readonly description: string
  /**
   * Whether the rule may remove an element that holds most of the page's
   * prose: it judges elements by what they are (a page footer, a
   * `<noscript>`, a hidden panel, a thread of readers' comments), and such
   * an element is not the story however much prose it holds. Rules that
   * judge by class names or by what a block says may not: a prompt or a
   * class name on the story's container must not take the story with it,
   * so the clean stage keeps that element and judges what is inside it.
   */
  readonly mayRemoveProse?: boolean
  /**
   * Look at a container's child elements together (called once per
   * container, before `element` sees them one by one) and return the runs
   * to remove.
   */
  siblings?(nodes: readonly Element[], context: RuleContext): Finding[]
  /** Look at one element; return a reason to remove it (with all it contains). */
  element?(node: Element, context: RuleContext): string | undefined
  /**
   * A cheap test of a whole paragraph: only paragraphs it matches are split
   * into sentences for `sentence` (splitting is the costly part).
   */
  readonly sentenceFilter?: RegExp
  /** Look at one sentence of a paragraph; return a reason to remove the sentence. */
  sentence?(sentence: string, context: RuleContext): string | undefined
  /** Run once after the walk over the cleaned tree; return what to remove. */
  prune?(scope: Root | Element, context: RuleContext): PruneResult
  /** Run once at the end (to act on what the rule learnt). */
  finish?(tree: Root, context: RuleContext): void
}
