import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { maxTableCells, maxTableColumns } from '../src/to-mdast/bounded-table.js'

const story =
  '<h1>Harbour timetable</h1><p>The harbour authority said on Monday that the ferry would run again from next week, after repairs to the pier.</p>'

/** Clean a page whose article is the story and `table`, with no rule but the basics. */
function tableMarkdown(table: string): string {
  return clean(`<article>${story}${table}</article>`, { rules: { 'main-content': false } }).markdown
}

function row(cells: string[], tag = 'td'): string {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`
}

describe('tables in the Markdown', () => {
  it('a table of a readable size, with spans, stays a Markdown table', () => {
    const markdown = tableMarkdown(
      `<table><thead>${row(['Day', 'Depart', 'Arrive'], 'th')}</thead><tbody>` +
        '<tr><td rowspan="2">Monday</td><td>08:00</td><td>09:10</td></tr><tr><td>17:00</td><td>18:10</td></tr>' +
        '<tr><td colspan="3">No sailings on Sunday</td></tr></tbody></table>',
    )
    expect(markdown).toContain('| Day')
    expect(markdown).toMatch(/\| Monday +\| 08:00 +\| 09:10 +\|/)
    expect(markdown).toMatch(/\| +\| 17:00 +\| 18:10 +\|/)
    expect(markdown).toMatch(/\| No sailings on Sunday +\| +\| +\|/)
  })

  it('a span past the table’s edge adds no columns a browser would not show', () => {
    const markdown = tableMarkdown(
      `<table>${row(['Pier', 'Berth'], 'th')}<tr><td colspan="5000">Closed for repairs</td></tr></table>`,
    )
    expect(markdown).toContain('Closed for repairs')
    // 5000 columns would not be a table one can read: the rows are written as lines.
    expect(markdown.length).toBeLessThan(2000)
  })

  it(`a table wider than ${maxTableColumns} columns is written row by row, every cell kept`, () => {
    const header = Array.from({ length: maxTableColumns + 1 }, (_, index) => `Stop ${index}`)
    const times = Array.from(
      { length: maxTableColumns + 1 },
      (_, index) => `${10 + (index % 12)}:05`,
    )
    const markdown = tableMarkdown(
      `<table><caption>Summer stops</caption>${row(header, 'th')}${row(times)}</table>`,
    )
    expect(markdown).not.toContain('|')
    expect(markdown).toContain('Summer stops')
    expect(markdown).toContain(header.join(' '))
    expect(markdown).toContain(times.join(' '))
  })

  it(`a table over ${maxTableCells} cells once row spans are filled in is written row by row`, () => {
    const rows = Array.from(
      { length: 600 },
      (_, index) => `<tr><td rowspan="1000">Row ${index}</td></tr>`,
    )
    const markdown = tableMarkdown(`<table>${rows.join('')}</table>`)
    expect(markdown).not.toContain('|')
    expect(markdown).toContain('Row 0\n\nRow 1\n\n')
    expect(markdown).toContain('Row 599')
  })

  it('links in a table written row by row stay links; a table in a cell stays text', () => {
    const cells = Array.from({ length: maxTableColumns + 5 }, (_, index) => `c${index}`)
    cells[0] = '<a href="https://example.com/pier">Pier works</a>'
    cells[1] = `<table>${row(['inner one', 'inner two'])}</table>`
    const markdown = tableMarkdown(`<table>${row(cells)}</table>`)
    expect(markdown).toContain('[Pier works](https://example.com/pier)')
    expect(markdown).toContain('inner one')
    expect(markdown).toContain('inner two')
  })
})
