import type { Element, Root } from 'hast'
import { phrasing } from 'hast-util-phrasing'
import { silentTags } from '../../shared/tag-names.js'
import { commaCount, endsLikeSentence, nonSpaceLength } from '../../shared/text-shape.js'
import { headingLevel, isProtected, nameTokens, textOf, textSize } from '../element.js'
import { negativeName, positiveName } from '../names.js'
import type { Prune, Rule } from '../rule.js'

/** Blocks judged: the containers page furniture comes in. */
const candidateTags: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'table'])
/** Most commas of a block still judged: more make it prose, kept. */
const maxCommas = 10
/** Link share above which a block with no story name is furniture. */
const maxLinkShare = 0.2
/** Link share above which even a block named as story is furniture. */
const maxNamedLinkShare = 0.5
/** Shortest text of a block that holds links and is not furniture (non-space characters). */
const minLinkedText = 20
/** Share of its text in lists that makes a block a list. */
const listShare = 0.9
/** Share of its text in headings that makes a block a heading, whatever its links. */
const headingShare = 0.9
/**
 * Weight of link text that is hardly navigation: a jump within the page, or
 * a link inside a sentence of prose.
 */
const proseLinkWeight = 0.3
/** Least text of a paragraph outside its links for its links to be words of its sentences. */
const minProseText = 80
/** Most link share of a paragraph whose links are words of its sentences. */
const maxProseParagraphLinkShare = 0.34
/** Most links a paragraph has whose links are words of its sentences: more is a list of offers. */
const maxProseLinks = 2
/**
 * Least text outside its links of a paragraph whose every link stands
 * inside a sentence, for its links to be words of its sentences.
 */
const minInSentenceText = 30
/** Most link share of a paragraph whose every link stands inside a sentence. */
const maxInSentenceLinkShare = 0.4
/**
 * What text ending just before a link leaves it inside a sentence: a word,
 * a comma or a closing bracket or quote — not a label's colon, a
 * separator, or the end of a sentence.
 */
const midSentence = /[\p{L}\p{N},;)\]"'”’»]$/u

/** What is counted of a block, from what stays inside it. */
interface Counts {
  /** Non-space characters of its text. */
  text: number
  /** Non-space characters of its link text, in-page links weighed 0.3. */
  linked: number
  /** Links. */
  links: number
  /** Commas in its text. */
  commas: number
  /** Paragraphs (`<p>`, and `<div>`s that hold only phrasing content). */
  paragraphs: number
  /** Images. */
  images: number
  /** Non-space characters inside headings. */
  headingText: number
  /** Non-space characters inside lists. */
  listText: number
  /** Whether it holds what no rule may cut into: a data table, code, a quotation. */
  protected: boolean
  /** Whether it lies inside a figure (whose images need no paragraphs). */
  inFigure: boolean
}

/**
 * Inside the content left after the main container was chosen, removes the
 * blocks that have the marks of page furniture rather than story: mostly
 * links (teaser cards, "more from" boxes, calls to action), more images
 * than paragraphs (galleries of other stories), or a few words that are
 * links. Blocks with ten commas or more are prose and stay, as do
 * lists (a list of links in a story is the story's own), data tables, code
 * and quotations.
 *
 * These are the checks of Mozilla Readability's conditional cleaning
 * (`_cleanConditionally`), with its thresholds, judged bottom-up so that a
 * block is weighed by what stays inside it. (Its check for form fields has
 * no work here: `page-chrome` removes forms and controls first.) Unlike
 * Readability, a link inside a sentence of a paragraph weighs as little as a
 * jump within the page: a block around one paragraph of prose with a link or
 * two is story, not furniture. A block that holds half the
 * text left or more is the story's container, not a block in it, and is
 * not judged. Only whole HTML pages are judged: plain text and Markdown
 * have no furniture of this kind.
 */
export const nonStoryBlock: Rule = {
  id: 'non-story-block',
  description:
    'Inside the story’s container, remove blocks with the marks of page furniture (mostly links or images)',
  prune(scope) {
    if (scope.type === 'root') return { prunes: [] }
    const prunes: Prune[] = []
    judge(scope, false, textSize(scope) / 2, prunes)
    return { prunes }
  },
}

/**
 * Count a node's subtree, judging each candidate block in it after its
 * children; what is removed is not counted in the blocks around it.
 */
function judge(node: Root | Element, inFigure: boolean, story: number, prunes: Prune[]): Counts {
  const counts = emptyCounts(inFigure)
  for (const child of node.children) {
    if (child.type === 'text') {
      counts.text += nonSpaceLength(child.value)
      counts.commas += commaCount(child.value)
      continue
    }
    if (child.type !== 'element' || silentTags.has(child.tagName)) continue
    const childInFigure = inFigure || child.tagName === 'figure'
    if (isProtected(child)) {
      add(counts, judge(child, childInFigure, story, []), child)
      counts.protected = true
      continue
    }
    const inner = judge(child, childInFigure, story, prunes)
    const reason =
      candidateTags.has(child.tagName) && inner.text < story
        ? furnitureReason(child, inner)
        : undefined
    if (reason && node.type === 'element') prunes.push({ node: child, parent: node, reason })
    else add(counts, inner, child)
  }
  return counts
}

/** Counts of nothing. */
function emptyCounts(inFigure: boolean): Counts {
  return {
    text: 0,
    linked: 0,
    links: 0,
    commas: 0,
    paragraphs: 0,
    images: 0,
    headingText: 0,
    listText: 0,
    protected: false,
    inFigure,
  }
}

/** Add a child's counts, and what the child itself is, to its parent's. */
function add(counts: Counts, inner: Counts, child: Element): void {
  const tag = child.tagName
  counts.text += inner.text
  counts.commas += inner.commas
  counts.paragraphs += inner.paragraphs + (tag === 'p' || isParagraphDiv(child) ? 1 : 0)
  counts.images += inner.images + (tag === 'img' && !isIcon(child) ? 1 : 0)
  counts.headingText += headingLevel(child) > 0 ? inner.text : inner.headingText
  counts.listText += tag === 'ul' || tag === 'ol' ? inner.text : inner.listText
  counts.protected ||= inner.protected
  counts.links += inner.links + (tag === 'a' ? 1 : 0)
  if (tag === 'a') {
    // A link within the page (a footnote, a jump to a section) is hardly navigation.
    const href = child.properties.href
    counts.linked +=
      typeof href === 'string' && href.startsWith('#') ? inner.text * proseLinkWeight : inner.text
  } else if (inner.linked > 0 && isParagraph(child) && hasLinksInProse(child, inner)) {
    counts.linked += inner.linked * proseLinkWeight
  } else if (inner.linked > 0 && tag === 'li' && isPoint(textOf(child))) {
    counts.linked += inner.linked * proseLinkWeight
  } else {
    counts.linked += inner.linked
  }
}

/** Largest side, in pixels, an image declares when it is an icon. */
const maxIconSide = 32

/**
 * Whether an image declares itself an icon (a side of `maxIconSide` pixels
 * or less): a check mark or arrow set before each item of a list is a
 * bullet, not a picture.
 */
function isIcon(image: Element): boolean {
  return [image.properties.width, image.properties.height].some((side) => {
    const pixels = Number.parseFloat(String(side))
    return side !== undefined && side !== null && side !== '' && pixels <= maxIconSide
  })
}

/**
 * Whether a list item's text is a point of the story: it ends like a
 * sentence ("Get moving supplies."), linked to more about it or not. The
 * headline of a teaser has no full stop, and one cut short ends in an
 * ellipsis.
 */
function isPoint(text: string): boolean {
  return endsLikeSentence(text) && !/…["'”’»)\]]*$/u.test(text.trimEnd())
}

/** Whether an element is a paragraph: a `<p>`, or a `div` or `section` of phrasing content. */
function isParagraph(node: Element): boolean {
  return node.tagName === 'p' || isParagraphDiv(node)
}

/**
 * Whether a paragraph's links are words of its sentences: it opens with words
 * of its own, not with a link, has a few links, and ends like a sentence;
 * its links hold a small share of it beside a sentence or two of its own,
 * or, in a shorter paragraph, each link follows words of its sentence. A
 * teaser ("<a>Headline</a> summary") opens with its link; a label and link
 * ("Read more: <a>Headline</a>") has too few words of its own, and its link
 * follows a colon.
 */
function hasLinksInProse(node: Element, counts: Counts): boolean {
  if (counts.links > maxProseLinks || opensWithLink(node) || !endsLikeSentence(textOf(node))) {
    return false
  }
  const own = counts.text - counts.linked
  if (counts.linked <= counts.text * maxProseParagraphLinkShare && own >= minProseText) return true
  return (
    counts.linked <= counts.text * maxInSentenceLinkShare &&
    own >= minInSentenceText &&
    linksStandInSentences(node)
  )
}

/**
 * Whether every link of a paragraph follows words of the same sentence
 * ("hold both <a>programmatic accreditation</a>."), not a label ("Read
 * next: <a>…</a>") or the end of a sentence.
 */
function linksStandInSentences(node: Element): boolean {
  let before = ''
  let inSentence = true
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (!inSentence) return
      if (child.type === 'text') {
        if (child.value.trim() !== '') before = child.value.trimEnd()
      } else if (child.type === 'element' && !silentTags.has(child.tagName)) {
        if (child.tagName === 'a' && textSize(child) > 0) {
          if (!midSentence.test(before)) inSentence = false
          before = textOf(child).trimEnd()
        } else {
          walk(child)
        }
      }
    }
  }
  walk(node)
  return inSentence
}

/** Whether the first text of an element stands inside a link. */
function opensWithLink(node: Element): boolean {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') return false
      continue
    }
    if (child.type !== 'element' || silentTags.has(child.tagName)) continue
    if (child.tagName === 'a') return textSize(child) > 0
    if (textSize(child) > 0) return opensWithLink(child)
  }
  return false
}

/** Why a block is page furniture, or `undefined` when it may be story. */
function furnitureReason(node: Element, counts: Counts): string | undefined {
  if (counts.protected || counts.commas >= maxCommas || isParagraphDiv(node)) return undefined
  const names = nameTokens(node)
  const named = positiveName.test(names) && !negativeName.test(names)
  const share = (part: number) => (counts.text === 0 ? 0 : part / counts.text)
  const isList = node.tagName === 'ul' || share(counts.listText) > listShare
  const linkShare = share(counts.linked)

  if (!counts.inFigure && counts.images > 1 && counts.paragraphs / counts.images < 0.5) {
    return 'more images than paragraphs'
  }
  if (
    !isList &&
    !counts.inFigure &&
    share(counts.headingText) < headingShare &&
    counts.text < minLinkedText &&
    (counts.images === 0 || counts.images > 2) &&
    linkShare > 0
  ) {
    return 'a few words of links'
  }
  if (!isList && !named && linkShare > maxLinkShare) return 'mostly links'
  if (named && linkShare > maxNamedLinkShare) return 'mostly links'
  return undefined
}

/**
 * Whether a `div` or `section` is a paragraph: it holds text, and only
 * phrasing content (a `div` of images alone is not one).
 */
function isParagraphDiv(node: Element): boolean {
  if (node.tagName !== 'div' && node.tagName !== 'section') return false
  for (const child of node.children) {
    if (child.type !== 'comment' && !phrasing(child)) return false
  }
  return textSize(node) > 0
}
