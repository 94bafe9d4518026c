import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** The examples are documentation: they must run against the built package. */
const example = (name: string, ...args: string[]) =>
  execFileSync(
    process.execPath,
    [new URL(`../examples/${name}`, import.meta.url).pathname, ...args],
    {
      encoding: 'utf8',
    },
  )

describe('examples', () => {
  it('clean-file prints Markdown and the removal report', () => {
    const output = example(
      'clean-file.js',
      new URL('../fixtures/khamenei-red-line/input.txt', import.meta.url).pathname,
    )
    expect(output.startsWith("# Khamenei's Red Line")).toBe(true)
    expect(output).toMatch(/^- link-list: /m)
  })

  it('unified-chain prints messages with rule ids, and the outline', () => {
    const output = example('unified-chain.js')
    expect(output).toMatch(/^\d+:\d+ page-chrome /m)
    expect(output).toContain('How the bug actually worked')
  })
})
