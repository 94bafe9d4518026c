// @ts-check
/**
 * A `redis-server` of one's own, for the queue's tests and benchmark: on a
 * free port of the loopback, with its data in a temporary folder (appended
 * to disk, so that a restart loses nothing), stopped and removed at the end.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Why no `redis-server` can be started here, or `null` when one can: it
 * must be on the PATH (`.ci/run` installs it where it may).
 * @type {string | null}
 */
export const redisMissing = (() => {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  return found.status === 0
    ? null
    : 'redis-server is not on the PATH (apt-get install redis-server)'
})()

/**
 * A running server.
 * @typedef {object} RedisServer
 * @property {string} url Its URL.
 * @property {(awayMs?: number) => Promise<void>} restart Stop it, and start it again on the
 *   same port and data after `awayMs` (default: at once).
 * @property {() => Promise<void>} stop Stop it and remove its folder.
 */

/**
 * Start a `redis-server` on a free port, in a temporary folder.
 * @returns {Promise<RedisServer>}
 */
export async function startRedis() {
  const folder = mkdtempSync(join(tmpdir(), 'unscrape-redis-'))
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder]
  // No snapshots: every write is appended to disk instead, and read back on a restart.
  args.push('--save', '', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction')
  /** @type {import('node:child_process').ChildProcess} */
  let server
  const start = async () => {
    server = spawn('redis-server', args, { stdio: 'ignore' })
    await untilAnswering(port)
  }
  const halt = async () => {
    if (server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart(awayMs = 0) {
      await halt()
      await new Promise((resolve) => setTimeout(resolve, awayMs))
      await start()
    },
    async stop() {
      await halt()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/**
 * A TCP port nothing listens on now.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Wait until a Redis on the port answers PING (for up to 10 s).
 * @param {number} port
 */
async function untilAnswering(port) {
  const deadline = Date.now() + 10_000
  for (;;) {
    if (await pings(port)) return
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Whether a Redis on the port answers PING (and is done loading its data).
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function pings(port) {
  return new Promise((resolve) => {
    const socket = new Socket()
    let reply = ''
    socket.once('error', () => resolve(false))
    socket.on('data', (chunk) => {
      reply += chunk
      if (reply.includes('\r\n')) {
        socket.destroy()
        resolve(reply.startsWith('+PONG'))
      }
    })
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
  })
}
