import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The folders of `src/` read as the pipeline, and the imports follow it: a
 * stage may use an earlier stage and the shared modules, never a later
 * stage nor the API around the stages. See `docs/architecture.md`.
 */
const stages = ['parse', 'metadata', 'clean', 'to-mdast', 'structure', 'quotes', 'write'] as const

/** What more than one stage needs: they import no stage and nothing of the API. */
const shared: ReadonlySet<string> = new Set([
  'shared',
  'lexicon',
  'types.ts',
  'data.ts',
  'error.ts',
])

const src = new URL('../src/', import.meta.url).pathname

/** Every TypeScript file under a folder. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The top-level part of `src/` (a folder or a file) a path is in. */
function partOf(path: string): string {
  // Imports name the built `.js` file of a `.ts` source.
  return (relative(src, path).split('/')[0] ?? '').replace(/\.js$/, '.ts')
}

/** The parts of `src/` a file imports (values and types alike). */
function importedParts(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)]
  return specifiers.map((match) => partOf(join(dirname(file), match[1] ?? '')))
}

describe('layout', () => {
  const files = filesUnder(src)

  it('has a folder for each stage', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    for (const stage of stages) expect(folders).toContain(stage)
  })

  it('lets no stage import a later stage or the API', () => {
    const wrong: string[] = []
    for (const file of files) {
      const from = stages.indexOf(partOf(file) as (typeof stages)[number])
      if (from === -1) continue
      for (const part of importedParts(file)) {
        const to = stages.indexOf(part as (typeof stages)[number])
        const later = to > from
        const outside = to === -1 && !shared.has(part)
        if (later || outside) wrong.push(`${relative(src, file)} imports ${part}/`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('lets shared modules import no stage', () => {
    const wrong: string[] = []
    for (const file of files) {
      if (!shared.has(partOf(file))) continue
      for (const part of importedParts(file)) {
        if (!shared.has(part)) wrong.push(`${relative(src, file)} imports ${part}/`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('finds the imports it checks', () => {
    // The checks above pass vacuously if the pattern finds nothing.
    const parts = importedParts(join(src, 'api', 'clean.ts'))
    expect(parts).toContain('parse')
    expect(parts).toContain('clean')
  })
})
