import type { Element, ElementContent } from 'hast'
import { defaultHandlers, type State } from 'hast-util-to-mdast'
import type { RootContent, Table, Text } from 'mdast'

/** Most columns a table may have and still be written as a Markdown table. */
export const maxTableColumns = 100

/** Most cells (rows × columns, spans filled in) a Markdown table may have. */
export const maxTableCells = 50_000

/** The spans browsers honour at most (HTML’s table processing model). */
const maxColSpan = 1000
const maxRowSpan = 65_534

/**
 * Turn a `<table>` into a Markdown table when it is a grid a reader can
 * read, else into one paragraph per row.
 *
 * A Markdown table fills every span with empty cells and pads every row to
 * the widest, so its size is rows × columns, not the size of the HTML: a
 * few cells with `colspan="1000000"` and `rowspan` over hundreds of rows
 * would become millions of cells. A table wider than `maxTableColumns` or
 * with more than `maxTableCells` once spans are filled in keeps its text,
 * row by row, with the cells of a row separated by a space.
 */
export function handleTable(state: State, node: Element): Table | Text | RootContent[] {
  if (state.inTable) return defaultHandlers.table(state, node)
  const rows = tableRows(node)
  const columns = gridWidth(rows)
  if (columns <= maxTableColumns && columns * (rows.length + 1) <= maxTableCells) {
    return defaultHandlers.table(state, node)
  }
  // Nested tables become text, as in the Markdown table they would be in.
  state.inTable = true
  const flow: RootContent[] = []
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'caption')
      flow.push(...state.toFlow(state.all(child)))
  }
  for (const row of rows) {
    const line: ReturnType<State['all']> = []
    for (const cell of cellsOf(row)) {
      if (line.length > 0) line.push({ type: 'text', value: ' ' })
      line.push(...state.all(cell))
    }
    flow.push(...state.toFlow(line))
  }
  state.inTable = false
  return flow
}

/** The rows of a table, not those of tables inside its cells. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.children) {
        if (row.type === 'element' && row.tagName === 'tr') rows.push(row)
      }
    }
  }
  return rows
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(
    (cell: ElementContent): cell is Element =>
      cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
  )
}

/**
 * The widest row once row and column spans are filled in, as
 * hast-util-to-mdast fills them: a cell spanning rows adds its columns to
 * each row it reaches (rows past the last are not made).
 */
function gridWidth(rows: Element[]): number {
  // Width a spanning cell stops adding, by the row past its last.
  const ending: number[] = new Array<number>(rows.length + 1).fill(0)
  let widest = 0
  let running = 0
  for (const [index, row] of rows.entries()) {
    for (const cell of cellsOf(row)) {
      const colSpan = span(cell.properties.colSpan, maxColSpan)
      const rowSpan = span(cell.properties.rowSpan, maxRowSpan)
      running += colSpan
      const past = Math.min(index + rowSpan, rows.length)
      ending[past] = (ending[past] ?? 0) - colSpan
    }
    running += ending[index] ?? 0
    if (running > widest) widest = running
  }
  return widest
}

function span(value: unknown, most: number): number {
  const parsed = Number.parseInt(String(value), 10)
  return parsed > 1 ? Math.min(parsed, most) : 1
}
