import { holdsStoryBeside, nameTokens, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of consent and cookie banners. */
const bannerName =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|onetrust|cookiebanner|cookie-banner|privacy-banner|cc-banner|truste)(?:$|[\s_-])/

/** What consent banners say (English, German, French, Spanish, Italian, Dutch, Polish). */
const consentText = new RegExp(`\\b(?:${phrases('consentPhrases')})\\b`, 'i')

/** Longest text a banner has. */
const maxBannerText = 1500
/** Longest unnamed block taken for a cookie notice by what it says. */
const maxNoticeText = 400

/**
 * Removes cookie and consent banners: elements named so, and blocks of up to
 * 400 characters that say what notices say. A block that holds a story
 * paragraph beside the notice's words is not the notice: the smaller block
 * that says them goes, and the paragraph stays.
 */
export const cookieConsent: Rule = {
  id: 'cookie-consent',
  description: 'Remove cookie and consent banners',
  element(node) {
    const names = nameTokens(node)
    if (!bannerName.test(names) && !consentText.test(names)) {
      if (node.tagName !== 'div' && node.tagName !== 'section' && node.tagName !== 'p')
        return undefined
      if (textSize(node) > maxNoticeText) return undefined
      const text = textOf(node)
      if (text.length > maxNoticeText || !consentText.test(text)) return undefined
      // Story paragraphs beside the notice: the notice's own block goes, further down.
      return holdsStoryBeside(node, (part) => consentText.test(part)) ? undefined : 'cookie notice'
    }
    return textSize(node) <= maxBannerText ? 'cookie or consent banner' : undefined
  },
}
