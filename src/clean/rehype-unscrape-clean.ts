import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { unscrapeData } from '../data.js'
import { UnscrapeError } from '../error.js'
import { words } from '../shared/text-shape.js'
import {
  createMeasures,
  forgetMeasures,
  type TreeMeasures,
  textOf,
  withMeasures,
} from './element.js'
import { makeHastSafe } from './make-hast-safe.js'
import { prune } from './prune.js'
import { RemovalReport } from './report.js'
import type { CleanOptions, Rule, RuleContext, RulesOption } from './rule.js'
import { rules as builtInRules } from './rules/index.js'
import { type ActiveRule, CleanWalk } from './walk.js'

/** Fewest words of a paragraph that counts as story prose (for `storyWords`). */
const minProseWords = 20

const emptyOptions: Readonly<CleanOptions> = {}

/**
 * Remove the junk around and inside the story: every rule in `rules` and
 * `options.extraRules` (minus those turned off) looks at the tree in one
 * walk, container by container (`walk.ts`, with the sentence rules in
 * `sentence-cuts.ts`); then the `prune` hooks act on what is left
 * (`prune.ts`). Each removal is recorded on `file.data.unscrape.removed`
 * and reported as a `file.info()` message with the rule's id as `ruleId`,
 * its documentation as `url` and `source: 'unscrape'` (`report.ts`).
 *
 * Throws an `UnscrapeError` (`invalid-option`) when `options.rules` names a
 * rule that does not exist, or an extra rule is not a rule or reuses an id.
 */
export function rehypeUnscrapeClean(options?: CleanOptions | null) {
  const settings = options ?? emptyOptions
  const active = activeRules(settings.rules ?? {}, settings.extraRules ?? [])

  return (tree: Root, file: VFile): undefined => {
    const data = unscrapeData(file)
    const scope = bodyOf(tree)
    const report = new RemovalReport(scope, settings.places !== false)
    const ancestors: Element[] = []
    let storyWords: Set<string> | undefined
    const context: RuleContext = {
      meta: data.meta,
      format: data.format,
      ancestors,
      storyWords: () => {
        storyWords ??= collectStoryWords(scope)
        return storyWords
      },
      options: settings,
      file,
      removedAt: (node) => report.has(node),
    }
    // Hooks made per file: a rule's state never outlives the page.
    const hooked: ActiveRule[] = active.map((rule) => ({
      rule,
      hooks: rule.create ? rule.create(context) : rule,
    }))

    dropHead(tree)
    makeHastSafe(tree)
    const walk = new CleanWalk(scope, file, report, hooked, context, ancestors)
    // The walk's measures serve the pruning too, less those of every
    // container whose subtree the walk changed: measuring a page again
    // cost as much as the first time.
    const measures: TreeMeasures = createMeasures()
    withMeasures(() => walk.cleanChildren(scope), measures)
    for (const node of walk.changed) forgetMeasures(measures, node)
    const pruneRules = hooked.filter(({ hooks }) => hooks.prune)
    prune(scope, pruneRules, context, walk, measures, report, file)
    for (const { hooks } of hooked) hooks.finish?.(tree, context)
    report.publish(file, data)
  }
}

/** The rules that are on, after checking the switches and the extra rules. */
function activeRules(switches: RulesOption, extraRules: readonly Rule[]): Rule[] {
  const known = new Set(builtInRules.map((rule) => rule.id))
  for (const rule of extraRules) {
    if (!rule || typeof rule.id !== 'string' || typeof rule.description !== 'string') {
      throw new UnscrapeError(
        'invalid-option',
        'Expected each of `extraRules` to be a rule: an object with a string `id` and `description`',
      )
    }
    if (known.has(rule.id)) {
      throw new UnscrapeError(
        'invalid-option',
        `Rule id \`${rule.id}\` in \`extraRules\` is taken: rule ids must be unique`,
      )
    }
    known.add(rule.id)
  }
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
  return [...builtInRules, ...extraRules].filter((rule) => switches[rule.id] !== false)
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

/** Lowercased longer words of the prose paragraphs. */
function collectStoryWords(scope: Root | Element): Set<string> {
  const found = new Set<string>()
  // A plain walk, stopping at paragraphs: it reads every container of the page.
  const walkParagraphs = (parent: Root | Element): void => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (node.tagName !== 'p') {
        walkParagraphs(node)
        continue
      }
      const paragraphWords = words(textOf(node))
      if (paragraphWords.length < minProseWords) continue
      for (const word of paragraphWords) if (word.length >= 4) found.add(word.toLowerCase())
    }
  }
  walkParagraphs(scope)
  return found
}
