import type { Rule } from '../rule.js'
import { ads } from './ads.js'
import { authorBio } from './author-bio.js'
import { breadcrumb } from './breadcrumb.js'
import { browserNotice } from './browser-notice.js'
import { byline } from './byline.js'
import { callToAction } from './call-to-action.js'
import { caption } from './caption.js'
import { comments } from './comments.js'
import { cookieConsent } from './cookie-consent.js'
import { copyright } from './copyright.js'
import { duplicate } from './duplicate.js'
import { furnitureScore } from './furniture-score.js'
import { headlineGallery } from './headline-gallery.js'
import { hidden } from './hidden.js'
import { linkList } from './link-list.js'
import { machineText } from './machine-text.js'
import { mainContent } from './main-content.js'
import { masthead } from './masthead.js'
import { nonContent } from './non-content.js'
import { nonStoryBlock } from './non-story-block.js'
import { pageChrome } from './page-chrome.js'
import { paywall } from './paywall.js'
import { permalink } from './permalink.js'
import { ratingWidget } from './rating-widget.js'
import { relatedContent } from './related-content.js'
import { shareBar } from './share-bar.js'
import { tableOfContents } from './table-of-contents.js'
import { tagList } from './tag-list.js'
import { trailingBoilerplate } from './trailing-boilerplate.js'

/**
 * Where the built-in rules are documented, one section per rule id,
 * relative to the package's root: the `url` of each removal's message.
 */
const rulesDocs = 'docs/rules.md'

/** The rules, each with the address of its section of the rule docs. */
/**
 * Every cleaning rule, in the order they are asked. Order matters where two
 * rules could claim the same block: the table of contents is recognised
 * before link lists (it is a list of short links too, but one that also
 * tells the outline), and page chrome before the finer rules.
 * Related boxes go before bylines (a teaser card's date is not a dateline
 * of the article). `main-content` acts after the walk, on what the others
 * left, `trailing-boilerplate` on the end of what `main-content` kept,
 * `non-story-block` inside it, `duplicate` on what is left of the page,
 * and `furniture-score` last, on the blocks no named rule took.
 */
export const rules: readonly Rule[] = withDocs([
  nonContent,
  hidden,
  pageChrome,
  cookieConsent,
  browserNotice,
  paywall,
  ads,
  comments,
  breadcrumb,
  masthead,
  permalink,
  tableOfContents,
  shareBar,
  callToAction,
  caption,
  relatedContent,
  authorBio,
  byline,
  tagList,
  ratingWidget,
  copyright,
  machineText,
  linkList,
  headlineGallery,
  mainContent,
  trailingBoilerplate,
  nonStoryBlock,
  duplicate,
  furnitureScore,
])

function withDocs(list: readonly Rule[]): readonly Rule[] {
  return list.map((rule) => Object.freeze({ ...rule, url: `${rulesDocs}#${rule.id}` }))
}
