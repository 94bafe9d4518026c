import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type RedisServer, redisMissing, startRedis } from '../scripts/redis-server.js'
import { docExamples, docFiles, root } from './docs.js'

/**
 * Every JavaScript example in `README.md` and `docs/*.md` runs, against the
 * build, and prints exactly the output the document shows after it (see
 * `docExamples` for the convention). An example is written to a file inside
 * the repository, so that `import … from 'unscrape'` resolves to the package
 * itself (through `exports` in `package.json`, to `dist/`), and is run with
 * the repository as working folder, so that it can read `fixtures/`.
 *
 * Examples of `unscrape/queue` need a Redis server: they get one of their
 * own as their first argument (and a fresh folder as their second), or are
 * skipped, saying why, where `redis-server` is missing.
 */
const scratch = join(root, '.scratch')
mkdirSync(scratch, { recursive: true })
const folder = mkdtempSync(join(scratch, 'doc-examples-'))
let redis: RedisServer | undefined

afterAll(async () => {
  await redis?.stop()
  rmSync(folder, { recursive: true, force: true })
})

if (redisMissing) console.warn(`documentation examples of unscrape/queue skipped: ${redisMissing}`)

for (const file of docFiles) {
  describe(file, () => {
    const examples = docExamples(file)
    for (const [index, example] of examples.entries()) {
      const needsRedis = example.code.includes("from 'unscrape/queue'")
      const skipped = needsRedis && redisMissing !== null
      it.skipIf(skipped)(
        `${example.where} prints what it shows${skipped ? ` (skipped: ${redisMissing})` : ''}`,
        async () => {
          expect(example.expected, 'no “Yields” output block after the example').toBeDefined()
          const script = join(folder, `${file.replace(/\W/g, '-')}-${index}.mjs`)
          writeFileSync(script, example.code)
          const args = [script]
          if (needsRedis) {
            redis ??= await startRedis()
            args.push(redis.url, mkdtempSync(join(folder, 'out-')))
          }
          const printed = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
          expect(printed).toBe(example.expected)
        },
        60_000,
      )
    }
  })
}
