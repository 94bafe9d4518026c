import { Worker } from 'node:worker_threads'
import type { Options } from '../options.js'
import type { BatchInput, BatchResult } from './types.js'

/** Default of the `timeout` option, in ms. */
export const defaultTimeout = 60_000

/**
 * Default of the `workerMemory` option, in MiB. Without a limit V8 lets each
 * thread's heap grow far past what it holds before collecting. With 192 MiB
 * (and the young generation below) two workers and the main thread peak at
 * 356 MiB over 10,000 real pages, and a 5 MB page still fits.
 */
export const defaultWorkerMemory = 192

/**
 * Young-generation limit of each worker, in MiB. V8 sizes it from the heap
 * by default and lets it grow to a few times what cleaning a page needs
 * between scavenges: 24 MiB took the peak of 1,500 JSONL records on two
 * workers from 381 to 329 MiB, with no change in time (12 MiB: 304 MiB, 3%
 * slower).
 */
const youngGenerationMemory = 24

/** What the pool posts to a worker. */
export interface TaskMessage {
  /** The document to clean. */
  document: BatchInput
}

/** What a worker posts: that it is ready (once, first), then each document's result. */
export type WorkerMessage = { ready: true } | { result: BatchResult }

/** A document waiting for, or held by, a worker. */
interface Task {
  /** The document. */
  document: BatchInput
  /** Settle the document's result. */
  resolve: (result: BatchResult) => void
}

/** A worker and the task it holds. */
interface Slot {
  /** The thread. */
  worker: Worker
  /** Whether it has loaded and takes documents (deadlines count from then). */
  ready: boolean
  /** Its document, while it cleans one. */
  task: Task | undefined
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
 */
export class WorkerPool {
  readonly #size: number
  readonly #options: Options
  readonly #timeout: number
  readonly #memory: number
  readonly #slots: Slot[] = []
  readonly #queue: Task[] = []
  /** Workers of documents on their second try, beside the pool's. */
  readonly #larger = new Set<Worker>()
  #closed = false

  /**
   * @param size Most worker threads.
   * @param options `clean()`'s options for every document.
   * @param timeout Longest time for one document, in ms (`Infinity` for none).
   * @param memory Heap limit of each worker (old generation), in MiB.
   */
  constructor(size: number, options: Options, timeout: number, memory = defaultWorkerMemory) {
    this.#size = size
    this.#options = options
    this.#timeout = timeout
    this.#memory = memory
  }

  /**
   * Clean one document in a worker.
   *
   * @param document The document.
   * @returns Its result, once a worker has cleaned it.
   */
  run(document: BatchInput): Promise<BatchResult> {
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
    const worker = startWorker(this.#options, this.#memory)
    const slot: Slot = { worker, ready: false, task: undefined, timer: undefined }
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true
      } else {
        const task = slot.task
        this.#release(slot)
        task?.resolve(message.result)
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
  #retryLarger(task: Task): void {
    const worker = startWorker(this.#options, this.#memory * largerMemory)
    this.#larger.add(worker)
    let timer: NodeJS.Timeout | undefined
    const settle = (result: BatchResult): void => {
      this.#larger.delete(worker)
      clearTimeout(timer)
      worker.removeAllListeners()
      worker.on('error', () => {})
      void worker.terminate()
      task.resolve(result)
    }
    worker.on('message', (message: WorkerMessage) => {
      if ('result' in message) {
        settle(message.result)
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
  #assign(slot: Slot, task: Task): void {
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
  #release(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    slot.task = undefined
  }

  /** Drop a worker that failed or ran out of time; its document gets an error result. */
  #replace(slot: Slot, code: 'timeout' | 'worker-failed', message: string): void {
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
function startWorker(options: Options, memory: number): Worker {
  const start = () =>
    new Worker(workerUrl, {
      workerData: { options },
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
function failure(task: Task, code: 'timeout' | 'worker-failed', message: string): BatchResult {
  return { id: task.document.id, error: { code, message } }
}
