import type { Rule } from '../rule.js'

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i

/** Removes elements the page hides from readers. */
export const hidden: Rule = {
  id: 'hidden',
  description: 'Remove elements hidden from readers (`hidden`, `aria-hidden`, `display: none`)',
  element(node) {
    const { properties } = node
    if (properties.hidden !== undefined && properties.hidden !== false) {
      return 'hidden by the `hidden` attribute'
    }
    if (properties.ariaHidden === 'true') return 'hidden by `aria-hidden="true"`'
    if (typeof properties.style === 'string' && hiddenStyle.test(properties.style)) {
      return 'hidden by an inline style'
    }
    return undefined
  },
}
