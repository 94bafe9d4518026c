// @ts-check
/**
 * Batch benchmark: the CLI over a folder of saved pages with one worker and
 * with two, interleaved round by round in the same run (pages/s and their
 * ratio), beside the ceiling of the machine: one plain process calling
 * `clean()` on every page against two such processes at once, with no batch
 * layer at all (no parallel run can beat that ratio); then a JSONL file of many records made by repeating the pages (peak
 * memory of the whole process, its workers included, and whether every record
 * came out, in order).
 *
 *   npm run build
 *   npm run bench:batch -- <dataset-dir> [--rounds 2] [--limit N] [--records 10000] [--concurrency 2]
 */
import { spawn } from 'node:child_process'
import {
  closeSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { loadDataset, readPage } from './dataset.js'
import { fixed, median } from './report.js'

const usage =
  'Usage: npm run bench:batch -- <dataset-dir> [--rounds 2] [--limit N] [--records 10000] [--concurrency 2]'
/** @type {ReturnType<typeof readArgs>} */
let parsed
function readArgs() {
  return parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '2' },
      limit: { type: 'string', default: 'Infinity' },
      records: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '2' },
    },
  })
}
try {
  parsed = readArgs()
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n${usage}`)
  process.exit(2)
}
const rounds = Number(parsed.values.rounds)
const limit = Number(parsed.values.limit)
const records = Number(parsed.values.records)
const concurrency = Number(parsed.values.concurrency)
const [dir] = parsed.positionals
if (!dir || parsed.positionals.length > 1) {
  console.error(usage)
  process.exit(2)
}

const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
const dataset = loadDataset(dir)
const pages = dataset.truths
  .slice(0, limit)
  .map((truth) => ({ id: truth.id, html: readPage(dir, truth.id, dataset.meta.encoding).html }))
const work = mkdtempSync(join(tmpdir(), 'unscrape-bench-batch-'))

/**
 * Run the CLI; resolve to its wall time in ms and its peak resident memory in
 * MiB (VmHWM of /proc, which counts the worker threads too).
 * @param {string[]} cliArgs
 * @returns {Promise<{ms: number, cpuMs: number, peakMib: number, code: number | null}>}
 */
function runCli(cliArgs) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, [bin, ...cliArgs], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let peakKib = 0
    let cpuTicks = 0
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        peakKib = Math.max(peakKib, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time, in ticks of 1/100 s.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ')
        cpuTicks = Number(fields?.[11] ?? 0) + Number(fields?.[12] ?? 0)
      } catch {
        // The process has ended.
      }
    }
    const timer = setInterval(sample, 50)
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      if (code !== 0 && code !== 1) reject(new Error(`unscrape exited with ${code}: ${stderr}`))
      else
        resolve({
          ms: performance.now() - start,
          cpuMs: cpuTicks * 10,
          peakMib: peakKib / 1024,
          code,
        })
    })
  })
}

/** Clean every page of a folder in one plain process, no workers: the work alone. */
const cleanFolder = `
import { readdirSync, readFileSync } from 'node:fs'
import { clean } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}
const dir = process.argv[1]
for (const name of readdirSync(dir)) clean(readFileSync(dir + '/' + name))
`

/**
 * Run `cleanFolder` in `count` processes at once; resolve to the wall time of
 * the slowest, in ms.
 * @param {string} folder
 * @param {number} count
 * @returns {Promise<number>}
 */
function runPlain(folder, count) {
  const start = performance.now()
  const one = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', cleanFolder, folder], {
        stdio: 'inherit',
      })
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0 ? resolve(undefined) : reject(new Error(`plain run exited with ${code}`)),
      )
    })
  return Promise.all(Array.from({ length: count }, one)).then(() => performance.now() - start)
}

try {
  // Folder: the pages as files, as a scraper saves them.
  const folder = join(work, 'pages')
  mkdirSync(folder)
  for (const page of pages) writeFileSync(join(folder, `${page.id}.html`), page.html)
  /** @type {Record<string, number[]>} */
  const rates = { 'j 1': [], [`j ${concurrency}`]: [] }
  /** @type {Record<string, number[]>} */
  const cpu = { 'j 1': [], [`j ${concurrency}`]: [] }
  /** @type {number[]} */
  const ceilings = []
  for (let round = 0; round < rounds; round++) {
    const alone = await runPlain(folder, 1)
    ceilings.push((concurrency * alone) / (await runPlain(folder, concurrency)))
    // Alternate which runs first, so that drift on the machine affects both alike.
    const order = round % 2 === 0 ? [1, concurrency] : [concurrency, 1]
    for (const threads of order) {
      const out = join(work, `out-${round}-${threads}`)
      const { ms, cpuMs } = await runCli([folder, '-o', out, '-j', String(threads), '-q'])
      rates[`j ${threads}`]?.push(pages.length / (ms / 1000))
      cpu[`j ${threads}`]?.push(cpuMs / pages.length)
      rmSync(out, { recursive: true, force: true })
    }
  }
  const one = median(rates['j 1'] ?? [])
  const many = median(rates[`j ${concurrency}`] ?? [])
  console.log(`${dataset.meta.name}: ${pages.length} pages, ${rounds} rounds, medians`)
  // CPU time per page tells the cost of parallel work apart from a machine
  // busy with other processes, which wall time alone cannot.
  for (const threads of [1, concurrency]) {
    const rate = median(rates[`j ${threads}`] ?? [])
    const cpuPerPage = median(cpu[`j ${threads}`] ?? [])
    console.log(
      `  folder, -j ${threads}: ${fixed(rate, 1)} pages/s, ${fixed(cpuPerPage, 0)} ms CPU per page`,
    )
  }
  console.log(`  ratio -j ${concurrency} / -j 1: ${fixed(many / one, 2)}×`)
  console.log(
    `  ceiling: ${concurrency} plain processes cleaning every page at once do ` +
      `${fixed(median(ceilings), 2)}× the work of one in the same time`,
  )

  // JSONL: many records, made by repeating the pages, written and read a line
  // at a time (the files are gigabytes).
  const input = join(work, 'in.jsonl')
  const file = openSync(input, 'w')
  for (let index = 0; index < records; index++) {
    const page = pages[index % pages.length]
    writeSync(file, `${JSON.stringify({ id: `${index}`, html: page?.html ?? '' })}\n`)
  }
  closeSync(file)
  const output = join(work, 'out.jsonl')
  const jsonl = await runCli(['--jsonl', input, '-o', output, '-j', String(concurrency), '-q'])
  let lines = 0
  let inOrder = true
  for await (const line of createInterface({ input: createReadStream(output) })) {
    if (/^\{"id":"(\d+)"/.exec(line)?.[1] !== String(lines)) inOrder = false
    lines++
  }
  console.log(
    `  jsonl, ${records} records, -j ${concurrency}: ${fixed(records / (jsonl.ms / 1000), 1)} records/s, ` +
      `peak RSS ${fixed(jsonl.peakMib, 0)} MiB, ${lines} lines out, ${inOrder ? 'in order' : 'NOT in order'}`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
