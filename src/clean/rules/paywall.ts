import { nameTokens, textOf, textSize } from '../element.js'
import { phrases } from '../phrases/index.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of paywall and registration prompts. */
const paywallName =
  /(?:^|[\s_-])(?:paywall|regwall|meter|metered|piano|tp-modal|subscriber-only|subscription-wall|premium-wall|article-gate|gate)(?:$|[\s_-])/

/** What paywall prompts say (English). */
const paywallText = new RegExp(`\\b(?:${phrases('paywallPhrases')})`, 'i')

/** Longest text a paywall prompt has. */
const maxPromptText = 800

/** Removes paywall and registration prompts. */
export const paywall: Rule = {
  id: 'paywall',
  description: 'Remove paywall and registration prompts',
  element(node) {
    if (textSize(node) > maxPromptText) return undefined
    const text = textOf(node)
    if (text.length > maxPromptText) return undefined
    if (paywallName.test(nameTokens(node))) return 'paywall or registration prompt'
    return paywallText.test(text) ? 'asks the reader to subscribe or log in to read on' : undefined
  },
}
