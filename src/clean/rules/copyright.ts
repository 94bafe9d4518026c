import { textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** A copyright line: "© 2024 The Coast Times. All rights reserved.", "Copyright 2020 CBS Interactive". */
const copyrightLine = new RegExp(
  `^(?:©|\\(c\\)|copyright\\b)|\\b(?:${phrases('rightsReserved')})\\b`,
  'i',
)

/** Blocks a copyright line stands in (a line of scraped text may be read as a heading). */
const lineTags: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'small',
  'address',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

/** Longest copyright line. */
const maxCopyrightText = 200

/** Removes copyright lines ("© 2024 … All rights reserved."). */
export const copyright: Rule = {
  id: 'copyright',
  description: 'Remove copyright lines',
  element(node) {
    if (!lineTags.has(node.tagName)) return undefined
    if (textSize(node) > maxCopyrightText) return undefined
    const text = textOf(node)
    return text.length <= maxCopyrightText && isCopyrightLine(text) ? 'copyright line' : undefined
  },
}

/** Whether a line is a copyright notice (the caption rule leaves those to this one). */
export function isCopyrightLine(text: string): boolean {
  return copyrightLine.test(text)
}
