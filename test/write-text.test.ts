import fc from 'fast-check'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownSettings } from '../src/write/settings.js'
import { writeText } from '../src/write/write-text.js'

const { handlers, ...defaultSettings } = markdownSettings
const withWriteText = unified().use(remarkGfm).use(remarkStringify, markdownSettings)
const withDefaultText = unified().use(remarkGfm).use(remarkStringify, defaultSettings)

/** Pieces of text that Markdown and GFM may read as syntax, alone or together. */
const pieces = [
  'a',
  'b c',
  ' ',
  '\n',
  '\t',
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '#',
  '>',
  '-',
  '+',
  '!',
  '|',
  '~',
  ':',
  '<',
  '&',
  '\\',
  '1.',
  '2)',
  '=',
  'www.',
  '@',
  'http://',
  '&amp;',
  '&#x20;',
  '\u0001',
  '\u007f',
  '\f',
]
const value = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((list) => list.join(''))
const text = value.map((text): PhrasingContent => ({ type: 'text', value: text }))
const phrasing = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: text },
    text.map((child): PhrasingContent => ({ type: 'emphasis', children: [child] })),
    text.map((child): PhrasingContent => ({ type: 'strong', children: [child] })),
    text.map((child): PhrasingContent => ({ type: 'delete', children: [child] })),
    text.map((child): PhrasingContent => ({ type: 'link', url: '/x', children: [child] })),
    // A link whose text is its address is written as an autolink.
    value.map(
      (text): PhrasingContent => ({
        type: 'link',
        url: `http://${text}`,
        children: [{ type: 'text', value: `http://${text}` }],
      }),
    ),
    value.map((code): PhrasingContent => ({ type: 'inlineCode', value: code || 'x' })),
    fc.constant<PhrasingContent>({ type: 'break' }),
  ),
  { minLength: 1, maxLength: 5 },
)
const block = fc.oneof(
  phrasing.map((children): RootContent => ({ type: 'paragraph', children })),
  phrasing.map((children): RootContent => ({ type: 'heading', depth: 2, children })),
  phrasing.map(
    (children): RootContent => ({
      type: 'blockquote',
      children: [{ type: 'paragraph', children }],
    }),
  ),
  phrasing.map(
    (children): RootContent => ({
      type: 'list',
      ordered: false,
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }],
    }),
  ),
  fc.tuple(phrasing, phrasing).map(
    ([head, cell]): RootContent => ({
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: head }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: cell }] },
      ],
    }),
  ),
)

describe('writeText', () => {
  it('is the text handler of the Markdown settings', () => {
    expect(handlers?.text).toBe(writeText)
  })

  it('escapes text as the default text handler does', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        const tree: Root = { type: 'root', children }
        expect(withWriteText.stringify(tree)).toBe(withDefaultText.stringify(tree))
      }),
      { numRuns: 2000 },
    )
  })

  it('escapes what would be read as syntax', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '# not a *heading* [x](y)' }] },
      ],
    }
    expect(withWriteText.stringify(tree)).toBe('\\# not a \\*heading\\* \\[x]\\(y)\n')
  })

  it('tells the text before of a first character escaped only by what follows it', () => {
    // `<` before `!` would open HTML, so it is escaped; the `!` of `![` is
    // not, as the `[` after it is, so the text before sees a `!`, not a `\`.
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'a <' },
            { type: 'text', value: '![b]' },
          ],
        },
      ],
    }
    expect(withWriteText.stringify(tree)).toBe(withDefaultText.stringify(tree))
    expect(withWriteText.stringify(tree)).toBe('a \\<!\\[b]\n')
  })
})
