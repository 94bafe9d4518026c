/**
 * unscrape/batch: cleaning many documents on all cores (Node only; the main
 * entry stays browser-safe).
 */
export { cleanRecord } from './record.js'
export { cleanStream } from './stream.js'
export type {
  BatchError,
  BatchErrorCode,
  BatchFailure,
  BatchId,
  BatchInput,
  BatchOptions,
  BatchResult,
  BatchSuccess,
} from './types.js'
