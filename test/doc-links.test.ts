import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import GithubSlugger from 'github-slugger'
import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { docFiles, parseDoc, root, textOf } from './docs.js'

const anchorCache = new Map<string, Set<string>>()

/** The anchors GitHub gives a document’s headings, in order (repeats get `-1`, `-2`, …). */
function anchorsOf(file: string): Set<string> {
  const cached = anchorCache.get(file)
  if (cached) return cached
  const slugger = new GithubSlugger()
  const anchors = new Set<string>()
  visit(parseDoc(file), 'heading', (heading) => {
    anchors.add(slugger.slug(textOf(heading)))
  })
  anchorCache.set(file, anchors)
  return anchors
}

/** Every address a document links to: links, images and link definitions, with their line. */
function addressesOf(file: string): { url: string; line: number | undefined }[] {
  const found: { url: string; line: number | undefined }[] = []
  visit(parseDoc(file), (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: node.url, line: node.position?.start.line })
    }
  })
  return found
}

/**
 * Where a relative address leads, from the repository’s root, and its
 * anchor; `undefined` for an absolute address (another site: not checked).
 */
function target(
  from: string,
  url: string,
): { path: string; anchor: string | undefined } | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined
  const hash = url.indexOf('#')
  const path = hash === -1 ? url : url.slice(0, hash)
  const anchor = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1))
  return {
    path: path === '' ? from : relative(root, join(root, dirname(from), decodeURI(path))),
    anchor,
  }
}

describe('links in the documentation', () => {
  it('reads addresses and anchors as GitHub does', () => {
    expect(target('docs/cli.md', '../README.md#options')).toEqual({
      path: 'README.md',
      anchor: 'options',
    })
    expect(target('docs/cli.md', '#exit-codes')).toEqual({
      path: 'docs/cli.md',
      anchor: 'exit-codes',
    })
    expect(target('README.md', 'https://example.com/#x')).toBeUndefined()
    expect(anchorsOf('README.md')).toContain('cleaninput-options')
    expect(anchorsOf('docs/api.md')).toContain('unifieduseunscrapeparsehtml-options')
  })

  for (const file of docFiles) {
    it(`${file}: every relative link leads to a file, and every #anchor to a heading`, () => {
      const broken: string[] = []
      for (const { url, line } of addressesOf(file)) {
        const to = target(file, url)
        if (!to) continue
        if (!existsSync(join(root, to.path))) broken.push(`${file}:${line} ${url}: no such file`)
        else if (to.anchor !== undefined) {
          if (!to.path.endsWith('.md') || !anchorsOf(to.path).has(to.anchor)) {
            broken.push(`${file}:${line} ${url}: no heading with that anchor`)
          }
        }
      }
      expect(broken).toEqual([])
    })
  }
})
