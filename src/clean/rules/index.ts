import type { Rule } from '../rule.js'
import { callToAction } from './call-to-action.js'
import { caption } from './caption.js'
import { headlineGallery } from './headline-gallery.js'
import { hidden } from './hidden.js'
import { linkList } from './link-list.js'
import { nonContent } from './non-content.js'
import { pageChrome } from './page-chrome.js'
import { shareBar } from './share-bar.js'
import { tableOfContents } from './table-of-contents.js'

/**
 * Every cleaning rule, in the order they are asked. Order matters where two
 * rules could claim the same block: the table of contents is recognised
 * before link lists (it is a list of short links too, but one that also
 * tells the outline), and page chrome before the finer rules.
 */
export const rules: readonly Rule[] = [
  nonContent,
  hidden,
  pageChrome,
  tableOfContents,
  shareBar,
  callToAction,
  caption,
  linkList,
  headlineGallery,
]
