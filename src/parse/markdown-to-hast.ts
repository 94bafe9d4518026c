import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { Html, Nodes, Parents } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { type State, toHast } from 'mdast-util-to-hast'
import { gfm } from 'micromark-extension-gfm'
import { defaultTreeAdapter, html as htmlSpec, parseFragment } from 'parse5'
import { phrasingParents } from '../shared/content-model.js'
import { hastFromParse5Fragment } from './hast-from-parse5.js'
import { defaultMaxDepth, limitDepth } from './limit-depth.js'

/**
 * Raw HTML blocks are read as a page's body would read them: a `<th>` or
 * `<tr>` outside a table is dropped as in a page, where the default
 * (`<template>`) context would keep it as a stray cell or row.
 */
const bodyContext = defaultTreeAdapter.createElement('body', htmlSpec.NS.HTML, [])

/** An inline tag that means a line break. */
const breakTag = /^<br\s*\/?>$/i

/** What reading Markdown found that the caller should know. */
export interface MarkdownToHastResult {
  /** The hast tree, positioned as in the Markdown. */
  tree: Root
  /** How many elements of raw HTML blocks were flattened by the depth limit. */
  flattened: number
}

/**
 * Turn Markdown (CommonMark with GFM: tables, strikethrough, task lists,
 * autolinks, footnotes) into a hast tree of the same shape as HTML gives, so
 * every cleaning rule serves Markdown too.
 *
 * Raw HTML is read, never passed through: a block of HTML is parsed as HTML
 * (its elements meet the cleaning rules like any page's), an inline `<br>`
 * is a line break, and other inline tags and comments are dropped while the
 * text between them stays.
 */
export function markdownToHast(value: string): MarkdownToHastResult {
  const mdast = fromMarkdown(value, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
  let flattened = 0
  const html = (state: State, node: Html, parent: Parents | undefined) => {
    if (!parent || phrasingParents.has(parent.type)) {
      if (!breakTag.test(node.value.trim())) return undefined
      const result: Element = { type: 'element', tagName: 'br', properties: {}, children: [] }
      state.patch(node, result)
      return result
    }
    const fragment = parseFragment(bodyContext, node.value, { scriptingEnabled: false })
    const capped = limitDepth(fragment, defaultMaxDepth)
    flattened += capped.length
    return hastFromParse5Fragment(fragment, new Set(capped)) as ElementContent[]
  }
  const tree = toHast(mdast as Nodes, { handlers: { html } }) as Root | RootContent
  return { tree: tree.type === 'root' ? tree : { type: 'root', children: [tree] }, flattened }
}
