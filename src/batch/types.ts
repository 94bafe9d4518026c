import type { FormatOption, Options } from '../api/options.js'
import type { UnscrapeErrorCode } from '../error.js'
import type { Article } from '../types.js'

/** What identifies a document in a batch: the caller's id, echoed in its result. */
export type BatchId = string | number

/** One document of a batch. */
export interface BatchInput {
  /** The caller's id for the document, echoed in its result. */
  id: BatchId
  /** The page: HTML or plain text, as a string or as bytes (decoded as `clean()` does). */
  input: string | Uint8Array
  /** The article's address; wins over the batch's `url` option (default: the batch's). */
  url?: string | null | undefined
  /** When the article was published (ISO 8601); wins over the batch's `publishedAt`. */
  publishedAt?: string | null | undefined
  /** How to read this input; wins over the batch's `format`. */
  format?: FormatOption | null | undefined
  /** `clean()`'s options for this document, laid over the batch's (its own fields above win). */
  options?: Options | null | undefined
}

/**
 * Codes of a document that could not be cleaned.
 *
 * - `invalid-input`, `input-too-large`, `invalid-option`: as thrown by `clean()`.
 * - `invalid-record`: the document is not a `{id, input}` object.
 * - `no-text`: the page has no text: it is empty, or cleaning removed all of it.
 * - `timeout`: cleaning took longer than the `timeout` option; the worker was replaced.
 * - `worker-failed`: the worker cleaning it died (out of memory, for one).
 * - `unreadable`: the CLI could not read the file or line.
 * - `invalid-json`: a JSONL line is not a JSON object.
 */
export type BatchErrorCode =
  | UnscrapeErrorCode
  | 'invalid-record'
  | 'no-text'
  | 'timeout'
  | 'worker-failed'
  | 'unreadable'
  | 'invalid-json'

/** Why a document could not be cleaned. */
export interface BatchError {
  /** What went wrong, as a stable code. */
  code: BatchErrorCode
  /** Human-readable description. */
  message: string
}

/** A document cleaned. */
export interface BatchSuccess {
  /** The document's id. */
  id: BatchId
  /** The clean article. */
  article: Article
}

/** A document that could not be cleaned. */
export interface BatchFailure {
  /** The document's id (`null` when the input had none). */
  id: BatchId | null
  /** Why it could not be cleaned. */
  error: BatchError
}

/** The result of one document: exactly one per input. */
export type BatchResult = BatchSuccess | BatchFailure

/** Configuration for `cleanStream()`: `clean()`'s options, for every document, and the pool's. */
export interface BatchOptions extends Options {
  /** Worker threads (default: `os.availableParallelism()`). */
  concurrency?: number | null | undefined
  /**
   * Most documents held at once, read but not yet yielded: the bound on memory
   * (default: 4 × `concurrency`).
   */
  window?: number | null | undefined
  /**
   * Longest time for one document, in milliseconds; a document over it is
   * stopped, reported with code `timeout`, and its worker replaced (default:
   * `60000`; `Infinity` for none).
   */
  timeout?: number | null | undefined
  /**
   * Heap limit of each worker thread, in MiB (default: `192`); a document
   * that needs more is tried once more in a worker of its own with four
   * times the limit, and reported with code `worker-failed` only if that
   * runs out too (its first worker is replaced either way).
   */
  workerMemory?: number | null | undefined
  /** Yield results as they finish rather than in input order (default: `false`). */
  unordered?: boolean | null | undefined
}
