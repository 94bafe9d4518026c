import { nameTokens, textOf } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of captions and credits. */
const captionName =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|photo-credit|image-credit|wp-caption-text)(?:$|[\s_-])/

/** Longest text a caption has. */
const maxCaptionText = 400

/** A paragraph that is only a credit: "Photo: Jane Roe/Agency", "(AP Photo/John Doe)". */
const creditLine =
  /^(?:\(?(?:photo|photograph|image|picture|illustration|credit|video)s?(?: by)?\s*[:/].{1,120}|\((?:AP|AFP|Reuters|EPA|Getty Images?)[^)]{0,80}\)\.?)$/i

/**
 * Removes photo captions and credits from the text. A `<figcaption>` inside
 * a `<figure>` is kept as the caption of that figure's image in
 * `Article.images`.
 */
export const caption: Rule = {
  id: 'caption',
  description: 'Move photo captions and credits out of the text (into `images`)',
  element(node, context) {
    if (node.tagName === 'figcaption') {
      const figure = context.ancestors[context.ancestors.length - 1]
      const text = textOf(node)
      if (figure?.tagName === 'figure' && text) context.captions.set(figure, text)
      return 'figure caption'
    }
    if (node.tagName === 'figure' || node.tagName === 'img') return undefined
    const text = textOf(node)
    if (captionName.test(nameTokens(node)) && text.length <= maxCaptionText) {
      return 'caption or credit'
    }
    if (node.tagName === 'p' && creditLine.test(text)) return 'photo credit line'
    return undefined
  },
}
