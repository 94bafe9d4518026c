import { type JobsOptions, Queue } from 'bullmq'
import { UnscrapeError } from '../error.js'
import { briefConnection, checkRedis, QueueError, queueTarget } from './connection.js'
import { jobIdOf, pageId } from './job.js'
import type { AddOptions, AddResult, PageJob } from './types.js'

/** Default of the `attempts` option. */
export const defaultAttempts = 3

/** Pages looked up and added per round trip. */
const chunkSize = 100

/** The name BullMQ gives every job of the queue. */
export const jobName = 'page'

/**
 * Add pages to the queue, one job each, named by the page's id: a page
 * whose id is in the queue already (waiting, done or failed) is not added
 * again, so adding the same pages twice adds nothing the second time.
 *
 * @param pages The pages, from an array, a generator or a stream.
 * @param options Where the queue is, and how often a page is tried.
 * @returns How many pages were added, and how many were there already.
 * @throws {UnscrapeError} `invalid-option` when an option is wrong,
 *   `invalid-input` when a page has no string `id` (nothing after it is added).
 * @throws {QueueError} When Redis cannot be reached, or goes away.
 */
export async function addPages(
  pages: AsyncIterable<PageJob> | Iterable<PageJob>,
  options: AddOptions,
): Promise<AddResult> {
  const { redis, name } = queueTarget(options)
  const attempts = options.attempts ?? defaultAttempts
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new UnscrapeError('invalid-option', 'Expected `attempts` to be a whole number, 1 or more')
  }
  const jobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'exponential', delay: 1000 },
    // Kept, so that their ids keep the same pages from being added again
    // and the counts say how many were done.
    removeOnComplete: false,
    removeOnFail: false,
  }
  await checkRedis(redis)
  const queue = new Queue<PageJob>(name, { connection: briefConnection(redis) })
  // Failures come as rejections of the calls below; the event would crash the process.
  queue.on('error', () => {})
  const result: AddResult = { added: 0, existing: 0 }
  try {
    for await (const chunk of chunks(pages, chunkSize)) {
      const ids = chunk.map((page, index) => {
        const id = pageId(page)
        if (id === null) {
          throw new UnscrapeError(
            'invalid-input',
            `Expected page ${result.added + result.existing + index + 1} to have a string \`id\``,
          )
        }
        return jobIdOf(id)
      })
      const states = await reaching(redis, Promise.all(ids.map((id) => queue.getJobState(id))))
      const fresh = new Map<string, PageJob>()
      chunk.forEach((page, index) => {
        const id = ids[index] as string
        if (states[index] === 'unknown' && !fresh.has(id)) fresh.set(id, page)
      })
      await reaching(
        redis,
        queue.addBulk(
          [...fresh].map(([jobId, data]) => ({
            name: jobName,
            data,
            opts: { ...jobOptions, jobId },
          })),
        ),
      )
      result.added += fresh.size
      result.existing += chunk.length - fresh.size
    }
  } finally {
    await queue.close().catch(() => {})
  }
  return result
}

/** A call to Redis, whose failure says that Redis could not be reached. */
async function reaching<Value>(redis: string, call: Promise<Value>): Promise<Value> {
  try {
    return await call
  } catch (error) {
    throw new QueueError(redis, (error as Error).message, true)
  }
}

/** The items of a source in arrays of up to `size`. */
async function* chunks<Item>(
  source: AsyncIterable<Item> | Iterable<Item>,
  size: number,
): AsyncGenerator<Item[]> {
  let chunk: Item[] = []
  for await (const item of source) {
    chunk.push(item)
    if (chunk.length === size) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length > 0) yield chunk
}
