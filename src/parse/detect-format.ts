import type { InputFormat } from '../types.js'

/** A document start that only HTML has. */
const htmlStart = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i

/** Common block and inline tags; plain text rarely contains them. */
const commonTag =
  /<\/?(?:p|div|span|a|br|hr|h[1-6]|ul|ol|li|article|section|main|header|footer|nav|table|tr|td|img|figure|blockquote|pre|em|strong|b|i|script|style|meta|link|title)(?:\s[^<>]*)?\/?>/gi

/**
 * Tell whether a string is HTML or plain text.
 *
 * HTML when it starts like an HTML document, or when it holds at least two
 * common tags; a stray `<` or one tag-like word in prose stays text.
 */
export function detectFormat(input: string): InputFormat {
  if (htmlStart.test(input)) return 'html'
  let count = 0
  // Look at the first 64 KB: enough to decide, cheap on huge inputs.
  const sample = input.length > 65_536 ? input.slice(0, 65_536) : input
  commonTag.lastIndex = 0
  while (commonTag.exec(sample)) {
    count++
    if (count >= 2) return 'html'
  }
  return 'text'
}
