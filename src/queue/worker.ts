import { join } from 'node:path'
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq'
import { normalizeOptions } from '../api/options.js'
import { outputPaths, outputStem, writeResult } from '../batch/folder.js'
import { WorkerPool } from '../batch/pool.js'
import {
  explain as explainRemovals,
  type OutputKind,
  type RenderedSuccess,
  renderOutput,
} from '../batch/render.js'
import { normalizeBatchOptions } from '../batch/stream.js'
import type { BatchErrorCode, BatchFailure, BatchSuccess } from '../batch/types.js'
import { UnscrapeError } from '../error.js'
import { checkRedis, lastingConnection, queueTarget } from './connection.js'
import { pageId, toDocument } from './job.js'
import type { PageFailure, PageJob, PageResult, QueueWorker, Sink, WorkerOptions } from './types.js'

/** Default of the `stalledAfter` option, in ms (BullMQ's lock duration). */
export const defaultStalledAfter = 30_000

/** How often a worker waiting for the queue to drain asks for its counts, in ms. */
const drainPoll = 250

/**
 * Errors that another try may not repeat: the worker thread died or ran out
 * of time (the machine may have been busy), the file could not be read (a
 * network folder may have been away). The others are the page's own:
 * cleaning is pure, so they would come again.
 */
const retried: ReadonlySet<BatchErrorCode> = new Set(['timeout', 'worker-failed', 'unreadable'])

/**
 * Pages a worker holds per thread: one cleaned, one taken ahead, so that a
 * thread is not left waiting while the main thread stores a result and
 * takes the next job from Redis (at -j 1 the thread waited 13% of the run,
 * 2% with one page ahead).
 */
const pagesPerThread = 2

/** The queue's job states that mean work is left. */
const pendingStates = ['waiting', 'active', 'delayed', 'prioritized'] as const

/**
 * Start a worker on the queue: it takes pages, cleans them on its pool of
 * worker threads, and stores each result in the sink, until closed.
 *
 * A page that fails with an error another try may mend (`timeout`,
 * `worker-failed`, `unreadable`) is tried again, up to the `attempts` it
 * was added with; so is a page whose worker died holding it (another
 * worker takes it once its lock lapses, after `stalledAfter`). Its last
 * failure, or any other, is its error record. Outputs are written whole,
 * named by the page's id, so a page cleaned twice leaves one set.
 *
 * @param options Where the queue is, where results go, and `clean()`'s
 *   options for every page.
 * @returns The running worker.
 * @throws {UnscrapeError} `invalid-option` when an option is wrong.
 * @throws {QueueError} When Redis cannot be reached.
 */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  const {
    redis: _redis,
    queue: _queue,
    sink,
    stalledAfter,
    explain,
    onResult,
    onError,
    concurrency,
    timeout,
    workerMemory,
    ...cleanOptions
  } = options
  const { redis, name } = queueTarget(options)
  const settings = normalizeBatchOptions({ ...cleanOptions, concurrency, timeout, workerMemory })
  const { maxBytes } = normalizeOptions(cleanOptions)
  const lock = stalledAfter ?? defaultStalledAfter
  if (typeof lock !== 'number' || !Number.isFinite(lock) || lock < 100) {
    throw new UnscrapeError(
      'invalid-option',
      'Expected `stalledAfter` to be a number of ms, 100 or more',
    )
  }
  const store = sinkStore(sink, explain === true)
  await checkRedis(redis)

  const pool = new WorkerPool<RenderedSuccess | BatchSuccess>(
    settings.concurrency,
    settings.options,
    settings.timeout,
    settings.workerMemory,
    store.render,
  )
  pool.warm()

  const report = (result: PageResult) => onResult?.(result)
  const processor = async (job: Job<PageJob>): Promise<unknown> => {
    const attempts = job.opts.attempts ?? 1
    const stalled = job.stalledCounter >= attempts
    const document = stalled ? null : await toDocument(job.data, maxBytes)
    const result: RenderedSuccess | BatchSuccess | BatchFailure =
      document === null
        ? {
            id: pageId(job.data),
            error: {
              code: 'worker-failed',
              message: `The page's worker stopped ${job.stalledCounter} times while holding it`,
            },
          }
        : 'error' in document
          ? document
          : await pool.run(document)
    const stem = outputStem(typeof result.id === 'string' ? result.id : (job.id ?? ''))
    if (!('error' in result)) {
      const stored = await store.success(stem, result)
      report(stored.result)
      return stored.value
    }
    const failure: PageFailure = {
      id: typeof result.id === 'string' ? result.id : null,
      error: result.error,
    }
    const reason = `${failure.error.code}: ${failure.error.message}`
    if (!stalled && retried.has(failure.error.code) && job.attemptsMade + 1 < attempts) {
      throw new Error(reason)
    }
    await store.failure(stem, failure)
    report(failure)
    throw new UnrecoverableError(reason)
  }

  const worker = new Worker<PageJob>(name, processor, {
    connection: lastingConnection(redis),
    concurrency: settings.concurrency * pagesPerThread,
    lockDuration: lock,
    stalledInterval: lock,
    // Stalls are counted against the page's `attempts` above, so that its
    // last one still gets its error record: BullMQ's own limit stays out of the way.
    maxStalledCount: Number.MAX_SAFE_INTEGER,
  })
  // While Redis is away BullMQ reports each failed reconnection, and retries.
  const reportError = (error: Error) => onError?.(error)
  worker.on('error', reportError)
  const counts = new Queue(name, { connection: lastingConnection(redis) })
  counts.on('error', reportError)

  let closing: Promise<void> | undefined
  let drained: Promise<void> | undefined
  return {
    close() {
      closing ??= (async () => {
        await worker.close()
        await pool.close()
        await counts.close()
      })()
      return closing
    },
    drained() {
      drained ??= new Promise((resolve) => {
        const poll = async (): Promise<void> => {
          if (closing) return resolve()
          const found = await counts.getJobCounts(...pendingStates).catch(() => null)
          if (found && Object.values(found).every((count) => count === 0)) resolve()
          else setTimeout(poll, drainPoll).unref()
        }
        void poll()
      })
      return drained
    },
  }
}

/** How a sink stores results. */
interface Store {
  /** What the pool sends back for a page cleaned. */
  render: { outputs: readonly OutputKind[]; jsonl: false; explain: boolean } | null
  /** Store a page cleaned: what it reports, and the job's return value. */
  success(
    stem: string,
    result: RenderedSuccess | BatchSuccess,
  ): Promise<{ result: PageResult; value: unknown }>
  /** Store a page's error record. */
  failure(stem: string, failure: PageFailure): Promise<void>
}

/**
 * The store of a sink.
 *
 * @throws {UnscrapeError} `invalid-option` when the sink is wrong.
 */
function sinkStore(sink: Sink, explain: boolean): Store {
  if (sink === 'return') {
    return {
      render: null,
      async success(_stem, result) {
        const { id, article } = result as BatchSuccess
        const removals = article.removed.map((removal) => removal.rule)
        const report = explain ? explainRemovals(article) : undefined
        return {
          result: { id: String(id), removals, explain: report, article },
          value: { id, article },
        }
      },
      async failure() {},
    }
  }
  if (typeof sink !== 'object' || sink === null || typeof sink.folder !== 'string') {
    throw new UnscrapeError('invalid-option', "Expected `sink` to be `'return'` or `{folder}`")
  }
  const outputs = sink.outputs ?? ['md']
  if (!Array.isArray(outputs) || !outputs.every((kind) => Object.hasOwn(renderOutput, kind))) {
    throw new UnscrapeError('invalid-option', 'Expected `sink.outputs` to list md, json or txt')
  }
  const folder = sink.folder
  return {
    render: { outputs, jsonl: false, explain },
    async success(stem, result) {
      const rendered = result as RenderedSuccess
      const paths = outputPaths(join(folder, stem), outputs)
      await writeResult(paths, rendered)
      return {
        result: { id: String(rendered.id), removals: rendered.removals, explain: rendered.explain },
        value: { id: rendered.id, files: paths.outputs.map((output) => output.path) },
      }
    },
    async failure(stem, failure) {
      await writeResult(outputPaths(join(folder, stem), outputs), failure)
    },
  }
}
