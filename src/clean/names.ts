/**
 * Class and id tokens that say what a container is, matched against
 * `nameTokens` (lowercased tokens joined by spaces). The lists follow Mozilla
 * Readability's `positive` and `negative` patterns, matched as whole tokens
 * or token parts between `-` and `_` rather than as any substring (so
 * `contact` does not match `contactless`), with the names of today's
 * teaser and navigation widgets added.
 */

/** Names of the story's own containers. */
export const positiveName =
  /(?:^|[\s_-])(?:article|articlebody|body|content|entry|hentry|main|page|post|story|text|blog|prose|rich-text)(?:$|[\s_-])/

/** Names of everything around the story. */
export const negativeName =
  /(?:^|[\s_-])(?:comment|comments|com|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|recommend|trending|popular|nav|menu|breadcrumb)(?:$|[\s_-])/
