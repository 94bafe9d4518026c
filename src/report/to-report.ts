import { sha256 } from '@noble/hashes/sha2'
import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { unified } from 'unified'
import type { Rule } from '../clean/rule.js'
import { rules } from '../clean/rules/index.js'
import { decodeInput } from '../parse/decode.js'
import { markdownToHast } from '../parse/markdown-to-hast.js'
import { unscrapeParseHtml } from '../parse/unscrape-parse-html.js'
import type { Article, Removal } from '../types.js'
import { type Target, whereText } from './mark.js'
import { markLines } from './mark-lines.js'
import { markTree } from './mark-tree.js'
import { safeTree } from './safe-tree.js'
import { hueOf, type LegendRule, reportStyle } from './style.js'

/** The rules by id, for their descriptions. */
const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]))

/** Longest removed text the list of unmarked removals shows, in characters. */
const maxListedText = 200

/**
 * A report of what cleaning removed, as one static HTML page: the input as
 * it was, each removal marked where it stood (an outline and background in
 * its rule's colour, a label with the rule id, the reason as a tooltip and
 * on focus), beside the clean result rendered from the Markdown. A legend
 * lists the rules that fired, with counts, and hides or shows each rule's
 * marks; removals that cannot be marked on the page are listed under it.
 *
 * Safe to open whatever the page held: the page's markup goes through an
 * allowlist (no script, style, URL or event handler survives), images
 * and other embedded content are shown as boxes with their alternative
 * text, and a Content-Security-Policy forbids everything but the report's
 * own style sheet (hashed). The report has no script at all: its toggles
 * are CSS.
 *
 * @param article What `clean()` gave for the input, best with `places: true`
 *   (without places, every removal is listed rather than marked).
 * @param input The input given to `clean()`, as a string or as the same bytes.
 * @returns The report, a whole HTML document.
 * @throws {UnscrapeError} `invalid-input` when `input` is neither a string nor
 *   a `Uint8Array`, or is bytes of binary data (as `clean()` would).
 */
export function toReport(article: Article, input: string | Uint8Array): string {
  const { text } = decodeInput(input, Number.POSITIVE_INFINITY)
  const legend = legendOf(article.removed)
  const numberOf = new Map(legend.map((rule) => [rule.id, rule.number]))
  const targets: Target[] = []
  const unplaced: Target[] = []
  for (const removal of article.removed) {
    const target: Target = {
      removal,
      start: removal.place?.start.offset ?? -1,
      end: removal.place?.end.offset ?? -1,
      ruleClass: `u-r${numberOf.get(removal.rule)}`,
    }
    if (target.start >= 0 && target.end >= target.start) targets.push(target)
    else unplaced.push(target)
  }
  const page = article.format === 'html' ? htmlPane(text, targets) : linesPane(text, targets)
  unplaced.push(...page.unplaced)
  const order = new Map(article.removed.map((removal, index) => [removal, index]))
  unplaced.sort((a, b) => (order.get(a.removal) ?? 0) - (order.get(b.removal) ?? 0))

  const style = reportStyle(legend)
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${base64(sha256(new TextEncoder().encode(style)))}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const title = article.title ?? 'Untitled page'
  const document = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
        h('meta', { name: 'referrer', content: 'no-referrer' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', `Removal report: ${title}`),
        h('style', style),
      ]),
      h('body', [
        ...toggles(legend),
        h('header.u-top', [
          h('h1', title),
          h('p', summary(article, legend.length, unplaced.length)),
        ]),
        h('nav.u-nav', { ariaLabel: 'Legend' }, [
          h('h2', 'Rules that removed something (click to hide or show their marks)'),
          h(
            'ul.u-legend',
            legend.map((rule) =>
              h('li', [
                h('label', { htmlFor: `u-t${rule.number}`, title: rule.description ?? rule.id }, [
                  h(`span.u-swatch.u-r${rule.number}`),
                  h('code', rule.id),
                  h('span.u-count', `× ${rule.count}`),
                ]),
              ]),
            ),
          ),
          h('p.u-views', [
            'Show: ',
            h('label', { htmlFor: 'u-v-both' }, 'input and result'),
            h('label', { htmlFor: 'u-v-input' }, 'input'),
            h('label', { htmlFor: 'u-v-result' }, 'result'),
          ]),
          ...unplacedList(unplaced),
        ]),
        h('main.u-main', [
          h('section.u-input', [
            h('h2.u-pane', `The input (${article.format}), removals marked`),
            page.element,
          ]),
          h('section.u-result', [
            h('h2.u-pane', 'The clean result'),
            h('div.u-clean', safeTree(markdownToHast(article.markdown).tree).children),
            h('details.u-markdown', [h('summary', 'Markdown'), h('pre', article.markdown)]),
          ]),
        ]),
      ]),
    ]),
  ])
  return toHtml(document)
}

/** The rules that fired, in the order they first fired, with counts and colours. */
function legendOf(removed: readonly Removal[]): LegendRule[] {
  const byId = new Map<string, LegendRule>()
  for (const { rule } of removed) {
    const known = byId.get(rule)
    if (known) {
      known.count++
      continue
    }
    // Hues by order in this report: the first rules are the farthest apart.
    byId.set(rule, {
      id: rule,
      description: rulesById.get(rule)?.description ?? null,
      count: 1,
      number: byId.size,
      hue: hueOf(byId.size),
    })
  }
  return [...byId.values()]
}

/**
 * The view's radio buttons and the rules' checkboxes, before everything they
 * control: the style sheet reaches the legend and the panes from them with
 * sibling selectors.
 */
function toggles(legend: readonly LegendRule[]): Element[] {
  const view = (id: string, checked: boolean) =>
    h('input.u-toggle', { type: 'radio', name: 'u-view', id, checked })
  return [
    view('u-v-both', true),
    view('u-v-input', false),
    view('u-v-result', false),
    ...legend.map((rule) =>
      h('input.u-toggle', {
        type: 'checkbox',
        id: `u-t${rule.number}`,
        checked: true,
        ariaLabel: `Show the marks of ${rule.id}`,
      }),
    ),
  ]
}

/** One line on what the report shows. */
function summary(article: Article, rulesFired: number, unplaced: number): string {
  const count = article.removed.length
  const removals = `${count} ${count === 1 ? 'removal' : 'removals'}`
  const byRules = `by ${rulesFired} ${rulesFired === 1 ? 'rule' : 'rules'}`
  const notMarked =
    unplaced > 0 ? `; ${unplaced} not marked on the page (listed below the legend)` : ''
  return `${removals} ${byRules}${notMarked}. ${article.stats.words} words kept.`
}

/** The removals that could not be marked where they stood. */
function unplacedList(unplaced: readonly Target[]): Element[] {
  if (unplaced.length === 0) return []
  return [
    h('section.u-unplaced', [
      h('h2', `Not marked on the page (${unplaced.length})`),
      h(
        'ul',
        unplaced.map(({ removal, ruleClass }) => {
          const where = whereText(removal)
          const shown =
            removal.text.length > maxListedText
              ? `${removal.text.slice(0, maxListedText)}…`
              : removal.text
          return h('li', { dataRule: removal.rule }, [
            h(`span.u-chip.${ruleClass}`, removal.rule),
            ` ${removal.reason}`,
            where ? ` (${where})` : ' (no place: clean with places on)',
            shown ? `: “${shown}”` : '',
          ])
        }),
      ),
    ]),
  ]
}

/** What a pane of the input is: the element, and the removals it could not place. */
interface Pane {
  element: Element
  unplaced: Target[]
}

/** An HTML input: its body, made safe, with the removals marked. */
function htmlPane(text: string, targets: readonly Target[]): Pane {
  const parsed = unified().use(unscrapeParseHtml, { positions: true }).parse(text) as Root
  const body = findBody(parsed)
  const tree = safeTree({ type: 'root', children: body })
  const unplaced = markTree(tree, targets, text)
  return { element: h('div.u-page', tree.children as ElementContent[]), unplaced }
}

/** A plain text or Markdown input: its lines, with the removals marked. */
function linesPane(text: string, targets: readonly Target[]): Pane {
  const { children, unplaced } = markLines(text, targets)
  return { element: h('div.u-lines', children), unplaced }
}

/** The children of the page's `<body>` (the parser always makes one). */
function findBody(tree: Root): ElementContent[] {
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'html') continue
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'body') return child.children
    }
  }
  return []
}

/** Bytes as base64, with what browsers and Node both have. */
function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
