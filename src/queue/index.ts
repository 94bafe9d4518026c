/**
 * unscrape/queue: cleaning pages on many machines, through a BullMQ job
 * queue on Redis (Node only; the main entry stays browser-safe).
 */
export { QueueError } from './connection.js'
export { addPages } from './producer.js'
export { queueCounts } from './status.js'
export type {
  AddOptions,
  AddResult,
  FolderSink,
  PageFailure,
  PageJob,
  PageOptions,
  PageResult,
  PageSuccess,
  QueueCounts,
  QueueOptions,
  QueueWorker,
  Sink,
  WorkerOptions,
} from './types.js'
export { startWorker } from './worker.js'
