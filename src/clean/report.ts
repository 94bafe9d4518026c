import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import type { UnscrapeData } from '../data.js'
import type { Place, Removal } from '../types.js'
import type { Rule } from './rule.js'

/**
 * The removals of one cleaning, as the rules make them: each with its rule,
 * reason, text and node. `publish` hands them over in reading order, on
 * `file.data.unscrape.removed` and as `file.info()` messages.
 */
export class RemovalReport {
  readonly #removals: Array<{ removal: Removal; node: ElementContent; url: string | undefined }> =
    []
  /** Nodes a removal was recorded at. */
  readonly #nodes = new Set<ElementContent>()
  readonly #places: boolean
  /** Each node's index in document order, taken before anything was removed. */
  readonly #order: ReadonlyMap<RootContent, number>

  /**
   * @param scope The part of the tree cleaned.
   * @param places Whether removals record where they stood in the input.
   */
  constructor(scope: Root | Element, places: boolean) {
    this.#places = places
    this.#order = documentOrder(scope)
  }

  /** Record that `rule` removed `text` at `node` (the node itself, or sentences of it). */
  add(rule: Rule, reason: string, text: string, node: ElementContent): void {
    const place = this.#places ? placeOf(node) : null
    this.#removals.push({ removal: { rule: rule.id, reason, text, place }, node, url: rule.url })
    this.#nodes.add(node)
  }

  /** Whether a removal was recorded at a node. */
  has(node: ElementContent): boolean {
    return this.#nodes.has(node)
  }

  /**
   * Put the removals on the file, in document order: sentence-level
   * removals are found after the elements around them, and pruning comes
   * after the walk. Each message names its rule (`ruleId`) and the rule's
   * documentation (`url`).
   */
  publish(file: VFile, data: UnscrapeData): void {
    const order = this.#order
    this.#removals.sort((a, b) => (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0))
    withoutStackTraces(() => {
      for (const { removal, node, url } of this.#removals) {
        data.removed.push(removal)
        const message = file.info(removal.reason, {
          place: this.#places ? node.position : undefined,
          ruleId: removal.rule,
          source: 'unscrape',
        })
        if (url) message.url = url
      }
    })
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
