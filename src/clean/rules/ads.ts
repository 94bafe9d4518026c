import { nameTokens, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Short class or id tokens of ad slots: whole tokens only ("ad", not "head" or "ad-hoc"). */
const adToken = /(?:^|[\s_])(?:ad|ads|adv|advert|adverts)(?:$|[\s_])/
/** Longer names of ad slots and sponsored blocks: anywhere in a token ("taboola-below-article"). */
const adName =
  /(?:advertisement|advertising|adslot|ad-slot|ad-container|ad-wrapper|adunit|ad-unit|dfp-|gpt-ad|googletag|adsense|banner-ad|sponsored|taboola|outbrain|native-ad|promoted-content)/

/** Labels ad slots carry in many languages, and the "story continues below" markers around them. */
/** The label alone on its line, with the colon or dash some sites put after it ("Advertisement:"). */
const adLabel = new RegExp(`^(?:${phrases('adLabels')})\\s*[:：\\-–—]?$`, 'i')

/** Longest text an ad block has: more is content that happens to carry the name. */
const maxAdText = 500

/** Removes ad slots and sponsored blocks. */
export const ads: Rule = {
  id: 'ads',
  description: 'Remove ad slots, ad labels and sponsored blocks',
  element(node) {
    if (textSize(node) > maxAdText) return undefined
    const text = textOf(node)
    if (adLabel.test(text)) return 'ad label'
    const names = nameTokens(node)
    if ((adToken.test(names) || adName.test(names)) && text.length <= maxAdText) {
      return 'ad slot or sponsored block'
    }
    return undefined
  },
}
