/**
 * A worker thread of the pool: cleans the documents the pool posts, one at a
 * time, and posts each result back (the article, or what the pool asked to
 * be written for it).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { TaskMessage, WorkerMessage, WorkerSetup } from './pool.js'
import { cleanRecord } from './record.js'
import { renderSuccess } from './render.js'

const { options, render } = workerData as WorkerSetup

parentPort?.on('message', (message: TaskMessage) => {
  const result = cleanRecord(message.document, options)
  parentPort?.postMessage({
    result: render && 'article' in result ? renderSuccess(result, render) : result,
  } satisfies WorkerMessage)
})
parentPort?.postMessage({ ready: true } satisfies WorkerMessage)
