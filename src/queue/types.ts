import type { FormatOption, Options } from '../api/options.js'
import type { OutputKind } from '../batch/render.js'
import type { BatchError } from '../batch/types.js'
import type { Article } from '../types.js'

/**
 * A page to clean, as a job's data: its id and the page, given as exactly
 * one of `html`, `text`, `markdown`, `base64` or `path`.
 */
export interface PageJob {
  /**
   * The page's id: it names the job (a page whose id is in the queue already
   * is not added again) and, with a folder sink, its output files.
   */
  id: string
  /** The page as HTML. */
  html?: string | undefined
  /** The page as plain text. */
  text?: string | undefined
  /** The page as Markdown. */
  markdown?: string | undefined
  /** The page's bytes, base64-encoded: decoded as `clean()` decodes bytes. */
  base64?: string | undefined
  /** A file the workers read the page from (on a folder every worker sees). */
  path?: string | undefined
  /** How to read `base64` or `path` (default: the worker's `format`, else `auto`). */
  format?: FormatOption | undefined
  /** The article's address. */
  url?: string | undefined
  /** When the article was published (ISO 8601). */
  publishedAt?: string | undefined
  /** `clean()`'s options for this page, laid over the worker's. */
  options?: PageOptions | undefined
}

/** `clean()`'s options a job can carry (those that survive JSON). */
export type PageOptions = Omit<Options, 'publishedAt' | 'url' | 'format' | 'extraRules'>

/** Where the queue is. */
export interface QueueOptions {
  /** The Redis server, as a URL: `redis://[user:password@]host[:port][/db]`. */
  redis: string
  /** The queue's name (default: `'unscrape'`). */
  queue?: string | null | undefined
}

/** Configuration for `addPages()`. */
export interface AddOptions extends QueueOptions {
  /**
   * How many times a page is tried before it ends as an error record: its
   * worker failed, timed out or could not read it, or died holding it
   * (default: `3`).
   */
  attempts?: number | null | undefined
}

/** What `addPages()` did. */
export interface AddResult {
  /** Pages added to the queue. */
  added: number
  /** Pages whose id was in the queue already: not added again. */
  existing: number
}

/**
 * Where a queue worker puts each page's result.
 *
 * - `{folder, outputs}`: files in a folder, as the batch CLI writes them:
 *   `<id>.md`, `<id>.json`, `<id>.txt` (the id's extension dropped), or
 *   `<id>.error.json` for a page that fails. The job's return value is the
 *   list of files written.
 * - `'return'`: the job's return value is `{id, article}`; a page that
 *   fails is a failed job whose reason is `<code>: <message>`.
 */
export type Sink = FolderSink | 'return'

/** A folder sink. */
export interface FolderSink {
  /** The output folder. */
  folder: string
  /** The files written for each article (default: `['md']`). */
  outputs?: readonly OutputKind[] | null | undefined
}

/** A page's result, as a queue worker reports it. */
export type PageResult = PageSuccess | PageFailure

/** A page cleaned. */
export interface PageSuccess {
  /** The page's id. */
  id: string
  /** The rule of each removal. */
  removals: string[]
  /** The removal report, with `explain`. */
  explain?: string | undefined
  /** The article, with the `'return'` sink. */
  article?: Article | undefined
}

/** A page that ended as an error record (after its last try). */
export interface PageFailure {
  /** The page's id (`null` when the job had none). */
  id: string | null
  /** Why it could not be cleaned. */
  error: BatchError
}

/** Configuration for `startWorker()`: `clean()`'s options for every page, and the worker's. */
export interface WorkerOptions extends QueueOptions, Options {
  /** Where results go. */
  sink: Sink
  /**
   * Worker threads: pages cleaned at once (default: `os.availableParallelism()`).
   * The worker holds one more page per thread, taken ahead from the queue.
   */
  concurrency?: number | null | undefined
  /** Longest time for one page, in ms (default: `60000`). */
  timeout?: number | null | undefined
  /** Heap limit of each worker thread, in MiB (default: as `cleanStream()`). */
  workerMemory?: number | null | undefined
  /**
   * How long a page stays locked to a worker that stopped renewing its lock
   * (it died, or lost Redis) before it goes back to the queue, in ms
   * (default: `30000`).
   */
  stalledAfter?: number | null | undefined
  /** Make each page's removal report (`PageSuccess.explain`) (default: `false`). */
  explain?: boolean | null | undefined
  /** Called with each page's result, as it is stored. */
  onResult?: ((result: PageResult) => void) | null | undefined
  /**
   * Called with what goes wrong around the pages: Redis away (the worker
   * waits for it and carries on), a lock lost (the page is cleaned again).
   */
  onError?: ((error: Error) => void) | null | undefined
}

/** A running queue worker. */
export interface QueueWorker {
  /**
   * Finish the pages in hand, take no more, and stop (the promise resolves
   * once stopped; calling it again returns the same promise).
   */
  close(): Promise<void>
  /** Resolves once the queue has nothing waiting, delayed or active. */
  drained(): Promise<void>
}

/** How many jobs the queue holds in each state: what a dashboard polls. */
export interface QueueCounts {
  /** Pages waiting for a worker. */
  waiting: number
  /** Pages held by a worker. */
  active: number
  /** Pages cleaned. */
  completed: number
  /** Pages that ended as an error record. */
  failed: number
  /** Pages waiting to be tried again. */
  delayed: number
}
