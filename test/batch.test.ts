import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type BatchInput, type BatchResult, cleanRecord, cleanStream } from '../src/batch/index.js'
import { clean, UnscrapeError } from '../src/index.js'
import { codeUnder } from './docs.js'

// Worker threads run JavaScript: the pool's workers run the build (`npm run build`, done by `npm ci`).

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url))
const pages = {
  news: read('html-world-news/input.html').toString('utf8'),
  tech: read('html-tech-code/input.html').toString('utf8'),
  seed: read('khamenei-red-line/input.txt').toString('utf8'),
  gbk: new Uint8Array(read('encodings/gbk.html')),
}
const short = 'The harbour pact was signed on Monday, officials said.'
/** A page that takes a good part of a second to clean. */
const slow = `<html><body>${'<p>The harbour pact was signed on Monday, officials said, and the mayor welcomed it.</p>'.repeat(3000)}</body></html>`
/**
 * A page that takes seconds to clean (3.5 s on a 2-core machine of 2026):
 * well past the one-second deadline of the test below, even on a machine a
 * few times faster.
 */
const runaway = `<html><body>${'<p>The harbour pact was signed on Monday, officials said, and the mayor welcomed it.</p>'.repeat(60_000)}</body></html>`

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const all: BatchResult[] = []
  for await (const result of results) all.push(result)
  return all
}

describe('cleanStream', () => {
  it('cleans every document in a worker, as clean() does, in input order', async () => {
    const documents: BatchInput[] = [
      { id: 'news', input: pages.news },
      { id: 2, input: pages.seed, publishedAt: '2025-02-10' },
      { id: 'gbk', input: pages.gbk },
      { id: 'tech', input: pages.tech, url: 'https://example.com/tech' },
    ]
    const results = await collect(cleanStream(documents, { concurrency: 2 }))
    expect(results.map((result) => result.id)).toEqual(['news', 2, 'gbk', 'tech'])
    expect(results).toEqual([
      { id: 'news', article: clean(pages.news) },
      { id: 2, article: clean(pages.seed, { publishedAt: '2025-02-10' }) },
      { id: 'gbk', article: clean(pages.gbk) },
      { id: 'tech', article: clean(pages.tech, { url: 'https://example.com/tech' }) },
    ])
  })

  it('passes the batch’s options to every document; a document’s own win', async () => {
    const options = { rules: { 'link-list': false }, markdown: false, format: 'text' as const }
    const results = await collect(
      cleanStream(
        [
          { id: 1, input: pages.seed },
          { id: 2, input: '<p>The <b>harbour</b> pact.</p>', format: 'html' },
        ],
        { ...options, concurrency: 1 },
      ),
    )
    expect(results).toEqual([
      { id: 1, article: clean(pages.seed, options) },
      { id: 2, article: clean('<p>The <b>harbour</b> pact.</p>', { ...options, format: 'html' }) },
    ])
    expect(results[0] && 'article' in results[0] && results[0].article.markdown).toBe('')
  })

  it('lays a document’s own options over the batch’s, its rule switches beside the batch’s', async () => {
    const batch = { rules: { 'share-bar': false }, concurrency: 1 }
    const own = { rules: { breadcrumb: false }, quotes: false }
    const [result] = await collect(
      cleanStream([{ id: 'news', input: pages.news, options: own }], batch),
    )
    const expected = clean(pages.news, {
      rules: { 'share-bar': false, breadcrumb: false },
      quotes: false,
    })
    expect(result).toEqual({ id: 'news', article: expected })
    // Both switches took effect: neither rule removed anything, and no quotes were looked for.
    const rulesUsed = new Set(expected.removed.map((removal) => removal.rule))
    expect(rulesUsed.has('share-bar') || rulesUsed.has('breadcrumb')).toBe(false)
    expect(clean(pages.news).removed.some((removal) => removal.rule === 'breadcrumb')).toBe(true)
    expect(expected.quotes).toEqual([])
    const [wrong] = await collect(
      cleanStream([{ id: 'x', input: short, options: 'quotes' } as unknown as BatchInput], batch),
    )
    expect(wrong).toMatchObject({ id: 'x', error: { code: 'invalid-record' } })
  })

  it('gives every input exactly one result, an error where it cannot be cleaned', async () => {
    const documents = [
      { id: 'a', input: short },
      null,
      { id: 'no-input' },
      { id: 'too-large', input: 'x'.repeat(2000) },
      { input: short },
      { id: 'b', input: new TextEncoder().encode(short) },
    ] as unknown as BatchInput[]
    const results = await collect(cleanStream(documents, { concurrency: 2, maxBytes: 1000 }))
    expect(results.map((result) => ('error' in result ? result.error.code : 'ok'))).toEqual([
      'ok',
      'invalid-record',
      'invalid-input',
      'input-too-large',
      'invalid-record',
      'ok',
    ])
    expect(results.map((result) => result.id)).toEqual([
      'a',
      null,
      'no-input',
      'too-large',
      null,
      'b',
    ])
  })

  it('stops a runaway document at its deadline and goes on with a fresh worker', async () => {
    const results = await collect(
      cleanStream(
        [
          { id: 1, input: short },
          { id: 2, input: runaway },
          { id: 3, input: short },
        ],
        { concurrency: 1, timeout: 1000 },
      ),
    )
    expect(results[1]).toEqual({
      id: 2,
      error: {
        code: 'timeout',
        message: 'Cleaning took longer than 1000 ms; the document was stopped',
      },
    })
    expect(results[0]).toEqual({ id: 1, article: clean(short) })
    expect(results[2]).toEqual({ id: 3, article: clean(short) })
  })

  it('starts its workers in a process run with options workers refuse', () => {
    // `node --input-type=module -e …`, `node --max-old-space-size=… unscrape`:
    // workers refuse `--input-type` and V8's options (which reach them anyway).
    const batch = new URL('../dist/batch/index.js', import.meta.url).href
    const script = `import { cleanStream } from ${JSON.stringify(batch)}
for await (const result of cleanStream([{ id: 1, input: '<p>The harbour bridge reopened.</p>' }])) {
  console.log(JSON.stringify(result))
}`
    for (const options of [
      ['--input-type=module'],
      ['--input-type', 'module'],
      ['--max-old-space-size=2048', '--stack-size=2000', '--no-warnings', '--input-type=module'],
    ]) {
      const output = execFileSync(process.execPath, [...options, '-e', script], {
        encoding: 'utf8',
      })
      expect(JSON.parse(output)).toMatchObject({
        id: 1,
        article: { text: 'The harbour bridge reopened.' },
      })
    }
  })

  it('gives a document that runs a worker out of memory a second try with a larger heap', async () => {
    // Over the first limit (32 MiB), well under the second (128 MiB); a
    // worker starts with room to spare at 32.
    const big = `<html><body>${'<p>The harbour pact was signed on Monday, officials said, and the mayor welcomed it.</p>'.repeat(6000)}</body></html>`
    const results = await collect(
      cleanStream(
        [
          { id: 'big', input: big },
          { id: 'small', input: short },
        ],
        { concurrency: 1, workerMemory: 32 },
      ),
    )
    expect(results).toEqual([
      { id: 'big', article: clean(big) },
      { id: 'small', article: clean(short) },
    ])
  })

  it('fails each document, rather than restarting forever, when no worker can start', async () => {
    const starved = await collect(
      cleanStream([{ id: 'small', input: short }], { concurrency: 1, workerMemory: 2 }),
    )
    expect(starved).toMatchObject([{ id: 'small', error: { code: 'worker-failed' } }])
  })

  it('yields results as they finish with unordered, none lost', async () => {
    // The long page must outlast the gap between its worker's start-up and
    // the other's, which grows with the machine's load: it is made to take
    // three times as long as starting a worker and cleaning a short page
    // takes now, measured here.
    let began = performance.now()
    await collect(cleanStream([{ id: 'start', input: short }], { concurrency: 1 }))
    const startUp = performance.now() - began
    began = performance.now()
    clean(slow)
    const slowOnce = Math.max(performance.now() - began, 1)
    const repeats = Math.min(Math.max(2, Math.ceil((3 * startUp) / slowOnce)), 16)
    const documents = [
      { id: 'slow', input: slow.repeat(repeats) },
      ...Array.from({ length: 6 }, (_, index) => ({ id: index, input: short })),
    ]
    const results = await collect(cleanStream(documents, { concurrency: 2, unordered: true }))
    expect(results.map((result) => result.id).sort()).toEqual([0, 1, 2, 3, 4, 5, 'slow'])
    // The long page started first, yet short ones beside it came out before it.
    expect(results[0]?.id).not.toBe('slow')
  })

  it('reads the source only as results are taken: never more than a window ahead', async () => {
    let read = 0
    let closed = false
    async function* endless(): AsyncGenerator<BatchInput> {
      try {
        for (;;) yield { id: read++, input: short }
      } finally {
        closed = true
      }
    }
    const window = 3
    const ahead: number[] = []
    let taken = 0
    for await (const result of cleanStream(endless(), { concurrency: 2, window })) {
      expect(result.id).toBe(taken)
      taken++
      ahead.push(read - taken)
      if (taken === 8) break
    }
    expect(Math.max(...ahead)).toBeLessThanOrEqual(window)
    expect(closed).toBe(true)
  })

  it('yields results while the source waits for its next document', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    async function* piped(): AsyncGenerator<BatchInput> {
      yield { id: 1, input: short }
      yield { id: 2, input: short }
      // Like a pipe with no more lines yet: the results so far must come out meanwhile.
      await gate
      yield { id: 3, input: short }
    }
    const ids: unknown[] = []
    for await (const result of cleanStream(piped(), { concurrency: 1 })) {
      ids.push(result.id)
      if (ids.length === 2) release()
    }
    expect(ids).toEqual([1, 2, 3])
  })

  it('throws invalid-option at once for a wrong option', () => {
    for (const options of [
      { concurrency: 0 },
      { timeout: -1 },
      { window: 1.5 },
      { format: 'pdf' },
      // Rules are functions: they cannot cross to the worker threads.
      { extraRules: [{ id: 'mine', description: 'Mine', element: () => undefined }] },
    ]) {
      expect(() => cleanStream([], options as never)).toThrow(UnscrapeError)
    }
  })
})

describe('cleanRecord', () => {
  it('is clean() for one document, never throwing', () => {
    expect(cleanRecord({ id: 'x', input: pages.seed })).toEqual({
      id: 'x',
      article: clean(pages.seed),
    })
    expect(cleanRecord({ id: 'x', input: 42 } as unknown as BatchInput)).toMatchObject({
      id: 'x',
      error: { code: 'invalid-input' },
    })
    expect(cleanRecord({ id: 'x', input: short }, { rules: { nope: false } })).toMatchObject({
      error: { code: 'invalid-option' },
    })
  })
})

describe('unscrape/batch', () => {
  it('runs as docs/batch.md shows it', () => {
    const [shown] = codeUnder(
      'docs/batch.md',
      'One document at a time: cleanRecord(document[, options])',
      'js',
    )
    const program = (shown ?? '').replace(
      "'unscrape/batch'",
      JSON.stringify(new URL('../dist/batch/index.js', import.meta.url).href),
    )
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', program], {
      encoding: 'utf8',
    })
    expect(printed).toBe(`${clean('<p>The harbour reopened on Monday.</p>').markdown}\n`)
  })

  it('is the package’s Node entry point, apart from the browser-safe main one', async () => {
    const entry = await import('unscrape/batch')
    expect(Object.keys(entry).sort()).toEqual(['cleanRecord', 'cleanStream'])
    expect(Object.keys(await import('unscrape'))).not.toContain('cleanStream')
  })
})
