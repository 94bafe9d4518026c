import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Article, clean, type Options, type Section } from '../src/index.js'
import { everySentence } from './util.js'

/**
 * Every folder in `fixtures/` is a case: `input.html`, `input.txt` or
 * `input.md` (read as Markdown), with
 * `expected.md` (the Markdown) and `expected.json` (metadata, outline,
 * images and removals) beside it; optional `options.json` (options for
 * `clean()`), `keep.txt` and `drop.txt` (snippets that must and must not be
 * in the output, one per line). `UPDATE=1 npm test` rewrites the expected
 * files; without it a missing expected file fails.
 */
const root = new URL('../fixtures/', import.meta.url).pathname
const update = 'UPDATE' in process.env
/** Folders of inputs for other tests (legacy encodings, batch runs, quote passages, saved hostile and round-trip inputs), not cases. */
const otherInputs: ReadonlySet<string> = new Set([
  'encodings',
  'batch',
  'quotes',
  'hostile',
  'round-trip',
])
const cases = readdirSync(root, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && !entry.name.startsWith('.') && !otherInputs.has(entry.name),
  )
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has cases of both forms', () => {
    expect(cases.some((name) => existsSync(join(root, name, 'input.txt')))).toBe(true)
    expect(
      cases.filter((name) => existsSync(join(root, name, 'input.html'))).length,
    ).toBeGreaterThanOrEqual(5)
    expect(cases.some((name) => existsSync(join(root, name, 'input.md')))).toBe(true)
  })

  for (const name of cases) {
    describe(name, () => {
      const folder = join(root, name)
      const inputPath = ['input.html', 'input.txt', 'input.md']
        .map((file) => join(folder, file))
        .find(existsSync)
      if (!inputPath)
        throw new Error(`Fixture \`${name}\` has no input.html, input.txt or input.md`)
      const optionsPath = join(folder, 'options.json')
      const options: Options = {
        ...(inputPath.endsWith('.md') ? { format: 'markdown' } : {}),
        ...(existsSync(optionsPath)
          ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Options)
          : {}),
      }
      const article = clean(readFileSync(inputPath, 'utf8'), options)

      it('writes the expected Markdown', () => {
        compare(join(folder, 'expected.md'), article.markdown)
      })

      it('finds the expected metadata, outline and removals', () => {
        compare(join(folder, 'expected.json'), `${JSON.stringify(summary(article), null, 2)}\n`)
      })

      it('keeps every keep.txt snippet and drops every drop.txt snippet', () => {
        const text = collapse(article.text)
        const markdown = collapse(article.markdown)
        for (const snippet of lines(join(folder, 'keep.txt'))) {
          expect(text, `keep: ${snippet}`).toContain(collapse(snippet))
        }
        for (const snippet of lines(join(folder, 'drop.txt'))) {
          expect(text, `drop: ${snippet}`).not.toContain(collapse(snippet))
          expect(markdown, `drop: ${snippet}`).not.toContain(collapse(snippet))
        }
      })

      it('gives sentences and paragraphs offsets that round-trip into the text', () => {
        const sentences = everySentence(article)
        expect(sentences.length).toBeGreaterThan(0)
        for (const unit of sentences) {
          expect(article.text.slice(unit.start, unit.end)).toBe(unit.text)
        }
      })
    })
  }
})

/** Compare output with an expected file, or write it under `UPDATE=1`. */
function compare(path: string, actual: string): void {
  if (update) {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) {
    throw new Error(`Missing \`${path}\`: run \`UPDATE=1 npm test\` and review the result`)
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

/** What `expected.json` pins: everything but the text, which `expected.md` shows. */
function summary(article: Article) {
  return {
    title: article.title,
    byline: article.byline,
    authors: article.authors,
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    lang: article.lang,
    url: article.url,
    siteName: article.siteName,
    format: article.format,
    outline: article.sections.map(outline),
    images: article.images,
    quotes: article.quotes.map(
      ({ text, kind, speaker, cue, date, paragraphIndex, sentenceIndex }) => ({
        text,
        kind,
        speaker,
        cue,
        date,
        paragraphIndex,
        sentenceIndex,
      }),
    ),
    removed: article.removed.map(({ rule, reason, text }) => ({ rule, reason, text })),
    warnings: article.warnings,
    stats: article.stats,
  }
}

interface Outline {
  id: string
  heading: string | null
  level: number
  blocks: string[]
  sections: Outline[]
}

function outline(section: Section): Outline {
  return {
    id: section.id,
    heading: section.heading,
    level: section.level,
    blocks: section.blocks.map((block) => block.type),
    sections: section.sections.map(outline),
  }
}

function lines(path: string): string[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8').split('\n').filter(Boolean)
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ')
}
