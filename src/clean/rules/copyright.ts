import { textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** A copyright line: "© 2024 The Coast Times. All rights reserved.", "Copyright 2020 CBS Interactive". */
const copyrightLine = new RegExp(
  `^(?:©|\\(c\\)|copyright\\b)|\\b(?:${phrases('rightsReserved')})\\b`,
  'i',
)

/** Longest copyright line. */
const maxCopyrightText = 200

/** Removes copyright lines ("© 2024 … All rights reserved."). */
export const copyright: Rule = {
  id: 'copyright',
  description: 'Remove copyright lines',
  element(node) {
    if (!['p', 'div', 'span', 'small', 'address'].includes(node.tagName)) return undefined
    if (textSize(node) > maxCopyrightText) return undefined
    const text = textOf(node)
    return text.length <= maxCopyrightText && copyrightLine.test(text)
      ? 'copyright line'
      : undefined
  },
}
