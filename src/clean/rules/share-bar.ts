import { linkDensity, nameTokens, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of share and follow widgets. */
const shareName =
  /(?:^|[\s_-])(?:share|shares|sharing|sharebar|social|sharethis|addthis|addtoany)(?:$|[\s_-])/

/** Longest text a share bar has; longer blocks are content that happens to carry the class. */
const maxShareText = 300

/** Removes share and follow bars ("Share on Facebook", "Tweet", "Email"). */
export const shareBar: Rule = {
  id: 'share-bar',
  description: 'Remove share and follow bars',
  element(node) {
    if (!shareName.test(nameTokens(node))) return undefined
    if (textSize(node) > maxShareText && linkDensity(node) < 0.5) return undefined
    return 'share or follow widget'
  },
}
