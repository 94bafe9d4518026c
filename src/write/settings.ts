import type { Options as StringifyOptions } from 'remark-stringify'

/**
 * How unscrape writes Markdown: `-` bullets, `*` emphasis, fenced code,
 * one space after list markers — the forms most renderers and language
 * models read alike. Text is escaped by `mdast-util-to-markdown`'s own
 * handler: a handler that asked only the unsafe patterns a text could match
 * gave the same Markdown, but no gain `npm run bench` could tell from noise
 * (writing is a twentieth of `clean()`).
 */
export const markdownSettings: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
}
