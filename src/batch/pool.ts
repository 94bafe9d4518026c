import { Worker } from 'node:worker_threads'
import type { Options } from '../api/options.js'
import type { RenderedSuccess, RenderRequest } from './render.js'
import type { BatchFailure, BatchInput, BatchResult, BatchSuccess } from './types.js'

/** Default of the `timeout` option, in ms. */
export const defaultTimeout = 60_000

/**
 * Default of the `workerMemory` option, in MiB. V8 lets a heap grow by a
 * factor between collections that it picks from the heap limit: 1.3 up to a
 * limit of 256 MiB, 4 from 2,048 MiB. Under 192 MiB each worker ran a full
 * collection every few pages, and its collector's threads took 14% more CPU
 * than those of a plain process (250 WCXB pages, two workers: 23 s of CPU
 * against 20 s at 2,048, and 22% more time); at 2,048 a worker collects as a
 * plain process does, and the peak of the run rose from 235 to 385 MiB.
 */
export const defaultWorkerMemory = 2048

/**
 * Young-generation limit of each worker, in MiB. V8 sizes it from the heap
 * by default and lets it grow to a few times what cleaning a page needs
 * between scavenges: 24 MiB took the peak of 1,500 JSONL records on two
 * workers from 381 to 329 MiB, with no change in time (12 MiB: 304 MiB, 3%
 * slower). 64 MiB gave the CLI 0.97× and 1.01× the pages/s at `-j 1` and
 * `-j 2` of 24 MiB in the same rounds (`bench:batch --baseline`, 1,500
 * pages), so no gain to pay more memory for.
 */
const youngGenerationMemory = 24

/** What the pool posts to a worker. */
export interface TaskMessage {
  /** The document to clean. */
  document: BatchInput
}

/** What a worker starts with. */
export interface WorkerSetup {
  /** `clean()`'s options for every document. */
  options: Options
  /** What to send back for a document cleaned, in place of its article; `null` for the article. */
  render: RenderRequest | null
}

/** What a worker posts: that it is ready (once, first), then each document's result. */
export type WorkerMessage = { ready: true } | { result: BatchResult | RenderedResult }

/** A document's result when the pool renders: the text to write, or the error. */
export type RenderedResult = RenderedSuccess | BatchFailure

/** A document waiting for, or held by, a worker. */
interface Task<Result> {
  /** The document. */
  document: BatchInput
  /** Settle the document's result. */
  resolve: (result: Result) => void
}

/** A worker and the task it holds. */
interface Slot<Result> {
  /** The thread. */
  worker: Worker
  /** Whether it has loaded and takes documents (deadlines count from then). */
  ready: boolean
  /** Its document, while it cleans one. */
  task: Task<Result> | undefined
  /** The document's deadline timer. */
  timer: NodeJS.Timeout | undefined
}

/**
 * The compiled worker script. Beside this module in `dist/`; when this module
 * runs from its TypeScript source (the test suite), the build's copy, as
 * worker threads run JavaScript only.
 */
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/batch/worker.js' : './worker.js',
  import.meta.url,
)

/**
 * A pool of worker threads cleaning documents, at most `size` at once.
 *
 * A document that runs past `timeout` ms is stopped by terminating its worker
 * (a synchronous `clean()` cannot be interrupted otherwise); a worker that
 * dies gives its document an error result; either way a fresh worker takes
 * its place when next needed. `run()` never rejects.
 *
 * `Success` is what a cleaned document gives: `BatchSuccess` (the article),
 * or `RenderedSuccess` when the pool is made with a `render` request.
 *
 * Why not piscina or tinypool: both set `resourceLimits` for the whole pool
 * and stop a running task by terminating its worker through an
 * `AbortSignal`, but neither has a per-task timeout that starts when a
 * worker takes the task (a timer set at `run()` also counts the wait in the
 * queue, so one slow page would time out the pages queued behind it), nor
 * retries a document that ran out of memory with a larger heap (that takes
 * a second pool, and the bookkeeping this class has anyway).
 */
export class WorkerPool<Success extends BatchSuccess | RenderedSuccess = BatchSuccess> {
  readonly #size: number
  readonly #setup: WorkerSetup
  readonly #timeout: number
  readonly #memory: number
  readonly #slots: Slot<Success | BatchFailure>[] = []
  readonly #queue: Task<Success | BatchFailure>[] = []
  /** Workers of documents on their second try, beside the pool's. */
  readonly #larger = new Set<Worker>()
  #closed = false

  /**
   * @param size Most worker threads.
   * @param options `clean()`'s options for every document.
   * @param timeout Longest time for one document, in ms (`Infinity` for none).
   * @param memory Heap limit of each worker (old generation), in MiB.
   * @param render What to send back for a document cleaned, in place of its
   *   article (for a pool of `RenderedSuccess`); `null` for the article.
   */
  constructor(
    size: number,
    options: Options,
    timeout: number,
    memory = defaultWorkerMemory,
    render: RenderRequest | null = null,
  ) {
    this.#size = size
    this.#setup = { options, render }
    this.#timeout = timeout
    this.#memory = memory
  }

  /**
   * Start a worker now, before any document, so that it loads while the
   * caller finds its documents (a worker takes a good part of a second to
   * load the library).
   */
  warm(): void {
    if (!this.#closed && this.#slots.length < this.#size) this.#start()
  }

  /**
   * Clean one document in a worker.
   *
   * @param document The document.
   * @returns Its result, once a worker has cleaned it.
   */
  run(document: BatchInput): Promise<Success | BatchFailure> {
    return new Promise((resolve) => {
      if (this.#closed) {
        resolve({
          id: document.id,
          error: { code: 'worker-failed', message: 'The pool is closed' },
        })
        return
      }
      this.#queue.push({ document, resolve })
      this.#dispatch()
    })
  }

  /** Stop every worker; documents not yet cleaned get `worker-failed` results. */
  async close(): Promise<void> {
    this.#closed = true
    for (const task of this.#queue.splice(0)) {
      task.resolve(
        failure(task, 'worker-failed', 'The pool was closed before the document was cleaned'),
      )
    }
    for (const worker of this.#larger) worker.emit('error', new Error('The pool was closed'))
    const slots = this.#slots.splice(0)
    await Promise.all(
      slots.map((slot) => {
        if (slot.task) {
          slot.task.resolve(
            failure(
              slot.task,
              'worker-failed',
              'The pool was closed while the document was cleaned',
            ),
          )
        }
        this.#release(slot)
        return slot.worker.terminate()
      }),
    )
  }

  /**
   * Hand queued documents to idle workers, and start workers (up to the pool's
   * size) for documents that no starting worker will take.
   */
  #dispatch(): void {
    for (;;) {
      const slot = this.#slots.find((candidate) => candidate.ready && !candidate.task)
      const task = slot && this.#queue.shift()
      if (!slot || !task) break
      this.#assign(slot, task)
    }
    let starting = this.#slots.filter((candidate) => !candidate.ready).length
    while (this.#queue.length > starting && this.#slots.length < this.#size) {
      this.#start()
      starting++
    }
  }

  /** Start a worker and keep it in a slot; it takes documents once it says it is ready. */
  #start(): void {
    const worker = startWorker(this.#setup, this.#memory)
    const slot: Slot<Success | BatchFailure> = {
      worker,
      ready: false,
      task: undefined,
      timer: undefined,
    }
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true
      } else {
        const task = slot.task
        this.#release(slot)
        // The worker sends what the pool's setup asks for.
        task?.resolve(message.result as Success | BatchFailure)
      }
      this.#dispatch()
    })
    worker.on('error', (error) => {
      const task = slot.task
      // A page too big for the heap limit gets one more try with a larger one.
      if (task && isOutOfMemory(error) && !this.#closed) {
        this.#release(slot)
        this.#replace(slot, 'worker-failed', error.message)
        this.#retryLarger(task)
        return
      }
      this.#replace(slot, 'worker-failed', error.message)
    })
    worker.on('exit', (code) =>
      this.#replace(slot, 'worker-failed', `The worker exited with code ${code}`),
    )
    this.#slots.push(slot)
  }

  /**
   * Clean a document that ran a worker out of memory once more, in a worker
   * of its own with `largerMemory` times the heap limit (beside the pool's
   * workers, for this one document); if it runs out again, the document
   * gets a `worker-failed` result.
   */
  #retryLarger(task: Task<Success | BatchFailure>): void {
    const worker = startWorker(this.#setup, this.#memory * largerMemory)
    this.#larger.add(worker)
    let timer: NodeJS.Timeout | undefined
    const settle = (result: Success | BatchFailure): void => {
      this.#larger.delete(worker)
      clearTimeout(timer)
      worker.removeAllListeners()
      worker.on('error', () => {})
      void worker.terminate()
      task.resolve(result)
    }
    worker.on('message', (message: WorkerMessage) => {
      if ('result' in message) {
        settle(message.result as Success | BatchFailure)
        return
      }
      if (Number.isFinite(this.#timeout)) {
        timer = setTimeout(() => {
          settle(
            failure(
              task,
              'timeout',
              `Cleaning took longer than ${this.#timeout} ms; the document was stopped`,
            ),
          )
        }, this.#timeout)
      }
      worker.postMessage({ document: task.document } satisfies TaskMessage)
    })
    worker.on('error', (error) => settle(failure(task, 'worker-failed', error.message)))
    worker.on('exit', (code) =>
      settle(failure(task, 'worker-failed', `The worker exited with code ${code}`)),
    )
  }

  /** Give a worker a document and start its deadline. */
  #assign(slot: Slot<Success | BatchFailure>, task: Task<Success | BatchFailure>): void {
    slot.task = task
    if (Number.isFinite(this.#timeout)) {
      slot.timer = setTimeout(() => {
        this.#replace(
          slot,
          'timeout',
          `Cleaning took longer than ${this.#timeout} ms; the document was stopped`,
        )
      }, this.#timeout)
    }
    try {
      slot.worker.postMessage({ document: task.document } satisfies TaskMessage)
    } catch (error) {
      // A field that cannot cross to a thread (a function, say): the document is wrong.
      this.#release(slot)
      task.resolve({
        id: task.document.id,
        error: { code: 'invalid-record', message: (error as Error).message },
      })
    }
  }

  /** Forget a slot's task and its deadline. */
  #release(slot: Slot<Success | BatchFailure>): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    slot.task = undefined
  }

  /** Drop a worker that failed or ran out of time; its document gets an error result. */
  #replace(
    slot: Slot<Success | BatchFailure>,
    code: 'timeout' | 'worker-failed',
    message: string,
  ): void {
    const index = this.#slots.indexOf(slot)
    if (index === -1) return
    this.#slots.splice(index, 1)
    // A worker that dies before it is ready fails the next document: a limit
    // too small to start a worker must not restart workers forever.
    const task = slot.task ?? (slot.ready ? undefined : this.#queue.shift())
    this.#release(slot)
    slot.worker.removeAllListeners()
    // A terminated worker may still report an error: nothing listens to it any more.
    slot.worker.on('error', () => {})
    void slot.worker.terminate()
    task?.resolve(failure(task, code, message))
    if (!this.#closed) this.#dispatch()
  }
}

/**
 * Start a cleaning worker with a heap limit, in MiB. It inherits the
 * process's Node options but those that only concern a script given as a
 * string (`--input-type`, which a worker refuses: a caller run with
 * `node --input-type=module -e …` would get no worker at all).
 */
function startWorker(setup: WorkerSetup, memory: number): Worker {
  const start = () =>
    new Worker(workerUrl, {
      workerData: setup,
      execArgv: workerOptions,
      resourceLimits: {
        maxOldGenerationSizeMb: memory,
        maxYoungGenerationSizeMb: youngGenerationMemory,
      },
    })
  try {
    return start()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error
    // Node names the options it refuses after the colon, apart by commas.
    const refused = new Set(
      (error as Error).message
        .slice((error as Error).message.indexOf(':') + 1)
        .split(',')
        .map((option) => option.trim()),
    )
    workerOptions = workerOptions.filter((option) => !refused.has(option))
    return start()
  }
}

/**
 * The Node options workers start with: the process's, less `--input-type`,
 * and less the options Node refuses for a worker (V8's, such as
 * `--max-old-space-size`, which reach every thread anyway), learnt from the
 * first refusal.
 */
let workerOptions = withoutInputType(process.execArgv)

/** Node options without `--input-type`, written `--input-type=module` or `--input-type module`. */
function withoutInputType(options: readonly string[]): string[] {
  const kept: string[] = []
  for (let index = 0; index < options.length; index++) {
    const option = options[index] as string
    if (option === '--input-type') index++
    else if (!option.startsWith('--input-type=')) kept.push(option)
  }
  return kept
}

/** How many times the heap limit a document gets on its second try after running out of memory. */
const largerMemory = 4

/** Whether a worker died of reaching its heap limit. */
function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
}

/** An error result for a task's document. */
function failure(
  task: { document: BatchInput },
  code: 'timeout' | 'worker-failed',
  message: string,
): BatchFailure {
  return { id: task.document.id, error: { code, message } }
}
