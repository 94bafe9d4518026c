import { nameTokens, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Elements that are site furniture wherever they stand. */
const chromeTags: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'menu',
])

/** Class or id tokens of site-wide banners (government notices, announcement bars). */
const bannerName =
  /(?:^|[\s_-])(?:usa-banner|site-banner|top-banner|announcement-banner|announcement-bar|alert-banner|notification-bar|promo-bar)(?:$|[\s_-])/

/** Longest site banner. */
const maxBannerText = 600

/** Containers of the story: a header or footer inside them belongs to it. */
const storyTags: ReadonlySet<string> = new Set(['article', 'main'])

/**
 * Removes the site's furniture: navigation, sidebars, forms and controls,
 * and page headers and footers. A header or footer inside `<article>` or
 * `<main>` is the story's own and stays (and, as for every rule, nothing
 * holding the story's container or title is removed whole).
 */
export const pageChrome: Rule = {
  id: 'page-chrome',
  description: 'Remove navigation, sidebars, forms, and the page header and footer',
  // Furniture by its tag; a story inside is kept by its marks (see `holdsStory`).
  mayRemoveProse: true,
  element(node, context) {
    if (chromeTags.has(node.tagName)) return `\`<${node.tagName}>\` is page furniture`
    if (bannerName.test(nameTokens(node)) && textSize(node) <= maxBannerText)
      return 'site-wide banner'
    if (node.tagName !== 'header' && node.tagName !== 'footer') return undefined
    if (context.ancestors.some((ancestor) => storyTags.has(ancestor.tagName))) return undefined
    return `page \`<${node.tagName}>\` outside the article`
  },
}
