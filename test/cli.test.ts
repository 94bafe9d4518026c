import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { codeUnder } from './docs.js'
import { cli } from './util.js'

const seedPath = new URL('../fixtures/khamenei-red-line/input.txt', import.meta.url).pathname
const seed = readFileSync(seedPath, 'utf8')

describe('cli', () => {
  it('prints the clean Markdown of a file', async () => {
    const result = await cli([seedPath])
    expect(result).toEqual({ code: 0, stdout: clean(seed).markdown, stderr: '' })
  })

  it('passes --keep-captions, --no-sentences and --no-quotes to clean()', async () => {
    const result = await cli([seedPath, '--format', 'json', '--no-sentences', '--no-quotes'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(clean(seed, { sentences: false, quotes: false }))
    expect(JSON.parse(result.stdout).quotes).toEqual([])
    const figure =
      '<p>The harbour bridge reopened on Monday after six weeks of repairs, the council said.</p>' +
      '<figure><img src="/bridge.jpg" alt=""><figcaption>The bridge at dawn.</figcaption></figure>'
    const captions = await cli(['-', '--format', 'text', '--keep-captions'], { stdin: figure })
    expect(captions.stdout).toContain('The bridge at dawn.')
    const plain = await cli(['-', '--format', 'text'], { stdin: figure })
    expect(plain.stdout).not.toContain('The bridge at dawn.')
  })

  it('reads standard input and prints JSON or text on request', async () => {
    const json = await cli(['-', '--format', 'json'], { stdin: seed })
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual(clean(seed))
    const text = await cli(['--format', 'text'], { stdin: seed })
    expect(text.stdout).toBe(`${clean(seed).text}\n`)
  })

  it('explains removals on standard error and turns rules off', async () => {
    const explained = await cli([seedPath, '--explain'])
    expect(explained.stderr.split('\n').filter(Boolean)).toHaveLength(clean(seed).removed.length)
    expect(explained.stderr).toMatch(/^\d+:\d+\tlink-list\t/m)
    const placed = await cli([seedPath, '--format', 'json', '--places'])
    expect(JSON.parse(placed.stdout)).toEqual(clean(seed, { places: true }))
    expect(JSON.parse(placed.stdout).removed[0].place.start.line).toBeGreaterThan(0)
    const off = await cli([
      seedPath,
      '--rules',
      'link-list=off,headline-gallery',
      '--format',
      'text',
    ])
    expect(off.stdout).toContain('Dollywood Resort')
    expect(off.stdout).toContain('| The Daily Caller')
  })

  it('prints the help, the rule list and the removal report docs/cli.md shows', async () => {
    const [help] = codeUnder('docs/cli.md', 'CLI', 'txt')
    expect((await cli(['--help'])).stdout).toBe(`${help}\n`)
    const [list] = codeUnder('docs/cli.md', '--list-rules', 'txt')
    expect((await cli(['--list-rules'])).stdout).toBe(`${list}\n`)
    const [report] = codeUnder('docs/cli.md', '--explain', 'txt')
    expect((await cli([seedPath, '--explain'])).stderr).toBe(`${report}\n`)
  })

  it('lists the rules, and prints help and version', async () => {
    expect((await cli(['--list-rules'])).stdout).toMatch(/^link-list\t/m)
    expect((await cli(['--help'])).stdout).toContain('Usage: unscrape')
    expect((await cli(['-v'])).stdout).toBe('1.2.3\n')
  })

  it('exits 2 on wrong usage and 1 on unreadable input', async () => {
    expect((await cli(['--bogus'])).code).toBe(2)
    expect((await cli(['a', 'b'])).code).toBe(2)
    expect((await cli([seedPath, '--format', 'pdf'])).code).toBe(2)
    expect((await cli([seedPath, '--rules', 'no-such-rule'])).code).toBe(2)
    expect((await cli([seedPath, '--rules', 'link-list=maybe'])).code).toBe(2)
    const missing = await cli(['/nonexistent/page.html'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('cannot read')
  })

  it('runs as the built bin', () => {
    const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })
    if (result.error) throw result.error
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    )
    expect(result.stdout).toBe(`${version}\n`)
    const markdown = execFileSync(process.execPath, [bin, seedPath], { encoding: 'utf8' })
    expect(markdown.startsWith("# Khamenei's Red Line")).toBe(true)
  })

  it('prints the example article’s expected Markdown on `npm run example`, as README says', () => {
    const { scripts } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    )
    const [command, ...args] = String(scripts.example).split(' ')
    expect(command).toBe('node')
    const printed = execFileSync(process.execPath, args, {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    })
    const expected = readFileSync(
      new URL('../fixtures/khamenei-red-line/expected.md', import.meta.url),
      'utf8',
    )
    expect(printed).toBe(expected)
  })
})

describe('cli bin', () => {
  it('is executable, so `npx unscrape` runs it after `npm ci`', () => {
    const bin = new URL('../dist/cli/index.js', import.meta.url).pathname
    expect(statSync(bin).mode & 0o111).not.toBe(0)
    const result = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    if (result.error) throw result.error
    expect(result.status).toBe(0)
  })
})
