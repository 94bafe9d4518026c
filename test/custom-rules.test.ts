import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean, type Rule, rules, UnscrapeError } from '../src/index.js'

const docs = readFileSync(new URL('../docs/custom-rules.md', import.meta.url), 'utf8')
const examplePath = new URL('../examples/custom-rule.js', import.meta.url).pathname

/** The fenced blocks of a Markdown text, by their language. */
function fenced(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(
    (match) => match[1] ?? '',
  )
}

const page = `<article><h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened on Monday morning, ahead of schedule and under budget.</p>
<p class="tides">High water at the harbour today is at five past two.</p>
<p>Commuters who took the ferry can use their passes on the buses until the end of the month.</p>
</article>`

/** Removes `.tides` paragraphs. */
const tides: Rule = {
  id: 'tides',
  description: 'Remove the tide times',
  url: 'https://example.com/rules#tides',
  element(node) {
    const classes = node.properties.className
    return Array.isArray(classes) && classes.includes('tides') ? 'tide times' : undefined
  },
}

describe('rule docs', () => {
  const rulesDocs = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')

  it('has a section for every built-in rule, in order, which its messages link to', () => {
    const headings = [...rulesDocs.matchAll(/^### `(\S+)`$/gm)].map((match) => match[1])
    expect(headings).toEqual(rules.map((rule) => rule.id))
    for (const rule of rules) {
      expect(rule.url).toBe(`docs/rules.md#${rule.id}`)
      expect(rulesDocs).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.description} |`)
    }
  })
})

describe('rules of one’s own', () => {
  it('runs the documented example, and the docs show its code and output', () => {
    const output = execFileSync(process.execPath, [examplePath], { encoding: 'utf8' })
    expect(fenced(docs, 'js')).toContain(readFileSync(examplePath, 'utf8'))
    expect(fenced(docs, 'txt')).toContain(output)
    expect(output).toMatch(/^- weather-line: weather line$/m)
    expect(output).toMatch(/^- repeated-standfirst: standfirst printed again$/m)
    expect(output).not.toContain('18 °C')
  })

  it('removes what an extra rule finds, with its id, and keeps it without the rule', () => {
    const article = clean(page, { extraRules: [tides] })
    expect(article.text).not.toContain('High water')
    expect(article.removed).toContainEqual({
      rule: 'tides',
      reason: 'tide times',
      text: 'High water at the harbour today is at five past two.',
      place: null,
    })
    expect(clean(page).text).toContain('High water')
    expect(clean(page, { extraRules: [tides], rules: { tides: false } }).text).toContain(
      'High water',
    )
  })

  it('gives a rule made by `create` fresh state for every file', () => {
    const seen: number[] = []
    const counting: Rule = {
      id: 'counting',
      description: 'Counts the paragraphs of a page',
      create() {
        let paragraphs = 0
        return {
          element(node) {
            if (node.tagName === 'p') paragraphs++
            return undefined
          },
          finish() {
            seen.push(paragraphs)
          },
        }
      },
    }
    clean(page, { extraRules: [counting] })
    clean(page, { extraRules: [counting] })
    expect(seen.length).toBe(2)
    expect(seen[0]).toBeGreaterThan(0)
    expect(seen[1]).toBe(seen[0])
  })

  it('rejects an extra rule that is not a rule or takes an id in use', () => {
    expect(() => clean(page, { extraRules: [{ ...tides, id: 'link-list' }] })).toThrow(
      UnscrapeError,
    )
    expect(() => clean(page, { extraRules: [tides, tides] })).toThrow(/taken/)
    expect(() => clean(page, { extraRules: [{} as Rule] })).toThrow(UnscrapeError)
    expect(() => clean(page, { extraRules: tides as unknown as Rule[] })).toThrow(UnscrapeError)
  })

  it('reports each removal as a message with the rule id and its docs link', async () => {
    const { unified } = await import('unified')
    const { unscrapeParseHtml, createPreset } = await import('../src/index.js')
    const file = await unified()
      .use(unscrapeParseHtml)
      .use(createPreset({ extraRules: [tides] }))
      .process(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>${page}`)
    const tidesMessage = file.messages.find((message) => message.ruleId === 'tides')
    expect(tidesMessage?.url).toBe('https://example.com/rules#tides')
    const builtIn = file.messages.filter((message) => message.ruleId === 'page-chrome')
    expect(builtIn.length).toBeGreaterThan(0)
    for (const message of builtIn) expect(message.url).toBe('docs/rules.md#page-chrome')
  })
})
