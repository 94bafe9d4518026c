import { headingLevel, nameTokens, textOf } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of comment sections (English, German, French, Spanish, Italian, Polish, Dutch). */
const commentsName =
  /(?:^|[\s_-])(?:comments|comment-list|commentlist|comment-section|comments-section|comments-area|disqus_thread|disqus|respond|replies|kommentare|leserkommentare|commentaires|comentarios|commenti|komentarze|reacties)(?:$|[\s_-])/

/** Headings of comment sections: "38 comments", "Comments", "Leave a reply". */
const commentsHeading = new RegExp(
  `^(?:\\d+\\s+)?(?:${phrases('commentHeadings')})(?:\\s*\\(\\d+\\))?\\s*:?$`,
  'i',
)

/** Removes comment sections, and the heading left over when their content is gone. */
export const comments: Rule = {
  id: 'comments',
  description: 'Remove comment sections and comment headings',
  element(node) {
    if (commentsName.test(nameTokens(node)) && node.tagName !== 'body') return 'comment section'
    if (headingLevel(node) > 0 && commentsHeading.test(textOf(node)))
      return 'comment section heading'
    return undefined
  },
}
