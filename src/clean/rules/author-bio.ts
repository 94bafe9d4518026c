import type { Element } from 'hast'
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

/** Longest biography of the writer in a paragraph of its own. */
const maxBiographyText = 600
/**
 * What follows the writer's name at the start of a biography: an
 * apposition, a possessive, or a verb that says who they are or what they
 * do ("Jane Roe is…", "Jane Roe, a reporter…", "Jane Roe’s work…", "Jane
 * Roe covers…").
 */
const biographyStart = new RegExp(`^(?:,\\s|['’]s\\s|\\s+(?:${phrases('biographyVerbs')})\\s)`)

/**
 * Removes author boxes (a short biography of the writer): a box named so, or
 * a short one that opens with an "About the author" heading.
 */
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
    if (opensWithAuthorHeading(node)) return 'author box'
    return undefined
  },
}

/** Containers a heading can open as a box of its own. */
const boxTags: ReadonlySet<string> = new Set(['div', 'section', 'aside'])

/**
 * Whether a short container opens with an "About the author" heading: the
 * heading names what the whole box is, however the box is named.
 */
function opensWithAuthorHeading(node: Element): boolean {
  if (!boxTags.has(node.tagName)) return false
  for (const child of node.children) {
    // Words before the heading open the box, not the heading.
    if (child.type === 'text' && child.value.trim() !== '') return false
    if (child.type !== 'element' || textSize(child) === 0) continue
    return headingLevel(child) > 0 && authorHeading.test(textOf(child))
  }
  return false
}

/**
 * Whether a block is a short biography of one of the page's writers, in the
 * third person: it starts with a writer's full name as the page's metadata
 * gives it, then says who they are. A story is not written about its own
 * writer in the third person, so at the end of one such a block is the
 * author note, wherever the page puts it.
 *
 * @param text The block's text.
 * @param authors The page's authors (names of two words or more count).
 */
export function isWriterBiography(text: string, authors: readonly string[]): boolean {
  if (text.length > maxBiographyText) return false
  return authors.some((name) => {
    const trimmed = name.trim()
    if (trimmed.split(/\s+/).length < 2 || !text.startsWith(trimmed)) return false
    return biographyStart.test(text.slice(trimmed.length))
  })
}
