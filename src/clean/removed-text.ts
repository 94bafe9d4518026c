import type { Element, ElementContent } from 'hast'
import { notRenderedTags, preformattedTags, textBlockTags } from '../shared/tag-names.js'
import { collapseWhitespace } from '../shared/text-shape.js'

const lineBreaks = /[\n\r\f]/g
/** Bidi controls, which a reader does not see as characters. */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const spaces = /[^\S\n]+/g
const spacedLineBreaks = / ?\n\s*/g

/**
 * The text of a removed element as a reader saw it, for `Removal.text`: one
 * line per block, line break or table row, cells apart by a space, white
 * space collapsed, hidden and unrendered elements left out.
 *
 * Gives what `hast-util-to-text` gives once its white space is collapsed the
 * same way, in one pass that builds no intermediate lists: every removal of
 * every page goes through it. Whole pipeline, measured with `npm run bench
 * -- <wcxb> --limit 150 --baseline <a build that calls hast-util-to-text
 * here>`: `clean()` took 0.89 and 1.03 of the time (0.78 and 1.00 with
 * sentences and quotes off), where a build compared with itself read 0.94
 * (0.95): no steady gain of 5% shown. The package itself is not a drop-in:
 * on 3 of the 600 fixture and benchmark pages it ran two lines of a removed
 * block together ("Wettervorhersage12.12.2022") that this reading keeps
 * apart, so replacing it is a change of output to make on purpose. The element itself is read even when it is
 * not rendered: the removal of a `<script>` or a hidden block records what
 * it held.
 */
export function removedText(node: ElementContent): string {
  if (node.type !== 'element') return node.type === 'text' ? collapseWhitespace(node.value) : ''
  // One text inside (every `<script>` and `<style>`, which hold most of the
  // text removed): the same reading in two passes over it instead of five.
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type === 'text' && !preformattedTags.has(node.tagName)) {
    return collapseWhitespace(only.value.replace(bidiControls, ''))
  }
  const parts: string[] = []
  collect(node, false, parts, true)
  return parts.join('').replace(spaces, ' ').replace(spacedLineBreaks, '\n').trim()
}

function collect(node: ElementContent, pre: boolean, parts: string[], top = false): void {
  if (node.type === 'text') {
    parts.push(pre ? node.value : node.value.replace(lineBreaks, ' ').replace(bidiControls, ''))
    return
  }
  if (node.type !== 'element') return
  const { tagName } = node
  if (!top && isUnrendered(node)) return
  if (tagName === 'br') {
    parts.push('\n')
    return
  }
  const block = textBlockTags.has(tagName)
  if (block) parts.push('\n')
  const inner = pre || preformattedTags.has(tagName)
  for (const child of node.children) collect(child, inner, parts)
  if (block || tagName === 'tr') parts.push('\n')
  else if (tagName === 'td' || tagName === 'th') parts.push(' ')
}

/** Whether a reader never sees an element: hidden, closed, or never rendered. */
function isUnrendered(node: Element): boolean {
  return (
    notRenderedTags.has(node.tagName) ||
    Boolean(node.properties.hidden) ||
    (node.tagName === 'dialog' && !node.properties.open)
  )
}
