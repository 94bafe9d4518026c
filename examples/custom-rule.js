// Cleaning rules of one's own: unscrape's rules are objects of the exported
// `Rule` type, and `clean()` asks more of them, given in `extraRules`, after
// its own. See docs/custom-rules.md.
//
//   node examples/custom-rule.js
import { toText } from 'hast-util-to-text'
import { clean } from 'unscrape'

/**
 * A rule without state: it looks at one element at a time and returns a
 * reason to remove it, or nothing to keep it.
 *
 * @type {import('unscrape').Rule}
 */
const weatherLine = {
  id: 'weather-line',
  description: 'Remove the weather line some local sites print in stories',
  url: 'https://example.com/unscrape-rules#weather-line',
  element(node) {
    if (node.tagName !== 'p' && node.tagName !== 'div') return undefined
    const text = toText(node).trim()
    return /^[\p{L} ]+ weather: -?\d+ ?°[CF]\b/u.test(text) ? 'weather line' : undefined
  },
}

/**
 * A rule with state: what it learns on a page lives in the hooks `create`
 * makes for that page, so nothing carries over to the next one. This one
 * remembers the standfirst (the summary under the headline) and removes a
 * paragraph that prints it again after a label ("In short: …").
 *
 * @type {import('unscrape').Rule}
 */
const repeatedStandfirst = {
  id: 'repeated-standfirst',
  description: 'Remove a paragraph that repeats the standfirst',
  create() {
    let standfirst = ''
    return {
      element(node) {
        if (node.tagName !== 'p') return undefined
        const text = toText(node).trim()
        const classes = Array.isArray(node.properties.className) ? node.properties.className : []
        if (classes.includes('standfirst')) {
          standfirst = text
          return undefined
        }
        return standfirst !== '' && text !== standfirst && text.endsWith(standfirst)
          ? 'standfirst printed again'
          : undefined
      },
    }
  },
}

const page = `<article>
  <h1>Harbour bridge reopens</h1>
  <p class="standfirst">The bridge carries traffic again after two years of repairs.</p>
  <div class="wx">Harbour weather: 18 °C, light rain</div>
  <p>The harbour bridge reopened on Monday morning, ahead of schedule and under budget, and the first buses crossed it at six.</p>
  <p><strong>In short:</strong> The bridge carries traffic again after two years of repairs.</p>
  <p>Commuters who took the ferry during the works can use their passes on the buses until the end of the month.</p>
</article>`

const article = clean(page, { extraRules: [weatherLine, repeatedStandfirst] })
console.log(article.markdown)
for (const removal of article.removed) console.log(`- ${removal.rule}: ${removal.reason}`)
