import { linkDensity, nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of tag and topic lists. */
const tagName =
  /(?:^|[\s_-])(?:tags|tag-list|taglist|tagcloud|tag-cloud|post-tags|article-tags|entry-tags|topics|topic-list|keywords|categories|post-categories|filed-under)(?:$|[\s_-])/
/** A line that starts like a tag list ("Tags:", "Tagged", "Topics:", "Filed under"). */
const tagLine =
  /^(?:tags?|tagged(?: with)?|topics?|filed under|posted in|published in|categories|category|keywords|schlagwörter|schlagworte|themen|markiert mit|veröffentlicht in|kategorien?|mots-clés|étiquettes|etiquetas|temas|tagi|tematy)\b\s*:?/i

/** Longest text a tag list has. */
const maxTagText = 400

/** Removes tag, topic and category lists. */
export const tagList: Rule = {
  id: 'tag-list',
  description: 'Remove tag, topic and category lists',
  element(node) {
    if (textSize(node) > maxTagText) return undefined
    const text = textOf(node)
    if (text.length > maxTagText) return undefined
    if (tagName.test(nameTokens(node)) && linkDensity(node) >= 0.3) return 'tag list'
    if (
      (node.tagName === 'p' || node.tagName === 'div') &&
      tagLine.test(text) &&
      linkDensity(node) >= 0.4
    ) {
      return 'tag list'
    }
    return undefined
  },
}
