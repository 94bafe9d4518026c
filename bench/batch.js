// @ts-check
/**
 * Batch benchmark: the CLI over a folder of saved pages with one worker and
 * with two, interleaved round by round in the same run (pages/s and their
 * ratio), beside what the machine does with no batch layer at all: one plain
 * process calling `clean()` on every page (the time in `clean()` itself is
 * what `-j 1` is held to), two such processes at once (the ceiling of any
 * parallel run), and two processes that share the pages out (the same work
 * as `-j 2`, each process loading the library and warming up for half the
 * pages); then a JSONL file of many records made by repeating the
 * pages (peak memory of the whole process, its workers included, and whether
 * every record came out, in order).
 *
 *   npm run build
 *   npm run bench:batch -- <dataset-dir> [--rounds 2] [--limit N] [--copies 1] [--records 10000] [--concurrency 2]
 *     [--baseline path/to/other/dist/cli/index.js]
 *
 * `--baseline` also runs the CLI of another build (say, of an earlier
 * commit) at each `-j`, in the same rounds, and prints its pages/s beside
 * this build's as a ratio.
 * `--copies` writes each page that many times (under names of its own), to
 * see a run long enough that each thread's start-up weighs as on a large folder.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { runNode, runPlain } from './child.js'
import { Measures, pagesFolder, readBenchArgs } from './cli-bench.js'
import { fixed } from './report.js'

const usage =
  'Usage: npm run bench:batch -- <dataset-dir> [--rounds 2] [--limit N] [--copies 1] [--records 10000] [--concurrency 2] [--baseline other/dist/cli/index.js]'
const { dir, values } = readBenchArgs(usage, {
  records: { type: 'string', default: '10000' },
  concurrency: { type: 'string', default: '2' },
  copies: { type: 'string', default: '1' },
  baseline: { type: 'string', default: '' },
})
const rounds = Number(values.rounds)
const limit = Number(values.limit)
const records = Number(values.records)
const concurrency = Number(values.concurrency)
const copies = Number(values.copies)

const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
const baselineBin = values.baseline ? resolve(String(values.baseline)) : ''
const work = mkdtempSync(join(tmpdir(), 'unscrape-bench-batch-'))

/**
 * Run the CLI (this build's, or the one given).
 * @param {string[]} cliArgs
 * @param {string} [cli]
 */
const runCli = (cliArgs, cli = bin) => runNode([cli, ...cliArgs], { ok: [0, 1] })

try {
  const { name: dataset, folder, files, pages } = pagesFolder(dir, limit, work, copies)
  const measures = new Measures()
  const note = measures.note.bind(measures)
  const med = measures.median.bind(measures)
  const n = files
  for (let round = 0; round < rounds; round++) {
    // The two sides of each ratio run back to back, in an order that turns
    // round by round: a machine that slows down during a round (other
    // tenants, spent CPU credits) then weighs on both sides alike. Measured
    // in one block (every plain run first, the CLI runs last), `-j 2` came
    // out at 0.83–0.89× of the ceiling in runs with `--baseline` and 0.97×
    // in one without, with no change to the code.
    const cliFirst = round % 2 === 1
    /**
     * This build's CLI (and the baseline's) at `-j threads`, and the plain
     * runs to compare them with, in this round's order.
     * @param {number} threads
     */
    const measure = async (threads) => {
      const out = join(work, `out-${round}-${threads}`)
      const args = [folder, '-o', out, '-j', String(threads), '-q']
      /** @param {string} cli */
      const cliRun = async (cli) => {
        const run = await runCli(args, cli)
        rmSync(out, { recursive: true, force: true })
        return run
      }
      const plainRuns = async () => ({
        plain: await runPlain(folder, threads),
        shared: threads > 1 ? await runPlain(folder, threads, true) : null,
      })
      const cliRuns = async () => ({
        cli: await cliRun(bin),
        before: baselineBin ? await cliRun(baselineBin) : null,
      })
      if (cliFirst) {
        const clis = await cliRuns()
        return { ...(await plainRuns()), ...clis }
      }
      const plains = await plainRuns()
      return { ...plains, ...(await cliRuns()) }
    }

    const one = await measure(1)
    note('clean', one.plain.inCleanMs / n)
    note('plain ms', one.plain.ms / n)
    note('plain cpu', one.plain.cpuMs / n)
    note('j 1 rate', n / (one.cli.ms / 1000))
    note('j 1 cpu', one.cli.cpuMs / n)
    note('j 1 / clean', one.cli.ms / n / (one.plain.inCleanMs / n))
    if (one.before) note('j 1 / baseline', one.before.ms / one.cli.ms)

    const many = await measure(concurrency)
    const j = `j ${concurrency}`
    note('ceiling', (concurrency * n) / (many.plain.ms / 1000))
    note('ceiling cpu', many.plain.cpuMs / (concurrency * n))
    note('ceiling ratio', (concurrency * one.plain.ms) / many.plain.ms)
    note(`${j} rate`, n / (many.cli.ms / 1000))
    note(`${j} cpu`, many.cli.cpuMs / n)
    note(`${j} / ceiling`, n / (many.cli.ms / 1000) / ((concurrency * n) / (many.plain.ms / 1000)))
    note(`${j} / ceiling cpu`, many.plain.cpuMs / (concurrency * n) / (many.cli.cpuMs / n))
    if (many.before) note(`${j} / baseline`, many.before.ms / many.cli.ms)
    // The same pages shared out: what a parallel run of this work could do
    // with no batch layer, each process loading the library and warming up
    // on its share alone.
    if (many.shared) {
      note('shared', n / (many.shared.ms / 1000))
      note('shared cpu', many.shared.cpuMs / n)
      note(`${j} / shared`, many.shared.ms / many.cli.ms)
    }
  }
  const copied = copies > 1 ? ` (${pages.length} pages × ${copies})` : ''
  console.log(`${dataset}: ${n} pages${copied}, ${rounds} rounds, medians`)
  console.log(
    `  one plain process: clean() ${fixed(med('clean'), 1)} ms per page; the whole process ` +
      `${fixed(med('plain ms'), 1)} ms per page, ${fixed(med('plain cpu'), 0)} ms CPU per page`,
  )
  // CPU time per page tells the cost of parallel work apart from a machine
  // busy with other processes, which wall time alone cannot.
  for (const threads of [1, concurrency]) {
    console.log(
      `  folder, -j ${threads}: ${fixed(med(`j ${threads} rate`), 1)} pages/s ` +
        `(${fixed(1000 / med(`j ${threads} rate`), 1)} ms per page), ` +
        `${fixed(med(`j ${threads} cpu`), 0)} ms CPU per page`,
    )
  }
  console.log(
    `  ratio -j ${concurrency} / -j 1: ${fixed(med(`j ${concurrency} rate`) / med('j 1 rate'), 2)}×`,
  )
  // The rounds one by one: on a shared machine they can differ by more than
  // a change being measured, and a median of two hides that.
  const eachRound = (/** @type {string} */ name) =>
    measures
      .rounds(name)
      .map((value) => fixed(value, 2))
      .join(', ')
  console.log(
    `  -j 1 time per page: ${fixed(med('j 1 / clean'), 2)}× clean() in one plain process ` +
      `(rounds: ${eachRound('j 1 / clean')})`,
  )
  console.log(
    `  ceiling: ${concurrency} plain processes at once: ${fixed(med('ceiling'), 1)} pages/s, ` +
      `${fixed(med('ceiling ratio'), 2)}× the work of one in the same time, ` +
      `${fixed(med('ceiling cpu'), 0)} ms CPU per page; ` +
      `-j ${concurrency} gets ${fixed(med(`j ${concurrency} / ceiling`), 2)}× of it ` +
      `(rounds: ${eachRound(`j ${concurrency} / ceiling`)}; by CPU per page ` +
      `${fixed(med(`j ${concurrency} / ceiling cpu`), 2)}×, rounds: ${eachRound(`j ${concurrency} / ceiling cpu`)})`,
  )
  if (baselineBin) {
    console.log(
      `  against the baseline's CLI, the same round: ` +
        [1, concurrency]
          .map((threads) => `-j ${threads} ${fixed(med(`j ${threads} / baseline`), 2)}×`)
          .join(', ') +
        ' its pages/s',
    )
  }
  console.log(
    `  the pages shared out between ${concurrency} plain processes: ` +
      `${fixed(med('shared'), 1)} pages/s, ${fixed(med('shared cpu'), 0)} ms CPU per page; ` +
      `-j ${concurrency} gets ${fixed(med(`j ${concurrency} / shared`), 2)}× of it`,
  )

  // JSONL: many records, made by repeating the pages, written and read a line
  // at a time (the files are gigabytes). `--records 0` leaves it out.
  if (records > 0) {
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
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
