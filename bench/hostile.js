// @ts-check
/**
 * Hostile-input benchmark: time per MB of `clean()` on huge hostile pages
 * (one line with no white space, 200,000 nested divs, a long list, a table
 * bomb) against time per MB on ordinary pages, in the same process,
 * interleaved round by round. Reports medians and each ratio to ordinary
 * pages; the aim is every ratio within 3.
 *
 *   npm run build
 *   npm run bench:hostile -- [<dataset-dir> …] [--rounds 3] [--limit N] [--mb 50]
 *     [--items 100000]
 *
 * Ordinary pages: the datasets given (as for `npm run bench`), else the
 * HTML fixtures in `fixtures/`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { clean } from '../dist/index.js'
import { loadDataset, readPage } from './dataset.js'
import { fixed, median } from './report.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    limit: { type: 'string', default: 'Infinity' },
    mb: { type: 'string', default: '50' },
    items: { type: 'string', default: '100000' },
  },
})
const rounds = Number(values.rounds)
const limit = Number(values.limit)
const megabytes = Number(values.mb)
const items = Number(values.items)

/** @type {string[]} */
const ordinary = []
if (positionals.length > 0) {
  for (const dir of positionals) {
    const dataset = loadDataset(dir)
    for (const truth of dataset.truths.slice(0, limit)) {
      ordinary.push(readPage(dir, truth.id, dataset.meta.encoding).html)
    }
  }
} else {
  const fixtures = new URL('../fixtures/', import.meta.url)
  for (const name of readdirSync(fixtures)) {
    const path = new URL(`${name}/input.html`, fixtures)
    try {
      ordinary.push(readFileSync(path, 'utf8'))
    } catch {
      // Not an HTML fixture.
    }
  }
}

const story =
  '<p>The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year.</p>'
const word = 'harbourferryfees'
const line = word.repeat(Math.ceil((megabytes * 1e6) / word.length))

/** Hostile inputs by name, built once. @type {Record<string, string>} */
const hostile = {
  [`${megabytes} MB one line, text`]: line,
  [`${megabytes} MB one line, HTML`]: `<html><body><p>${line}</p></body></html>`,
  '200,000 nested divs': `${story}${'<div>Level text.'.repeat(200_000)}`,
  [`${items} list items`]: `<article>${story}<ul>${'<li>Ferry item'.repeat(items)}</ul></article>`,
  // A third of the items plain, the rest links: each plain item asks whether its list is the story's points.
  [`${items} list items, links and plain text`]: `<article>${story}<ul>${Array.from({ length: items }, (_, index) => (index % 3 === 0 ? '<li>Two fresh eggs</li>' : `<li><a href="/${index}">Ferry link</a> more</li>`)).join('')}</ul></article>`,
  // Each prompt link asks whether words follow it in its paragraph.
  [`${items} prompt links in one paragraph`]: `<article>${story}<p>${'<a href="/s">Share</a> '.repeat(items)}harbour</p></article>`,
  '100,000 marks of white space': `<article>${story}<p>Harbour ${'<sup> </sup>'.repeat(100_000)} fees</p></article>`,
  // Each opening of a reader prompt with no question mark after it: a pattern
  // that reads to the end of the text from each is quadratic.
  'a paragraph of 40,000 unasked questions': `<article>${story}<p>${'How do you feel about the ferry fees '.repeat(40_000)}</p></article>`,
  'table bomb': `<article>${story}<table><tr><td colspan="1000000" rowspan="65534">x</td>${'<td>y</td>'.repeat(5000)}</tr>${'<tr><td rowspan="1000">z</td></tr>'.repeat(5000)}</table></article>`,
}

/** Size in MB of a string as UTF-8. @param {string} value */
const sizeOf = (value) => Buffer.byteLength(value) / 1e6

/** Milliseconds per MB of cleaning some inputs. @param {string[]} inputs */
function msPerMb(inputs) {
  let size = 0
  const start = performance.now()
  for (const input of inputs) {
    clean(input)
    size += sizeOf(input)
  }
  return (performance.now() - start) / size
}

/** @type {Record<string, number[]>} */
const times = { ordinary: [] }
for (const name of Object.keys(hostile)) times[name] = []
for (let round = 0; round < rounds; round++) {
  times.ordinary?.push(msPerMb(ordinary))
  for (const [name, input] of Object.entries(hostile)) times[name]?.push(msPerMb([input]))
  console.error(`round ${round + 1} of ${rounds} done`)
}

const baseline = median(times.ordinary ?? [])
console.log(`ordinary pages: ${ordinary.length}, ${fixed(sizeOf(ordinary.join('')), 2)} MB`)
console.log('input\tms per MB\tratio to ordinary')
for (const [name, values] of Object.entries(times)) {
  const value = median(values)
  console.log(`${name}\t${fixed(value, 0)}\t${fixed(value / baseline, 2)}`)
}
