import type { Nodes } from 'mdast'

/**
 * The plain text of an mdast node as a reader sees it: text and inline code
 * kept, hard breaks as line breaks, images (not text) left out, runs of
 * spaces collapsed and the ends trimmed.
 */
export function phrasingText(node: Nodes): string {
  return collect(node)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
}

function collect(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
    case 'html':
      return ''
    default:
      if (!('children' in node)) return ''
      return (node.children as Nodes[]).map(collect).join('')
  }
}
