import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { unified } from 'unified'
import { filter } from 'unist-util-filter'
import { VFile } from 'vfile'
import { rules } from '../clean/rules/index.js'
import { unscrapeData } from '../data.js'
import { UnscrapeError } from '../error.js'
import { decodeInput } from '../parse/decode.js'
import { detectFormat } from '../parse/detect-format.js'
import { unscrapeParseHtml } from '../parse/unscrape-parse-html.js'
import { unscrapeParseMarkdown } from '../parse/unscrape-parse-markdown.js'
import { unscrapeParseText } from '../parse/unscrape-parse-text.js'
import { invisibleTags } from '../shared/tag-names.js'
import type { Article, InputFormat } from '../types.js'
import { toArticle } from './article.js'
import { normalizeOptions, type Options, type Settings } from './options.js'
import { createPreset } from './preset.js'

/**
 * Clean a scraped article: find its metadata, remove the junk, split it into
 * sections, paragraphs and sentences, and write it as Markdown.
 *
 * Page content never makes it throw: should a stage fail on some input, the
 * page's plain text is returned without cleaning and `warnings` says so.
 *
 * @param input The scraped page: HTML (a whole page or a fragment) or plain
 *   text, as a string or as bytes (a `Uint8Array`, read by its byte order mark,
 *   as UTF-8 when valid, else by its `<meta charset>`, else as windows-1252; a
 *   `charset` warning tells of a declaration that was wrong or unknown).
 * @param options Configuration (optional).
 * @returns The clean article.
 * @throws {UnscrapeError} `invalid-input` when `input` is neither a string nor
 *   a `Uint8Array`, or is bytes of binary data; `input-too-large` when it is
 *   over `maxBytes`;
 *   `invalid-option` when an option is wrong or names an unknown rule.
 */
export function clean(input: string | Uint8Array, options?: Options | null): Article {
  const settings = normalizeOptions(options)
  const { text, warnings } = decodeInput(input, settings.maxBytes)
  const format = settings.format === 'auto' ? detectFormat(text) : settings.format
  let article: Article
  try {
    article = run(text, format, settings)
    if (!hasWords(article)) article = rescue(text, format, settings) ?? article
  } catch (error) {
    if (error instanceof UnscrapeError) throw error
    article = fallback(text, format, settings, error)
  }
  article.warnings.unshift(...warnings)
  return article
}

/** Whether an article says anything: a letter or a digit in its title or text. */
function hasWords(article: Article): boolean {
  return /[\p{L}\p{N}]/u.test(article.text) || /[\p{L}\p{N}]/u.test(article.title ?? '')
}

/**
 * Cleanings to try, in order, when the rules left nothing of a page: first
 * without the steps that keep one part of the page (the best container, the
 * blocks in it, one copy of each paragraph, the blocks a model finds most
 * like story), then with only the removal of
 * scripts and styles, which are never text.
 */
const rescues: ReadonlyArray<{ off: (id: string) => boolean; message: string }> = [
  {
    off: (id) =>
      id === 'main-content' ||
      id === 'non-story-block' ||
      id === 'duplicate' ||
      id === 'furniture-score',
    message:
      'Cleaning left no text; the page was cleaned again without `main-content`, `non-story-block`, `duplicate` and `furniture-score`',
  },
  {
    off: (id) => id !== 'non-content',
    message:
      'Cleaning left no text; the page’s text was returned with only `non-content` on (scripts and styles removed)',
  },
]

/**
 * Clean a page again with fewer rules when cleaning left no text at all: a
 * page with readable text never comes out empty. The first cleaning that
 * leaves words is returned, with an `empty-output` warning; `undefined`
 * when none does (the page has no readable text). Rules the caller turned
 * off stay off.
 */
function rescue(input: string, format: InputFormat, settings: Settings): Article | undefined {
  for (const { off, message } of rescues) {
    const switches = { ...settings.rules }
    for (const rule of [...rules, ...settings.extraRules])
      if (off(rule.id)) switches[rule.id] = false
    const article = run(input, format, { ...settings, rules: switches })
    if (!hasWords(article)) continue
    article.warnings.unshift({ rule: 'empty-output', message })
    return article
  }
  return undefined
}

/** Run the whole pipeline on one input. */
function run(input: string, format: InputFormat, settings: Settings): Article {
  const parser =
    format === 'html'
      ? unified().use(unscrapeParseHtml, { positions: settings.places })
      : format === 'markdown'
        ? unified().use(unscrapeParseMarkdown)
        : unified().use(unscrapeParseText)
  const processor = parser.use(createPreset(settings))
  const file = new VFile({ value: input })
  const tree = processor.parse(file)
  const result = processor.runSync(tree, file)
  return toArticle(file, settings.markdown ? String(processor.stringify(result, file)) : '')
}

/**
 * Read the input's plain text, with no rule, when the pipeline failed on the
 * input itself, so the caller still gets the words; the warning names the
 * failure.
 */
function fallback(input: string, format: InputFormat, settings: Settings, error: unknown): Article {
  const reason = error instanceof Error ? error.message : String(error)
  const warning = {
    rule: 'internal-error',
    message: `Cleaning failed (${reason}); the page’s plain text was returned without cleaning`,
  }
  let text = input
  if (format === 'html') {
    try {
      const tree = unified().use(unscrapeParseHtml, { positions: false }).parse(input) as Root
      text = toText(
        filter(
          tree,
          (node) => node.type !== 'element' || !invisibleTags.has((node as Element).tagName),
        ) ?? tree,
      )
    } catch {
      // `[^<>]`, not `[^>]`: a run of `<` must not make this quadratic.
      text = input.replace(/<[^<>]*>/g, ' ')
    }
  }
  let article: Article
  try {
    // Rules off: a failing rule must not fail the fallback too.
    const rulesOff = Object.fromEntries(
      [...rules, ...settings.extraRules].map((rule) => [rule.id, false]),
    )
    article = run(text, 'text', { ...settings, rules: rulesOff })
  } catch {
    // Not even plain text could go through: keep the words, write no Markdown.
    const file = new VFile()
    unscrapeData(file).text = text
    article = toArticle(file, '')
  }
  article.format = format
  article.warnings.unshift(warning)
  return article
}
