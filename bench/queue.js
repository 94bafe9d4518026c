// @ts-check
/**
 * Queue benchmark: pages/s through a BullMQ queue on a Redis of its own,
 * with one worker and with two (`unscrape queue work -j 1` each), and one
 * worker of two threads (`-j 2`), beside the folder batch (`unscrape <folder>
 * -o`) at `-j 1` and `-j 2` on the same pages, interleaved round by round;
 * then the overhead of the queue per job: the time a page costs through the
 * queue at -j 1 over what it costs in the folder batch at -j 1, and the time
 * `queue add` takes per page. Each run is a whole process, started to
 * finished (the workers with `--exit-when-empty`).
 *
 *   npm run build
 *   npm run bench:queue -- <dataset-dir> [--rounds 2] [--limit N]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { redisMissing, startRedis } from '../scripts/redis-server.js'
import { runNode } from './child.js'
import { Measures, pagesFolder, readBenchArgs } from './cli-bench.js'
import { fixed } from './report.js'

const usage = 'Usage: npm run bench:queue -- <dataset-dir> [--rounds 2] [--limit N]'
const { dir, values } = readBenchArgs(usage, {})
const rounds = Number(values.rounds)
const limit = Number(values.limit)
if (redisMissing) {
  console.error(`bench:queue needs a Redis: ${redisMissing}`)
  process.exit(2)
}

const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'unscrape-bench-queue-'))
const redis = await startRedis()

/**
 * Run the CLI; resolve to its wall time in ms.
 * @param {string[]} args
 */
const runCli = async (args) => (await runNode([bin, ...args], { ok: [0, 1] })).ms

try {
  const { name: dataset, folder, pages } = pagesFolder(dir, limit, work)
  const n = pages.length
  const measures = new Measures()
  const note = measures.note.bind(measures)
  const med = measures.median.bind(measures)

  /**
   * Add the pages to a fresh queue, run `workers` worker processes of
   * `threads` threads each until it is empty; the wall time of the workers.
   * @param {string} queue
   * @param {number} workers
   * @param {number} threads
   */
  const throughQueue = async (queue, workers, threads) => {
    const target = ['--redis', redis.url, '--queue', queue]
    note('add', (await runCli(['queue', 'add', folder, ...target])) / n)
    const out = join(work, `out-${queue}`)
    const start = performance.now()
    await Promise.all(
      Array.from({ length: workers }, () =>
        runCli([
          'queue',
          'work',
          ...target,
          '-o',
          out,
          '-j',
          String(threads),
          '--exit-when-empty',
          '-q',
        ]),
      ),
    )
    const ms = performance.now() - start
    rmSync(out, { recursive: true, force: true })
    return ms
  }

  /** The runs of a round, by name: each resolves to its wall time in ms. */
  /** @type {Record<string, (round: number) => Promise<number>>} */
  const runs = {
    'folder -j 1': async (round) => {
      const out = join(work, `batch-${round}-1`)
      const ms = await runCli([folder, '-o', out, '-j', '1', '-q'])
      rmSync(out, { recursive: true, force: true })
      return ms
    },
    'folder -j 2': async (round) => {
      const out = join(work, `batch-${round}-2`)
      const ms = await runCli([folder, '-o', out, '-j', '2', '-q'])
      rmSync(out, { recursive: true, force: true })
      return ms
    },
    'queue, 1 worker -j 1': (round) => throughQueue(`r${round}-one`, 1, 1),
    'queue, 2 workers -j 1': (round) => throughQueue(`r${round}-two`, 2, 1),
    'queue, 1 worker -j 2': (round) => throughQueue(`r${round}-threads`, 1, 2),
  }
  for (let round = 0; round < rounds; round++) {
    // Alternate the order, so that drift on the machine affects all alike.
    const names = Object.keys(runs)
    /** @type {Record<string, number>} */
    const times = {}
    for (const name of round % 2 === 0 ? names : names.reverse()) {
      times[name] = (await runs[name]?.(round)) ?? Number.NaN
      note(name, n / ((times[name] ?? Number.NaN) / 1000))
    }
    const queued = times['queue, 1 worker -j 1'] ?? Number.NaN
    note('overhead', (queued - (times['folder -j 1'] ?? Number.NaN)) / n)
  }

  console.log(`${dataset}: ${n} pages, ${rounds} rounds, medians`)
  for (const name of Object.keys(runs)) {
    console.log(`  ${name}: ${fixed(med(name), 1)} pages/s`)
  }
  console.log(
    `  queue / folder: 1 worker -j 1 ${fixed(med('queue, 1 worker -j 1') / med('folder -j 1'), 2)}×, ` +
      `2 workers -j 1 ${fixed(med('queue, 2 workers -j 1') / med('folder -j 2'), 2)}× of folder -j 2, ` +
      `1 worker -j 2 ${fixed(med('queue, 1 worker -j 2') / med('folder -j 2'), 2)}× of folder -j 2`,
  )
  console.log(
    `  overhead per job: ${fixed(med('overhead'), 1)} ms at -j 1 (queue over folder, whole runs); ` +
      `queue add: ${fixed(med('add'), 2)} ms per page`,
  )
} finally {
  await redis.stop()
  rmSync(work, { recursive: true, force: true })
}
