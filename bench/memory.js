// @ts-check
/**
 * Memory benchmark: does `clean()` leak? Cleans a dataset's pages over and
 * over in one process (20,000 pages by default) and samples the resident set
 * size after a full garbage collection every 1,000 pages. Prints the samples
 * and RSS at the end over RSS after the first 1,000 pages (no growth is 1).
 *
 *   npm run build
 *   npm run bench:memory -- <dataset-dir> [--pages 20000] [--every 1000] [--json report.json]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { clean } from '../dist/index.js'
import { loadDataset, readPage } from './dataset.js'
import { fixed } from './report.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string', default: '20000' },
    every: { type: 'string', default: '1000' },
    json: { type: 'string' },
  },
})
const dir = positionals[0]
const gc = globalThis.gc
if (!dir || !gc) {
  console.error(
    'Usage: node --expose-gc bench/memory.js <dataset-dir> [--pages 20000] [--every 1000] [--json report.json]\n' +
      '(npm run bench:memory passes --expose-gc)',
  )
  process.exit(2)
}
const total = Number(values.pages)
const every = Number(values.every)

const dataset = loadDataset(dir)
const pages = dataset.truths.map((truth) => readPage(dir, truth.id, dataset.meta.encoding).html)

const megabytes = (/** @type {number} */ bytes) => bytes / 1024 / 1024
/** @type {{pages: number, rssMb: number, heapMb: number}[]} */
const samples = []
for (let done = 1; done <= total; done++) {
  clean(pages[(done - 1) % pages.length] ?? '', { format: 'html' })
  if (done % every === 0) {
    gc()
    const usage = process.memoryUsage()
    samples.push({ pages: done, rssMb: megabytes(usage.rss), heapMb: megabytes(usage.heapUsed) })
    console.log(
      `  ${String(done).padStart(7)} pages  RSS ${fixed(megabytes(usage.rss), 0).padStart(5)} MB  heap ${fixed(megabytes(usage.heapUsed), 0).padStart(5)} MB`,
    )
  }
}
const first = samples[0]
const last = samples.at(-1)
const growth = first && last ? last.rssMb / first.rssMb : Number.NaN
console.log(
  `RSS after ${last?.pages ?? 0} pages / after ${first?.pages ?? 0}: ${fixed(growth, 3)} (${pages.length} distinct pages, cycled)`,
)

if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, samples, growth }, null, 2)}\n`,
  )
}
