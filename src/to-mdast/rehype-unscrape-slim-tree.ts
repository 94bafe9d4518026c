import type { Element, Properties, Root } from 'hast'

/**
 * The properties that turning HTML into Markdown reads (links, images,
 * media, code languages, lists, tables, form controls, and what decides
 * whitespace and phrasing: `hidden`, `wrap`, `noWrap`, `itemProp`, `rel`).
 */
const markdownProperties: ReadonlySet<string> = new Set([
  'align',
  'alt',
  'checked',
  'className',
  'colSpan',
  'dataMdast',
  'disabled',
  'hidden',
  'href',
  'id',
  'itemProp',
  'label',
  'list',
  'multiple',
  'noWrap',
  'placeholder',
  'poster',
  'rel',
  'rowSpan',
  'selected',
  'size',
  'src',
  'start',
  'title',
  'type',
  'value',
  'wrap',
])

/**
 * Drop the element properties that the conversion to Markdown never reads
 * (`style`, `data-*`, `aria-*`, sizes, tracking attributes), for the same
 * Markdown with less to carry through the conversion (measurably faster on
 * real pages). Runs after cleaning and metadata, which read them.
 */
export function rehypeUnscrapeSlimTree() {
  return (tree: Root): undefined => {
    const stack: Array<Root | Element> = [tree]
    for (let parent = stack.pop(); parent; parent = stack.pop()) {
      for (const child of parent.children) {
        if (child.type !== 'element') continue
        child.properties = slimmed(child.properties)
        stack.push(child)
        if (child.content) stack.push(child.content)
      }
    }
  }
}

/** The properties kept, or the same object when all of them are. */
function slimmed(properties: Properties): Properties {
  let kept: Properties | undefined
  for (const name in properties) {
    if (!markdownProperties.has(name)) {
      kept = {}
      break
    }
  }
  if (!kept) return properties
  for (const name in properties) {
    if (markdownProperties.has(name)) kept[name] = properties[name]
  }
  return kept
}
