import type { Element } from 'hast'
import { headingLevel, nameTokens, textOf } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Finding, Rule } from '../rule.js'

/** Class or id tokens of comment sections (English, German, French, Spanish, Italian, Polish, Dutch). */
const commentsName =
  /(?:^|[\s_-])(?:comments|comment-list|commentlist|comment-section|comments-section|comments-area|disqus_thread|disqus|respond|replies|kommentare|leserkommentare|commentaires|comentarios|commenti|komentarze|reacties)(?:$|[\s_-])/

/** Headings of comment sections: "38 comments", "Comments", "Leave a reply". */
const commentsHeading = wholeHeading(phrases('commentHeadings'))

/** Headings that may title a real section too: "Reactions", "Responses", "Replies". */
const replyHeading = wholeHeading(phrases('replyHeadings'))

/** A heading that is one of the phrases, maybe with a count ("38 comments", "Comments (38):"). */
function wholeHeading(alternatives: string): RegExp {
  return new RegExp(`^(?:\\d+\\s+)?(?:${alternatives})(?:\\s*\\(\\d+\\))?\\s*:?$`, 'i')
}

/**
 * Removes comment sections, and the heading left over when their content is
 * gone. "Reactions" or "Responses" goes only when nothing follows it but a
 * form or another comment heading: news stories have sections of reactions.
 */
export const comments: Rule = {
  id: 'comments',
  description: 'Remove comment sections and comment headings',
  // A thread of comments can hold more prose than the story it follows.
  mayRemoveProse: true,
  element(node) {
    if (commentsName.test(nameTokens(node)) && node.tagName !== 'body') return 'comment section'
    if (headingLevel(node) > 0 && commentsHeading.test(textOf(node)))
      return 'comment section heading'
    return undefined
  },
  siblings(nodes) {
    const findings: Finding[] = []
    nodes.forEach((node, index) => {
      if (!isReplyHeading(node) || !endsComments(nodes[index + 1])) return
      findings.push({ nodes: [node], reason: 'comment section heading' })
    })
    return findings
  },
}

/** Whether an element is a heading such as "Reactions" or "Responses". */
function isReplyHeading(node: Element): boolean {
  return headingLevel(node) > 0 && replyHeading.test(textOf(node))
}

/** Whether what follows a heading is the end of a comment section: nothing, a form, or another comment heading. */
function endsComments(next: Element | undefined): boolean {
  return (
    !next ||
    next.tagName === 'form' ||
    isReplyHeading(next) ||
    (headingLevel(next) > 0 && commentsHeading.test(textOf(next)))
  )
}
