import { headingLevel, nameTokens, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'
import { isBylineText } from './byline.js'

/** Class or id tokens of author boxes. */
const authorBoxName =
  /(?:^|[\s_-])(?:author-bio|author-box|authorbox|about-author|about-the-author|author-info|author-details|author-card|author-profile|bio-box|autor|autorbox|autoren|post-author|entry-author|writer-bio)(?:$|[\s_-])/
/** Headings of author boxes. */
const authorHeading = new RegExp(`^(?:${phrases('authorHeadings')})\\s*:?$`, 'i')

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
    // A byline line in an "author" box is the byline rule's: its name is metadata.
    if (authorBoxName.test(nameTokens(node)) && !isBylineText(text)) return 'author box'
    if (headingLevel(node) > 0 && authorHeading.test(text)) return 'author box heading'
    return undefined
  },
}
