import type { RedisOptions } from 'bullmq'
import { Redis } from 'ioredis'
import { UnscrapeError } from '../error.js'
import type { QueueOptions } from './types.js'

/** The queue's name when none is given. */
export const defaultQueueName = 'unscrape'

/** Longest wait for Redis to answer a connection, in ms. */
const connectTimeout = 5000

/** Why the queue cannot be used: Redis cannot be reached, or went away. */
export class QueueError extends Error {
  /** What went wrong, as a stable code. */
  readonly code = 'redis-unreachable'

  /**
   * @param redis The Redis URL tried (its password is not repeated).
   * @param cause What the connection reported.
   * @param lost Whether Redis went away (or refused a command) after answering.
   */
  constructor(redis: string, cause: string, lost = false) {
    super(`${lost ? 'Lost' : 'Cannot reach'} Redis at ${withoutPassword(redis)}: ${cause}`)
    this.name = 'QueueError'
  }
}

/**
 * The queue's name and Redis URL, checked.
 *
 * @throws {UnscrapeError} `invalid-option` when the URL or the name is wrong.
 */
export function queueTarget(options: QueueOptions): { redis: string; name: string } {
  const { redis, queue } = options
  let url: URL
  try {
    url = new URL(redis)
  } catch {
    throw new UnscrapeError(
      'invalid-option',
      `Expected \`redis\` to be a URL such as redis://localhost:6379`,
    )
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new UnscrapeError('invalid-option', 'Expected `redis` to be a redis:// or rediss:// URL')
  }
  const name = queue ?? defaultQueueName
  if (typeof name !== 'string' || name === '' || name.includes(':')) {
    throw new UnscrapeError('invalid-option', 'Expected `queue` to be a name without `:`')
  }
  return { redis, name }
}

/**
 * Connection options for a producer or a one-off question: fail at once
 * when Redis is not there, or goes away, rather than wait for it.
 */
export function briefConnection(redis: string): RedisOptions {
  return {
    url: redis,
    connectTimeout,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  }
}

/**
 * Connection options for a worker: wait for Redis through a restart, and
 * carry on (BullMQ reconnects; commands wait meanwhile).
 */
export function lastingConnection(redis: string): RedisOptions {
  return { url: redis, connectTimeout, maxRetriesPerRequest: null }
}

/**
 * Check that Redis answers.
 *
 * @throws {QueueError} When it cannot be reached.
 */
export async function checkRedis(redis: string): Promise<void> {
  const client = new Redis(redis, {
    lazyConnect: true,
    connectTimeout,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  // The event tells why the connection failed; the promise only that it did.
  let cause: Error | undefined
  client.on('error', (error: Error) => {
    cause ??= error
  })
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    throw new QueueError(redis, (cause ?? (error as Error)).message)
  } finally {
    client.disconnect()
  }
}

/** A Redis URL without its password, to be shown. */
function withoutPassword(redis: string): string {
  try {
    const url = new URL(redis)
    if (url.password) url.password = '***'
    return url.href
  } catch {
    return redis
  }
}
