import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import type { InputFormat, Metadata } from '../types.js'

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
  /** The clean stage's options (`keepCaptions`, say). */
  readonly options: Readonly<CleanOptions>
  /** The file being cleaned: where a rule leaves what a later stage reads (`file.data`). */
  readonly file: VFile
  /**
   * Whether a removal was recorded at a node so far: the node was removed,
   * or sentences were cut out of it.
   */
  removedAt(node: ElementContent): boolean
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
 * What a rule does with a page: its hooks. All are optional; the clean stage
 * calls them during its single walk over the tree.
 */
export interface RuleHooks {
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

/**
 * A cleaning rule: an id, a description, and hooks. A rule that learns as
 * it reads a page (entries of a table of contents, say) keeps what it
 * learns in hooks made by `create`, called once per file the way ESLint's
 * `create(context)` is, so that nothing carries over from one page to the
 * next; a rule without state gives its hooks directly.
 */
export interface Rule extends RuleHooks {
  /** Stable id: what removals name, what `options.rules` turns off. */
  readonly id: string
  /** What the rule removes, in one line. */
  readonly description: string
  /**
   * Where the rule is documented: the `url` of the messages it reports
   * (default for the built-in rules: their section of `docs/rules.md`).
   */
  readonly url?: string
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
   * Make the rule's hooks for one file, with state of their own; they take
   * the place of the rule's own hooks for that file.
   */
  create?(context: RuleContext): RuleHooks
}

/** Configuration for `rehypeUnscrapeClean`. */
export interface CleanOptions {
  /** Turn rules off (`false`) or on (`true`) by id (default: all on). */
  rules?: RulesOption | null | undefined
  /**
   * Rules of one's own, asked after the built-in ones (default: none). Their
   * ids must differ from the built-in rules' and from each other.
   */
  extraRules?: readonly Rule[] | null | undefined
  /** Keep figure captions in the text as well as in `images` (default: `false`). */
  keepCaptions?: boolean | null | undefined
  /**
   * Record where each removal stood in the input, from the tree's positions
   * (default: `true`; a tree parsed without positions gives no places).
   */
  places?: boolean | null | undefined
}
