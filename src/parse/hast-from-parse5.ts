import { parse as parseCommas } from 'comma-separated-tokens'
import type {
  Comment,
  Doctype,
  Element,
  ElementContent,
  Properties,
  Root,
  RootContent,
  Text,
} from 'hast'
import type { DefaultTreeAdapterTypes, Token } from 'parse5'
import { find, html, normalize, type Schema, svg } from 'property-information'
import { parse as parseSpaces } from 'space-separated-tokens'
import type { Position } from 'unist'
import { location } from 'vfile-location'

type P5Node = DefaultTreeAdapterTypes.Node
type P5Parent = DefaultTreeAdapterTypes.ParentNode
type P5Element = DefaultTreeAdapterTypes.Element
type PropertyValue = Properties[string]

declare module 'hast' {
  interface ElementData {
    /**
     * Set on an element whose descendants the depth limit flattened into
     * runs of text: its blocks were made by unscrape, not by the page.
     */
    flattened?: boolean | undefined
  }
}

const svgNamespace = 'http://www.w3.org/2000/svg'
const htmlNamespace = 'http://www.w3.org/1999/xhtml'

/** How one attribute becomes a hast property: its name and how its value is read. */
interface PropertyReader {
  property: string
  read: (value: string) => PropertyValue
}

/**
 * Readers by attribute name, one map per schema. Pages repeat a few dozen
 * attribute names thousands of times, so each is looked up once; the cap
 * keeps a page of a million made-up names from growing a map without end.
 */
const htmlReaders = new Map<string, PropertyReader | null>()
const svgReaders = new Map<string, PropertyReader | null>()
const maxReaders = 4096

/**
 * Turn a parse5 document into hast, the same tree `hast-util-from-parse5`
 * builds (positions included when the document was parsed with
 * `sourceCodeLocationInfo`), without going through `hastscript`: attribute
 * names are resolved once per name, not once per attribute, which makes
 * this step several times faster on real pages. Whole pipeline, measured
 * with `npm run bench -- <wcxb> --rounds 5 --baseline <this build>` on a
 * build that calls `hast-util-from-parse5` instead (2026-12-06, after the
 * bench stopped favouring its baseline; a build compared with itself reads
 * 1.00–1.02): that build took 1.07× the time of this one (extraction only,
 * sentences and quotes off: 1.08×), and 1.06× (1.10×) in a run of 3 rounds.
 * A gain over 5%, so unscrape keeps its own conversion; the test holds it
 * to the package's tree on every fixture page and on generated markup.
 *
 * Recursive: run it on trees whose depth is capped (`limitDepth`).
 *
 * @param tree The parse5 document.
 * @param document The source text, to position the root when nodes have positions.
 * @param flattened Elements `limitDepth` flattened: their hast elements get
 *   `data.flattened`, so later stages know their blocks are not the page's own.
 */
export function hastFromParse5(
  tree: DefaultTreeAdapterTypes.Document,
  document: string,
  flattened?: ReadonlySet<P5Element>,
): Root {
  const state: State = { document, positioned: false, flattened }
  const root: Root = {
    type: 'root',
    children: children(tree, state),
    data: { quirksMode: tree.mode === 'quirks' || tree.mode === 'limited-quirks' },
  }
  if (state.positioned) root.position = wholeDocument(state)
  return root
}

/**
 * Turn the nodes of a parse5 fragment into hast, without positions.
 *
 * @param fragment The parse5 fragment (depth capped by `limitDepth`).
 * @param flattened Elements `limitDepth` flattened in it.
 */
export function hastFromParse5Fragment(
  fragment: DefaultTreeAdapterTypes.DocumentFragment,
  flattened?: ReadonlySet<P5Element>,
): RootContent[] {
  return children(fragment, { document: '', positioned: false, flattened })
}

/** What the conversion of one document shares. */
interface State {
  /** The source text. */
  document: string
  /** Whether any node got a position so far. */
  positioned: boolean
  /** Elements flattened by the depth limit. */
  flattened: ReadonlySet<P5Element> | undefined
}

/** The position of the whole source. */
function wholeDocument(state: State): Position | undefined {
  const place = location(state.document)
  const start = place.toPoint(0)
  const end = place.toPoint(state.document.length)
  return start && end ? { start, end } : undefined
}

function children(parent: P5Parent, state: State): Array<RootContent> {
  const result: RootContent[] = []
  for (const child of parent.childNodes) result.push(one(child, state))
  return result
}

function one(node: P5Node, state: State): RootContent {
  switch (node.nodeName) {
    case '#text': {
      const text: Text = { type: 'text', value: (node as DefaultTreeAdapterTypes.TextNode).value }
      patch(node, text, state)
      return text
    }
    case '#comment': {
      const comment: Comment = {
        type: 'comment',
        value: (node as DefaultTreeAdapterTypes.CommentNode).data,
      }
      patch(node, comment, state)
      return comment
    }
    case '#documentType': {
      const doctype: Doctype = { type: 'doctype' }
      patch(node, doctype, state)
      return doctype
    }
    default:
      return element(node as P5Element, state)
  }
}

function element(node: P5Element, state: State): Element {
  // Each element reads its attributes in its own namespace's schema (MathML in HTML's).
  const schema = node.namespaceURI === svgNamespace ? svg : html
  const properties: Properties = {}
  for (const attribute of node.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
    const reader = readerOf(schema, name)
    if (!reader) continue
    let value = reader.read(attribute.value)
    const classes = properties.className
    if (reader.property === 'className' && Array.isArray(classes)) {
      value = [...classes, ...(Array.isArray(value) ? value : [value as string | number])]
    }
    properties[reader.property] = value
  }
  const result: Element = {
    type: 'element',
    tagName: node.tagName,
    properties,
    children: children(node, state) as ElementContent[],
  }
  if (state.flattened?.has(node)) {
    // A cast: `hast-util-from-parse5`'s types, when loaded, declare `data.position` required.
    result.data = { flattened: true } as Element['data']
  }
  patch(node, result, state)
  if (node.tagName === 'template' && node.namespaceURI === htmlNamespace) {
    const fragment = (node as DefaultTreeAdapterTypes.Template).content
    const tags = node.sourceCodeLocation
    const startTag = tags?.startTag && position(tags.startTag)
    const endTag = tags?.endTag && position(tags.endTag)
    // As `hast-util-from-parse5`: between the tags, else (unclosed) the whole source.
    const place = startTag && endTag ? { start: startTag.end, end: endTag.start } : undefined
    const content: Root = {
      type: 'root',
      children: children(fragment, state),
      data: { quirksMode: false },
    }
    const whole = place || !state.positioned ? undefined : wholeDocument(state)
    if (place ?? whole) content.position = place ?? whole
    result.content = content
  }
  return result
}

/** Copy parse5's source location onto a hast node, as `hast-util-from-parse5` does. */
function patch(from: P5Node, to: RootContent, state: State): void {
  const location = 'sourceCodeLocation' in from ? from.sourceCodeLocation : undefined
  if (!location) return
  const result = position(location)
  if (!result) return
  // parse5 ends an unclosed element at its start tag; it ends where its last
  // child does. Not for a `<template>` outside SVG, whose children
  // `hast-util-from-parse5` holds elsewhere at that point.
  if (
    to.type === 'element' &&
    !(location as Token.ElementLocation).endTag &&
    !(to.tagName === 'template' && (from as P5Element).namespaceURI !== svgNamespace)
  ) {
    const tailEnd = to.children.at(-1)?.position?.end
    if (tailEnd) result.end = { ...tailEnd }
  }
  state.positioned = true
  to.position = result
}

function position(location: Token.Location): Position | undefined {
  const start =
    location.startLine && location.startCol
      ? { line: location.startLine, column: location.startCol, offset: location.startOffset }
      : undefined
  const end =
    location.endLine && location.endCol
      ? { line: location.endLine, column: location.endCol, offset: location.endOffset }
      : undefined
  // As `hast-util-from-parse5`: a position with one point missing is kept.
  return start || end ? ({ start, end } as Position) : undefined
}

/**
 * The reader of an attribute in a schema, as `hastscript` reads attribute
 * values; `null` for names that would be keys of every object (`__proto__`,
 * `constructor`), which are dropped.
 */
function readerOf(schema: Schema, name: string): PropertyReader | null {
  const known = schema === svg ? svgReaders : htmlReaders
  let reader = known.get(name)
  if (reader === undefined) {
    if (known.size >= maxReaders) known.clear()
    reader = Object.hasOwn(Object.prototype, name) ? null : createReader(schema, name)
    known.set(name, reader)
  }
  return reader
}

function createReader(schema: Schema, name: string): PropertyReader {
  const info = find(schema, name)
  const property = info.property
  const primitive = (value: string): string | number | boolean => {
    if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
    if (
      (info.boolean || info.overloadedBoolean) &&
      (value === '' || normalize(value) === normalize(property))
    ) {
      return true
    }
    return value
  }
  const list = (values: string[]) => values.map((value) => primitive(value) as string | number)
  // Class names and the like: the tokens as they are, with no copy to read them into.
  const tokens = !info.number && !info.boolean && !info.overloadedBoolean
  if (info.spaceSeparated) {
    return { property, read: (value) => (tokens ? parseSpaces(value) : list(parseSpaces(value))) }
  }
  if (info.commaSeparated) return { property, read: (value) => list(parseCommas(value)) }
  if (info.commaOrSpaceSeparated) {
    return { property, read: (value) => list(parseSpaces(parseCommas(value).join(' '))) }
  }
  return { property, read: primitive }
}
