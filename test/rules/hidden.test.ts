import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('hidden', () => {
  it('removes elements hidden by attribute, aria-hidden or inline style', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p hidden>Hidden by attribute.</p><div aria-hidden="true">Hidden from screen readers.</div><p style="color: red; display:none">Hidden by style.</p>`,
      ),
    )
    expect(removedBy(article, 'hidden')).toEqual([
      'Hidden by attribute.',
      'Hidden from screen readers.',
      'Hidden by style.',
    ])
    expect(article.text).not.toContain('Hidden')
  })

  it('removes a tooltip, which shows only while the pointer rests on what it explains', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The fee is <span class="term">pro rata</span><span role="tooltip">In proportion to the days of use.</span> for short stays.</p>`,
      ),
    )
    expect(removedBy(article, 'hidden')).toEqual(['In proportion to the days of use.'])
    expect(article.text).toContain('The fee is pro rata for short stays.')
  })

  it('keeps elements with other roles', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<div role="note"><p>The ferry runs on Sundays from May.</p></div>`),
    )
    expect(removedBy(article, 'hidden')).toEqual([])
    expect(article.text).toContain('The ferry runs on Sundays from May.')
  })

  it('keeps visible elements, including ones whose style only mentions display', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p style="display: block">Shown as a block.</p><p aria-hidden="false">Shown too.</p>`,
      ),
    )
    expect(removedBy(article, 'hidden')).toEqual([])
    expect(article.text).toContain('Shown as a block.')
    expect(article.text).toContain('Shown too.')
  })

  const panel = (attributes: string, paragraphs: string[]) =>
    `<div ${attributes}>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div>`
  const folded = [
    'Installers usually visit the site in the first week to check the roof, the wiring and the shade that nearby trees cast over the panels.',
    'Permits follow in weeks two to four, and the town inspector signs off on the work before the utility connects the system to the grid.',
  ]

  it('keeps a hidden panel of prose paragraphs: a folded part of the story', () => {
    for (const attributes of ['hidden', 'style="display:none"', 'aria-hidden="true"']) {
      const article = cleanHtml(page(`${storyParagraph}${panel(attributes, folded)}`))
      expect(removedBy(article, 'hidden')).toEqual([])
      expect(article.text).toContain('town inspector signs off')
    }
  })

  it('still removes hidden menus, dialogs and single short notes', () => {
    const menu = `<ul hidden>${[
      'Home',
      'World',
      'Business',
      'Sport',
      'Weather',
      'Culture',
      'Travel',
      'Opinion',
      'Video',
    ]
      .map(
        (label) =>
          `<li><a href="/${label.toLowerCase()}">${label} news and analysis from our desks around the globe</a></li>`,
      )
      .join('')}</ul>`
    const dialog = panel('style="display: none"', [
      'Sign up for our newsletter and get the day’s most important stories in your inbox every morning, free of charge.',
    ])
    const article = cleanHtml(page(`${storyParagraph}${menu}${dialog}`))
    expect(removedBy(article, 'hidden')).toHaveLength(2)
    expect(article.text).not.toContain('desks around the globe')
    expect(article.text).not.toContain('Sign up for our newsletter')
  })
})
