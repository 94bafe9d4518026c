import { resolve } from 'node:path'
import { normalizeOptions } from '../api/options.js'
import { readPage } from '../batch/folder.js'
import { prefixLines } from '../batch/render.js'
import { UnscrapeError } from '../error.js'
import { addPages } from '../queue/producer.js'
import { queueCounts } from '../queue/status.js'
import type { PageJob, PageResult, QueueOptions } from '../queue/types.js'
import { startWorker } from '../queue/worker.js'
import {
  type CliConfig,
  cliFlags,
  configOf,
  exitCodes,
  type ParsedFlags,
  parseFlags,
  UsageError,
} from './args.js'
import { findInputs, formatOfFile, outputStems } from './files.js'
import { extensions } from './folder.js'
import type { JsonlIo } from './jsonl.js'
import { Progress } from './progress.js'

export const queueUsage = `Usage: unscrape queue add <files|folders|globs…> --redis <url> [options]
       unscrape queue work --redis <url> [-o <folder>] [options]
       unscrape queue status --redis <url> [--queue <name>]

Clean pages on many machines through a BullMQ job queue on Redis (6.2 or later).
add: one job per page, named by its path from its folder (a page already in
the queue is not added again); prints {"added", "existing"} as a JSON line.
work: take pages from the queue and clean them on -j worker threads, writing
<name>.md and/or <name>.json into -o <folder> as the batch CLI does
(<name>.error.json for a page that fails after its tries), or with no -o
keeping each {id, article} as its job's return value. SIGTERM or SIGINT:
finish the pages in hand, then exit.
status: print the queue's counts as a JSON line (waiting, active, completed,
failed, delayed).

Options:
      --redis <url>            the Redis server, such as redis://localhost:6379
      --queue <name>           the queue (default: unscrape)
  add:
      --paths                  add each page's path rather than its bytes (for
                               workers that all see the folder)
      --attempts <n>           tries of a page that fails (default: 3)
      --input <kind>           auto, html, text or markdown (default: auto; .md files
                               are read as markdown)
      --max-bytes <size>       largest page added as bytes; larger ones are added
                               by path, and fail as too large (default: 64M)
  work:
  -o, --output <folder>        output folder (default: none, results as return values)
      --format <kind>          md, json, text, or both (md and json) (default: md)
  -j, --concurrency <n>        worker threads (default: the number of cores)
      --exit-when-empty        exit once nothing is waiting, delayed or active
      --stalled-after <s>      seconds before the pages of a worker that died go
                               back to the queue (default: 30)
      --timeout <seconds>      longest time for one page (default: 60)
      --worker-memory <MiB>    heap limit of each worker thread (default: 2048)
      --rules, --keep-captions, --no-sentences, --no-quotes, --places,
      --max-bytes, --explain   as for the batch CLI
  -q, --quiet                  no progress bar, no summary

Exit codes: 0 done, 1 Redis cannot be reached (or, for add, an input is
missing), 2 wrong usage.
`

/** The flags of `unscrape queue`: the CLI's, and the queue's own. */
const queueFlags = {
  ...cliFlags,
  redis: { type: 'string' },
  queue: { type: 'string' },
  paths: { type: 'boolean' },
  attempts: { type: 'string' },
  'exit-when-empty': { type: 'boolean' },
  'stalled-after': { type: 'string' },
} as const

/** The flags each subcommand takes (besides `--redis` and `--queue`). */
const subcommandFlags: Readonly<Record<string, ReadonlySet<string>>> = {
  add: new Set(['paths', 'attempts', 'input', 'max-bytes']),
  work: new Set([
    'output',
    'format',
    'concurrency',
    'exit-when-empty',
    'stalled-after',
    'timeout',
    'worker-memory',
    'rules',
    'keep-captions',
    'no-sentences',
    'no-quotes',
    'places',
    'max-bytes',
    'explain',
    'quiet',
  ]),
  status: new Set([]),
}

/**
 * Run `unscrape queue …` (the arguments after `queue`). Resolves to the exit
 * code; never throws.
 */
export async function runQueue(argv: readonly string[], io: JsonlIo): Promise<number> {
  try {
    const { values, positionals } = parseFlags(argv, queueFlags)
    if (values.help) {
      await io.stdout(queueUsage)
      return exitCodes.ok
    }
    const [subcommand, ...inputs] = positionals
    const allowed = subcommandFlags[subcommand ?? '']
    if (!subcommand || !allowed) {
      throw new UsageError(
        `expected add, work or status after queue, not ${subcommand ?? 'nothing'}`,
      )
    }
    for (const flag of Object.keys(values)) {
      if (flag !== 'redis' && flag !== 'queue' && !allowed.has(flag)) {
        throw new UsageError(`queue ${subcommand} takes no --${flag}`)
      }
    }
    if (subcommand !== 'add' && inputs.length > 0) {
      throw new UsageError(`queue ${subcommand} takes no inputs, got ${inputs.join(' ')}`)
    }
    if (values.redis === undefined) throw new UsageError('--redis <url> is needed')
    const target: QueueOptions = { redis: values.redis, queue: values.queue }
    const config = configOf(values, inputs)
    if (subcommand === 'add') return await add(config, target, values, io)
    if (subcommand === 'work') return await work(config, target, values, io)
    await io.stdout(`${JSON.stringify(await queueCounts(target))}\n`)
    return exitCodes.ok
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`unscrape: ${error.message}\n\n${queueUsage}`)
      return exitCodes.usage
    }
    io.stderr(`unscrape: ${(error as Error).message}\n`)
    const wrongOption = error instanceof UnscrapeError && error.code === 'invalid-option'
    return wrongOption ? exitCodes.usage : exitCodes.failed
  }
}

/** The values of `unscrape queue`'s flags. */
type QueueValues = ParsedFlags<typeof queueFlags>['values']

/** `unscrape queue add`: a job for each page the inputs name. */
async function add(
  config: CliConfig,
  target: QueueOptions,
  values: QueueValues,
  io: JsonlIo,
): Promise<number> {
  if (config.inputs.length === 0 || config.inputs.includes('-')) {
    throw new UsageError('queue add takes files, folders or globs')
  }
  const attempts = values.attempts === undefined ? undefined : Number(values.attempts)
  if (attempts !== undefined && !(/^\d+$/.test(values.attempts ?? '') && attempts >= 1)) {
    throw new UsageError(
      `unexpected --attempts \`${values.attempts}\`, expected a whole number, 1 or more`,
    )
  }
  const { files, missing } = await findInputs(config.inputs)
  for (const input of missing)
    io.stderr(`unscrape: ${input}: no such file, folder or matching glob\n`)
  // Two pages whose outputs would have the same names cannot both be cleaned into a folder.
  outputStems(files)
  const { maxBytes } = normalizeOptions(config.options)
  async function* pages(): AsyncGenerator<PageJob> {
    for (const file of files) {
      const page: PageJob = { id: file.relative }
      const format = formatOfFile(file.path, config.options.format ?? undefined)
      if (format !== 'auto') page.format = format
      // A page that cannot be read here goes by its path: a worker gives it its error record.
      const bytes = values.paths ? null : await readPage(file.path, maxBytes)
      if (bytes instanceof Uint8Array) page.base64 = Buffer.from(bytes).toString('base64')
      else page.path = resolve(file.path)
      yield page
    }
  }
  const result = await addPages(pages(), { ...target, attempts })
  await io.stdout(`${JSON.stringify(result)}\n`)
  return missing.length > 0 ? exitCodes.failed : exitCodes.ok
}

/** `unscrape queue work`: clean pages from the queue until stopped. */
async function work(
  config: CliConfig,
  target: QueueOptions,
  values: QueueValues,
  io: JsonlIo,
): Promise<number> {
  const stalledAfter =
    values['stalled-after'] === undefined ? undefined : Number(values['stalled-after']) * 1000
  if (stalledAfter !== undefined && !(stalledAfter >= 100)) {
    throw new UsageError(
      `unexpected --stalled-after \`${values['stalled-after']}\`, expected seconds, such as 30`,
    )
  }
  if (config.output === null && values.format !== undefined) {
    throw new UsageError('--format needs an output folder (-o <folder>)')
  }
  const progress = new Progress(io, null, config.quiet)
  let lastError = ''
  const report = (result: PageResult) => {
    if ('error' in result) {
      if (!config.quiet) {
        io.stderr(`unscrape: ${result.id}: ${result.error.message} (${result.error.code})\n`)
      }
    } else if (result.explain) {
      io.stderr(prefixLines(result.explain, `${result.id}\t`))
    }
    progress.record(result)
  }
  const worker = await startWorker({
    ...target,
    ...config.options,
    sink:
      config.output === null
        ? 'return'
        : { folder: config.output, outputs: extensions[config.format] },
    concurrency: config.concurrency,
    timeout: config.timeout,
    workerMemory: config.workerMemory,
    stalledAfter,
    explain: config.explain,
    onResult: report,
    onError: (error) => {
      // Redis away repeats its error on each try to reconnect: say it once.
      if (!config.quiet && error.message !== lastError) io.stderr(`unscrape: ${error.message}\n`)
      lastError = error.message
    },
  })
  // A signal finishes the pages in hand; a second one does not wait for them.
  let signalled = () => {}
  const signal = new Promise<void>((resolve) => {
    signalled = resolve
  })
  const hurry = () => process.exit(exitCodes.failed)
  const stop = () => {
    process.off('SIGTERM', stop)
    process.off('SIGINT', stop)
    process.once('SIGTERM', hurry)
    process.once('SIGINT', hurry)
    signalled()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  await (values['exit-when-empty'] ? Promise.race([worker.drained(), signal]) : signal)
  await worker.close()
  for (const listener of [stop, hurry]) {
    process.off('SIGTERM', listener)
    process.off('SIGINT', listener)
  }
  if (!config.quiet) io.stderr(progress.summary())
  return exitCodes.ok
}
