import { linkDensity, nameTokens, textOf } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of breadcrumbs. */
const breadcrumbName = /(?:^|[\s_-])(?:breadcrumb|breadcrumbs|crumbs|crumb)(?:$|[\s_-])/
/** Text of a skip link. */
const skipLink = /^skip (?:to|navigation)\b/i

/** Removes breadcrumb trails and skip links. */
export const breadcrumb: Rule = {
  id: 'breadcrumb',
  description: 'Remove breadcrumb trails and "skip to content" links',
  element(node) {
    if (node.tagName === 'a' && skipLink.test(textOf(node))) return 'skip link'
    const label = node.properties.ariaLabel
    if (
      breadcrumbName.test(nameTokens(node)) ||
      (typeof label === 'string' && /breadcrumb/i.test(label))
    ) {
      return linkDensity(node) >= 0.4 || textOf(node).length < 200 ? 'breadcrumb trail' : undefined
    }
    return undefined
  },
}
