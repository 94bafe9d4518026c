import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { type RedisServer, redisMissing, startRedis } from '../scripts/redis-server.js'
import { docExamples, docFiles, root } from './docs.js'

/**
 * Every JavaScript example in `README.md` and `docs/*.md` runs, against the
 * build, and prints exactly the output the document shows after it (see
 * `docExamples` for the convention). An example is written to a file inside
 * the repository, so that `import … from 'unscrape'` resolves to the package
 * itself (through `exports` in `package.json`, to `dist/`), and is run with
 * a working folder of its own that holds the repository's `fixtures/`.
 *
 * Examples of `unscrape/queue` need a Redis server: they get one of their
 * own as their first argument (and a fresh folder as their second), or are
 * skipped, saying why, where `redis-server` is missing.
 */
const scratch = join(root, '.scratch')
mkdirSync(scratch, { recursive: true })
const folder = mkdtempSync(join(scratch, 'doc-examples-'))
let redis: Promise<RedisServer> | undefined
const run = promisify(execFile)

afterAll(async () => {
  await (await redis)?.stop()
  rmSync(folder, { recursive: true, force: true })
})

if (redisMissing) console.warn(`documentation examples of unscrape/queue skipped: ${redisMissing}`)

describe('documentation examples', () => {
  it('are every `js` block of the documentation, none nested where it would not run', () => {
    for (const file of docFiles) {
      const fences = readFileSync(join(root, file), 'utf8').match(/^(`{3,})js\n/gm) ?? []
      expect(docExamples(file), file).toHaveLength(fences.length)
    }
    expect(docExamples('README.md').length).toBeGreaterThan(3)
  })

  for (const file of docFiles) {
    for (const [index, example] of docExamples(file).entries()) {
      const needsRedis = example.code.includes("from 'unscrape/queue'")
      const skipped = needsRedis && redisMissing !== null
      const test = skipped ? it.skip : it.concurrent
      test(`${example.where} prints what it shows${skipped ? ` (skipped: ${redisMissing})` : ''}`, async () => {
        expect(example.expected, 'no “Yields” output block after the example').toBeDefined()
        const script = join(folder, `${file.replace(/\W/g, '-')}-${index}.mjs`)
        writeFileSync(script, example.code)
        const args = [script]
        if (needsRedis) {
          redis ??= startRedis()
          args.push((await redis).url, mkdtempSync(join(folder, 'out-')))
        }
        // A working folder of its own, with the repository's fixtures in it: an
        // example that writes a file (a report, say) leaves nothing behind.
        const cwd = mkdtempSync(join(folder, 'cwd-'))
        symlinkSync(join(root, 'fixtures'), join(cwd, 'fixtures'), 'dir')
        const { stdout } = await run(process.execPath, args, { cwd, encoding: 'utf8' })
        expect(stdout).toBe(example.expected)
      }, 60_000)
    }
  }
})
