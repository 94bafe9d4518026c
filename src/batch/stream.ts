import { availableParallelism } from 'node:os'
import { normalizeOptions, type Options } from '../api/options.js'
import { UnscrapeError } from '../error.js'
import { documentId, documentProblem } from './document.js'
import { defaultTimeout, defaultWorkerMemory, WorkerPool } from './pool.js'
import type { BatchInput, BatchOptions, BatchResult } from './types.js'
import { mapWindow } from './window.js'

/** `cleanStream()`'s own settings, after validation. */
export interface PoolSettings {
  /** Worker threads. */
  concurrency: number
  /** Most documents held at once. */
  window: number
  /** Longest time for one document, in ms. */
  timeout: number
  /** Whether results come as they finish. */
  unordered: boolean
  /** Heap limit of each worker, in MiB. */
  workerMemory: number
  /** `clean()`'s options, validated but as given (they cross to the workers). */
  options: Options
}

/**
 * Check `cleanStream()`'s options and fill in defaults.
 *
 * @throws {UnscrapeError} `invalid-option` when an option is wrong.
 */
export function normalizeBatchOptions(given: BatchOptions | null | undefined): PoolSettings {
  const { concurrency, window, timeout, unordered, workerMemory, ...options } = given ?? {}
  const { extraRules } = normalizeOptions(options)
  if (extraRules.length > 0) {
    // Options cross to the workers as data; a rule is functions.
    throw new UnscrapeError(
      'invalid-option',
      'Expected no `extraRules`: worker threads cannot take rules (functions); use `clean()` for rules of your own',
    )
  }
  const threads = count(concurrency, 'concurrency') ?? availableParallelism()
  const time = timeout ?? defaultTimeout
  if (typeof time !== 'number' || !(time > 0)) {
    throw new UnscrapeError('invalid-option', 'Expected `timeout` to be a number of ms over 0')
  }
  if (unordered !== undefined && unordered !== null && typeof unordered !== 'boolean') {
    throw new UnscrapeError('invalid-option', 'Expected `unordered` to be a boolean')
  }
  return {
    concurrency: threads,
    window: count(window, 'window') ?? threads * 4,
    timeout: time,
    unordered: unordered ?? false,
    workerMemory: count(workerMemory, 'workerMemory') ?? defaultWorkerMemory,
    options,
  }
}

/** A whole number option of 1 or more, or `undefined` when not given. */
function count(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new UnscrapeError(
      'invalid-option',
      `Expected \`${name}\` to be a whole number, 1 or more`,
    )
  }
  return value
}

/**
 * Clean a stream of documents on a pool of worker threads.
 *
 * Every document yields exactly one result, `{id, article}` or `{id, error}`,
 * in input order unless `unordered` is set. The source is read only as
 * results are taken: at most `window` documents are held at once. Breaking
 * out of the loop stops the workers.
 *
 * @param source The documents, from an array, a generator or a stream.
 * @param options `clean()`'s options for every document, and the pool's.
 * @returns The results.
 * @throws {UnscrapeError} `invalid-option` at once when an option is wrong.
 */
export function cleanStream(
  source: AsyncIterable<BatchInput> | Iterable<BatchInput>,
  options?: BatchOptions | null,
): AsyncGenerator<BatchResult, void, undefined> {
  const settings = normalizeBatchOptions(options)
  return results(source, settings)
}

/** The results of `cleanStream()`, with the pool closed however the loop ends. */
async function* results(
  source: AsyncIterable<BatchInput> | Iterable<BatchInput>,
  settings: PoolSettings,
): AsyncGenerator<BatchResult, void, undefined> {
  const pool = new WorkerPool(
    settings.concurrency,
    settings.options,
    settings.timeout,
    settings.workerMemory,
  )
  try {
    const run = (document: BatchInput): Promise<BatchResult> => {
      const problem = documentProblem(document)
      if (!problem) return pool.run(document)
      return Promise.resolve({ id: documentId(document) ?? null, error: problem })
    }
    yield* mapWindow(source, run, settings.window, settings.unordered)
  } finally {
    await pool.close()
  }
}
