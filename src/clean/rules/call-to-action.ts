import { linkDensity, nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of newsletter, subscription and promotion boxes. */
const boxName =
  /(?:^|[\s_-])(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|cta|promo)(?:$|[\s_-])/

/** Longest text a call-to-action box has. */
const maxBoxText = 600

/**
 * Sentences that ask the reader to do something for the site rather than
 * tell the story (English).
 */
const pleas: readonly RegExp[] = [
  /\b(?:share|leave|post|add|drop)\b.{0,60}\b(?:thoughts?|comments?|opinions?|views?|feedback)\b/i,
  /\b(?:in|to) the comments?(?: section)?(?: below)?\b/i,
  /\b(?:subscribe|sign up|signup|register)\b.{0,60}\b(?:newsletters?|updates|alerts|inbox|free|today|now)\b/i,
  /\bshare this (?:article|story|post|page)\b/i,
  /^follow us\b/i,
  /\b(?:explore|check out|browse|discover|see|read)\b.{0,40}\b(?:other|more|related|similar)\b.{0,30}\b(?:articles|stories|posts|content|analysis)\b/i,
  /\bfollow us\b/i,
  /\bclick here\b/i,
  /\b(?:don't|do not) forget to (?:like|share|subscribe)\b/i,
  /^(?:what|how) do you (?:think|feel)\b[^"“”]*\?$/i,
  /^(?:join|start) the (?:conversation|discussion|debate)\b/i,
  /\bfollow\b.{0,40}\bon (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|whatsapp|threads|bluesky)\b/i,
]

/**
 * Notices a site adds to every story, which need no "you" to be one: app
 * downloads, letters to the editor, disclaimers, channel invitations
 * (English, German, Spanish).
 */
const siteNotices: readonly RegExp[] = [
  /\bdownload (?:the|our)\b.{0,60}\bapps?\b.{0,20}\b(?:ios|android|app store|google play)\b/i,
  /\bsubmit (?:your|a) letter to the editor\b/i,
  /\bis not responsible for the (?:opinions|content|views)\b/i,
  /\b(?:advertising|affiliate) (?:disclaimer|disclosure)\b/i,
  /\bwe may (?:receive|earn) (?:compensation|a commission)\b/i,
  /\bearns? (?:a )?commissions?\b.{0,60}\b(?:links?|purchases?)\b/i,
  /\bearn from qualifying purchases\b/i,
  /\bbeitrag gibt die meinung des autors wieder\b/i,
  /\b(?:únete|síguenos|suscríbete)\b.{0,60}\b(?:canal|telegram|whatsapp|youtube|redes)\b/i,
  /\b(?:nuestro|nuestra) canal de (?:youtube|telegram|whatsapp)\b/i,
]

/** Words that address the reader: a plea speaks to "you" and for "us". */
const addressesReader = /\b(?:you|your|yours|we|us|our)\b/i

/** A sentence that opens with an order to the reader ("Join …", "Share …", "Subscribe …"). */
const imperativeStart =
  /^(?:join|share|leave|tell|let|subscribe|sign up|follow|click|explore|check out|comment|don't|do not)\b/i

/**
 * Paragraphs worth splitting into sentences: those where some plea matches
 * the whole paragraph (no sentence of the others can match one).
 */
const mayPlead = new RegExp(
  [...pleas, ...siteNotices].map((plea) => plea.source.replace(/^\^|\$$/g, '')).join('|'),
  'i',
)

/** A paragraph that is nothing but a link prompt ("Read more »"). */
const readMorePrompt =
  /^(?:[«‹←<]\s*)?(?:read more|read on|continue reading|read the full (?:story|article)|see more|load more|more stories|back|next|previous|back to (?:top|overview|the overview|the list)|zurück(?: zu[rm]? [\p{L} ]{1,30})?|weiter(?:lesen)?|nach oben|nächster artikel|vorheriger artikel|mehr lesen|retour|suivant|précédent|lire la suite|volver|siguiente|anterior|leer más|czytaj dalej|dalej|wstecz|next post|previous post|print recipe|share|try (?:it )?for free|apply now|log ?in|sign ?in|get in touch|contact us|(?:back|return) to (?:the )?(?:blog|articles|news|home|homepage)|view all (?:posts|articles|stories) by [\p{L} .'’-]{1,40}|(?:buy now|see price|check price)\b[\p{L}\d ,.'’()!-]{0,60}|bild anzeigen|quellen (?:anzeigen|ausblenden)|wird geladen|loading)[\s.:»›→>…]*$/iu

/** Longest prompt or teaser line. */
const maxPromptText = 300

/** Elements a prompt can be on its own. */
const promptTags: ReadonlySet<string> = new Set(['p', 'div', 'a', 'span', 'li', 'button'])

/** A teaser line: "Read more: …", "Related: …", "See also: …" (counted only when mostly a link). */
const teaserLabel =
  /^(?:read more|read also|also read|related|see also|more|lea (?:también|más)|lea|mire|vea también|ver también|lesen sie auch|auch lesen|lire aussi|à lire aussi|czytaj (?:też|także|więcej)|leggi anche)\s*:/i

/**
 * Removes calls to action: newsletter and subscription boxes, and sentences
 * that ask the reader to comment, subscribe, follow or read more.
 */
export const callToAction: Rule = {
  id: 'call-to-action',
  description: 'Remove newsletter boxes and pleas to comment, subscribe, follow or read more',
  element(node) {
    if (boxName.test(nameTokens(node)) && textSize(node) <= maxBoxText) {
      return 'newsletter, subscription or promotion box'
    }
    if (!promptTags.has(node.tagName) || textSize(node) > maxPromptText) return undefined
    const text = textOf(node)
    if (readMorePrompt.test(text)) return 'read-more prompt'
    if (teaserLabel.test(text) && linkDensity(node) >= 0.5) return 'read-more teaser link'
    return undefined
  },
  sentenceFilter: mayPlead,
  sentence(sentence) {
    if (siteNotices.some((notice) => notice.test(sentence))) return 'site notice'
    if (!addressesReader.test(sentence) && !imperativeStart.test(sentence)) return undefined
    return pleas.some((plea) => plea.test(sentence))
      ? 'asks the reader to act for the site'
      : undefined
  },
}
