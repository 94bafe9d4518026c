import type { Element } from 'hast'
import { looksLikeProse, wordCount } from '../../shared/text-shape.js'
import {
  childElements,
  headingLevel,
  isLinkedHeading,
  linkDensity,
  linkedHeadingCount,
  nameTokens,
  textOf,
  textSize,
} from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Finding, Rule } from '../rule.js'
import { isPhraseLine, isRelatedToStory } from '../story-phrases.js'

/** Class or id tokens of related, recommended and "more" boxes. */
const relatedName =
  /(?:^|[\s_-])(?:related|relatedposts|related-posts|related-articles|related-stories|recommended|recommendations|read-next|readnext|more-stories|more-articles|morestories|popular|most-popular|mostpopular|most-read|mostread|trending|you-may-like|also-read|further-reading|teaser-list|latest-news|yarpp)(?:$|[\s_-])/

/** Labels of related blocks, in the languages we know. */
const relatedLabel = new RegExp(`^(?:${phrases('relatedLabels')})\\s*:?$`, 'i')

/** Longest label. */
const maxLabelWords = 10
const maxLabelLength = 120
/** A block is teaser-like when its paragraphs are short: at most this many words on average. */
const maxTeaserWords = 40

/**
 * Removes related, recommended and "more" boxes: a block named so, or a
 * labelled run ("Related stories", "Weitere Artikel", "À lire aussi") with
 * the links or teasers after it, up to the next heading; and a list of
 * three or more teaser cards (headlines that link to other pages, with
 * short blurbs), whatever its name. A section whose label is followed by
 * prose (paragraphs of sentences, few links) is a real section of the
 * story and stays.
 */
export const relatedContent: Rule = {
  id: 'related-content',
  description: 'Remove related, recommended and "read more" boxes and teaser lists',
  element(node) {
    if (relatedName.test(nameTokens(node))) {
      return isTeaserBlock(node) ? 'related or recommended box' : undefined
    }
    return isCardList(node) ? 'list of teaser cards (headlines linking to other pages)' : undefined
  },
  siblings(nodes, context) {
    const findings: Finding[] = []
    nodes.forEach((node, index) => {
      if (!isLabel(node)) return
      const level = headingLevel(node)
      const run: Element[] = []
      let end = index + 1
      for (; end < nodes.length; end++) {
        const sibling = nodes[end] as Element
        const siblingLevel = headingLevel(sibling)
        if (siblingLevel > 0 && (level === 0 || siblingLevel <= level)) break
        // Where no box holds the links (scraped text, a flat page), the
        // story's prose after them ends the run; teasers right after the
        // label are the run itself.
        if (run.length > 0 && isProseBlock(sibling)) break
        run.push(sibling)
      }
      if (run.length === 0 || !run.every(isTeaserBlock)) return
      // Scraped text reads the line before prose as a heading: a run of
      // phrases ends with one that is its last item, unless it shares the
      // story's words (then it heads the next part of the story).
      const stop = nodes[end]
      const story = context.format === 'text' ? context.storyWords() : undefined
      if (
        stop &&
        story &&
        story.size > 0 &&
        run.every((line) => isPhraseLine(line)) &&
        isPhraseLine(stop) &&
        !isRelatedToStory(textOf(stop), story)
      ) {
        run.push(stop)
      }
      findings.push({ nodes: [node, ...run], reason: 'labelled block of related links or teasers' })
    })
    return findings
  },
}

/** A paragraph of the story's prose: sentences, few links. */
function isProseBlock(node: Element): boolean {
  return node.tagName === 'p' && looksLikeProse(textOf(node)) && linkDensity(node) < 0.5
}

/** Whether a block is a short label that announces related content. */
function isLabel(node: Element): boolean {
  if (headingLevel(node) === 0 && !['p', 'div', 'span', 'strong', 'b'].includes(node.tagName))
    return false
  // Cheap tests first: this runs on most short blocks of a page.
  if (textSize(node) > maxLabelLength) return false
  const text = textOf(node)
  if (text.length > maxLabelLength || !relatedLabel.test(text)) return false
  return wordCount(text) <= maxLabelWords
}

/** Containers a list of cards can be. */
const cardListTags: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'aside', 'nav'])
/** Longest text of a list of cards. */
const maxCardListText = 6000
/**
 * Fewest cards of a list of cards. Two headings that link elsewhere are
 * as often two parts of a story (two products, two steps, each titled
 * with a link to its page) as a box of teasers; a box of teasers holds
 * three or more.
 */
const minCards = 3

/**
 * Whether a container is a list of teaser cards: `minCards` or more
 * headings that link to other pages, no heading of its own that is not a
 * link, and short paragraphs (teasers, not sections).
 */
function isCardList(node: Element): boolean {
  if (!cardListTags.has(node.tagName) || linkDensity(node) < 0.15) return false
  if (textSize(node) > maxCardListText || linkedHeadingCount(node) < minCards) return false
  let linked = 0
  let plain = 0
  let paragraphWords = 0
  let paragraphs = 0
  // A plain walk: it runs on every candidate container, nested ones too,
  // where `unist-util-visit`'s ancestor bookkeeping costs more than the reading.
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (headingLevel(child) > 0) {
        if (isLinkedHeading(child)) linked++
        else plain++
      } else if (child.tagName === 'p') {
        paragraphs++
        paragraphWords += wordCount(textOf(child))
      } else walk(child)
    }
  }
  walk(node)
  if (linked < minCards || plain > 0) return false
  return paragraphs === 0 || paragraphWords / paragraphs <= maxTeaserWords
}

/** Whether a block is links or short teasers rather than prose. */
function isTeaserBlock(node: Element): boolean {
  const text = textOf(node)
  if (text === '') return true
  if (linkDensity(node) >= 0.5) return true
  const paragraphs = childElements(node).filter((child) => child.tagName === 'p')
  if (paragraphs.length === 0) return wordCount(text) <= maxTeaserWords
  const average = wordCount(text) / paragraphs.length
  return average <= maxTeaserWords && linkDensity(node) >= 0.2
}
