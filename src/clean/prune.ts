import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import { forgetMeasures, type TreeMeasures, withMeasures } from './element.js'
import { removedText } from './removed-text.js'
import type { RemovalReport } from './report.js'
import type { RuleContext } from './rule.js'
import { type ActiveRule, type CleanWalk, withoutChildren } from './walk.js'

/**
 * Run the rules' `prune` hooks, in rule order, over what the walk left, and
 * take out what they return. The walk's measures serve here too, less
 * those a removal makes stale; after each rule, the sibling rules judge
 * again the containers it took children from.
 */
export function prune(
  scope: Root | Element,
  pruneRules: readonly ActiveRule[],
  context: RuleContext,
  walk: CleanWalk,
  measures: TreeMeasures,
  report: RemovalReport,
  file: VFile,
): void {
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
  for (const { rule, hooks } of pruneRules) {
    const result = withMeasures(() => hooks.prune?.(scope, context), measures)
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
      report.add(rule, reason, removedText(node), node)
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
      for (const parent of taken.keys()) walk.applySiblingRules(parent)
    }, measures)
    for (const parent of taken.keys()) forgetAround(parent)
    if (result.warning) {
      const message = file.message(result.warning, { ruleId: rule.id, source: 'unscrape' })
      if (rule.url) message.url = rule.url
    }
  }
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
