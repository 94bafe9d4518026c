import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'
import type { Article } from '../src/index.js'

/**
 * What someone who renders `Article.markdown` gets: the Markdown rendered by
 * a CommonMark + GFM renderer (micromark) with raw HTML and every address
 * allowed, as a careless site would, then parsed by a real HTML parser
 * (parse5). GFM's tag filter, which escapes `<script>` and a few other
 * tags, is left out: renderers without it are common, and the Markdown must
 * not need it.
 */

type ParsedNode = DefaultTreeAdapterMap['node']

const gfmHtmlWithoutTagFilter = gfmHtml()
// The tag filter is the only GFM extension that handles raw HTML data.
delete gfmHtmlWithoutTagFilter.exit?.htmlFlowData
delete gfmHtmlWithoutTagFilter.exit?.htmlTextData

/** Render Markdown to HTML as a permissive site would. */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtmlWithoutTagFilter],
  })
}

/** Elements CommonMark and GFM make from Markdown (footnotes included). */
const markdownElements: ReadonlySet<string> = new Set([
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'input',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'strong',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Elements that run code, load other documents, submit or restyle the page. */
const dangerousElements: ReadonlySet<string> = new Set([
  'base',
  'embed',
  'form',
  'frame',
  'iframe',
  'link',
  'meta',
  'object',
  'script',
  'style',
  'svg',
  'math',
])

/** Attributes whose value is an address. */
const urlAttributes: ReadonlySet<string> = new Set([
  'action',
  'background',
  'cite',
  'data',
  'formaction',
  'href',
  'poster',
  'src',
  'srcset',
  'xlink:href',
])

/** Whether an address has a scheme that can run code or carry a document, read as leniently as a browser would. */
export function isDangerousUrl(url: string): boolean {
  const squeezed = [...url].filter((char) => char > ' ' && !/[\p{Cc}\p{Cf}]/u.test(char)).join('')
  return /^(?:javascript|vbscript|data|file):/i.test(squeezed)
}

/**
 * Elements a browser lays out as blocks: a reader sees their text apart from
 * the text around them, even where the HTML puts no white space between
 * (a tight list item's text runs into a heading inside it).
 */
const blockElements: ReadonlySet<string> = new Set([
  'blockquote',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

/** Marks the end of a block element in the walk of `inspect`. */
const blockEnd = Symbol('block end')

/** The text a reader sees in a parsed fragment, and what in it could attack them. */
function inspect(root: ParsedNode): { text: string; problems: string[] } {
  let text = ''
  const problems: string[] = []
  const pending: Array<ParsedNode | typeof blockEnd> = [root]
  while (pending.length > 0) {
    const node = pending.pop() as ParsedNode | typeof blockEnd
    if (node === blockEnd) {
      text += ' '
      continue
    }
    if (node.nodeName === '#text' && 'value' in node) text += node.value
    if ('tagName' in node) {
      if (dangerousElements.has(node.tagName)) problems.push(`a <${node.tagName}> element`)
      else if (!markdownElements.has(node.tagName)) {
        problems.push(`a <${node.tagName}> element, which Markdown does not make`)
      }
      for (const { name, value } of node.attrs) {
        if (/^on/i.test(name)) problems.push(`an event handler: ${name}="${value}"`)
        if (urlAttributes.has(name) && isDangerousUrl(value)) {
          problems.push(`a dangerous address: ${name}="${value}"`)
        }
      }
      if (blockElements.has(node.tagName)) {
        text += ' '
        pending.push(blockEnd)
      }
      if (node.tagName === 'li') text += itemNumber(node)
    }
    if ('content' in node) pending.push(node.content)
    if ('childNodes' in node) {
      for (let index = node.childNodes.length - 1; index >= 0; index--) {
        pending.push(node.childNodes[index] as ParsedNode)
      }
    }
  }
  return { text, problems }
}

/**
 * The number a browser shows before an item of a numbered list, as the
 * article's text writes it ("3. "); nothing for a bullet, nor for an item
 * with no text (an image alone), which the text leaves out.
 */
function itemNumber(item: DefaultTreeAdapterMap['element']): string {
  const list = item.parentNode
  if (!list || !('tagName' in list) || list.tagName !== 'ol' || !holdsText(item)) return ''
  const start = Number(list.attrs.find(({ name }) => name === 'start')?.value ?? 1)
  const items = list.childNodes.filter((child) => 'tagName' in child && child.tagName === 'li')
  return `${start + items.indexOf(item)}. `
}

/** Whether a node holds text other than white space. */
function holdsText(node: ParsedNode): boolean {
  if (node.nodeName === '#text' && 'value' in node) return /\S/u.test(node.value)
  return 'childNodes' in node && node.childNodes.some((child) => holdsText(child as ParsedNode))
}

/** Runs of white space as one space, ends trimmed. */
function squeeze(value: string): string {
  return value.replace(/\s+/gu, ' ').trim()
}

/**
 * Why rendering an article's Markdown would harm or mislead a reader, or
 * `null`: the rendered HTML must hold no script, event handler, dangerous
 * address or element Markdown does not make, and its text must be the
 * article's (`title` and `text`) up to white space.
 */
export function renderingProblem(
  article: Pick<Article, 'markdown' | 'text' | 'title'>,
): string | null {
  const html = renderMarkdown(article.markdown)
  const { text, problems } = inspect(parseFragment(html))
  if (problems.length > 0) {
    return `rendered Markdown holds ${problems.join(', ')}:\n${article.markdown}`
  }
  const rendered = squeeze(text)
  const expected = squeeze(article.text)
  const titled = squeeze(`${article.title ?? ''}\n${article.text}`)
  if (rendered !== expected && rendered !== titled) {
    let at = 0
    while (at < rendered.length && rendered[at] === titled[at]) at++
    return `the Markdown renders as other text than the article's, from ${JSON.stringify(rendered.slice(at, at + 60))} where the text has ${JSON.stringify(titled.slice(at, at + 60))}:\n${article.markdown}`
  }
  return null
}

/** Why rendering some Markdown would harm a reader (its text aside), or `null`. */
export function markdownRenderingProblem(markdown: string): string | null {
  const { problems } = inspect(parseFragment(renderMarkdown(markdown)))
  return problems.length > 0 ? `rendered Markdown holds ${problems.join(', ')}` : null
}
