import type { Options as StringifyOptions } from 'remark-stringify'
import { writeText } from './write-text.js'

/**
 * How unscrape writes Markdown: `-` bullets, `*` emphasis, fenced code,
 * one space after list markers — the forms most renderers and language
 * models read alike. Text is escaped as by default, faster (`writeText`).
 */
export const markdownSettings: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  handlers: { text: writeText },
}
