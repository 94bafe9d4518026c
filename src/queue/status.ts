import { Queue } from 'bullmq'
import { briefConnection, checkRedis, QueueError, queueTarget } from './connection.js'
import type { QueueCounts, QueueOptions } from './types.js'

/**
 * How many pages the queue holds in each state.
 *
 * @param options Where the queue is.
 * @throws {UnscrapeError} `invalid-option` when an option is wrong.
 * @throws {QueueError} When Redis cannot be reached.
 */
export async function queueCounts(options: QueueOptions): Promise<QueueCounts> {
  const { redis, name } = queueTarget(options)
  await checkRedis(redis)
  const queue = new Queue(name, { connection: briefConnection(redis) })
  queue.on('error', () => {})
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed')
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      delayed: counts.delayed ?? 0,
    }
  } catch (error) {
    throw new QueueError(redis, (error as Error).message, true)
  } finally {
    await queue.close().catch(() => {})
  }
}
