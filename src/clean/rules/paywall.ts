import { holdsStoryBeside, nameTokens, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of paywall and registration prompts. */
const paywallName =
  /(?:^|[\s_-])(?:paywall|regwall|meter|metered|piano|tp-modal|subscriber-only|subscription-wall|premium-wall|article-gate|gate)(?:$|[\s_-])/

/** What paywall prompts say (English). */
const paywallText = new RegExp(`\\b(?:${phrases('paywallPhrases')})`, 'i')

/** Longest text a paywall prompt has. */
const maxPromptText = 800

/**
 * Removes paywall and registration prompts: boxes named so, and blocks of up
 * to 800 characters that say what prompts say. A block that holds story
 * paragraphs beside the prompt's words is not the prompt: the smaller block
 * that says them goes, and the paragraphs stay.
 */
export const paywall: Rule = {
  id: 'paywall',
  description: 'Remove paywall and registration prompts',
  element(node) {
    if (textSize(node) > maxPromptText) return undefined
    const text = textOf(node)
    if (text.length > maxPromptText) return undefined
    if (paywallName.test(nameTokens(node))) return 'paywall or registration prompt'
    if (!paywallText.test(text)) return undefined
    // Story paragraphs beside the prompt: the prompt's own block goes, further down.
    if (holdsStoryBeside(node, (part) => paywallText.test(part))) return undefined
    return 'asks the reader to subscribe or log in to read on'
  },
}
