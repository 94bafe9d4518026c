import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Nodes as HastNodes } from 'hast'
import type { Nodes as MdastNodes } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { type Article, clean, detectFormat, type Options, UnscrapeError } from '../src/index.js'
import { unscrapeParseHtml } from '../src/parse/unscrape-parse-html.js'
import { visibleText } from '../src/shared/safe-text.js'
import { type Composition, compositions, runComposition } from './compositions.js'
import { article, furniturePage, markdownPage, plainText, tree, word } from './generators.js'
import { isDangerousUrl, markdownRenderingProblem, renderingProblem } from './render-check.js'

/**
 * The guarantees `clean()` and every documented composition of the exported
 * stages give on any string, checked on generated pages (arbitrary trees,
 * junk mixed into articles, hostile text and addresses, plain text,
 * Markdown; see `generators.ts`) and on every input in `fixtures/hostile/`.
 * `npm run fuzz` runs this file with many more runs (`UNSCRAPE_FUZZ_RUNS`)
 * and saves failing inputs there.
 */

const fuzzRuns = Number(process.env.UNSCRAPE_FUZZ_RUNS ?? 0)
const numRuns = fuzzRuns || 40
const hostileDir = new URL('../fixtures/hostile/', import.meta.url)
/** Articles whose Markdown, cleaned again, once gave other text. */
const roundTripDir = new URL('../fixtures/round-trip/', import.meta.url)

/** Words: runs of letters and digits. */
const wordPattern = /[\p{L}\p{N}]+/gu

/** Letters and digits of a string, everything else dropped. */
function lettersOf(value: string): string {
  return (value.match(wordPattern) ?? []).join('')
}

/**
 * All the input's text in document order (entities decoded), as the HTML
 * parser reads it; for Markdown, the text a renderer shows, with the text of
 * its raw HTML.
 */
function inputText(input: string, format: Article['format']): string {
  if (format === 'text') return input
  if (format === 'markdown') return markdownText(input)
  return htmlText(input)
}

/**
 * The text of HTML in document order, with the label a media element's link
 * gets (its title, else “Video” or “Audio”) where the element stands.
 */
function htmlText(input: string): string {
  const text: string[] = []
  const root = unified().use(unscrapeParseHtml, { maxDepth: Number.POSITIVE_INFINITY }).parse(input)
  const pending: HastNodes[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as HastNodes
    if (node.type === 'text' || node.type === 'comment') text.push(node.value)
    if (node.type === 'element' && (node.tagName === 'video' || node.tagName === 'audio')) {
      text.push(`${node.properties.title ?? ''} Video Audio `)
    }
    if ('children' in node) pending.push(...[...node.children].reverse())
    if (node.type === 'element' && node.content) pending.push(node.content)
  }
  return text.join('')
}

/** The text of Markdown in document order: its text, code and the text of its raw HTML. */
function markdownText(input: string): string {
  const text: string[] = []
  const pending: MdastNodes[] = [unified().use(remarkParse).use(remarkGfm).parse(input)]
  while (pending.length > 0) {
    const node = pending.pop() as MdastNodes
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      text.push(node.value)
    } else if (node.type === 'html') text.push(htmlText(node.value))
    if ('children' in node) pending.push(...[...node.children].reverse())
  }
  return text.join('')
}

/** Whether `part` is `whole` with characters left out (nothing added, nothing moved). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (const char of part) {
    at = whole.indexOf(char, at)
    if (at === -1) return false
    at += char.length
  }
  return true
}

/** Every node of a Markdown tree. */
function mdastNodes(markdown: string): MdastNodes[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const nodes: MdastNodes[] = []
  const pending: MdastNodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop() as MdastNodes
    nodes.push(node)
    if ('children' in node) pending.push(...node.children)
  }
  return nodes
}

/** Why an article breaks a guarantee, or `null` when it keeps them all. */
function brokenGuarantee(input: string, article: Article): string | null {
  const markdownProblem = unsafeMarkdown(article.markdown)
  if (markdownProblem) return markdownProblem
  for (const image of article.images) {
    if (isDangerousUrl(image.src)) return `unsafe image address: ${image.src}`
  }
  if (article.url !== null && isDangerousUrl(article.url)) return `unsafe url: ${article.url}`
  // Nothing invented: the text's letters and digits are the input's, some
  // left out (text encoded twice is read as the input meant it), but for
  // the numbers the text writes before the items of a numbered list.
  const letters = lettersOf(article.text.replace(/^\d+\. /gmu, ''))
  const source = inputText(input, article.format)
  if (
    !isSubsequence(letters, lettersOf(source)) &&
    !isSubsequence(letters, lettersOf(visibleText(source)))
  ) {
    return `text not taken from the input: ${article.text}`
  }
  // Nothing invisible: no control, invisible or reordering character a reader could not see.
  for (const [name, value] of [
    ['text', article.text],
    // A reader of Markdown sees character references decoded: `&#x1F469;‍💻`
    // (how the writer keeps `**` closing before a letter) is one emoji.
    ['Markdown', decodeNumericReferences(article.markdown)],
    ['title', article.title ?? ''],
    ['removed text', article.removed.map((removal) => removal.text).join('\n')],
  ]) {
    if (visibleText(value as string) !== value) {
      return `invisible characters in the ${name}: ${JSON.stringify(value)}`
    }
  }
  // What a reader sees is what the model says: rendered, the Markdown is the text.
  return renderingProblem(article)
}

/** Markdown with its numeric character references (`&#x1F469;`, `&#39;`) read as the characters they stand for. */
function decodeNumericReferences(markdown: string): string {
  return markdown.replace(
    /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi,
    (reference, hex?: string, decimal?: string) => {
      const codePoint = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference
    },
  )
}

/** Why some Markdown is unsafe to render (raw HTML, dangerous addresses), or `null`. */
function unsafeMarkdown(markdown: string): string | null {
  for (const node of mdastNodes(markdown)) {
    // `<!---->` is how Markdown keeps two adjacent lists apart: inert.
    if (node.type === 'html' && node.value !== '<!---->') {
      return `raw HTML in the Markdown: ${node.value}`
    }
    if ('url' in node && isDangerousUrl(node.url)) {
      return `unsafe address in the Markdown: ${node.url}`
    }
  }
  return markdownRenderingProblem(markdown)
}

/** The text of cleaning an article's own Markdown, read as Markdown. */
function roundTrip(input: string): string {
  return clean(clean(input).markdown, { format: 'markdown' }).text
}

/** Clean and check; a string for fast-check to report. */
function check(input: string, format?: Options['format']): string | null {
  let article: Article
  try {
    article = clean(input, { format })
  } catch (error) {
    return `clean() threw: ${error instanceof Error ? error.stack : String(error)}`
  }
  return brokenGuarantee(input, article)
}

/** Run a composition of the exported stages and check what it makes; a string for fast-check to report. */
function checkComposition(composition: Composition, input: string): string | null {
  let article: Article
  try {
    article = runComposition(composition, input)
  } catch (error) {
    return `${composition.name} threw: ${error instanceof Error ? error.stack : String(error)}`
  }
  return brokenGuarantee(input, article)
}

/** Generated inputs of each form. */
const inputsOf: Record<Composition['format'], fc.Arbitrary<string>> = {
  html: fc.oneof(tree, article),
  text: plainText,
  markdown: markdownPage,
}

/** The inputs saved under `fixtures/hostile/`, with the format to read them in. */
function savedHostileInputs(): Array<{ name: string; input: string; format: Options['format'] }> {
  const saved = existsSync(hostileDir) ? readdirSync(hostileDir) : []
  return saved.flatMap((name) =>
    readdirSync(new URL(`${name}/`, hostileDir))
      .filter((file) => file.startsWith('input.'))
      .map((file) => ({
        name: `fixtures/hostile/${name}/${file}`,
        input: readFileSync(new URL(`${name}/${file}`, hostileDir), 'utf8'),
        format: file.endsWith('.md') ? ('markdown' as const) : undefined,
      })),
  )
}

/** Save a failing input under `<folder>/<hash>/` (`fixtures/hostile` by default) so it stays a regression test. */
function saveFailure(input: string, format: Options['format'], folder = hostileDir): string {
  const hash = createHash('sha256').update(input).digest('hex').slice(0, 12)
  const dir = new URL(`${hash}/`, folder)
  mkdirSync(dir, { recursive: true })
  const extension = format === 'markdown' ? 'md' : detectFormat(input) === 'html' ? 'html' : 'txt'
  writeFileSync(new URL(`input.${extension}`, dir), input)
  return join('fixtures', folder.pathname.split('/').at(-2) ?? '', hash)
}

/** Run the guarantee checks as a property; under `npm run fuzz`, save the shrunk counterexample. */
function assertGuarantees(arbitrary: fc.Arbitrary<string>, format?: Options['format']): void {
  assertSaving(
    arbitrary,
    (input) => {
      const broken = check(input, format)
      if (broken) throw new Error(broken)
    },
    (input) => saveFailure(input, format),
  )
}

/**
 * Run a property over inputs; on failure, throw with the shrunk input and,
 * under `npm run fuzz`, save it with `save` first.
 */
function assertSaving(
  arbitrary: fc.Arbitrary<string>,
  predicate: (input: string) => void,
  save: (input: string) => string,
): void {
  const result = fc.check(fc.property(arbitrary, predicate), { numRuns })
  if (!result.failed) return
  const input = result.counterexample?.[0]
  const saved = fuzzRuns && input !== undefined ? `\nSaved to ${save(input)}` : ''
  throw new Error(`${String(result.errorInstance)}\nInput: ${JSON.stringify(input)}${saved}`)
}

describe('guarantees of clean() on any string', () => {
  it('hold on arbitrary HTML trees', () => {
    assertGuarantees(tree)
  })

  it('hold on articles with junk mixed in', () => {
    assertGuarantees(article)
  })

  it('hold on plain text', () => {
    assertGuarantees(plainText)
  })

  it('hold on arbitrary strings', () => {
    assertGuarantees(fc.string({ unit: 'binary', maxLength: 200 }))
  })

  it('hold on Markdown', () => {
    assertGuarantees(markdownPage, 'markdown')
  })

  it('hold on arbitrary strings read as Markdown', () => {
    assertGuarantees(fc.string({ unit: 'binary', maxLength: 200 }), 'markdown')
  })

  it('clean() of its own Markdown, read as Markdown, gives the same text', () => {
    const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
    // Prose with the characters Markdown gives meaning to.
    const sentence = fc
      .array(fc.oneof(word, fc.constantFrom('*', '_', '#', '[a]', '<b>', '`', '|', '1.', '-')), {
        minLength: 3,
        maxLength: 12,
      })
      .map((words) => escapeHtml(`${words.join(' ')}.`))
    const inline = fc.oneof(
      sentence,
      sentence.map((value) => `<em>${value}</em> ${value}`),
      sentence.map((value) => `${value} <a href="https://example.com/x">${value}</a>`),
      sentence.map((value) => `<strong>${value}<br></strong>${value}`),
      sentence.map((value) => `${value} <code>x = 1</code>`),
    )
    const items = fc.array(inline, { minLength: 1, maxLength: 4 })
    const block = fc.oneof(
      { weight: 4, arbitrary: inline.map((value) => `<p>${value}</p>`) },
      sentence.map((value) => `<h2>${value}</h2>`),
      items.map((values) => `<ul>${values.map((value) => `<li>${value}</li>`).join('')}</ul>`),
      items.map((values) => `<ol>${values.map((value) => `<li>${value}</li>`).join('')}</ol>`),
      inline.map((value) => `<blockquote><p>${value}</p></blockquote>`),
      sentence.map((value) => `<pre><code>${value}</code></pre>`),
      fc
        .tuple(sentence, sentence)
        .map(
          ([a, b]) =>
            `<table><tr><th>${a}</th><th>Fee</th></tr><tr><td>${b}</td><td>4.50</td></tr></table>`,
        ),
    )
    const page = fc
      .array(block, { minLength: 1, maxLength: 8 })
      .map((blocks) => `<article><h1>Harbour fees</h1>${blocks.join('')}</article>`)
    assertSaving(
      page,
      (input) => {
        expect(roundTrip(input)).toBe(clean(input).text)
      },
      (input) => saveFailure(input, 'html', roundTripDir),
    )
  })

  it('clean() of its own Markdown gives the same text on every saved round-trip input', () => {
    for (const name of readdirSync(roundTripDir)) {
      const input = readFileSync(new URL(`${name}/input.html`, roundTripDir), 'utf8')
      expect(roundTrip(input), `fixtures/round-trip/${name}`).toBe(clean(input).text)
    }
  })

  it('hold on every saved hostile input', () => {
    for (const { name, input, format } of savedHostileInputs()) {
      expect(check(input, format), name).toBeNull()
    }
  })

  it('only documented errors: UnscrapeError with a code', () => {
    expect(() => clean(42 as unknown as string)).toThrow(UnscrapeError)
  })
})

/** Elements whose text a reader of the page does not see as text. */
const unseenTags: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'select',
  'textarea',
  'video',
  'audio',
  'canvas',
])

/** Whether a page shows a reader some word: a letter or digit in text outside `unseenTags`. */
function hasReadableText(input: string, format: 'html' | 'text'): boolean {
  if (format === 'text') return /[\p{L}\p{N}]/u.test(visibleText(input))
  const shows = (node: HastNodes): boolean => {
    if (node.type === 'text') return /[\p{L}\p{N}]/u.test(visibleText(node.value))
    if (node.type === 'element' && unseenTags.has(node.tagName)) return false
    return 'children' in node && node.children.some((child) => shows(child as HastNodes))
  }
  return shows(unified().use(unscrapeParseHtml).parse(input) as HastNodes)
}

describe('clean() never returns nothing of a page with readable text', () => {
  const says = (article: Article) => /[\p{L}\p{N}]/u.test(`${article.title ?? ''} ${article.text}`)
  for (const [name, arbitrary, format] of [
    ['arbitrary HTML trees', tree, 'html'],
    ['articles with junk mixed in', article, 'html'],
    ['pages of nothing but page furniture', furniturePage, 'html'],
    ['plain text', plainText, 'text'],
  ] as const) {
    it(`on ${name}`, () => {
      assertSaving(
        arbitrary,
        (input) => {
          if (!hasReadableText(input, format)) return
          const cleaned = clean(input, { format })
          if (!says(cleaned))
            throw new Error('clean() returned no text of a page with readable text')
        },
        (input) => saveFailure(input, format),
      )
    })
  }

  it('warns when it had to clean the page again with fewer rules', () => {
    const cleaned = clean(
      '<html><body><nav><a href="/">Home</a></nav><aside><p>Ferry times change on Monday.</p></aside></body></html>',
    )
    expect(cleaned.text).toContain('Ferry times change on Monday.')
    expect(cleaned.warnings.map((warning) => warning.rule)).toEqual(['empty-output'])
  })
})

describe('guarantees of every documented composition of the exported stages', () => {
  for (const composition of compositions) {
    it(`hold for ${composition.name}`, () => {
      const format = composition.format === 'markdown' ? 'markdown' : undefined
      assertSaving(
        inputsOf[composition.format],
        (input) => {
          const broken = checkComposition(composition, input)
          if (broken) throw new Error(broken)
        },
        (input) => saveFailure(input, format),
      )
    })

    it(`hold for ${composition.name} on every saved hostile input of its form`, () => {
      for (const { name, input, format } of savedHostileInputs()) {
        if ((format === 'markdown' ? 'markdown' : detectFormat(input)) !== composition.format) {
          continue
        }
        expect(checkComposition(composition, input), name).toBeNull()
      }
    })
  }
})
