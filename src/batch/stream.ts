import { availableParallelism } from 'node:os'
import { UnscrapeError } from '../error.js'
import { normalizeOptions, type Options } from '../options.js'
import { WorkerPool } from './pool.js'
import { cleanRecord, documentId } from './record.js'
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
  /** `clean()`'s options, validated but as given (they cross to the workers). */
  options: Options
}

/** Default of the `timeout` option, in ms. */
export const defaultTimeout = 60_000

/**
 * Check `cleanStream()`'s options and fill in defaults.
 *
 * @throws {UnscrapeError} `invalid-option` when an option is wrong.
 */
export function normalizeBatchOptions(given: BatchOptions | null | undefined): PoolSettings {
  const { concurrency, window, timeout, unordered, ...options } = given ?? {}
  normalizeOptions(options)
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
  const pool = new WorkerPool(settings.concurrency, settings.options, settings.timeout)
  try {
    const run = (document: BatchInput) =>
      isDocument(document)
        ? pool.run(document)
        : Promise.resolve(cleanRecord(document, settings.options))
    yield* mapWindow(source, run, settings.window, settings.unordered)
  } finally {
    await pool.close()
  }
}

/**
 * Whether a value is a document worth a worker: an object with an id and a
 * page. Anything else gets its error result at once, from `cleanRecord()`.
 */
function isDocument(value: unknown): value is BatchInput {
  if (documentId(value) === undefined) return false
  const { input } = value as { input?: unknown }
  return typeof input === 'string' || input instanceof Uint8Array
}
