import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { cli } from './util.js'

// Worker threads run JavaScript: the pool's workers, and the spawned CLI, run the build.

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url))
const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
const news = fixture('html-world-news/input.html')
const seed = fixture('khamenei-red-line/input.txt')
const gbk = fixture('encodings/gbk.html')

/** A fresh folder for one test. */
const scratch = () => mkdtempSync(join(tmpdir(), 'unscrape-cli-'))

/** Every file under a folder, by path from it, with its content. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(folder, path)] = readFileSync(path, 'utf8')
  }
  return files
}

/** A folder of pages: good ones in a tree, an empty file and random bytes. */
function pageFolder(): string {
  const folder = join(scratch(), 'pages')
  mkdirSync(join(folder, 'world'), { recursive: true })
  writeFileSync(join(folder, 'world', 'news.html'), news)
  writeFileSync(join(folder, 'seed.txt'), seed)
  writeFileSync(join(folder, 'gbk.html'), gbk)
  writeFileSync(join(folder, 'empty.html'), '')
  // Bytes of a fixed pseudo-random sequence: binary data, not a page.
  writeFileSync(
    join(folder, 'random.html'),
    Uint8Array.from({ length: 4096 }, (_, index) => (index * 2_654_435_761) >>> 24),
  )
  return folder
}

describe('cli: folders', () => {
  it('writes each page’s outputs mirroring the tree, an error record for each bad one', async () => {
    const pages = pageFolder()
    const out = join(pages, '..', 'out')
    const first = await cli([pages, '-o', out, '--format', 'both', '-j', '2'])
    expect(first.code).toBe(1)
    const files = tree(out)
    expect(Object.keys(files).sort()).toEqual([
      'empty.error.json',
      'gbk.json',
      'gbk.md',
      'random.error.json',
      'seed.json',
      'seed.md',
      'world/news.json',
      'world/news.md',
    ])
    expect(files['world/news.md']).toBe(clean(news).markdown)
    expect(JSON.parse(files['seed.json'] ?? '')).toEqual(clean(new Uint8Array(seed)))
    expect(files['gbk.md']).toBe(clean(new Uint8Array(gbk)).markdown)
    expect(JSON.parse(files['empty.error.json'] ?? '')).toMatchObject({
      id: 'empty.html',
      error: { code: 'no-text' },
    })
    expect(JSON.parse(files['random.error.json'] ?? '')).toMatchObject({
      id: 'random.html',
      error: { code: 'invalid-input' },
    })
    expect(first.stderr).toContain('unscrape: 3 done, 2 failed, 0 skipped')
    expect(first.stderr).toMatch(/most frequent removals: [a-z-]+ \(\d+\)/)
    // No progress bar when standard error is not a terminal.
    expect(first.stderr).not.toContain('\r')

    // A rerun skips the pages already done and tries the failed ones again.
    const second = await cli([pages, '-o', out, '--format', 'both'])
    expect(second.stderr).toContain('unscrape: 0 done, 2 failed, 3 skipped')
    expect(tree(out)).toEqual(files)
  })

  it('does not read its own text outputs as pages when they are inside the input folder', async () => {
    const pages = scratch()
    writeFileSync(join(pages, 'seed.txt'), seed)
    const out = join(pages, 'clean')
    await cli([pages, '-o', out, '--format', 'text', '-q'])
    const again = await cli([pages, '-o', out, '--format', 'text'])
    expect(again.stderr).toContain('unscrape: 0 done, 0 failed, 1 skipped')
    expect(Object.keys(tree(pages)).sort()).toEqual(['clean/seed.txt', 'seed.txt'])
  })

  it('takes files and globs, refuses a page over --max-bytes, and reports missing inputs', async () => {
    const pages = pageFolder()
    const out = join(pages, '..', 'out')
    const result = await cli(
      [join(pages, 'seed.txt'), `${pages}/**/*.html`, join(pages, 'nope.html'), '-o', out],
      { tty: true },
    )
    expect(result.code).toBe(1)
    expect(Object.keys(tree(out)).sort()).toEqual([
      'empty.error.json',
      'gbk.md',
      'random.error.json',
      'seed.md',
      'world/news.md',
    ])
    expect(result.stderr).toContain('nope.html: no such file, folder or matching glob')
    // A terminal gets a progress bar with rate and ETA.
    expect(result.stderr).toMatch(/\r\[[#-]{24}\] +\d+% \d+\/6 +[\d.]+\/s +ETA \d+:\d\d/)

    const small = await cli([join(pages, 'world'), '-o', join(out, 'small'), '--max-bytes', '1k'])
    expect(small.code).toBe(1)
    expect(JSON.parse(tree(join(out, 'small'))['news.error.json'] ?? '')).toMatchObject({
      error: { code: 'input-too-large' },
    })
  })

  it('exits 2 when outputs would collide or the command makes no sense', async () => {
    const pages = scratch()
    writeFileSync(join(pages, 'a.html'), news)
    writeFileSync(join(pages, 'a.txt'), seed)
    const collide = await cli([pages, '-o', join(pages, 'out')])
    expect(collide.code).toBe(2)
    expect(collide.stderr).toContain('would write the same outputs')
    expect((await cli([pages])).code).toBe(2)
    expect((await cli(['-o', join(pages, 'out')])).code).toBe(2)
    expect((await cli(['-', '-o', join(pages, 'out')])).code).toBe(2)
    expect((await cli([join(pages, 'a.html'), join(pages, 'a.txt')])).code).toBe(2)
    expect((await cli([join(pages, 'a.html'), '--format', 'both'])).code).toBe(2)
    expect((await cli(['-j', '0', pages, '-o', 'x'])).code).toBe(2)
    expect((await cli(['--timeout', 'soon', pages, '-o', 'x'])).code).toBe(2)
    expect((await cli(['--max-bytes', 'lots', pages, '-o', 'x'])).code).toBe(2)
    expect((await cli(['--rules', '__proto__=off', pages, '-o', 'x'])).code).toBe(2)
  })
})

/** JSONL input lines: good records, and lines that are not. */
function jsonlLines(): string[] {
  return [
    JSON.stringify({ id: 'news', html: news.toString(), url: 'https://example.com/news' }),
    'not json',
    JSON.stringify({ id: 2, text: seed.toString(), publishedAt: '2025-02-10' }),
    '',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"proto","html":"<p>The harbour pact was signed on Monday.</p>"}',
    '[1, 2]',
    JSON.stringify({ id: 'no-page' }),
    JSON.stringify({ html: '<p>No id.</p>' }),
  ]
}

describe('cli: JSON Lines', () => {
  it('writes one record per input line, in order, errors included', async () => {
    const result = await cli(['--jsonl', '-j', '2'], { stdin: `${jsonlLines().join('\n')}\n` })
    expect(result.code).toBe(1)
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(records).toEqual([
      {
        id: 'news',
        article: clean(news.toString(), { url: 'https://example.com/news', format: 'html' }),
      },
      { id: null, line: 2, error: { code: 'invalid-json', message: expect.any(String) } },
      { id: 2, article: clean(seed.toString(), { publishedAt: '2025-02-10', format: 'text' }) },
      {
        id: 'proto',
        article: clean('<p>The harbour pact was signed on Monday.</p>', { format: 'html' }),
      },
      { id: null, line: 6, error: { code: 'invalid-json', message: 'Expected a JSON object' } },
      { id: 'no-page', error: { code: 'invalid-record', message: expect.any(String) } },
      { id: null, line: 8, error: { code: 'invalid-record', message: expect.any(String) } },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.stderr).toContain('unscrape: 3 done, 4 failed, 0 skipped')
  })

  it('reads the fields it is told to', async () => {
    const line = JSON.stringify({ key: 'k1', body: '<p>The harbour pact was signed.</p>' })
    const result = await cli(
      ['--jsonl', '--id-field', 'key', '--html-field', 'body', '-q', '--format', 'md'],
      { stdin: line },
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'k1',
      article: clean('<p>The harbour pact was signed.</p>', { format: 'html' }),
    })
  })

  it('writes as results finish with --unordered, and explains removals record by record', async () => {
    const lines = [
      JSON.stringify({ id: 'news', html: news.toString() }),
      JSON.stringify({ id: 'short', text: 'The harbour pact was signed on Monday.' }),
    ]
    const result = await cli(['--jsonl', '--unordered', '--explain', '-q', '-j', '2'], {
      stdin: lines.join('\n'),
    })
    expect(result.code).toBe(0)
    const ids = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(ids.sort()).toEqual(['news', 'short'])
    const report = result.stderr.split('\n').filter(Boolean)
    expect(report).toHaveLength(clean(news.toString(), { format: 'html' }).removed.length)
    for (const line of report) expect(line).toMatch(/^news\t(\d+:\d+|-)\t[a-z-]+\t/)
  })

  it('resumes after a torn last line: byte-identical to an uninterrupted run', async () => {
    const folder = scratch()
    const input = join(folder, 'in.jsonl')
    writeFileSync(input, `${jsonlLines().join('\n')}\n`)
    const whole = join(folder, 'whole.jsonl')
    await cli(['--jsonl', input, '-o', whole, '-q'])
    const expected = readFileSync(whole, 'utf8')
    const lines = expected.split('\n')
    const torn = join(folder, 'torn.jsonl')
    writeFileSync(torn, `${lines.slice(0, 3).join('\n')}\n${lines[3]?.slice(0, 40)}`)
    const resumed = await cli(['--jsonl', input, '-o', torn, '--resume'])
    expect(readFileSync(torn, 'utf8')).toBe(expected)
    expect(resumed.stderr).toContain('skipped')
    expect(resumed.stderr).toMatch(/unscrape: 1 done, 3 failed, 3 skipped/)
    expect((await cli(['--jsonl', input, '--resume'])).code).toBe(2)
    writeFileSync(torn, 'something else\n')
    expect((await cli(['--jsonl', input, '-o', torn, '--resume'])).code).toBe(2)
  })
})

/** Wait until a file has `lines` complete lines, or until the process ends. */
async function untilLines(path: string, lines: number, child: ChildProcess): Promise<void> {
  for (;;) {
    let count = 0
    try {
      count = readFileSync(path, 'utf8').split('\n').length - 1
    } catch {
      // Not created yet.
    }
    if (count >= lines || child.exitCode !== null) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('cli: killed and resumed', () => {
  it('ends with exactly the output of an uninterrupted run, whenever it is killed', async () => {
    const folder = scratch()
    const input = join(folder, 'in.jsonl')
    const pages = [
      seed.toString(),
      '<p>The harbour pact was signed on Monday.</p>',
      'not json',
      'The mayor said the bridge would open in May.',
    ]
    const lines = Array.from({ length: 24 }, (_, index) => {
      const page = pages[index % pages.length] ?? ''
      return page === 'not json' ? page : JSON.stringify({ id: `doc-${index}`, text: page })
    })
    writeFileSync(input, `${lines.join('\n')}\n`)
    const options = ['-j', '2', '-q']

    const whole = join(folder, 'whole.jsonl')
    const complete = spawnSync(process.execPath, [bin, '--jsonl', input, '-o', whole, ...options])
    expect(complete.status).toBe(1)
    const expected = readFileSync(whole, 'utf8')
    expect(expected.split('\n')).toHaveLength(25)

    // Each interrupted run reads the same input from a pipe that the test fills
    // only a few lines past the kill point and never closes: so the kill lands
    // while pages are in flight, however fast the machine.
    const killed = join(folder, 'killed.jsonl')
    const killedAt: number[] = []
    const points = [3, 10, 17]
    for (const [index, point] of points.entries()) {
      const resume = index > 0 ? ['--resume'] : []
      const child = spawn(process.execPath, [
        bin,
        '--jsonl',
        '-',
        '-o',
        killed,
        ...options,
        ...resume,
      ])
      child.stdin?.write(`${lines.slice(0, point + 3).join('\n')}\n`)
      await untilLines(killed, point, child)
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('close', resolve))
      killedAt.push(readFileSync(killed, 'utf8').split('\n').length - 1)
    }
    // Each run was killed before the end, and each resumed run got further.
    expect(
      killedAt.map(
        (count, index) => count >= (points[index] ?? 0) && count <= (points[index] ?? 0) + 3,
      ),
    ).toEqual([true, true, true])
    const last = spawnSync(process.execPath, [
      bin,
      '--jsonl',
      input,
      '-o',
      killed,
      ...options,
      '--resume',
    ])
    expect(last.status).toBe(1)
    expect(readFileSync(killed, 'utf8')).toBe(expected)
    // Five runs of the command, each starting two workers: on a loaded machine
    // that alone can pass the default 30 s, and the test is about output, not speed.
  }, 120_000)
})
