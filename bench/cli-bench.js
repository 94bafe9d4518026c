// @ts-check
/**
 * What the benchmarks of the CLI over a folder share: reading their command
 * line (a dataset folder and options), writing the dataset's pages into a
 * folder of `.html` files, as a scraper saves them, and keeping measures
 * round by round.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadDataset, readPage } from './dataset.js'
import { median } from './report.js'

/**
 * Read a benchmark's command line: one dataset folder, `--rounds` (default
 * 2), `--limit` (default: all pages) and the benchmark's own options; print
 * the usage and exit with 2 when it is wrong.
 * @template {Record<string, {type: 'string', default: string}>} Options
 * @param {string} usage
 * @param {Options} options
 */
export function readBenchArgs(usage, options) {
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: {
        rounds: { type: 'string', default: '2' },
        limit: { type: 'string', default: 'Infinity' },
        ...options,
      },
    })
    const [dir] = parsed.positionals
    if (dir && parsed.positionals.length === 1) return { dir, values: parsed.values }
  } catch (error) {
    console.error(/** @type {Error} */ (error).message)
  }
  console.error(usage)
  process.exit(2)
}

/**
 * Write the first `limit` pages of a dataset into `<work>/pages` as
 * `<id>.html` files, `copies` times each (`<id>.html`, `<id>-1.html`, …):
 * a long run, over which what each process or thread pays once (loading
 * the library, warming V8's compiler) weighs as it does on a large folder.
 * @param {string} dir The dataset folder.
 * @param {number} limit
 * @param {string} work A folder of the benchmark's own.
 * @param {number} [copies]
 * @returns {{name: string, folder: string, files: number, pages: {id: string, html: string}[]}}
 *   The dataset's name, the folder of pages, how many files it holds, and the pages.
 */
export function pagesFolder(dir, limit, work, copies = 1) {
  const dataset = loadDataset(dir)
  const folder = join(work, 'pages')
  mkdirSync(folder)
  const pages = dataset.truths.slice(0, limit).map((truth) => ({
    id: truth.id,
    html: readPage(dir, truth.id, dataset.meta.encoding).html,
  }))
  for (let copy = 0; copy < copies; copy++) {
    for (const page of pages) {
      writeFileSync(join(folder, `${page.id}${copy > 0 ? `-${copy}` : ''}.html`), page.html)
    }
  }
  return { name: dataset.meta.name, folder, files: pages.length * copies, pages }
}

/** Measures taken round by round, by name, and their medians. */
export class Measures {
  /** @type {Map<string, number[]>} */
  #values = new Map()

  /**
   * Keep a value of this round.
   * @param {string} name
   * @param {number} value
   */
  note(name, value) {
    this.#values.set(name, [...(this.#values.get(name) ?? []), value])
  }

  /**
   * The median over the rounds.
   * @param {string} name
   */
  median(name) {
    return median(this.#values.get(name) ?? [])
  }

  /**
   * The values of every round, in order.
   * @param {string} name
   * @returns {readonly number[]}
   */
  rounds(name) {
    return this.#values.get(name) ?? []
  }
}
