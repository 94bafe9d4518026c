import type { Element, ElementContent } from 'hast'
import { linkDensity, nameTokens, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of share and follow widgets. */
const shareName =
  /(?:^|[\s_-])(?:share|shares|sharing|sharebar|social|sharethis|addthis|addtoany)(?:$|[\s_-])/

/** Longest text a share bar has; longer blocks are content that happens to carry the class. */
const maxShareText = 300

/** Blocks a bar of share links stands in when the page gives it no name. */
const barTags: ReadonlySet<string> = new Set(['p', 'div', 'ul', 'ol', 'li', 'span', 'section'])

/**
 * Addresses that share the page rather than point somewhere: the sharing
 * endpoints of social sites, and a `mailto:` with no address.
 */
const shareUrl =
  /^(?:mailto:\?|(?:https?:)?\/\/(?:[\w-]+\.)*(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)|linkedin\.com\/(?:shareArticle|sharing|cws\/share)|reddit\.com\/submit|pinterest\.[a-z]{2,3}(?:\.[a-z]{2})?\/pin\/create|wa\.me\/\?|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|news\.ycombinator\.com\/submitlink|getpocket\.com\/(?:save|edit)|bsky\.app\/intent\/compose|threads\.net\/intent))/i

/** Most links a share bar has: a list of more is a menu or a link list. */
const maxShareLinks = 12

/** Removes share and follow bars ("Share on Facebook", "Tweet", "Email"). */
export const shareBar: Rule = {
  id: 'share-bar',
  description: 'Remove share and follow bars',
  element(node) {
    if (shareName.test(nameTokens(node))) {
      if (textSize(node) > maxShareText && linkDensity(node) < 0.5) return undefined
      return 'share or follow widget'
    }
    if (!barTags.has(node.tagName) || textSize(node) > maxShareText) return undefined
    if (linkDensity(node) < 0.5) return undefined
    return isShareLinkBar(node) ? 'share links' : undefined
  },
}

/** Whether two or more links, and most of them, share the page. */
function isShareLinkBar(node: Element): boolean {
  let links = 0
  let shares = 0
  const pending: ElementContent[] = [...node.children]
  for (let child = pending.pop(); child; child = pending.pop()) {
    if (child.type !== 'element') continue
    if (child.tagName === 'a') {
      links++
      if (links > maxShareLinks) return false
      const href = child.properties.href
      if (typeof href === 'string' && shareUrl.test(href.trim())) shares++
    } else pending.push(...child.children)
  }
  return shares >= 2 && shares * 2 > links
}
