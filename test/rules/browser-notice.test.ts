import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

/** A story of a few plain paragraphs, written without many commas. */
const story = [
  'The ferry to the outer islands will run twice a day from next month.',
  'The harbour authority said the second boat was bought from a yard in the north.',
  'Fishermen on the quay welcomed the plan because the old timetable left them waiting for hours.',
  'The first crossing is set for the morning of the third and tickets go on sale next week.',
]
  .map((sentence) => `<p>${sentence} ${sentence}</p>`)
  .join('')

describe('browser-notice', () => {
  it.each([
    '<div class="notice"><p>You are using an outdated browser. Please upgrade your browser to improve your experience.</p></div>',
    '<div id="ie-warning">Your browser is not supported. Update to a modern browser to see this site as intended.</div>',
    '<section><p>Please enable JavaScript to view this page.</p></section>',
    '<div class="js-off"><p>This site requires JavaScript, and JavaScript is disabled in your browser.</p></div>',
    '<div class="hinweis"><p>Liebe Leserinnen und Leser, leider verwendet Ihr einen veralteten Browser, der unsere Seite nicht mehr darstellen kann.</p></div>',
    '<div class="avis"><p>Votre navigateur est obsolète : merci de le mettre à jour.</p></div>',
    '<div><p>Para ver este sitio, habilita JavaScript en tu navegador.</p></div>',
  ])('removes a notice that stands apart: %s', (notice) => {
    const article = cleanHtml(page(`${notice}${storyParagraph}`))
    expect(removedBy(article, 'browser-notice')).toHaveLength(1)
    expect(article.text).not.toMatch(/browser|javascript|navigateur/i)
    expect(article.text).toContain('The harbour authority signed the new pact')
  })

  it('lets the story win when a comma-rich notice would outscore it', () => {
    const notice =
      '<div class="box"><p>Dear readers, dear fans, we are glad about your visit, your interest and your support. Unfortunately, you are using an outdated browser, which no longer supports our newest technologies, features, videos and galleries. To see our pages as intended, please update your browser, or switch to another one, today.</p></div>'
    const html = page(`${notice}<div class="content">${story}</div>`)
    const article = clean(html, { format: 'html' })
    expect(article.text).toContain('The ferry to the outer islands will run twice a day')
    expect(article.text).not.toContain('outdated browser')
    const without = clean(html, { format: 'html', rules: { 'browser-notice': false } })
    expect(without.text).toContain('outdated browser')
  })

  it('keeps the same words in running text (a how-to about browser settings)', () => {
    const howTo = [
      'Open the settings of the app and find the section called Privacy and security on the left.',
      'Choose Site settings, then enable JavaScript for the pages you trust, and reload the page you were reading.',
      'If your browser is out of date, the menu may have another name, so look for Content settings instead.',
    ]
      .map((sentence) => `<p>${sentence} ${sentence}</p>`)
      .join('')
    const article = cleanHtml(page(`<article>${howTo}</article>`))
    expect(removedBy(article, 'browser-notice')).toEqual([])
    expect(article.text).toContain('enable JavaScript for the pages you trust')
  })

  it('keeps a long block that mentions browsers', () => {
    const long = `<div><p>${'Browser makers said they would stop supporting the old plug-ins next year, and that users should update your browser settings only through the official channels. '.repeat(6)}</p></div>`
    const article = cleanHtml(page(`${long}${storyParagraph}`))
    expect(removedBy(article, 'browser-notice')).toEqual([])
  })

  it('leaves scraped text alone: a line there may be a step of a how-to', () => {
    const text =
      'How to read the harbour timetable online\n\nOpen the timetable page on the harbour website.\n\nPlease enable JavaScript in the settings first.\n\nThen choose the island and the day you want to travel.'
    const article = clean(text, { format: 'text' })
    expect(article.removed.filter((removal) => removal.rule === 'browser-notice')).toEqual([])
    expect(article.text).toContain('Please enable JavaScript in the settings first.')
  })
})
