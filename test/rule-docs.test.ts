import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderRules, ruleSources, withRuleReference } from '../scripts/rule-docs.js'
import { rules } from '../src/index.js'

const page = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')

describe('docs/rules.md', () => {
  it('holds the rule reference that `npm run docs:rules` writes from the rule files', () => {
    expect(page, 'run `npm run build && npm run docs:rules`').toBe(withRuleReference(page, rules))
  })

  it('lists every rule, in order, with its description', () => {
    const rows = [...page.matchAll(/^\| \[`([a-z-]+)`\]\(#[a-z-]+\) \| (.+?) \|$/gm)].map(
      ([, id, description]) => ({ id, description }),
    )
    expect(rows).toEqual(rules.map((rule) => ({ id: rule.id, description: rule.description })))
  })

  it('finds each rule’s file, doc comment and numbers', () => {
    const sources = ruleSources()
    for (const rule of rules) {
      const source = sources.get(rule.id)
      expect(source?.path, rule.id).toMatch(/^src\/.+\.ts$/)
      expect(source?.comment, rule.id).not.toBe('')
    }
    expect(sources.get('link-list')?.numbers).toContainEqual({
      name: 'maxItemWords',
      value: '12',
      comment: 'Most words in an item of a link list.',
    })
  })

  it('fails on a rule no source file defines', () => {
    expect(() => renderRules([{ id: 'no-such-rule', description: 'Remove nothing' }])).toThrow(
      /no-such-rule/,
    )
  })
})
