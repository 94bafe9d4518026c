import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clean, type Options } from '../src/index.js'
import { renderingProblem } from './render-check.js'

/**
 * Every input the repository keeps — the fixture cases, the legacy
 * encodings, the quote passages, the saved hostile and round-trip inputs —
 * cleaned and its Markdown rendered by a real CommonMark + GFM renderer:
 * nothing that runs, and the text a reader sees is `Article.text`.
 */

const root = join(import.meta.dirname, '..', 'fixtures')

/** Every `input.*` file under `fixtures/` (and the pages of `encodings/`), with how to read it. */
function inputs(): Array<{ name: string; input: string | Uint8Array; options: Options }> {
  const found: Array<{ name: string; input: string | Uint8Array; options: Options }> = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/^input\.(?:html|txt|md)$/.test(entry.name) || dir.endsWith('encodings')) {
        const optionsPath = join(dir, 'options.json')
        found.push({
          name: path.slice(root.length + 1),
          input: dir.endsWith('encodings') ? readFileSync(path) : readFileSync(path, 'utf8'),
          options: {
            ...(existsSync(optionsPath)
              ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Options)
              : {}),
            ...(entry.name.endsWith('.md') ? { format: 'markdown' } : {}),
          },
        })
      }
    }
  }
  walk(root)
  return found
}

describe('the Markdown of every saved input renders safely, as the text', () => {
  const all = inputs()

  it('finds the inputs', () => {
    expect(all.length).toBeGreaterThan(20)
    expect(all.some(({ name }) => name.startsWith('hostile/'))).toBe(true)
  })

  for (const { name, input, options } of all) {
    it(name, () => {
      expect(renderingProblem(clean(input, options))).toBeNull()
    })
  }
})

describe('the rendering check', () => {
  const text = 'Ferry fees rise.'
  it('passes Markdown that renders as the text', () => {
    expect(
      renderingProblem({ markdown: '# Fees\n\nFerry *fees* rise.\n', text, title: 'Fees' }),
    ).toBeNull()
  })

  it('finds what runs or loads: raw scripts, handlers, dangerous addresses, embeds', () => {
    for (const markdown of [
      'Ferry fees rise.\n\n<script>alert(1)</script>\n',
      'Ferry fees <img src=x onerror=alert(1)>rise.\n',
      'Ferry [fees](javascript:alert\\(1\\)) rise.\n',
      'Ferry fees ![x](data:text/html,x) rise.\n',
      'Ferry fees rise.\n\n<iframe src="https://example.com"></iframe>\n',
      'Ferry fees rise.<form action="https://example.com"></form>\n',
    ]) {
      expect(renderingProblem({ markdown, text, title: null }), markdown).toMatch(/holds/)
    }
  })

  it('finds Markdown that shows other text than the article’s', () => {
    for (const markdown of [
      'Ferry fees rise.\n\n[](https://example.com)Extra\n',
      'Ferry `fees``rise`.\n',
      'Ferry fees [rise](<https://example.com/a\nb>).\n',
    ]) {
      expect(renderingProblem({ markdown, text, title: null }), markdown).toMatch(/other text/)
    }
  })
})
