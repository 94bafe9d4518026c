/**
 * A worker thread of the pool: cleans the documents the pool posts, one at a
 * time, and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Options } from '../options.js'
import type { TaskMessage, WorkerMessage } from './pool.js'
import { cleanRecord } from './record.js'

const options = (workerData as { options: Options }).options

parentPort?.on('message', (message: TaskMessage) => {
  parentPort?.postMessage({
    result: cleanRecord(message.document, options),
  } satisfies WorkerMessage)
})
parentPort?.postMessage({ ready: true } satisfies WorkerMessage)
