import type { Element, ElementContent } from 'hast'
import type { CaptionParts } from '../../data.js'
import { isCreditLine, splitCredit } from '../caption-credit.js'
import { nameTokens, textOf, textSize } from '../element.js'
import type { Finding, Rule } from '../rule.js'
import { isCopyrightLine } from './copyright.js'

/** Class or id tokens of captions and credits. */
const captionName =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|photo-credit|image-credit|wp-caption-text)(?:$|[\s_-])/

/** Class or id tokens of the credit part of a caption. */
const creditName =
  /(?:^|[\s_-])(?:credit|credits|copyright|photographer|source|image-source)(?:$|[\s_-])/

/** Longest text a caption has. */
const maxCaptionText = 400

/** Blocks a credit can stand in as a line of its own (a line of scraped text may be read as a heading). */
const lineTags: ReadonlySet<string> = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Removes photo captions and credits from the text. A `<figcaption>` (or a
 * caption or credit block) inside a `<figure>` becomes the caption and
 * credit of that figure's image in `Article.images`; so does a short
 * paragraph ending in a credit right under a paragraph that is only an
 * image (how Markdown and figure-less pages write a caption). With
 * `keepCaptions`, such captions are recorded but stay in the text.
 */
export const caption: Rule = {
  id: 'caption',
  description: 'Move photo captions and credits out of the text (into `images`)',
  siblings(nodes, context) {
    const findings: Finding[] = []
    nodes.forEach((node, index) => {
      const previous = nodes[index - 1]
      if (node.tagName !== 'p' || !previous || textSize(node) > maxCaptionText) return
      if (!isImageParagraph(previous)) return
      const parts = splitCredit(textOf(node))
      if (parts.credit === null) return
      // The image's paragraph stands in for its figure.
      setCaption(previous, parts)
      if (!context.options.keepCaptions)
        findings.push({ nodes: [node], reason: 'caption under an image' })
    })
    return findings
  },
  element(node, context) {
    if (node.tagName === 'figure' || node.tagName === 'img') return undefined
    const figure = context.ancestors.findLast((ancestor) => ancestor.tagName === 'figure')
    // Only figure captions may be long; other captions and credits are short.
    if (node.tagName !== 'figcaption' && textSize(node) > maxCaptionText) return undefined
    const text = textOf(node)
    const named = captionName.test(nameTokens(node)) && text.length <= maxCaptionText
    if (node.tagName === 'figcaption' || (figure && named)) {
      if (figure && text) record(figure, node, text)
      if (context.options.keepCaptions && node.tagName === 'figcaption') return undefined
      return node.tagName === 'figcaption' ? 'figure caption' : 'caption or credit'
    }
    if (named) return 'caption or credit'
    if (lineTags.has(node.tagName) && isCreditLine(text) && !isCopyrightLine(text)) {
      return 'photo credit line'
    }
    return undefined
  },
}

/** Add what a caption or credit block says to its figure's caption parts. */
function record(figure: Element, node: Element, text: string): void {
  const parts = figure.data?.caption ?? { caption: null, credit: null }
  const credit = creditOf(node)
  if (credit !== null) {
    const rest = textOf({
      ...node,
      children: node.children.filter((child) => !isCreditElement(child)),
    })
    parts.credit = credit
    parts.caption ??= rest || null
  } else if (creditName.test(nameTokens(node))) {
    parts.credit = text
  } else {
    const split = splitCredit(text)
    parts.caption ??= split.caption
    parts.credit ??= split.credit
  }
  setCaption(figure, parts)
}

/**
 * Mark a figure (or the paragraph of an image) with its caption and
 * credit, where the image collection of the body metadata reads them.
 */
function setCaption(figure: Element, parts: CaptionParts): void {
  // hast-util-from-parse5 types a `position` in every element's data; a new one has none.
  const data = figure.data ?? ({} as NonNullable<Element['data']>)
  data.caption = parts
  figure.data = data
}

/** The text of a credit element inside a caption, if it has one. */
function creditOf(node: Element): string | null {
  for (const child of node.children) {
    if (isCreditElement(child)) return textOf(child as Element) || null
  }
  return null
}

/** Whether a paragraph holds one image (maybe in a link) and no text. */
function isImageParagraph(node: Element): boolean {
  if (node.tagName !== 'p') return false
  let images = 0
  const pending: ElementContent[] = [...node.children]
  for (let child = pending.pop(); child; child = pending.pop()) {
    if (child.type === 'text' && child.value.trim() !== '') return false
    if (child.type !== 'element') continue
    if (child.tagName === 'img') images++
    else if (child.tagName === 'a' || child.tagName === 'picture') pending.push(...child.children)
    else if (child.tagName !== 'br' && child.tagName !== 'source') return false
  }
  return images === 1
}

function isCreditElement(node: ElementContent): boolean {
  return node.type === 'element' && creditName.test(nameTokens(node))
}
