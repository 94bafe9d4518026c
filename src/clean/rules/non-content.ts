import { silentTags } from '../../shared/tag-names.js'
import type { Rule } from '../rule.js'

/** Elements that never hold story text: the silent ones, drawings, frames and page links. */
const tags: ReadonlySet<string> = new Set([
  ...silentTags,
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
])

/** Removes scripts, styles and embedded objects: page machinery, not text. */
export const nonContent: Rule = {
  id: 'non-content',
  description: 'Remove scripts, styles, templates and embedded objects',
  // Scripts, styles and `<noscript>` copies of the page are never the story.
  mayRemoveProse: true,
  element(node) {
    return tags.has(node.tagName) ? `\`<${node.tagName}>\` is page machinery, not text` : undefined
  },
}
