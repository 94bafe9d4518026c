import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { Queue } from 'bullmq'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RedisServer, redisMissing, startRedis } from '../scripts/redis-server.js'
import { outputStem } from '../src/batch/folder.js'
import { clean } from '../src/index.js'
import { addPages, queueCounts, startWorker } from '../src/queue/index.js'
import { jobIdOf, toDocument } from '../src/queue/job.js'
import type { PageResult } from '../src/queue/types.js'
import { codeUnder } from './docs.js'
import { cli } from './util.js'

// Worker threads run JavaScript: the pool's workers, and the spawned CLI, run the build.

const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url))

/** A fresh folder for one test. */
const scratch = () => mkdtempSync(join(tmpdir(), 'unscrape-queue-'))

/** Every file under a folder, by path from it, with its content (temporary files left out). */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.unscrape-tmp')) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(folder, path)] = readFileSync(path, 'utf8')
  }
  return files
}

/**
 * A news page of its own for each index, long enough to take a few
 * milliseconds to clean, with the menus and footers pages have.
 */
function newsPage(index: number): string {
  const paragraphs = Array.from(
    { length: 12 + (index % 7) },
    (_, part) =>
      `<p>Harbour report ${index}, part ${part}: the council voted ${index + part} to ${part} on Monday to reopen the east pier, officials said, and the mayor welcomed it.</p>`,
  ).join('')
  return `<!doctype html><html><head><title>Harbour report ${index}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><article><h1>Harbour report ${index}</h1>${paragraphs}</article><footer>© 2025 The Harbour Gazette. All rights reserved.</footer></body></html>`
}

/** The CLI processes a test started, to stop any that a failed test leaves running. */
const children = new Set<ChildProcess>()

/**
 * A folder of `count` news pages, `page-NNN.html`, and the Markdown each
 * gives; the pages `blank` picks hold no text (they give an error record).
 */
function newsFolder(
  count: number,
  blank: (index: number) => boolean = () => false,
): { folder: string; expected: Record<string, string> } {
  const folder = join(scratch(), 'pages')
  mkdirSync(folder)
  const expected: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const name = `page-${String(index).padStart(3, '0')}`
    const page = blank(index)
      ? '<html><body><script>var menu = 1</script></body></html>'
      : newsPage(index)
    writeFileSync(join(folder, `${name}.html`), page)
    if (!blank(index)) expected[`${name}.md`] = clean(page).markdown
  }
  return { folder, expected }
}

/**
 * Run `unscrape queue work` until the queue is empty, the pages of a worker
 * that dies going back to the queue after 2 s.
 */
function spawnWorker(target: string[], out: string, threads: number, quiet = true): ChildProcess {
  const flags = ['-j', String(threads), '--exit-when-empty', '--stalled-after', '2']
  return spawnCli(['queue', 'work', ...target, '-o', out, ...flags, ...(quiet ? ['-q'] : [])])
}

/** Run the built CLI as a process. */
function spawnCli(args: string[]): ChildProcess {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

afterEach(() => {
  for (const child of children) child.kill('SIGKILL')
})

/** A process's exit code and what it printed. */
function finished(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })))
}

/** Wait until a condition holds (checked every 50 ms), failing after `ms`. */
async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** How many output files a folder holds (Markdown and error records), so far. */
function outputCount(folder: string): number {
  try {
    return readdirSync(folder).filter((name) => /\.(?:md|error\.json)$/.test(name)).length
  } catch {
    return 0
  }
}

describe('queue jobs', () => {
  it('is a Node entry point of its own, apart from the browser-safe main one', async () => {
    const entry = await import('unscrape/queue')
    expect(Object.keys(entry).sort()).toEqual([
      'QueueError',
      'addPages',
      'queueCounts',
      'startWorker',
    ])
    expect(Object.keys(await import('unscrape'))).not.toContain('startWorker')
    // The main entry loads no queue client.
    const main = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')
    expect(main).not.toMatch(/queue|bullmq/)
  })

  it('names jobs by page id, one to one, with ids BullMQ takes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const id = jobIdOf(a)
        // BullMQ refuses whole numbers and `:`.
        expect(id.includes(':') || `${Number.parseInt(id, 10)}` === id).toBe(false)
        if (a !== b) expect(jobIdOf(b)).not.toBe(id)
      }),
    )
    expect(jobIdOf('world/news.html')).toBe('world/news.html')
    expect(jobIdOf('42')).toBe('%42')
  })

  it('writes every page’s outputs inside the output folder, whatever its id', () => {
    const folder = resolve('/out')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.constantFrom('../../etc/passwd', '/abs/page', '.', '', 'a//b'),
        ),
        (id) => {
          const path = resolve(folder, `${outputStem(id)}.error.json`)
          expect(path.startsWith(`${folder}${sep}`)).toBe(true)
          for (const name of relative(folder, path).split(sep)) {
            expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
          }
        },
      ),
    )
    expect(outputStem('world/news.html')).toBe('world/news')
    const deep = `${'section/'.repeat(40)}news.html`
    expect(outputStem(deep)).toBe(deep.replace('.html', ''))
    expect(outputStem('https://example.com/a.html')).toBe('https%3A%2F%2Fexample.com%2Fa')
  })

  it('reads the page from the field that holds it, or says why there is none', async () => {
    const bytes = fixture('encodings/gbk.html')
    expect(await toDocument({ id: 'a', html: '<p>x</p>' }, 100)).toEqual({
      id: 'a',
      input: '<p>x</p>',
      format: 'html',
    })
    expect(
      await toDocument({ id: 'b', base64: bytes.toString('base64'), url: 'https://x.test/b' }, 1e6),
    ).toEqual({ id: 'b', input: new Uint8Array(bytes), url: 'https://x.test/b' })
    expect(await toDocument({ id: 'c', html: 'x', text: 'y' }, 100)).toMatchObject({
      id: 'c',
      error: { code: 'invalid-record' },
    })
    expect(await toDocument({ html: 'x' }, 100)).toMatchObject({
      id: null,
      error: { code: 'invalid-record' },
    })
    expect(await toDocument({ id: 'd', path: '/no/such/page.html' }, 100)).toMatchObject({
      id: 'd',
      error: { code: 'unreadable' },
    })
    const folder = scratch()
    writeFileSync(join(folder, 'big.html'), 'x'.repeat(200))
    expect(await toDocument({ id: 'e', path: join(folder, 'big.html') }, 100)).toMatchObject({
      id: 'e',
      error: { code: 'input-too-large' },
    })
  })
})

describe('queue: Redis out of reach', () => {
  it('fails with a clear one-line error and exit code 1, without a stack trace', async () => {
    // A port nothing listens on.
    const redis = 'redis://127.0.0.1:9'
    const folder = scratch()
    writeFileSync(join(folder, 'page.html'), newsPage(1))
    for (const args of [['add', folder], ['status'], ['work', '-o', join(folder, 'out')]]) {
      const result = await finished(spawnCli(['queue', ...args, '--redis', redis]))
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        /^unscrape: Cannot reach Redis at redis:\/\/127\.0\.0\.1:9: connect ECONNREFUSED 127\.0\.0\.1:9\n$/,
      )
    }
    await expect(addPages([{ id: 'a', html: 'x' }], { redis })).rejects.toMatchObject({
      name: 'QueueError',
      code: 'redis-unreachable',
    })
  })

  it('prints the help docs/batch.md shows', async () => {
    const [shown] = codeUnder('docs/batch.md', 'Many machines', 'txt')
    expect((await cli(['queue', '--help'])).stdout).toBe(`${shown}\n`)
  })

  it('exits 2 on wrong usage', async () => {
    for (const args of [
      ['queue'],
      ['queue', 'bogus', '--redis', 'redis://127.0.0.1:9'],
      ['queue', 'status'],
      ['queue', 'status', '--redis', 'redis://127.0.0.1:9', '-o', 'out'],
      ['queue', 'add', '--redis', 'redis://127.0.0.1:9'],
      ['queue', 'add', 'x', '--redis', 'redis://127.0.0.1:9', '--attempts', '0'],
      ['queue', 'work', '--redis', 'http://127.0.0.1:9'],
      ['queue', 'work', '--redis', 'redis://127.0.0.1:9', '--format', 'json'],
    ]) {
      const result = await cli(args)
      expect(result.code, args.join(' ')).toBe(2)
    }
  })
})

// One line in the run's output says why these tests did not run.
if (redisMissing) console.warn(`queue tests on a real Redis skipped: ${redisMissing}`)

describe.skipIf(redisMissing !== null)(
  `queue on a real Redis${redisMissing ? ` (skipped: ${redisMissing})` : ''}`,
  () => {
    let redis: RedisServer
    let queueNumber = 0
    /** A queue name of a test's own. */
    const freshQueue = () => `test-${process.pid}-${++queueNumber}`

    beforeAll(async () => {
      redis = await startRedis()
    })
    /** The counts `unscrape queue status` prints. */
    const statusOf = async (target: string[]) =>
      JSON.parse((await cli(['queue', 'status', ...target])).stdout)
    /** A job as BullMQ keeps it. */
    const jobOf = async (queue: string, id: string) => {
      const bull = new Queue(queue, { connection: { url: redis.url } })
      return bull.getJob(id).finally(() => bull.close())
    }
    afterAll(async () => {
      await redis?.stop()
    })

    it('adds each page once and cleans it as the batch CLI does, error records included', async () => {
      const folder = join(scratch(), 'pages')
      mkdirSync(join(folder, 'world'), { recursive: true })
      writeFileSync(join(folder, 'world', 'news.html'), fixture('html-world-news/input.html'))
      writeFileSync(join(folder, 'seed.txt'), fixture('khamenei-red-line/input.txt'))
      writeFileSync(join(folder, 'gbk.html'), fixture('encodings/gbk.html'))
      writeFileSync(
        join(folder, 'notes.md'),
        '# Notes\n\nThe *harbour* pact was signed on Monday.\n',
      )
      writeFileSync(join(folder, 'empty.html'), '')
      writeFileSync(
        join(folder, 'random.html'),
        Uint8Array.from({ length: 4096 }, (_, index) => (index * 2_654_435_761) >>> 24),
      )
      const queue = freshQueue()
      const target = ['--redis', redis.url, '--queue', queue]
      const first = await cli(['queue', 'add', folder, ...target])
      expect(first).toMatchObject({ code: 0, stdout: '{"added":6,"existing":0}\n' })
      const second = await cli(['queue', 'add', folder, ...target])
      expect(second.stdout).toBe('{"added":0,"existing":6}\n')
      expect(await statusOf(target)).toEqual({
        waiting: 6,
        active: 0,
        completed: 0,
        failed: 0,
        delayed: 0,
      })

      const out = join(folder, '..', 'out')
      const worked = await finished(
        spawnCli([
          'queue',
          'work',
          ...target,
          '-o',
          out,
          '--format',
          'both',
          '-j',
          '2',
          '--exit-when-empty',
        ]),
      )
      expect(worked.code).toBe(0)
      expect(worked.stderr).toContain('unscrape: 4 done, 2 failed, 0 skipped')
      const batch = join(folder, '..', 'batch')
      expect((await cli([folder, '-o', batch, '--format', 'both', '-j', '1', '-q'])).code).toBe(1)
      // The same files, byte for byte, as the folder batch writes.
      expect(tree(out)).toEqual(tree(batch))
      expect(Object.keys(tree(out)).sort()).toEqual([
        'empty.error.json',
        'gbk.json',
        'gbk.md',
        'notes.json',
        'notes.md',
        'random.error.json',
        'seed.json',
        'seed.md',
        'world/news.json',
        'world/news.md',
      ])
      expect(await statusOf(target)).toEqual({
        waiting: 0,
        active: 0,
        completed: 4,
        failed: 2,
        delayed: 0,
      })
      // A page's own error is not tried again: cleaning is pure.
      const empty = await jobOf(queue, 'empty.html')
      expect(empty?.attemptsMade).toBe(1)
      expect(empty?.failedReason).toMatch(/^no-text: /)
    }, 120_000)

    it('tries a page that cannot be read again, a bounded number of times, then writes its error record', async () => {
      const folder = scratch()
      const later = join(folder, 'later.html')
      const queue = freshQueue()
      const connection = { redis: redis.url, queue }
      expect(
        await addPages(
          [
            { id: 'later.html', path: later },
            { id: 'never.html', path: join(folder, 'never.html') },
          ],
          { ...connection, attempts: 3 },
        ),
      ).toEqual({ added: 2, existing: 0 })
      const results: PageResult[] = []
      const out = join(folder, 'out')
      const worker = await startWorker({
        ...connection,
        sink: { folder: out },
        concurrency: 1,
        onResult: (result) => results.push(result),
      })
      try {
        // The file appears after the page's first try failed: its second try cleans it.
        await until(
          async () => ((await jobOf(queue, 'later.html'))?.attemptsMade ?? 0) >= 1,
          30_000,
        )
        writeFileSync(later, newsPage(7))
        await worker.drained()
        await worker.close()
        expect(readFileSync(join(out, 'later.md'), 'utf8')).toBe(clean(newsPage(7)).markdown)
        expect(JSON.parse(readFileSync(join(out, 'never.error.json'), 'utf8'))).toMatchObject({
          id: 'never.html',
          error: { code: 'unreadable' },
        })
        expect(Object.keys(tree(out)).sort()).toEqual(['later.md', 'never.error.json'])
        expect((await jobOf(queue, 'never.html'))?.attemptsMade).toBe(3)
        expect(await queueCounts(connection)).toMatchObject({ completed: 1, failed: 1 })
        // Reported once each, at the end: tries that will be repeated are not results.
        expect(results.map((result) => result.id).sort()).toEqual(['later.html', 'never.html'])
      } finally {
        await worker.close()
      }
    }, 120_000)

    it('keeps each article as its job’s return value, and a failure as its reason', async () => {
      const queue = freshQueue()
      const connection = { redis: redis.url, queue }
      const news = fixture('html-world-news/input.html').toString()
      await addPages(
        [
          { id: 'news', html: news, url: 'https://example.com/news', options: { quotes: false } },
          { id: 'blank', text: '   ' },
        ],
        connection,
      )
      const results: PageResult[] = []
      const worker = await startWorker({
        ...connection,
        sink: 'return',
        concurrency: 1,
        explain: true,
        onResult: (result) => results.push(result),
      })
      try {
        await worker.drained()
        const reported = results.find((result) => result.id === 'news')
        expect(reported && 'explain' in reported && reported.explain).toMatch(/^-\tbreadcrumb\t/m)
        expect((await jobOf(queue, 'news'))?.returnvalue).toEqual({
          id: 'news',
          article: clean(news, { format: 'html', url: 'https://example.com/news', quotes: false }),
        })
        expect((await jobOf(queue, 'blank'))?.failedReason).toMatch(/^no-text: /)
      } finally {
        await worker.close()
      }
    }, 60_000)

    it('loses nothing when a worker is killed halfway: each of 200 pages ends with exactly one output', async () => {
      // Every 50th page has no text: it ends as an error record.
      const { folder, expected } = newsFolder(200, (index) => index % 50 === 49)
      const queue = freshQueue()
      const target = ['--redis', redis.url, '--queue', queue]
      expect((await cli(['queue', 'add', folder, ...target])).stdout).toBe(
        '{"added":200,"existing":0}\n',
      )
      const out = join(folder, '..', 'out')
      const worker = () => spawnWorker(target, out, 1)
      const doomed = worker()
      const survivor = finished(worker())
      await until(() => outputCount(out) >= 80, 90_000)
      doomed.kill('SIGKILL')
      const killedAt = outputCount(out)
      const replacement = finished(worker())
      expect((await survivor).code).toBe(0)
      expect((await replacement).code).toBe(0)
      expect(killedAt).toBeLessThan(200)

      const files = tree(out)
      const records = Object.keys(files).filter((name) => name.endsWith('.error.json'))
      expect(records.sort()).toEqual([
        'page-049.error.json',
        'page-099.error.json',
        'page-149.error.json',
        'page-199.error.json',
      ])
      const articles = Object.fromEntries(
        Object.entries(files).filter(([name]) => name.endsWith('.md')),
      )
      expect(articles).toEqual(expected)
      expect(Object.keys(files)).toHaveLength(200)
      expect(await statusOf(target)).toEqual({
        waiting: 0,
        active: 0,
        completed: 196,
        failed: 4,
        delayed: 0,
      })
      // The killed worker held a page: it went back to the queue, and another worker cleaned it.
      const bull = new Queue(queue, { connection: { url: redis.url } })
      const jobs = await bull.getJobs(['completed', 'failed']).finally(() => bull.close())
      expect(jobs.filter((job) => job.stalledCounter > 0).length).toBeGreaterThan(0)
    }, 180_000)

    it('carries on through a Redis restart: the run completes', async () => {
      const { folder, expected } = newsFolder(60)
      const queue = freshQueue()
      const target = ['--redis', redis.url, '--queue', queue]
      await cli(['queue', 'add', folder, ...target])
      const out = join(folder, '..', 'out')
      const work = finished(spawnWorker(target, out, 2, false))
      await until(() => outputCount(out) >= 15, 90_000)
      // Away for a second: long enough that the workers find it gone, however busy the machine.
      await redis.restart(1000)
      const restartedAt = outputCount(out)
      const { code, stderr } = await work
      expect(code).toBe(0)
      expect(restartedAt).toBeLessThan(60)
      // It said that Redis went away, once, and went on.
      expect(stderr).toMatch(/^unscrape: .*(?:ECONNRE|[Cc]onnection)/m)
      expect(stderr).toMatch(/^unscrape: \d+ done, 0 failed/m)
      expect(tree(out)).toEqual(expected)
      expect(await queueCounts({ redis: redis.url, queue })).toEqual({
        waiting: 0,
        active: 0,
        completed: 60,
        failed: 0,
        delayed: 0,
      })
    }, 180_000)

    it('finishes the pages in hand on SIGTERM and exits 0, leaving the rest waiting', async () => {
      const folder = join(scratch(), 'pages')
      mkdirSync(folder)
      // Pages of a good part of a second each, so that the signal lands mid-run.
      const long = (index: number) =>
        newsPage(index).replace(
          '</article>',
          `${'<p>The harbour pact was signed on Monday, officials said, and the mayor welcomed it.</p>'.repeat(2500)}</article>`,
        )
      for (let index = 0; index < 12; index++)
        writeFileSync(join(folder, `page-${index}.html`), long(index))
      const queue = freshQueue()
      const target = ['--redis', redis.url, '--queue', queue]
      await cli(['queue', 'add', folder, ...target])
      const out = join(folder, '..', 'out')
      const child = spawnCli(['queue', 'work', ...target, '-o', out, '-j', '2', '-q'])
      const result = finished(child)
      await until(() => outputCount(out) >= 1, 90_000)
      child.kill('SIGTERM')
      expect((await result).code).toBe(0)
      const counts = await queueCounts({ redis: redis.url, queue })
      // Nothing was left held: what it took, it finished.
      expect(counts.active).toBe(0)
      expect(counts.completed).toBe(outputCount(out))
      expect(counts.waiting).toBe(12 - counts.completed)
      expect(counts.waiting).toBeGreaterThan(0)
    }, 180_000)

    it('runs the commands and the example docs/batch.md shows', async () => {
      const folder = join(scratch(), 'saved-pages')
      mkdirSync(join(folder, 'world'), { recursive: true })
      writeFileSync(join(folder, 'world', 'news.html'), fixture('html-world-news/input.html'))
      writeFileSync(join(folder, 'seed.txt'), fixture('khamenei-red-line/input.txt'))
      const out = join(folder, '..', 'clean')
      const queue = freshQueue()
      const commands = codeUnder('docs/batch.md', 'Many machines', 'sh').map((block) =>
        block.trim(),
      )
      expect(commands).toHaveLength(3)
      const printed: string[] = []
      for (const command of commands) {
        const args = command
          .replace(/^npx unscrape /, '')
          .split(' ')
          .map((arg) =>
            arg === 'redis://queue-host:6379'
              ? redis.url
              : arg === 'saved-pages'
                ? folder
                : arg === 'clean'
                  ? out
                  : arg,
          )
        const result = await cli([...args, '--queue', queue])
        expect(result.code, command).toBe(0)
        printed.push(result.stdout)
      }
      expect(Object.keys(tree(out)).sort()).toEqual(['seed.md', 'world/news.md'])
      expect(JSON.parse(printed[2] ?? '')).toEqual({
        waiting: 0,
        active: 0,
        completed: 2,
        failed: 0,
        delayed: 0,
      })

      // The program docs/batch.md shows is the example, run here.
      const example = readFileSync(new URL('../examples/queue.js', import.meta.url), 'utf8')
      const [shown] = codeUnder('docs/batch.md', 'From a program: unscrape/queue', 'js')
      expect(
        example
          .replace(/^(?:\/\/.*\n)+/, '')
          .replace("'../dist/queue/index.js'", "'unscrape/queue'"),
      ).toBe(`${shown}\n`)
      const exampleOut = join(scratch(), 'clean')
      const ran = await finished(
        spawn(process.execPath, [
          new URL('../examples/queue.js', import.meta.url).pathname,
          redis.url,
          exampleOut,
        ]),
      )
      expect(ran.code).toBe(0)
      expect(ran.stdout).toContain('3 pages added\n')
      expect(ran.stdout).toContain('empty.txt: no-text\n')
      expect(ran.stdout).toContain('{ waiting: 0, active: 0, completed: 2, failed: 1, delayed: 0 }')
      expect(Object.keys(tree(exampleOut)).sort()).toEqual([
        'empty.error.json',
        'harbour.json',
        'harbour.md',
        'notes.json',
        'notes.md',
      ])
    }, 120_000)

    it('draws the batch CLI’s progress and summary on a terminal', async () => {
      const queue = freshQueue()
      await addPages(
        Array.from({ length: 3 }, (_, index) => ({
          id: `page-${index}.html`,
          html: newsPage(index),
        })),
        { redis: redis.url, queue },
      )
      const result = await cli(
        [
          'queue',
          'work',
          '--redis',
          redis.url,
          '--queue',
          queue,
          '-o',
          join(scratch(), 'out'),
          '-j',
          '1',
          '--exit-when-empty',
        ],
        { tty: true },
      )
      expect(result.code).toBe(0)
      expect(result.stderr).toMatch(/\r\d+ pages {2}[\d.]+\/s/)
      expect(result.stderr).toMatch(/unscrape: 3 done, 0 failed, 0 skipped in [\d.]+ s/)
    }, 60_000)
  },
)
