import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

const prose = (topic: string) =>
  `<p>The ${topic} was approved on Monday after three years of talks, officials said, and work will begin in the spring, with the first phase finished by the end of next year.</p>`

const before = ['harbour pact', 'ferry terminal'].map(prose).join('')
const after = ['dredging plan', 'berth fee freeze'].map(prose).join('')

/** A whole page whose story container holds `inside` between paragraphs of the story. */
const page = (inside: string) =>
  `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="story">${before}${inside}${after}</div><footer><p>The Coast Times</p></footer></body></html>`

describe('non-story-block', () => {
  it('removes teaser cards whose text is mostly links, in any wording', () => {
    for (const card of [
      '<div><h3><a href="/a">Storm closes the coast road</a></h3><p>Crews expect to reopen it by Friday.</p></div>',
      '<section><p><a href="/b">Ferry fares rise again</a></p><p>3 min read</p></section>',
      '<div class="box"><p><a href="/c">Read our full review of the new ferry</a></p></div>',
    ]) {
      const article = clean(page(card))
      expect(removedBy(article, 'non-story-block')).toHaveLength(1)
      expect(article.removed.find((removal) => removal.rule === 'non-story-block')?.reason).toMatch(
        /links/,
      )
      expect(article.text).toContain('berth fee freeze')
    }
  })

  it('removes a strip of images with no paragraphs, and a few words of links', () => {
    const gallery =
      '<div><img src="/1.jpg" alt="Quay"><img src="/2.jpg" alt="Boats"><img src="/3.jpg" alt="Nets"><p>Gallery</p></div>'
    const label = '<div><p>See also: <a href="/quay">Quay</a></p></div>'
    const article = clean(page(gallery + label))
    expect(article.removed.filter((removal) => removal.rule === 'non-story-block')).toEqual([
      expect.objectContaining({ reason: 'more images than paragraphs', text: 'Gallery' }),
      expect.objectContaining({ reason: 'a few words of links', text: 'See also: Quay' }),
    ])
    expect(article.text).toContain('berth fee freeze')
  })

  it.each([
    ['20', '20'],
    ['16px', undefined],
  ])('counts no icon set before list items as an image (width %s)', (width, height) => {
    const size = `width="${width}"${height ? ` height="${height}"` : ''}`
    const item = (point: string) =>
      `<li><span><img src="/icons/check.svg" alt="check" ${size}></span><span>${point}</span></li>`
    const list = `<div><ul>${item('Berths on the north quay go to the fishing fleet first.')}${item('The ferry terminal opens to passengers next spring.')}${item('Mooring fees stay frozen until the end of next year.')}</ul></div>`
    const article = clean(page(list))
    expect(removedBy(article, 'non-story-block')).toEqual([])
    expect(article.text).toContain('The ferry terminal opens to passengers next spring.')
    // Pictures the same shape are still a strip of images.
    const pictures = list.replaceAll(size, 'width="640" height="480"')
    expect(removedBy(clean(page(pictures)), 'non-story-block')).toHaveLength(1)
  })

  it('keeps a checklist whose points link to more about them', () => {
    const point = (href: string, words: string) => `<li><a href="/${href}">${words}</a>.</li>`
    const checklist = `<div><p>Here is a rough timeline for the move, from the first boxes to the last night in the old house:</p><p><strong>Two months before</strong></p><ul>${point('time', 'Give yourself plenty of time')}<li>Get boxes, tape and <a href="/supplies">blankets</a>.</li>${point('inventory', 'Write down what you own')}</ul><p><strong>One month before</strong></p><ul><li>Understand the difference <a href="/brokers">between brokers and carriers</a>.</li>${point('mover', 'Book the movers for a weekday')}</ul></div>`
    const article = clean(page(checklist))
    expect(removedBy(article, 'non-story-block')).toEqual([])
    expect(article.text).toContain('Book the movers for a weekday.')
  })

  it.each([
    ['headlines', ''],
    ['headlines cut short', ' …'],
  ])('still takes a block of linked %s out of the text', (_kind, cut) => {
    const item = (title: string) => `<li><a href="/${title.length}">${title}${cut}</a></li>`
    const titles = [
      'Storm closes the coast road',
      'Ferry fares rise again',
      'New lighthouse keeper',
    ]
    const box = `<div><p>Elsewhere on the coast</p><ul>${titles.map(item).join('')}</ul></div>`
    const article = clean(page(box))
    expect(article.text).not.toContain('Storm closes the coast road')
  })

  it('keeps prose with links, lists of links, tables, quotations and figures', () => {
    const kept = [
      // Links inside prose with many commas.
      `<div><p>The pact, signed by <a href="/a">the authority</a>, <a href="/b">the cooperative</a>, <a href="/c">the ferry operators</a>, the council, the pilots, the tug crews, the dockers, the chandlers, the fish market and the marina, ends the dispute.</p></div>`,
      // A list of sources is the story's own.
      '<ul><li><a href="/report">The port report</a></li><li><a href="/vote">The council vote</a></li></ul>',
      // A data table, however linky.
      '<div><table><tr><th>Berth</th><th>Fee</th></tr><tr><td><a href="/n">North</a></td><td>12</td></tr></table></div>',
      '<div><blockquote><p><a href="/q">“We will keep the harbour open.”</a></p></blockquote></div>',
      '<figure><img src="/quay.jpg" alt="Quay"><img src="/boats.jpg" alt="Boats"></figure>',
    ]
    for (const block of kept) {
      const article = clean(page(block))
      expect(removedBy(article, 'non-story-block')).toEqual([])
      expect(article.text).toContain('berth fee freeze')
    }
  })

  it('keeps a block around one paragraph whose few links are words of its sentences', () => {
    for (const block of [
      '<div><p>The <a href="/tax-credit">federal harbour tax credit for berth owners</a> expired for owners who bought a berth this year. However, if you are considering a <a href="/leases">berth lease or mooring agreement</a>, those still qualify through next year, and the right operator should pass those savings on to you.</p></div>',
      '<div class="block"><p>Owners can check a marina’s licence in the directories on the <a href="https://example.org/registry">National Harbour Licensing Registry</a> website or the <a href="https://example.org/transport">Department of Transport website</a> before they sign any contract with a marina, a broker or a boatyard.</p></div>',
      '<section><h3>Registry</h3><p>A service of the port authority, the registry lists every licensed berth and its owner. For guidance on using it, see <a href="/help">How to Find a Licensed Berth in the Harbour Registry</a>.</p></section>',
    ]) {
      const article = clean(page(block))
      expect(removedBy(article, 'non-story-block')).toEqual([])
      expect(article.text).toContain('berth')
    }
  })

  it('keeps a short paragraph whose links follow words of the same sentence', () => {
    for (const block of [
      '<div><p>Owners should read <a href="/guide">the berth guide</a> before they sign any lease.</p></div>',
      '<section><p>The fee freeze, set out in <a href="/fees">the fee table</a>, ends in May.</p></section>',
      '<div><p>This list was revised in spring. To learn more, read our <a href="/method">ranking method</a>.</p><div id="slot-3"></div></div>',
      '<div class="tip"><p>Some ports waive <a href="/dues">the harbour dues</a> for boats under ten metres.</p></div>',
    ]) {
      const article = clean(page(block))
      expect(removedBy(article, 'non-story-block')).toEqual([])
      expect(article.text).toMatch(/guide|fee table|ranking method|harbour dues/)
    }
  })

  it('still removes a short paragraph whose link follows a label, a question or a sentence end, or is most of it', () => {
    for (const block of [
      '<div><p>Short on time this week? <a href="/call">Call the desk</a> for help with berths.</p></div>',
      '<div><p>More on the harbour fees: <a href="/vote">the council vote</a>, as it happened.</p></div>',
      '<div><p>Fees rose again this year. <a href="/fees">See how they are set</a> by the port.</p></div>',
      '<div><p>Owners in the north basin can read <a href="/fees">the full harbour authority berth fee schedule</a> here.</p></div>',
    ]) {
      const article = clean(page(block))
      expect(removedBy(article, 'non-story-block')).toHaveLength(1)
      expect(article.text).toContain('berth fee freeze')
    }
  })

  it('still removes linked teasers, label-and-link lines and runs of offers in one paragraph', () => {
    for (const block of [
      // The paragraph opens with its link: a teaser and its blurb.
      '<div><p><a href="/ferry-fares">Ferry fares rise again for the third time</a> as the operator blames fuel, harbour dues and the new wage deal agreed with its crews.</p></div>',
      // A label and a headline: too few words of its own.
      '<div><p>Read next: <a href="/dredging">Why the dredging plan was delayed until the spring of next year.</a></p></div>',
      // A run of links to offers, however sentence-like.
      '<div><p>The new issue of the magazine is out now for all readers at <a href="/kiosk">every kiosk</a>, by <a href="/subscribe">subscription</a>, as an <a href="/epaper">e-paper</a> and on <a href="/app">our app</a>, with twelve pages on the harbour.</p></div>',
    ]) {
      const article = clean(page(block))
      expect(removedBy(article, 'non-story-block')).toHaveLength(1)
      expect(article.text).toContain('berth fee freeze')
    }
  })

  it('never judges the story’s own container, however many links it has', () => {
    const sources = ['port report', 'council vote', 'ferry timetable', 'fee schedule']
      .map(
        (source) =>
          `<p>Read <a href="/${source.replace(' ', '-')}">the ${source} in full</a> on the council’s site.</p>`,
      )
      .join('')
    const article = clean(
      `<html><body><section>${sources}</section><aside><p>Weather: fair</p></aside></body></html>`,
    )
    expect(removedBy(article, 'non-story-block')).toEqual([])
    expect(article.text).toContain('the fee schedule in full')
  })

  it('leaves plain text and Markdown alone', () => {
    const markdown = clean(
      `# Harbour pact\n\nThe harbour pact was approved on Monday after three years of talks.\n\n[More from the coast](/more) [Weather](/weather)\n`,
      { format: 'markdown' },
    )
    expect(removedBy(markdown, 'non-story-block')).toEqual([])
    const text = clean(
      'Harbour Pact\nThe harbour pact was approved on Monday after three years of talks.\n',
    )
    expect(removedBy(text, 'non-story-block')).toEqual([])
  })
})
