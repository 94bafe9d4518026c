import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { blockFeatureNames, blockFeatures } from '../../src/clean/block-features.js'
import { withMeasures } from '../../src/clean/element.js'
import { type FurnitureModel, furnitureModel } from '../../src/clean/rules/furniture-model.js'
import { createFurnitureScore } from '../../src/clean/rules/furniture-score.js'
import { clean, type InputFormat, type RuleContext } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

const sentences = [
  'The harbour pact was approved on Monday after three years of talks, officials said.',
  'Work will begin in the spring, with the first phase finished by the end of next year.',
  'The ferry terminal will close for two weeks in May while cranes are moved.',
  'Fishermen, who opposed the plan at first, now back the dredging of the channel.',
  'The council will vote on the berth fees in June, after a public hearing.',
  'Pilots said the new quay would cut waiting times for large ships by half.',
]
const storyParagraphs = sentences.map((sentence) => `<p>${sentence} ${sentence}</p>`).join('')

/** A page whose story container ends with `inside`. */
const pageEndingWith = (inside: string) =>
  `<html><body><article><h1>Harbour pact approved</h1><div class="entry">${storyParagraphs}${inside}</div></article></body></html>`

const body = (html: string): Element => {
  const tree: Root = fromHtml(html)
  const html_ = tree.children.find((node): node is Element => node.type === 'element')
  const found = html_?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'body',
  )
  if (!found) throw new Error('no body')
  return found
}

const featuresOf = (html: string) => withMeasures(() => blockFeatures(body(html)))
const feature = (name: (typeof blockFeatureNames)[number]) => blockFeatureNames.indexOf(name)

/**
 * A model of one split: blocks whose link density is above one half score
 * `furniture` log-odds, the others `story`.
 */
const linkModel = (furniture = 4, story = -4): FurnitureModel => ({
  rate: 1,
  trees: [[feature('link density'), 0.5, story, furniture, 0]],
})

/** What `furniture-score` running `model` decides on a page, read as `format`. */
const pruneWith = (model: FurnitureModel, html: string, format: InputFormat = 'html') => {
  const rule = createFurnitureScore(model)
  const context = { format } as RuleContext
  const result = withMeasures(() => rule.prune?.(body(html), context))
  if (!result) throw new Error('no prune hook')
  return {
    removed: result.prunes.map(({ node, reason }) => ({
      text: toText(node as Element).trim(),
      reason,
    })),
    warning: result.warning,
  }
}

describe('furniture-score', () => {
  it('removes a line of link text left at the end of the story’s container, in any wording', () => {
    for (const line of [
      'Our team has tested boats since 2015.',
      'Prices may change after publication.',
      'Gift cards for every sailor, from our shop.',
      'Follow the harbour desk for daily updates.',
    ]) {
      const article = clean(pageEndingWith(`<div><a href="/more">${line}</a></div>`))
      expect(removedBy(article, 'furniture-score')).toEqual([line])
      const reason = article.removed.find((removal) => removal.rule === 'furniture-score')?.reason
      expect(reason).toMatch(/^scored as page furniture \(\d+%\); mostly by .*link density/)
      for (const sentence of sentences) expect(article.text).toContain(sentence)
    }
  })

  it('keeps stories laid out as paragraphs, <div>s, line breaks, sections and lists', () => {
    const layouts = [
      `<article><h1>Harbour pact approved</h1>${storyParagraphs}</article>`,
      `<article><h1>Harbour pact approved</h1>${sentences.map((s) => `<div>${s} ${s}</div>`).join('')}</article>`,
      `<div class="post"><h1>Harbour pact approved</h1><div>${sentences.join('<br><br>')}</div></div>`,
      `<main><h1>Harbour pact approved</h1><section><h2>The deal</h2><p>${sentences[0]} ${sentences[1]}</p><p>${sentences[2]}</p></section><section><h2>What comes next</h2><p>${sentences[3]} ${sentences[4]}</p><p>${sentences[5]}</p></section></main>`,
      `<article><h1>Harbour pact approved</h1><p>${sentences[0]}</p><ul>${sentences
        .slice(1, 5)
        .map((s) => `<li>${s}</li>`)
        .join('')}</ul><p>${sentences[5]}</p></article>`,
    ]
    for (const layout of layouts) {
      const article = clean(`<html><body>${layout}</body></html>`)
      expect(removedBy(article, 'furniture-score')).toEqual([])
      for (const sentence of sentences) expect(article.text).toContain(sentence)
    }
  })

  it('judges HTML pages only: plain text and Markdown keep their lines', () => {
    const html = pageEndingWith(
      '<div><a href="/more">Prices may change after publication.</a></div>',
    )
    expect(pruneWith(linkModel(), html).removed).toHaveLength(1)
    for (const format of ['text', 'markdown'] as const) {
      expect(pruneWith(linkModel(), html, format).removed).toEqual([])
    }
    const lines = `Harbour pact approved\n\n${sentences.join('\n\n')}\n\n[Prices may change after publication.](/more)\n`
    for (const format of ['text', 'markdown'] as const) {
      const article = clean(lines, { format })
      expect(removedBy(article, 'furniture-score')).toEqual([])
    }
  })

  it('records each removal with the probability and the features that weighed most', () => {
    const decided = pruneWith(
      linkModel(),
      pageEndingWith('<div><a href="/shop">Gift cards for every sailor</a></div>'),
    )
    expect(decided).toEqual({
      removed: [
        {
          text: 'Gift cards for every sailor',
          reason: 'scored as page furniture (98%); mostly by link density',
        },
      ],
      warning: undefined,
    })
  })

  it('never judges table cells, code, quotations or the title', () => {
    const linked = (text: string) => `<a href="/x">${text}</a>`
    const decided = pruneWith(
      linkModel(),
      `<html><body><article><h1>${linked('Harbour pact approved')}</h1>${storyParagraphs}` +
        `<table><tr><th>Berth</th><th>Fee</th></tr><tr><td>${linked('North quay')}</td><td>12</td></tr></table>` +
        `<blockquote><p>${linked('We will keep the harbour open, the mayor said.')}</p></blockquote>` +
        `<pre><code>${linked('fees.csv')}</code></pre></article></body></html>`,
    )
    expect(decided.removed).toEqual([])
  })

  it('keeps a heading over a block that stays, and takes one over nothing it keeps', () => {
    // A model that takes every heading, and every block of links, for furniture.
    const headingModel: FurnitureModel = {
      rate: 1,
      trees: [
        [feature('is a heading'), 0.5, -4, 4, 0],
        [feature('link density'), 0.5, 0, 8, 0],
      ],
    }
    for (const heading of ['Step two', 'What it costs', 'Why the quay matters']) {
      const removed = (inside: string) =>
        pruneWith(headingModel, pageEndingWith(inside)).removed.map(({ text }) => text)
      const over = (after: string) => removed(`<h2>${heading}</h2>${after}`)
      // Titles a sentence of story, or a short line that stays: stays.
      expect(over(`<p>${sentences[2]}</p>`)).toEqual([])
      expect(over('<p>Tickets from 5 euros</p>')).toEqual([])
      // The same with heading and block each in a wrapper of its own.
      expect(removed(`<div><h2>${heading}</h2></div><div><p>${sentences[2]}</p></div>`)).toEqual([])
      // Over nothing, or over a block that goes: goes.
      expect(over('')).toEqual([heading])
      expect(over('<p><a href="/fees">Fees</a></p>')).toEqual([heading, 'Fees'])
    }
  })

  it('needs more certainty to remove a block of prose than a short line', () => {
    const logOdds = (probability: number) => Math.log(probability / (1 - probability))
    const prose = [
      'The harbour board met again on Tuesday evening and agreed, after a long debate about costs and the timetable, that the ferry operators would share the price of the new cranes with the fishing cooperative.',
      'Several skippers told the meeting that the dredging had already changed the currents near the north quay, and the board asked its engineers to report back on the matter before the summer season begins.',
    ]
    const lists = ['Harbour desk updates', 'More from the quay']
    for (const [index, text] of prose.entries()) {
      const line = lists[index] ?? ''
      const html = pageEndingWith(
        `<div><a href="/a">${text}</a></div><div><a href="/b">${line}</a></div>`,
      )
      // Doubtful (0.6): the short line goes, the prose stays.
      expect(pruneWith(linkModel(logOdds(0.6)), html).removed.map(({ text }) => text)).toEqual([
        line,
      ])
      // Sure (0.8): both go.
      expect(pruneWith(linkModel(logOdds(0.8)), html).removed.map(({ text }) => text)).toEqual([
        text,
        line,
      ])
      // The same words with no sentence end are no prose: they go at 0.6.
      const unended = pageEndingWith(`<div><a href="/a">${text.slice(0, -1)}</a></div>`)
      expect(pruneWith(linkModel(logOdds(0.6)), unended).removed).toHaveLength(1)
    }
  })

  it('never removes a block that holds a quarter of the text', () => {
    const long = `<div><a href="/long">${sentences.join(' ')} ${sentences.join(' ')}</a></div>`
    expect(pruneWith(linkModel(), pageEndingWith(long)).removed).toEqual([])
  })

  it('removes nothing, and warns, when it would take half of the text', () => {
    const linkedStory = sentences.map((s) => `<p><a href="/p">${s}</a></p>`).join('')
    const html = `<html><body><article><h1>Harbour pact approved</h1>${linkedStory}<p>${sentences[0]}</p></article></body></html>`
    const decided = pruneWith(linkModel(), html)
    expect(decided.removed).toEqual([])
    expect(decided.warning).toMatch(
      /^Kept 6 blocks scored as furniture: together they hold \d+ of \d+/,
    )
  })
})

describe('blockFeatures', () => {
  it('finds the innermost blocks of text, in reading order, with one value per feature', () => {
    const blocks = featuresOf(
      '<html><body><div><div><p>First paragraph of the story.</p><ul><li>One</li><li><div>Two</div></li></ul></div><div>Loose text</div></div></body></html>',
    )
    expect(blocks.map((block) => block.text)).toEqual([
      'First paragraph of the story.',
      'One',
      'Two',
      'Loose text',
    ])
    for (const block of blocks) expect(block.values).toHaveLength(blockFeatureNames.length)
  })

  it('measures link density, position and where most of the text stands', () => {
    const blocks = featuresOf(
      `<html><body><div class="entry">${storyParagraphs}</div><div class="sidebar"><p><a href="/a">Other story</a></p></div></body></html>`,
    )
    const last = blocks.at(-1)
    const first = blocks[0]
    if (!last || !first) throw new Error('no blocks')
    expect(last.values[feature('link density')]).toBe(1)
    expect(first.values[feature('link density')]).toBe(0)
    expect(first.values[feature('text before it (share of the page)')]).toBe(0)
    expect(last.values[feature('text before it (share of the page)')]).toBeGreaterThan(0.9)
    expect(first.values[feature('shares the container of most text')]).toBe(1)
    expect(last.values[feature('shares the container of most text')]).toBe(0)
    expect(last.values[feature('inside a container named like furniture')]).toBe(1)
    expect(first.values[feature('inside a container named like the story')]).toBe(1)
  })

  it('marks table cells, quotations and code as not judged', () => {
    const blocks = featuresOf(
      '<html><body><p>Story text here.</p><table><tr><td>Cell</td></tr></table><blockquote><p>Quoted words</p></blockquote><pre>code</pre></body></html>',
    )
    expect(blocks.map((block) => [block.text, block.judged])).toEqual([
      ['Story text here.', true],
      ['Cell', false],
      ['Quoted words', false],
      ['code', false],
    ])
  })
})

describe('the trained model', () => {
  it('splits only on features that exist, at finite thresholds', () => {
    const splits: Array<[number, number]> = []
    const walk = (tree: (typeof furnitureModel.trees)[number]): void => {
      if (typeof tree === 'number') {
        expect(Number.isFinite(tree)).toBe(true)
        return
      }
      splits.push([tree[0], tree[1]])
      walk(tree[2])
      walk(tree[3])
    }
    for (const tree of furnitureModel.trees) walk(tree)
    expect(splits.length).toBeGreaterThan(0)
    for (const [index, threshold] of splits) {
      expect(index).toBeGreaterThanOrEqual(0)
      expect(index).toBeLessThan(blockFeatureNames.length)
      expect(Number.isFinite(threshold)).toBe(true)
    }
  })
})
