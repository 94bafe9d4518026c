import type { Options as StringifyOptions } from 'remark-stringify'

/**
 * How unscrape writes Markdown: `-` bullets, `*` emphasis, fenced code,
 * one space after list markers — the forms most renderers and language
 * models read alike.
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
