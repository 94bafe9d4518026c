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

/**
 * The guarantees `clean()` gives on any string, checked on generated pages
 * (arbitrary trees, junk mixed into articles, hostile text and addresses) and
 * on every input in `fixtures/hostile/`. `npm run fuzz` runs this file with
 * many more runs (`UNSCRAPE_FUZZ_RUNS`) and saves failing inputs there.
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

/** The text of HTML in document order. */
function htmlText(input: string): string {
  const text: string[] = []
  const tree = unified().use(unscrapeParseHtml, { maxDepth: Number.POSITIVE_INFINITY }).parse(input)
  const pending: HastNodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop() as HastNodes
    if (node.type === 'text' || node.type === 'comment') text.push(node.value)
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

/** Whether an address has a scheme that can run code, read as leniently as a browser would. */
function isDangerous(url: string): boolean {
  const squeezed = [...url].filter((char) => char > ' ' && !/[\p{Cc}\p{Cf}]/u.test(char)).join('')
  return /^(?:javascript|vbscript|data|file):/i.test(squeezed)
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
  for (const node of mdastNodes(article.markdown)) {
    // `<!---->` is how Markdown keeps two adjacent lists apart: inert.
    if (node.type === 'html' && node.value !== '<!---->') {
      return `raw HTML in the Markdown: ${node.value}`
    }
    if ('url' in node && isDangerous(node.url)) return `unsafe address in the Markdown: ${node.url}`
  }
  for (const image of article.images) {
    if (isDangerous(image.src)) return `unsafe image address: ${image.src}`
  }
  if (article.url !== null && isDangerous(article.url)) return `unsafe url: ${article.url}`
  // Nothing invented: the text's letters and digits are the input's, some left out.
  if (!isSubsequence(lettersOf(article.text), lettersOf(inputText(input, article.format)))) {
    return `text not taken from the input: ${article.text}`
  }
  // The Markdown renders as the text: the same letters and digits, in order.
  const rendered = mdastNodes(article.markdown)
    .filter((node) => node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
    .map((node) => ('value' in node ? node.value : ''))
    .reverse()
    .join('')
  const textLetters = lettersOf(article.text)
  if (
    lettersOf(rendered) !== textLetters &&
    lettersOf(rendered) !== lettersOf(`${article.title ?? ''}${article.text}`)
  ) {
    return `the Markdown renders as other words than the text:\n${article.markdown}\n---\n${article.text}`
  }
  return null
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

/** Words of an ordinary article. */
const word = fc.constantFrom(
  'harbour',
  'ferry',
  'Officials',
  'said',
  'Monday',
  '3.5',
  'million',
  'café',
  'naïve',
  'Zürich',
  '東京',
  'Ğ',
)

/** Text a page might hold, hostile pieces included. */
const textPiece = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ' ',
      '\n',
      '. ',
      '# ',
      '* ',
      '- ',
      '1. ',
      '> ',
      '[x](javascript:alert(1))',
      '![i](data:text/html,x)',
      '|',
      '`',
      '```',
      '_',
      '~~',
      '<',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
      '&amp;',
      '&#0;',
      '\\',
      '\u0000',
      '\u0007',
      '\u001b[31m',
      '\ud800',
      '\udfff',
      '\ufffd',
      '\u202e',
      'http://example.com/a_b*c',
      'www.example.com',
      '<!-- c -->',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
)

const text = fc.array(textPiece, { maxLength: 12 }).map((pieces) => pieces.join(' '))

/** A dangerous or ordinary address. */
const address = fc.constantFrom(
  'https://example.com/story',
  '/relative/path',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java&#x09;script:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  '&#106;avascript:alert(1)',
  'file:///etc/passwd',
)

const tagName = fc.constantFrom(
  'p',
  'div',
  'span',
  'b',
  'em',
  'a',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'nav',
  'aside',
  'footer',
  'script',
  'style',
  'template',
  'svg',
  'select',
  'textarea',
)

/** Arbitrary HTML trees: any tag in any tag, hostile attributes and text. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tagName, address, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, href, children]) => {
        const attribute = tag === 'a' ? ` href="${href}"` : ''
        return `<${tag}${attribute}>${children.join('')}</${tag}>`
      }),
    address.map((src) => `<img src="${src}" alt="pic" onerror="alert(1)">`),
  ),
})).node

/** Ordinary article paragraphs. */
const prose = fc
  .array(fc.array(word, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.map((words) => `${words.join(' ')}.`).join(' '))

/** Junk a page surrounds its story with. */
const junk = fc.oneof(
  fc.constant('<nav><a href="/">Home</a> <a href="/world">World</a></nav>'),
  fc.constant('<script>document.write("<p>injected</p>")</script>'),
  fc.constant('<div class="ad">Advertisement</div>'),
  fc.constant('<div class="share">Share on Facebook</div>'),
  address.map((href) => `<p><a href="${href}">Read more</a></p>`),
  tree,
)

/** Articles with junk mixed in. */
const article = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: prose.map((value) => `<p>${value}</p>`) },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: tree },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) => `<html><body><article>${blocks.join('')}</article></body></html>`)

/** Plain text, hostile lines included. */
const plainText = fc
  .array(fc.oneof(prose, text), { maxLength: 8 })
  .chain((paragraphs) => fc.constantFrom('\n', '\n\n').map((gap) => paragraphs.join(gap)))

/** Markdown a scraper might save: blocks of any kind, hostile text, raw HTML and addresses. */
const markdownPage = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: prose },
      { weight: 2, arbitrary: text },
      text.map((value) => `## ${value}`),
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((items) => items.map((item) => `- ${item}`).join('\n')),
      text.map((value) => `> ${value}`),
      text.map((value) => `\`\`\`\n${value}\n\`\`\``),
      fc.tuple(text, text).map(([a, b]) => `| ${a} | x |\n| - | - |\n| ${b} | y |`),
      fc.tuple(word, address).map(([label, href]) => `[${label}](${href}) ![${label}](${href})`),
      junk,
      tree,
    ),
    { maxLength: 8 },
  )
  .map((blocks) => blocks.join('\n\n'))

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
    const saved = existsSync(hostileDir) ? readdirSync(hostileDir) : []
    for (const name of saved) {
      for (const file of readdirSync(new URL(`${name}/`, hostileDir))) {
        if (!file.startsWith('input.')) continue
        const input = readFileSync(new URL(`${name}/${file}`, hostileDir), 'utf8')
        const format = file.endsWith('.md') ? 'markdown' : undefined
        expect(check(input, format), `fixtures/hostile/${name}/${file}`).toBeNull()
      }
    }
  })

  it('only documented errors: UnscrapeError with a code', () => {
    expect(() => clean(42 as unknown as string)).toThrow(UnscrapeError)
  })
})
