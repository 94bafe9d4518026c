import { nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of rating and feedback widgets. */
const ratingName =
  /(?:^|[\s_-])(?:rating|ratings|star-rating|stars|vote|votes|voting|feedback|helpful|reactions|emoji-reactions|thumbs)(?:$|[\s_-])/
/** What feedback widgets ask. */
const feedbackQuestion =
  /^(?:was this (?:article|page|story|information) (?:helpful|useful)\??|did you (?:find|like) this (?:article|story)\??|rate this (?:article|story|post)|how (?:useful|helpful) was this (?:article|page)\??)/i

/** Longest text a rating widget has. */
const maxWidgetText = 300

/** Removes rating, voting and "was this helpful?" widgets. */
export const ratingWidget: Rule = {
  id: 'rating-widget',
  description: 'Remove rating, voting and "was this helpful?" widgets',
  element(node) {
    if (textSize(node) > maxWidgetText) return undefined
    const text = textOf(node)
    if (text.length > maxWidgetText) return undefined
    if (ratingName.test(nameTokens(node))) return 'rating or feedback widget'
    return feedbackQuestion.test(text) ? 'asks the reader to rate the article' : undefined
  },
}
