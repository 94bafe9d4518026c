import type { Element } from 'hast'
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

/**
 * ARIA roles that give any element the meaning of one of the tags above (or
 * of a page header or footer): pages build their menus, sidebars and modals
 * from `<div>`s and say what they are only in `role`.
 */
const chromeRoles: ReadonlyMap<string, string> = new Map([
  ['navigation', 'nav'],
  ['complementary', 'aside'],
  ['search', 'form'],
  ['dialog', 'dialog'],
  ['alertdialog', 'dialog'],
  ['menu', 'menu'],
  ['menubar', 'menu'],
  ['banner', 'header'],
  ['contentinfo', 'footer'],
])

/** Class or id tokens of site-wide banners (government notices, announcement bars). */
const bannerName =
  /(?:^|[\s_-])(?:usa-banner|site-banner|top-banner|announcement-banner|announcement-bar|alert-banner|notification-bar|promo-bar)(?:$|[\s_-])/

/** Longest site banner. */
const maxBannerText = 600

/** Containers of the story, as tags or roles: a header or footer inside them belongs to it. */
const storyTags: ReadonlySet<string> = new Set(['article', 'main'])

/**
 * Removes the site's furniture: navigation, sidebars, forms and controls,
 * modals (by tag or by ARIA role),
 * and page headers and footers. A header or footer inside `<article>` or
 * `<main>` is the story's own and stays (and, as for every rule, nothing
 * holding the story's container or title is removed whole).
 */
export const pageChrome: Rule = {
  id: 'page-chrome',
  description:
    'Remove navigation, sidebars, forms, modals, and the page header and footer (by tag or ARIA role)',
  // Furniture by its tag; a story inside is kept by its marks (see `holdsStory`).
  mayRemoveProse: true,
  element(node, context) {
    if (chromeTags.has(node.tagName)) return `\`<${node.tagName}>\` is page furniture`
    const role = roleOf(node)
    const roleTag = role === undefined ? undefined : chromeRoles.get(role)
    if (roleTag !== undefined && chromeTags.has(roleTag)) {
      return `\`role="${role}"\` (a \`<${roleTag}>\`) is page furniture`
    }
    if (bannerName.test(nameTokens(node)) && textSize(node) <= maxBannerText)
      return 'site-wide banner'
    const byTag = node.tagName === 'header' || node.tagName === 'footer'
    if (!byTag && roleTag !== 'header' && roleTag !== 'footer') return undefined
    if (context.ancestors.some(isStoryContainer)) return undefined
    return byTag
      ? `page \`<${node.tagName}>\` outside the article`
      : `\`role="${role}"\` (a page \`<${roleTag}>\`) outside the article`
  },
}

/** An element's first ARIA role, lower-cased. */
function roleOf(node: Element): string | undefined {
  const { role } = node.properties
  return typeof role === 'string' ? role.trim().toLowerCase().split(/\s+/)[0] : undefined
}

/** Whether an element is the story's container by its tag or role. */
function isStoryContainer(node: Element): boolean {
  const role = roleOf(node)
  return storyTags.has(node.tagName) || (role !== undefined && storyTags.has(role))
}
