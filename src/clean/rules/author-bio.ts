import { headingLevel, nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of author boxes. */
const authorBoxName =
  /(?:^|[\s_-])(?:author-bio|author-box|authorbox|about-author|about-the-author|author-info|author-details|author-card|author-profile|bio-box|autor|autorbox|autoren|post-author|entry-author|writer-bio)(?:$|[\s_-])/
/** Headings of author boxes. */
const authorHeading =
  /^(?:about the author|about the authors|über (?:den|die) autor(?:in|en)?|zur person|à propos de l['’]auteur|sobre el autor|o autorze|over de auteur)\s*:?$/i

/** Longest author box. */
const maxBoxText = 1200

/** Removes author boxes ("About the author", a short biography of the writer). */
export const authorBio: Rule = {
  id: 'author-bio',
  description: 'Remove author boxes and biographies of the writer',
  element(node) {
    if (textSize(node) > maxBoxText) return undefined
    const text = textOf(node)
    if (text.length > maxBoxText) return undefined
    if (authorBoxName.test(nameTokens(node))) return 'author box'
    if (headingLevel(node) > 0 && authorHeading.test(text)) return 'author box heading'
    return undefined
  },
}
