import type { Element, ElementContent, Root, RootContent } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { type Schema, sanitize } from 'hast-util-sanitize'
import { visibleText } from '../shared/safe-text.js'
import { frameAndRareBlocks, tableStructureTags, textBlockTags } from '../shared/tag-names.js'

/** Phrasing elements a report shows as they are (marks on them are inline). */
export const shownPhrasingTags: readonly string[] = [
  'a',
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]

/**
 * Blocks a reader sees as lines of their own that a report shows as a
 * plain `div`: the document's own frame, forms, and obsolete or rare text
 * blocks.
 */
const blocksShownAsDivs: ReadonlySet<string> = new Set([...frameAndRareBlocks, 'form'])

/**
 * Elements a report shows as they are: text structure, lists, tables and
 * sectioning. Everything else is shown as a stand-in box, renamed to a
 * `div` or `span`, or dropped (see `prepare`).
 */
const shownTags: readonly string[] = [
  ...shownPhrasingTags,
  ...[...textBlockTags].filter((tag) => !blocksShownAsDivs.has(tag)),
  'col',
  ...tableStructureTags,
  'td',
  'th',
]

const shown: ReadonlySet<string> = new Set(shownTags)

/**
 * Elements shown as a box with their kind (and an image's alternative
 * text) in place of what they would load, run or draw: the report loads
 * nothing and runs nothing, yet a removed script or image keeps a place to
 * be marked at.
 */
const standIns: ReadonlySet<string> = new Set([
  'applet',
  'audio',
  'canvas',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'img',
  'input',
  'math',
  'noscript',
  'object',
  'portal',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
])

/** Elements with nothing to show, dropped with what they hold. */
const dropped: ReadonlySet<string> = new Set([
  'area',
  'base',
  'link',
  'meta',
  'param',
  'source',
  'title',
  'track',
])

/** The property that marks a stand-in box; only `prepare` sets it. */
export const standInProperty = 'dataUnscrapeStandIn'

/**
 * The allowlist: the shown elements with the few attributes that change
 * how text reads (language, direction, table spans, list numbering) and
 * the stand-in marker; no `href`, `src`, `style`, `id`, class or event
 * handler survives, nor comments and doctypes.
 */
const schema: Schema = {
  tagNames: [...shownTags],
  attributes: {
    '*': ['lang', ['dir', 'ltr', 'rtl', 'auto']],
    td: ['colSpan', 'rowSpan'],
    th: ['colSpan', 'rowSpan'],
    ol: ['start', 'reversed'],
    li: ['value'],
    span: [standInProperty],
  },
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
  },
  clobber: [],
  protocols: {},
  required: {},
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
}

/**
 * A tree made safe to show in a report: stand-in boxes for what would load,
 * run or draw, other unknown elements renamed `div` or `span`, text shown
 * as a reader sees it (`visibleText`: no controls, no reordering), then
 * sanitised with an allowlist (`hast-util-sanitize`). Positions are kept,
 * so removals can still be found by where they stood.
 */
export function safeTree(tree: Root): Root {
  prepare(tree.children)
  const safe = sanitize(tree, schema)
  return safe.type === 'root' ? safe : { type: 'root', children: [] }
}

/** Replace, rename and drop, in place, before sanitising. */
function prepare(nodes: Array<RootContent | ElementContent>): void {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent
    // Nothing a reader cannot see, nothing that reorders what follows.
    if (node.type === 'text') node.value = visibleText(node.value)
    if (node.type !== 'element') continue
    // Only `prepare` may make a stand-in: the page's own attribute goes.
    delete node.properties[standInProperty]
    const tag = node.tagName
    if (dropped.has(tag)) {
      nodes.splice(index--, 1)
    } else if (standIns.has(tag)) {
      nodes[index] = standIn(node)
    } else {
      if (!shown.has(tag)) node.tagName = node.children.every(phrasing) ? 'span' : 'div'
      prepare(node.children)
    }
  }
}

/** A box for an element that would load, run or draw: its kind, and an image's alt text. */
function standIn(node: Element): Element {
  const { tagName, properties } = node
  const label =
    typeof properties.alt === 'string' && properties.alt.trim()
      ? `${tagName}: ${properties.alt.trim()}`
      : typeof properties.title === 'string' && properties.title.trim()
        ? `${tagName}: ${properties.title.trim()}`
        : tagName
  const box: Element = {
    type: 'element',
    tagName: 'span',
    properties: { [standInProperty]: tagName },
    children: [{ type: 'text', value: label }],
  }
  if (node.position) box.position = node.position
  return box
}
