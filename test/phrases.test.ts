import { describe, expect, it } from 'vitest'
import { type PhraseCategory, phrasePacks, phrases } from '../src/clean/phrases/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from './rule-helpers.js'

const categories: PhraseCategory[] = [
  'relatedLabels',
  'teaserLabels',
  'navigationPrompts',
  'consentPhrases',
  'paywallPhrases',
  'commentHeadings',
  'authorHeadings',
  'biographyVerbs',
  'adLabels',
  'rightsReserved',
  'readerPleas',
  'readerWords',
  'imperatives',
  'siteNotices',
]

describe('phrase packs', () => {
  it('have one pack per language', () => {
    const langs = phrasePacks.map((pack) => pack.lang)
    expect(new Set(langs).size).toBe(langs.length)
    expect(langs).toContain('en')
  })

  it('hold phrases that each compile as a regular expression on their own', () => {
    for (const pack of phrasePacks) {
      for (const category of categories) {
        const flags = category === 'navigationPrompts' ? 'iu' : 'i'
        for (const phrase of pack[category] ?? []) {
          expect(
            () => new RegExp(phrase, flags),
            `${pack.lang} ${category}: ${phrase}`,
          ).not.toThrow()
          // An empty or all-optional phrase would match every line.
          expect(new RegExp(`^(?:${phrase})$`, flags).test(''), `${pack.lang}: ${phrase}`).toBe(
            false,
          )
        }
      }
    }
  })

  it('fill every category in English, the fallback of mixed pages', () => {
    const english = phrasePacks.find((pack) => pack.lang === 'en')
    for (const category of categories) expect(english?.[category]?.length).toBeGreaterThan(0)
  })
})

/** One line per language and rule, as sites write them, and the rule that must take it out. */
const cases: Array<{ lang: string; rule: string; html: string; removed: string }> = [
  {
    lang: 'de',
    rule: 'cookie-consent',
    html: '<p>Wir verwenden Cookies, um unsere Website für Sie zu verbessern.</p>',
    removed: 'Wir verwenden Cookies, um unsere Website für Sie zu verbessern.',
  },
  {
    lang: 'de',
    rule: 'related-content',
    html: '<h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/a">Brücke gesperrt</a></li><li><a href="/b">Markt zieht um</a></li></ul>',
    removed: 'Das könnte Sie auch interessieren',
  },
  {
    lang: 'fr',
    rule: 'comments',
    html: '<h2>Commentaires</h2>',
    removed: 'Commentaires',
  },
  {
    lang: 'fr',
    rule: 'copyright',
    html: '<p>Le Courrier du Port — Tous droits réservés</p>',
    removed: 'Le Courrier du Port — Tous droits réservés',
  },
  {
    lang: 'es',
    rule: 'ads',
    html: '<p>Publicidad</p>',
    removed: 'Publicidad',
  },
  {
    lang: 'es',
    rule: 'paywall',
    html: '<div><p>Suscríbete para seguir leyendo esta noticia.</p></div>',
    removed: 'Suscríbete para seguir leyendo esta noticia.',
  },
  {
    lang: 'es',
    rule: 'call-to-action',
    html: '<p>Únete a la comunidad en WhatsApp.</p>',
    removed: 'Únete a la comunidad en WhatsApp.',
  },
  {
    lang: 'it',
    rule: 'cookie-consent',
    html: '<p>Utilizziamo i cookie per migliorare la tua esperienza.</p>',
    removed: 'Utilizziamo i cookie per migliorare la tua esperienza.',
  },
  {
    lang: 'nl',
    rule: 'author-bio',
    html: '<h3>Over de auteur</h3>',
    removed: 'Over de auteur',
  },
  {
    lang: 'pl',
    rule: 'call-to-action',
    html: '<p><a href="/dalej">Czytaj dalej »</a></p>',
    removed: 'Czytaj dalej »',
  },
  {
    lang: 'de',
    rule: 'call-to-action',
    html: '<p><a href="/impressum">Impressum</a></p>',
    removed: 'Impressum',
  },
  {
    lang: 'fr',
    rule: 'call-to-action',
    html: '<p>Mentions légales</p>',
    removed: 'Mentions légales',
  },
  {
    lang: 'es',
    rule: 'call-to-action',
    html: '<p><a href="/privacidad">Política de privacidad</a></p>',
    removed: 'Política de privacidad',
  },
  {
    lang: 'ja',
    rule: 'ads',
    html: '<p>広告</p>',
    removed: '広告',
  },
]

describe('rules read the phrases of every pack', () => {
  for (const { lang, rule, html, removed } of cases) {
    it(`${rule} recognises ${lang}: “${removed}”`, () => {
      const article = cleanHtml(page(`${storyParagraph}${html}`))
      expect(removedBy(article, rule)).toContain(removed)
      expect(article.text).toContain('harbour authority signed')
    })
  }

  it('leaves the same words alone inside prose', () => {
    const prose =
      '<p>Die Zeitung schrieb, man verwende Cookies nur selten, und der Leser fand das Thema Publicidad und Werbung in Spanien spannend genug für einen langen Artikel.</p>'
    const article = cleanHtml(page(`${storyParagraph}${prose}`))
    expect(article.removed).toEqual([])
  })
})

describe('phrases with a gap between two words', () => {
  const readerPlea = new RegExp(phrases('readerPleas'), 'i')
  const siteNotice = new RegExp(phrases('siteNotices'), 'i')

  it.each([
    'Share this story, then add your thoughts below.',
    'Add, share, post: leave us your feedback',
    `Drop ${'x'.repeat(56)} a comment`,
  ])('find the plea in %j', (sentence) => {
    expect(readerPlea.test(sentence)).toBe(true)
  })

  it.each([`Drop ${'x'.repeat(57)} a comment`, 'Share the road.\nComments are closed.'])(
    'find none in %j',
    (sentence) => {
      expect(readerPlea.test(sentence)).toBe(false)
    },
  )

  it.each([
    'Download the app, download our app today on iOS',
    'Download the Coast Times app from the App Store',
    'Síguenos y únete a nuestro canal',
    'Únete a la comunidad en WhatsApp.',
  ])('find the notice in %j', (sentence) => {
    expect(siteNotice.test(sentence)).toBe(true)
  })

  it.each([
    'Dijo que no se reúnete con la prensa del canal.',
    'El canal de Panamá cerró por la tormenta.',
  ])('find no notice in %j', (sentence) => {
    expect(siteNotice.test(sentence)).toBe(false)
  })

  it('read a line of opening words once', () => {
    expect(readerPlea.test('add '.repeat(30_000))).toBe(false)
    expect(siteNotice.test(`DOW${'DOWNLOAD THE APP '.repeat(10_000)}`)).toBe(false)
  })
})
