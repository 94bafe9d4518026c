import type { Element } from 'hast'
import { endsLikeSentence } from '../../shared/text-shape.js'
import { headingLevel, linkDensity, nameTokens, textOf, textSize } from '../element.js'
import { phraseList, phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of newsletter, subscription and promotion boxes. */
const boxName =
  /(?:^|[\s_-])(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|cta|promo)(?:$|[\s_-])/

/** Longest text a call-to-action box has. */
const maxBoxText = 600

/** Sentences that ask the reader to do something for the site rather than tell the story. */
const readerPlea = new RegExp(phrases('readerPleas'), 'i')

/** Notices a site adds to every story, which need no "you" to be one. */
const siteNotice = new RegExp(phrases('siteNotices'), 'i')

/** Words that address the reader: a plea speaks to "you" and for "us". */
const addressesReader = new RegExp(`\\b(?:${phrases('readerWords')})\\b`, 'i')

/** A sentence that opens with an order to the reader ("Join …", "Share …", "Subscribe …"). */
const imperativeStart = new RegExp(`^(?:${phrases('imperatives')})\\b`, 'i')

/**
 * An order about the site or its channels, in any wording: a verb of the
 * orders sites give ("download", "become", "turn on") at the start of a
 * sentence or after a colon, and the site, its app, its newsletter or "us"
 * a few words on ("Download our app…", "Become a supporter…", "Never miss
 * a story: turn on notifications").
 */
const siteOrder = `\\b(?:${phrases('pleaVerbs')})\\b[^.!?:]{0,40}?\\b(?:${phrases('siteObjects')})\\b`
const sitePlea = new RegExp(
  `(?:^(?:(?:${phrases('pleaOpenings')})\\s*)?|[:–—]\\s*)(?:please\\s+)?${siteOrder}`,
  'i',
)

/**
 * Paragraphs worth splitting into sentences: those where some plea or
 * notice matches the whole paragraph (no sentence of the others can match).
 */
const mayPlead = new RegExp(
  [...phraseList('readerPleas'), ...phraseList('siteNotices'), siteOrder]
    .map((plea) => plea.replace(/^\^|\$$/g, ''))
    .join('|'),
  'i',
)

/** A paragraph that is nothing but a link prompt or a page control ("Read more »", "Skip to content"). */
const readMorePrompt = new RegExp(
  `^(?:[«‹←<]\\s*)?(?:${phrases('navigationPrompts')})[\\s.:»›→>…]*$`,
  'iu',
)

/** Longest prompt or teaser line. */
const maxPromptText = 300

/** Elements a prompt can be on its own. */
const promptTags: ReadonlySet<string> = new Set(['p', 'div', 'a', 'span', 'li', 'button'])

/** Prompt elements that can also stand inside a sentence. */
const inlinePromptTags: ReadonlySet<string> = new Set(['a', 'span'])
/** Blocks of running text: a link or span inside one may be a word of a sentence. */
const textBlockTags: ReadonlySet<string> = new Set(['p', 'li', 'td', 'dd', 'blockquote'])

/** A teaser line: "Read more: …", "Related: …", "See also: …" (counted only when mostly a link). */
const teaserLabel = new RegExp(`^(?:${phrases('teaserLabels')})\\s*:`, 'i')

/**
 * Removes calls to action: newsletter and subscription boxes, sentences
 * that ask the reader to comment, subscribe, follow or read more, and the
 * notices a site prints in every story (affiliate disclosures, app notices).
 */
export const callToAction: Rule = {
  id: 'call-to-action',
  description: 'Remove newsletter boxes and pleas to comment, subscribe, follow or read more',
  create() {
    /** Where words end in each block of running text, read once per block. */
    const blockWords = new Map<Element, BlockWords>()
    return {
      element(node, context) {
        if (boxName.test(nameTokens(node)) && textSize(node) <= maxBoxText) {
          return 'newsletter, subscription or promotion box'
        }
        // Reading scraped text makes a short line before prose a heading: a
        // prompt there ("Skip to content") is one. A page's headings are its own.
        const promptTag =
          promptTags.has(node.tagName) || (context.format === 'text' && headingLevel(node) > 0)
        if (!promptTag || textSize(node) > maxPromptText) return undefined
        const text = textOf(node)
        const prompt = readMorePrompt.test(text)
        // Scraped text keeps no links: there a teaser line is its label and a headline.
        const teaser =
          !prompt &&
          teaserLabel.test(text) &&
          (linkDensity(node) >= 0.5 || (context.format === 'text' && !endsLikeSentence(text)))
        if (!prompt && !teaser) return undefined
        // A link or span in a sentence ("… <a>sign up</a> for our newsletter")
        // is a word of it: only one that stands alone is a prompt.
        if (inlinePromptTags.has(node.tagName) && !standsAlone(node, context.ancestors, blockWords))
          return undefined
        return prompt
          ? 'link prompt or page control (read more, back, skip to content)'
          : 'read-more teaser link'
      },
      sentenceFilter: mayPlead,
      sentence(sentence) {
        if (siteNotice.test(sentence)) return 'site notice'
        if (sitePlea.test(sentence)) return 'asks the reader to act for the site'
        if (!addressesReader.test(sentence) && !imperativeStart.test(sentence)) return undefined
        return readerPlea.test(sentence) ? 'asks the reader to act for the site' : undefined
      },
    }
  },
}

/**
 * A block of running text read in document order: where each element's
 * subtree ends, and where the last word outside a link stands.
 */
interface BlockWords {
  /** For each element in the block, how many elements ended before its own end, itself included. */
  readonly ends: Map<Element, number>
  /** How many elements had ended when the last word outside a link was read. */
  readonly lastWord: number
}

/**
 * Whether an inline element stands apart from running text: in a
 * paragraph-like block, words after it make it a word of a sentence ("…
 * <a>sign up</a> for our newsletter"); a prompt closes its paragraph
 * ("… <a>Read more →</a>"), and a row of links is no sentence.
 */
function standsAlone(
  node: Element,
  ancestors: readonly Element[],
  blockWords: Map<Element, BlockWords>,
): boolean {
  const block = ancestors.findLast((ancestor) => textBlockTags.has(ancestor.tagName))
  if (block === undefined) return true
  let words = blockWords.get(block)
  if (words === undefined) {
    words = readBlockWords(block)
    blockWords.set(block, words)
  }
  const end = words.ends.get(node)
  return end === undefined || words.lastWord < end
}

/** Read a block once (see `BlockWords`): each prompt in it is then judged at no cost. */
function readBlockWords(block: Element): BlockWords {
  const ends = new Map<Element, number>()
  let steps = 0
  let lastWord = -1
  const read = (parent: Element, inLink: boolean): void => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        read(child, inLink || child.tagName === 'a')
        // Counted on the way out: words inside an element come before its end.
        ends.set(child, ++steps)
      } else if (!inLink && child.type === 'text' && /\p{L}/u.test(child.value)) {
        lastWord = steps
      }
    }
  }
  read(block, false)
  return { ends, lastWord }
}
