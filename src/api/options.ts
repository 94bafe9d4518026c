import type { Rule, RulesOption } from '../clean/rule.js'
import { UnscrapeError } from '../error.js'

/**
 * How to read the input. `auto` looks for HTML tags and falls back to plain
 * text; it never picks `markdown`, which must be asked for (plain text with a
 * stray `*` or `_` is not Markdown).
 */
export type FormatOption = 'html' | 'text' | 'markdown' | 'auto'

/** Configuration for `clean()`. Every field is optional. */
export interface Options {
  /** How to read the input (default: `'auto'`). */
  format?: FormatOption | null | undefined
  /** The article's address; wins over the page's canonical URL (default: none). */
  url?: string | null | undefined
  /**
   * When the article was published, as an ISO 8601 date string or a `Date`;
   * wins over dates found in the page (default: none).
   */
  publishedAt?: string | Date | null | undefined
  /** Turn rules off (or on) by id, e.g. `{'link-list': false}` (default: all on). */
  rules?: RulesOption | null | undefined
  /**
   * Rules of one's own (`Rule` objects, see `docs/custom-rules.md`), asked
   * after the built-in ones; `rules` can turn them off by id too (default:
   * none). Rules are functions: worker threads (`unscrape/batch`) and queue
   * jobs cannot take them.
   */
  extraRules?: readonly Rule[] | null | undefined
  /**
   * Keep figure captions in the text and Markdown too (default: `false`:
   * captions and credits are only in `Article.images`).
   */
  keepCaptions?: boolean | null | undefined
  /**
   * Split paragraphs into sentences (default: `true`). With `false`, every
   * paragraph's `sentences` is empty and `stats.sentences` is 0; quote
   * detection still splits the few paragraphs it reads.
   */
  sentences?: boolean | null | undefined
  /** Find quotes (default: `true`). With `false`, `Article.quotes` is empty. */
  quotes?: boolean | null | undefined
  /** Write Markdown (default: `true`). With `false`, `Article.markdown` is `''`. */
  markdown?: boolean | null | undefined
  /**
   * Record where each removal stood in the input: `Removal.place` with line,
   * column and offset (default: `false`: `place` is `null`). Tracking source
   * positions makes parsing HTML about two thirds slower, so it is off
   * unless asked for; reason, rule and text of each removal are always there.
   */
  places?: boolean | null | undefined
  /**
   * The largest input accepted, in bytes (a string counts as its UTF-8 bytes);
   * a larger one throws an `UnscrapeError` with code `input-too-large`
   * (default: `67108864`, 64 MiB; `Infinity` for no limit).
   */
  maxBytes?: number | null | undefined
}

/** Options after validation: what the stages work with. */
export interface Settings {
  /** How to read the input. */
  format: FormatOption
  /** The caller's URL, if any. */
  url: string | null
  /** The caller's publication date as given, if any. */
  publishedAt: string | Date | null
  /** Per-rule switches. */
  rules: RulesOption
  /** Rules of the caller's own, after the built-in ones. */
  extraRules: readonly Rule[]
  /** Whether figure captions stay in the text. */
  keepCaptions: boolean
  /** Whether paragraphs are split into sentences. */
  sentences: boolean
  /** Whether quotes are found. */
  quotes: boolean
  /** Whether Markdown is written. */
  markdown: boolean
  /** Whether removals record their place in the input. */
  places: boolean
  /** The largest input accepted, in bytes. */
  maxBytes: number
}

/** Default of `maxBytes`: 64 MiB, far above any article, below what would exhaust memory. */
export const defaultMaxBytes = 64 * 1024 * 1024

const formats: ReadonlySet<string> = new Set(['html', 'text', 'markdown', 'auto'])

/**
 * Check options and fill in defaults.
 *
 * Options are the caller's code, not the page: a wrong option is a bug to
 * report at once, so this throws an `UnscrapeError` with code `invalid-option`.
 */
export function normalizeOptions(options: Options | null | undefined): Settings {
  const given = options ?? {}
  if (typeof given !== 'object') {
    throw new UnscrapeError('invalid-option', 'Expected `options` to be an object')
  }
  const format = given.format ?? 'auto'
  if (!formats.has(format)) {
    throw new UnscrapeError(
      'invalid-option',
      `Unexpected \`format\` \`${String(format)}\`, expected \`'html'\`, \`'text'\`, \`'markdown'\` or \`'auto'\``,
    )
  }
  const url = given.url ?? null
  if (url !== null && typeof url !== 'string') {
    throw new UnscrapeError('invalid-option', 'Expected `url` to be a string')
  }
  const publishedAt = given.publishedAt ?? null
  if (publishedAt !== null && typeof publishedAt !== 'string' && !(publishedAt instanceof Date)) {
    throw new UnscrapeError('invalid-option', 'Expected `publishedAt` to be a string or a `Date`')
  }
  if (publishedAt instanceof Date && Number.isNaN(publishedAt.getTime())) {
    throw new UnscrapeError('invalid-option', 'Expected `publishedAt` to be a valid `Date`')
  }
  const rules = given.rules ?? {}
  if (typeof rules !== 'object') {
    throw new UnscrapeError('invalid-option', 'Expected `rules` to be an object of rule ids')
  }
  const extraRules = given.extraRules ?? []
  if (!Array.isArray(extraRules)) {
    throw new UnscrapeError('invalid-option', 'Expected `extraRules` to be an array of rules')
  }
  return {
    format,
    url,
    publishedAt,
    rules,
    extraRules,
    keepCaptions: booleanOption(given.keepCaptions, 'keepCaptions', false),
    sentences: booleanOption(given.sentences, 'sentences', true),
    quotes: booleanOption(given.quotes, 'quotes', true),
    markdown: booleanOption(given.markdown, 'markdown', true),
    places: booleanOption(given.places, 'places', false),
    maxBytes: maxBytesOption(given.maxBytes),
  }
}

/** The `maxBytes` option's value: a whole number of bytes, or `Infinity`. */
function maxBytesOption(value: unknown): number {
  if (value === null || value === undefined) return defaultMaxBytes
  if (
    typeof value !== 'number' ||
    value < 0 ||
    !(Number.isInteger(value) || value === Number.POSITIVE_INFINITY)
  ) {
    throw new UnscrapeError(
      'invalid-option',
      'Expected `maxBytes` to be a whole number of bytes (0 or more) or `Infinity`',
    )
  }
  return value
}

/** A boolean option's value, or its default when not given. */
function booleanOption(value: unknown, name: string, byDefault: boolean): boolean {
  if (value === null || value === undefined) return byDefault
  if (typeof value !== 'boolean') {
    throw new UnscrapeError('invalid-option', `Expected \`${name}\` to be a boolean`)
  }
  return value
}
