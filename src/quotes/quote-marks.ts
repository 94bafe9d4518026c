/** A passage in quote marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset after the closing mark. */
  close: number
  /** The words between the marks. */
  text: string
}

/** Opening marks and the closing marks that end them. */
const pairs: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“',
  '«': '»',
  '‘': '’',
  '"': '"',
}

/**
 * Find the passages in quote marks in a paragraph: curly and straight double
 * quotes, guillemets, and single curly quotes where they quote (an opening
 * ‘ after a space or at the start; a ’ inside a word is an apostrophe). An
 * unclosed mark quotes to the end of the paragraph (news style for a quote
 * that continues in the next paragraph).
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  let index = 0
  while (index < text.length) {
    const mark = text.charAt(index)
    const closing = pairs[mark]
    const atWordStart = index === 0 || /[\s([—–-]/.test(text.charAt(index - 1))
    if (closing === undefined || (mark === '‘' && !atWordStart) || (mark === '"' && !atWordStart)) {
      index++
      continue
    }
    let end = text.indexOf(closing, index + 1)
    // A straight or single quote mark closes only where a word ends.
    while (
      end !== -1 &&
      (closing === '"' || closing === '’') &&
      /[\p{L}\p{N}]/u.test(text.charAt(end + 1))
    ) {
      end = text.indexOf(closing, end + 1)
    }
    const close = end === -1 ? text.length : end + 1
    const inner = text.slice(index + 1, end === -1 ? text.length : end).trim()
    if (inner) spans.push({ open: index, close, text: inner })
    index = close
  }
  return spans
}
