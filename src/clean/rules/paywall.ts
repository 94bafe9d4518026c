import { nameTokens, textOf, textSize } from '../element.js'
import type { Rule } from '../rule.js'

/** Class or id tokens of paywall and registration prompts. */
const paywallName =
  /(?:^|[\s_-])(?:paywall|regwall|meter|metered|piano|tp-modal|subscriber-only|subscription-wall|premium-wall|article-gate|gate)(?:$|[\s_-])/

/** What paywall prompts say (English). */
const paywallText =
  /\b(?:subscribe to (?:continue|keep) reading|(?:already a subscriber|already have an account)\??|to continue reading|to (?:view|read) the full (?:story|article)|you(?:'ve| have) reached your (?:free )?(?:article )?limit|create a free account to (?:continue|read)|first-time subscribers|you can log in for (?:immediate )?access|immediate online access to all issues|instant access to the full article|pour (?:accéder|lire) (?:en illimité|la suite)|articles? gratuits?|jetzt (?:registrieren|abonnieren|weiterlesen)|(?:zum )?weiterlesen (?:mit|als)|exklusive (?:inhalte|vorteile)|suscríbete para (?:seguir leyendo|continuar))/i

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
