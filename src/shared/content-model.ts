import type {
  BlockContent,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  Table,
  TableCell,
  TableRow,
} from 'mdast'
import { isSpaceCode } from './text-shape.js'

/** Nodes that may hold phrasing content only. */
export const phrasingParents: ReadonlySet<string> = new Set([
  'delete',
  'emphasis',
  'heading',
  'link',
  'linkReference',
  'paragraph',
  'strong',
  'tableCell',
])

/** Nodes that hold blocks (flow content). */
const flowParents: ReadonlySet<string> = new Set(['blockquote', 'listItem', 'root'])

/** Phrasing content node types. */
const phrasingTypes: ReadonlySet<string> = new Set([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
])

/** Marks that add nothing inside themselves: `**a **b** c**` says `**a b c**`. */
const marks: ReadonlySet<string> = new Set(['delete', 'emphasis', 'strong'])

/** Nodes written on one line: a line break in them is written as a space. */
const oneLineParents: ReadonlySet<string> = new Set(['heading', 'tableCell'])

/** Marks a block boundary while flattening. */
const boundary = Symbol('block boundary')

/**
 * Make every node hold what mdast allows it to:
 *
 * - headings, paragraphs and other phrasing parents hold phrasing only:
 *   blocks inside them (`<h2><div>…</div></h2>` gives a paragraph inside a
 *   heading) are replaced by their content, each block on a line of its own;
 * - tables hold rows and rows hold cells: anything else in them (a link
 *   around a whole table gives a link in a table) gets a cell of its own,
 *   as the table writer drops it with its text; rows and cells outside a
 *   table (a hast tree may hold a bare `<td>`) stand in a table of their own;
 * - list items stand in lists (an `<li>` outside `<ul>` or `<ol>` gets one),
 *   lists hold list items only (`<a><ol>…</ol></a>` gives a link in a list),
 *   and text in a list item, a blockquote or the root stands in a paragraph;
 * - inline code is not empty, does not follow inline code (the two would
 *   be written as one span that holds backticks), and holds no line break:
 *   `<code>` around blocks gives one, and a blank line would end the code
 *   span early and let the rest of it be read as Markdown (a renderer shows
 *   a line break in a code span as a space);
 * - strong, emphasis and strikethrough hold more than white space (an
 *   empty `<b></b>` would be written as a bare `****`, read as text; one of
 *   white space alone is left as that white space), none holds another
 *   of its kind (`<b>` nested 200 deep would be written as 400 asterisks on
 *   each side of its word), and none starts or ends with a line break or
 *   white space: the writer would encode the line ending next to the
 *   marker, which a reader sees as a stray backslash, and a space and the
 *   letter after the marker as character references (`**a&#x20;**&#x62;c`);
 * - headings and table cells hold no line break: they are written on one
 *   line, the break as a space, so the text has a space there too;
 * - paragraphs neither start nor end with a line break: a break at the end
 *   would be written as a lone backslash, which a reader shows as one;
 * - a list item that holds a code block with a blank line in it is loose
 *   (its blocks set apart by blank lines): in a tight item, renderers
 *   (micromark among them) drop that blank line and join the code's lines.
 *
 * `rehype-remark` passes both through. Writing Markdown from a heading
 * nested in a heading takes time exponential in the nesting (a few dozen
 * levels would hang the caller), and stray items and text would be in the
 * Markdown but not in the text.
 */
export function fitTreeToContentModel(tree: Root): undefined {
  // A plain walk, parents before their children (which a parent may
  // replace): it visits every node of the article, where
  // `unist-util-visit`'s ancestor bookkeeping costs more than the work.
  const walk = (node: Nodes): undefined => {
    fitContentModel(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
}

/** Whether a node is a code block with a blank line in it. */
function isCodeWithBlankLine(node: Nodes): boolean {
  return node.type === 'code' && /\n[ \t]*\n/.test(node.value)
}

/** Make one node hold what its type may hold (see `fitTreeToContentModel`). */
function fitContentModel(node: Nodes): undefined {
  if (node.type === 'inlineCode') node.value = node.value.replace(/\r\n?|\n/g, ' ')
  if (!('children' in node)) return
  if (marks.has(node.type)) unwrapNested(node as Parent)
  const phrasingParent = phrasingParents.has(node.type)
  // Before tidying: the marks of a paragraph in a heading or a table cell
  // are tidied as the heading's or the cell's own.
  if (
    phrasingParent &&
    !(node.children as Nodes[]).every((child) => phrasingTypes.has(child.type))
  ) {
    ;(node as { children: PhrasingContent[] }).children = toPhrasing(node.children as Nodes[])
  }
  // Empty code is written as a bare run of backticks, which joins the
  // backticks of the next code span and opens a longer one that never
  // closes: what that code span held would be read as Markdown.
  if ((node.children as Nodes[]).some(needsTidying)) {
    ;(node as Parent).children = tidy(node.children) as Parent['children']
  }
  if (node.type === 'paragraph' && hasLooseEdge(node)) {
    node.children = splitLooseEdges(node).children as PhrasingContent[]
  }
  const children: Nodes[] = node.children
  if (phrasingParent) {
    // After `toPhrasing`: the blocks it puts on lines of their own are lines too.
    if (oneLineParents.has(node.type)) breaksToSpaces(node as Parent)
  } else if (node.type === 'list' && children.some((child) => child.type !== 'listItem')) {
    node.children = asItems(children)
  } else if (flowParents.has(node.type) && children.some(isStray)) {
    ;(node as Parent).children = asFlow(children) as Parent['children']
  } else if (node.type === 'table' && children.some((child) => child.type !== 'tableRow')) {
    node.children = asRows(children)
  }
  if (node.type === 'listItem' && !node.spread && node.children.some(isCodeWithBlankLine)) {
    node.spread = true
  } else if (node.type === 'tableRow' && children.some((child) => child.type !== 'tableCell')) {
    node.children = asCells(children)
  }
}

/** Take the marks of a mark's own kind out of it, at any depth, keeping what they hold. */
function unwrapNested(mark: Parent): undefined {
  const parents: Parent[] = [mark]
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    if (parent.children.some((child) => child.type === mark.type)) {
      parent.children = withoutMarksOf(mark.type, parent.children as Nodes[]) as Parent['children']
    }
    for (const child of parent.children) if ('children' in child) parents.push(child)
  }
}

/** Nodes with the marks of a kind among them replaced by what they hold, in order. */
function withoutMarksOf(type: string, nodes: readonly Nodes[]): Nodes[] {
  const result: Nodes[] = []
  const pending = [...nodes].reverse()
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type !== type || !('children' in node)) result.push(node)
    else
      for (let index = node.children.length - 1; index >= 0; index--) {
        pending.push(node.children[index] as Nodes)
      }
  }
  return result
}

/** Replace every line break in a node, at any depth, with a space. */
function breaksToSpaces(node: Parent): undefined {
  const parents: Parent[] = [node]
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    parent.children = parent.children.map((child) =>
      child.type === 'break' ? { type: 'text', value: ' ' } : child,
    ) as Parent['children']
    for (const child of parent.children) if ('children' in child) parents.push(child)
  }
}

/**
 * Whether a child is empty code, code right after code, a blank mark, a
 * mark right after one of its kind, or a mark with a line break at an edge.
 */
function needsTidying(child: Nodes, index: number, children: readonly Nodes[]): boolean {
  return (
    isEmptyCode(child) ||
    (child.type === 'inlineCode' && children[index - 1]?.type === 'inlineCode') ||
    blankMarkText(child) !== null ||
    (marks.has(child.type) &&
      (children[index - 1]?.type === child.type || hasLooseEdge(child as Parent)))
  )
}

/**
 * Whether a mark or paragraph starts or ends with a line break or white
 * space, in it or in a mark at its edge.
 */
function hasLooseEdge(mark: Parent): boolean {
  return edgeIsLoose(mark, 0) || edgeIsLoose(mark, -1)
}

/**
 * Whether the first (`0`) or last (`-1`) node down a chain of marks is a line
 * break or text with white space on that side. One edge at a time: `<b>`
 * nested 400 deep has one child at each level, and following both edges at
 * once would take 2⁴⁰⁰ steps.
 */
function edgeIsLoose(mark: Parent, edge: 0 | -1): boolean {
  for (let node: Parent | undefined = mark; node; ) {
    const child = node.children.at(edge) as Nodes | undefined
    if (child?.type === 'break') return true
    if (child?.type === 'text') {
      return isSpaceCode(child.value.charCodeAt(edge === 0 ? 0 : child.value.length - 1))
    }
    node = child && marks.has(child.type) ? (child as Parent) : undefined
  }
  return false
}

/**
 * A mark with the line breaks and white space at its edges moved out before
 * and after it (`**a<br>**b` reads `**a**<br>b`, `**a **b` reads `**a** b`:
 * a marker beside white space does not close or open, and the writer would
 * encode the space and the letter after it as `&#x20;**&#x62;`); nothing
 * when it held only those.
 */
function withoutLooseEdges(mark: Parent): Nodes[] {
  const { before, children, after } = splitLooseEdges(mark)
  const kept: Nodes[] = children.length > 0 ? [{ ...mark, children } as Nodes] : []
  return [...before, ...kept, ...after]
}

/**
 * The line breaks and white space at the start and end of a parent, down
 * chains of marks at its edges, apart from what is between.
 */
function splitLooseEdges(parent: Parent): { before: Nodes[]; children: Nodes[]; after: Nodes[] } {
  const before: Nodes[] = []
  const after: Nodes[] = []
  const children = [...parent.children] as Nodes[]
  for (let first = children[0]; first; first = children[0]) {
    if (isBreakOrBlank(first)) before.push(children.shift() as Nodes)
    else if (first.type === 'text' && isSpaceCode(first.value.charCodeAt(0))) {
      let end = 1
      while (isSpaceCode(first.value.charCodeAt(end))) end++
      before.push({ type: 'text', value: first.value.slice(0, end) })
      children[0] = { type: 'text', value: first.value.slice(end) }
      break
    } else if (marks.has(first.type) && hasLooseEdge(first as Parent)) {
      children.splice(0, 1, ...withoutLooseEdges(first as Parent))
      if (children[0] === first) break
    } else break
  }
  for (let last = children[children.length - 1]; last; last = children[children.length - 1]) {
    if (isBreakOrBlank(last)) after.unshift(children.pop() as Nodes)
    else if (last.type === 'text' && isSpaceCode(last.value.charCodeAt(last.value.length - 1))) {
      let start = last.value.length - 1
      while (start > 0 && isSpaceCode(last.value.charCodeAt(start - 1))) start--
      after.unshift({ type: 'text', value: last.value.slice(start) })
      children[children.length - 1] = { type: 'text', value: last.value.slice(0, start) }
      break
    } else if (marks.has(last.type) && hasLooseEdge(last as Parent)) {
      children.splice(children.length - 1, 1, ...withoutLooseEdges(last as Parent))
      if (children[children.length - 1] === last) break
    } else break
  }
  return { before, children, after }
}

/** Whether a node is a line break or white space alone. */
function isBreakOrBlank(node: Nodes): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '')
}

/**
 * Children without empty inline code, blank marks replaced by their white
 * space, and marks of a kind side by side made one: `**a****b**` would be
 * read as text. Code spans side by side are made one too: `` `a``b` `` is
 * one span that holds the backticks.
 */
function tidy(children: readonly Nodes[]): Nodes[] {
  const result: Nodes[] = []
  for (const child of children.flatMap((child) =>
    marks.has(child.type) && hasLooseEdge(child as Parent)
      ? withoutLooseEdges(child as Parent)
      : [child],
  )) {
    const blank = blankMarkText(child)
    const previous = result[result.length - 1]
    if (blank !== null) {
      if (blank !== '') result.push({ type: 'text', value: blank })
    } else if (isEmptyCode(child)) continue
    else if (child.type === 'inlineCode' && previous?.type === 'inlineCode') {
      previous.value += child.value
    } else if (marks.has(child.type) && previous?.type === child.type) {
      for (const grandchild of (child as Parent).children)
        (previous as Parent).children.push(grandchild)
    } else result.push(child)
  }
  return result
}

/** The white space a mark holds when it holds nothing else (`''` when empty), or `null`. */
function blankMarkText(node: Nodes): string | null {
  if (!marks.has(node.type)) return null
  let text = ''
  for (const child of (node as Parent).children as Nodes[]) {
    const blank = child.type === 'text' ? child.value : blankMarkText(child)
    if (blank === null || blank.trim() !== '') return null
    text += blank
  }
  return text
}

/** Whether a node is inline code with nothing in it. */
function isEmptyCode(node: Nodes): boolean {
  return node.type === 'inlineCode' && node.value === ''
}

/** Whether a node cannot stand in a flow parent as it is. */
function isStray(node: Nodes): boolean {
  return (
    node.type === 'listItem' ||
    node.type === 'tableRow' ||
    node.type === 'tableCell' ||
    phrasingTypes.has(node.type)
  )
}

/**
 * Runs of stray list items wrapped in lists, runs of stray table rows and
 * cells in tables, runs of phrasing in paragraphs.
 */
function asFlow(nodes: Nodes[]): Nodes[] {
  const result: Nodes[] = []
  let list: List | undefined
  let table: Table | undefined
  let row: TableRow | undefined
  let paragraph: Paragraph | undefined
  for (const node of nodes) {
    if (node.type === 'tableRow' || node.type === 'tableCell') {
      list = undefined
      paragraph = undefined
      if (!table) {
        table = { type: 'table', children: [] }
        result.push(table)
      }
      if (node.type === 'tableRow') {
        row = undefined
        table.children.push(node)
      } else if (row) row.children.push(node)
      else {
        row = { type: 'tableRow', children: [node] }
        table.children.push(row)
      }
    } else if (node.type === 'listItem') {
      table = undefined
      row = undefined
      paragraph = undefined
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] }
        result.push(list)
      }
      list.children.push(node)
    } else if (phrasingTypes.has(node.type)) {
      list = undefined
      table = undefined
      row = undefined
      if (!paragraph) {
        paragraph = { type: 'paragraph', children: [] }
        result.push(paragraph)
      }
      paragraph.children.push(node as PhrasingContent)
    } else {
      list = undefined
      table = undefined
      row = undefined
      paragraph = undefined
      result.push(node)
    }
  }
  return result
}

/** Every node of a table in a row: a row of one cell for what is not a row. */
function asRows(nodes: Nodes[]): TableRow[] {
  return nodes.map((node) =>
    node.type === 'tableRow' ? node : { type: 'tableRow', children: asCells([node]) },
  )
}

/** Every node of a row in a cell; blocks become phrasing once the cell is visited. */
function asCells(nodes: Nodes[]): TableCell[] {
  return nodes.map((node) =>
    node.type === 'tableCell' ? node : { type: 'tableCell', children: toPhrasing([node]) },
  )
}

/** Every node of a list in a list item: runs of phrasing in one, in a paragraph. */
function asItems(nodes: Nodes[]): ListItem[] {
  const items: ListItem[] = []
  let paragraph: Paragraph | undefined
  for (const node of nodes) {
    if (phrasingTypes.has(node.type)) {
      if (!paragraph) {
        paragraph = { type: 'paragraph', children: [] }
        items.push({ type: 'listItem', spread: false, children: [paragraph] })
      }
      paragraph.children.push(node as PhrasingContent)
      continue
    }
    paragraph = undefined
    items.push(
      node.type === 'listItem'
        ? node
        : { type: 'listItem', spread: false, children: [node as BlockContent] },
    )
  }
  return items
}

/** The phrasing content of a list of nodes, a line break where each block started or ended. */
function toPhrasing(nodes: Nodes[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  const pending: Array<Nodes | typeof boundary> = [...nodes].reverse()
  const breakLine = () => {
    const last = result[result.length - 1]
    if (last && last.type !== 'break') result.push({ type: 'break' })
  }
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === boundary) breakLine()
    else if (!node) break
    else if (phrasingTypes.has(node.type)) result.push(node as PhrasingContent)
    else {
      breakLine()
      if ('children' in node) {
        pending.push(boundary)
        for (let index = node.children.length - 1; index >= 0; index--) {
          pending.push(node.children[index] as Nodes)
        }
      } else if ('value' in node && node.type !== 'yaml') {
        result.push({ type: 'text', value: node.value })
        pending.push(boundary)
      }
    }
  }
  if (result[result.length - 1]?.type === 'break') result.pop()
  return result
}
