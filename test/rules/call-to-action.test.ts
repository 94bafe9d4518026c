import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('call-to-action', () => {
  it('removes a closing plea sentence and keeps the rest of its paragraph', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The council will vote again in May. We encourage you to share your thoughts in the comments below, and explore other articles on our site.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual([
      'We encourage you to share your thoughts in the comments below, and explore other articles on our site.',
    ])
    expect(article.text).toContain('The council will vote again in May.')
    expect(article.text).not.toContain('comments below')
  })

  it('removes whole plea paragraphs and newsletter boxes', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<div class="newsletter-signup"><h3>Get the Morning Tide</h3><p>Sign up for our daily newsletter.</p></div><p>What do you think of the pact? Join the conversation in the comments below.</p><p>Read more</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toHaveLength(3)
    for (const junk of [
      'Morning Tide',
      'What do you think',
      'Join the conversation',
      'Read more',
    ]) {
      expect(article.text).not.toContain(junk)
    }
  })

  it('works on plain text too', () => {
    const article = clean(
      'Harbour pact signed\n\nThe harbour authority signed the new pact on Monday after three years of talks, officials said.\n\nFollow us on social media for more updates from the coast.',
    )
    expect(removedBy(article, 'call-to-action')).toEqual([
      'Follow us on social media for more updates from the coast.',
    ])
  })

  it('keeps story sentences about comments, subscriptions and newsletters', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The mayor said residents could share their thoughts at a public hearing in the town hall.</p><p>Subscriptions to the ferry pass rose 12 percent, the operator said in its newsletter.</p><p>"You should read more about the history of this harbour," the historian told reporters.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual([])
    expect(article.text).toContain('share their thoughts at a public hearing')
    expect(article.text).toContain('Subscriptions to the ferry pass rose')
    expect(article.text).toContain('You should read more about the history')
  })
})

describe('call-to-action: a compound is no object of a plea', () => {
  const review =
    'Add to that the crisp animation, and a thought-provoking ending, and the series is a must-watch if you have not seen it.'
  const sentences = [
    review,
    'Drop the old pilot episodes, keep the comment-free cut, and you have the best version of the show.',
  ]
  it.each(sentences)('keeps a story sentence in HTML and in text: %s', (sentence) => {
    const html = cleanHtml(page(`${storyParagraph}<p>${sentence}</p>`))
    const text = clean(`Harbour pact signed\n\n${sentence}\n\nThe pact runs for ten years.`)
    for (const article of [html, text]) {
      expect(removedBy(article, 'call-to-action')).toEqual([])
      expect(article.text).toContain(sentence)
    }
  })

  it('still removes the plea with the word on its own', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>Add your thoughts below and tell us what you make of the pact.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toHaveLength(1)
  })
})

describe('call-to-action: navigation prompts', () => {
  it('removes back and next prompts in several languages, but not sentences that start with them', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p><a href="/">« Zurück zur Übersicht</a></p><p><a href="/n">Next »</a></p><p>Back in May, the council voted for the plan.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual(['« Zurück zur Übersicht', 'Next »'])
    expect(article.text).toContain('Back in May, the council voted for the plan.')
  })
})

describe('call-to-action: several pleas in one paragraph', () => {
  it('reports them in document order', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The vote is in May. Follow us on social media for updates. Share your thoughts in the comments below.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual([
      'Follow us on social media for updates.',
      'Share your thoughts in the comments below.',
    ])
    expect(article.text).toContain('The vote is in May.')
  })
})

describe('call-to-action: site notices and prompts', () => {
  it('removes affiliate notices, share pleas and shop prompts', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>We earn a commission for products purchased through some links in this article.</p><p>Share this article with your friends</p><div><a href="/x">Check price at Amazon</a></div><p>Sign up for Newsletters</p>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toHaveLength(4)
    const story =
      'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative, the ferry operators and the town council, officials said in a statement.'
    expect(article.text).toBe(`${story}\n\n${story}`)
  })

  it('keeps story sentences about commissions and sharing', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The broker will earn a commission on every berth it leases, the harbour board said.</p>`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual([])
  })
})

describe('call-to-action: affiliate disclosures in any common wording', () => {
  const story =
    'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative.'
  const disclosures = [
    'This post contains affiliate links.',
    'This guide may contain affiliate links, see our full disclosure policy.',
    'Affiliate links are used in this review.',
    'Some of the links in this article are affiliate links.',
    'If you buy through our links, I may receive a small commission at no extra cost to you.',
    'We may earn compensation from some of the providers below.',
    'Purchases made through our links earn us a commission.',
    'We may be compensated when you click on a link.',
    'The Coast Times may receive a commission on orders placed through its retail links.',
  ]

  it.each(disclosures)(
    'removes %j in HTML and in text, and keeps the story sentence beside it',
    (notice) => {
      const html = cleanHtml(page(`<p>${story}</p><p>The ferry resumes on Monday. ${notice}</p>`))
      expect(removedBy(html, 'call-to-action')).toEqual([notice])
      expect(html.text).toBe(`${story}\n\nThe ferry resumes on Monday.`)
      const text = clean(`${story}\n\nThe ferry resumes on Monday. ${notice}\n`, { format: 'text' })
      expect(removedBy(text, 'call-to-action')).toEqual([notice])
      expect(text.text).toBe(`${story}\n\nThe ferry resumes on Monday.`)
    },
  )

  it.each([
    'Dieser Artikel enthält Affiliate-Links.',
    'Die mit einem Stern markierten Links sind sogenannte Affiliate-Links.',
    'Wenn du über diese Links einkaufst, bekommen wir vom Händler eine kleine Provision.',
  ])('removes the German wording %j in HTML and in text', (notice) => {
    const html = cleanHtml(
      page(`${storyParagraph}<p>Die Fähre fährt ab Montag wieder. ${notice}</p>`).replace(
        'lang="en"',
        'lang="de"',
      ),
    )
    expect(removedBy(html, 'call-to-action')).toEqual([notice])
    expect(html.text).toContain('Die Fähre fährt ab Montag wieder.')
    const text = clean(
      `Der Hafen hat am Montag nach drei Jahren Verhandlungen den neuen Vertrag unterzeichnet.\n\nDie Fähre fährt ab Montag wieder. ${notice}\n`,
      { format: 'text' },
    )
    expect(removedBy(text, 'call-to-action')).toEqual([notice])
    expect(text.text).toContain('Die Fähre fährt ab Montag wieder.')
  })

  it.each([
    'Streamers earn a commission when viewers buy games or gear through affiliate links.',
    'The broker will earn a commission on every berth it leases, the harbour board said.',
    'We receive commissions from museums for our sculptures, the carvers said.',
    'Affiliate links let small sites earn money from the shops they review.',
    'Der Makler erhält eine Provision von drei Prozent des Kaufpreises.',
  ])('keeps the story sentence %j about commissions and affiliate links', (sentence) => {
    const html = cleanHtml(page(`${storyParagraph}<p>${sentence}</p>`))
    expect(removedBy(html, 'call-to-action')).toEqual([])
    const text = clean(`${story}\n\n${sentence}\n`, { format: 'text' })
    expect(removedBy(text, 'call-to-action')).toEqual([])
  })
})

describe('call-to-action: app notices', () => {
  it('removes an app-download notice that does not address the reader', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The ferry resumes on Monday. For the latest stories download the Coast Times apps for iOS and Android.</p>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual([
      'For the latest stories download the Coast Times apps for iOS and Android.',
    ])
    expect(article.text).toContain('The ferry resumes on Monday.')
  })
})

describe('call-to-action: prompts inside a paragraph', () => {
  it('keeps a link that is a word of its sentence, whole', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p>The full report is a preview for members; <a href="/login">log in</a> to check access to the tables.</p><p>The council says <a href="/contact">contact us</a> is the first line of its new leaflet.</p>`,
      ),
    )
    expect(article.text).toContain('log in to check access to the tables')
    expect(article.text).toContain('The council says contact us is the first line')
  })

  it('takes a plea with its prompt link as one sentence, never the link alone', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<p><em><strong>Want more from the Coast Times? </strong></em><a href="/join"><em><strong>Sign up</strong></em></a><em><strong> for our newsletter and never miss a story.</strong></em></p>`,
      ),
    )
    expect(article.text).not.toContain('for our newsletter')
    expect(article.text).not.toMatch(/\? for /)
  })

  it('removes a prompt that closes its paragraph, and one standing alone', () => {
    const article = cleanHtml(
      page(
        `<p>The harbour authority signed the new pact on Monday after three years of talks. <a href="/pact">Read more →</a></p><div><span>Share</span></div><p>The fleet will get new berths. <span>Read more</span></p>${storyParagraph}`,
      ),
    )
    expect(removedBy(article, 'call-to-action')).toEqual(['Read more →', 'Share', 'Read more'])
    expect(article.text).toContain('after three years of talks.')
  })
})

describe('call-to-action: site links kept as a line', () => {
  const story =
    'The harbour authority signed the new pact on Monday after three years of talks with the fishing cooperative.'
  const after =
    'The ferry operators said the first new sailings would leave the quay in the spring, weather permitting.'
  const links = [
    'Privacy Policy',
    'Terms of Use',
    'Cookie settings',
    'Create an account',
    'Sitemap',
    'Subscribe',
  ]

  it('removes the labels of header and footer links standing between paragraphs, in HTML and text', () => {
    for (const link of links) {
      const html = cleanHtml(page(`<p>${story}</p><p><a href="/x">${link}</a></p><p>${after}</p>`))
      // "Cookie settings" may go as a consent control first: either rule says why.
      expect(
        html.removed.map((removal) => removal.text),
        link,
      ).toEqual([link])
      const text = clean(`${story}\n\n${link}\n\n${after}\n`, { format: 'text' })
      expect(text.text, link).toBe(`${story}\n\n${after}`)
    }
  })

  it('keeps the same words in a sentence', () => {
    const sentence =
      'The firm rewrote its privacy policy and its terms of use in May, the regulator said.'
    const article = clean(`${story}\n\n${sentence}\n`, { format: 'text' })
    expect(article.text).toContain(sentence)
  })
})

describe('call-to-action: skip links kept as a line', () => {
  const first =
    'The council approved the new budget on Tuesday after a long debate about road repairs and school funding in the district.'
  const second =
    'Officials said the money would be spent over three years, with most of it going to bridges that have been closed since the floods.'
  const links = [
    'Skip to main content',
    'Jump to navigation',
    'Skip to the content',
    'Zum Inhalt springen',
    'Direkt zur Navigation',
    'Aller au contenu principal',
    'Saltar al contenido',
  ]

  it.each(links)('removes “%s” from plain text, where the line reads as a heading', (link) => {
    const article = clean(`Council passes budget\n\n${first}\n\n${link}\n\n${second}\n`)
    expect(removedBy(article, 'call-to-action')).toEqual([link])
    expect(article.text).toContain(second)
  })

  it.each(links)('removes “%s” from a page', (link) => {
    const article = cleanHtml(page(`<p><a href="#main">${link}</a></p>${storyParagraph}`))
    expect(removedBy(article, 'call-to-action')).toEqual([link])
  })

  it('keeps sentences and headings that only start like a skip link or a prompt', () => {
    const text = clean(
      `Council passes budget\n\n${first}\n\nSkip to the end of the meeting, and the vote was close.\n\nNext steps for the bridges\n\n${second}\n`,
    )
    expect(removedBy(text, 'call-to-action')).toEqual([])
    expect(text.text).toContain('Next steps for the bridges')
    const html = cleanHtml(page(`${storyParagraph}<h2>Back</h2><p>${second}</p>`))
    expect(removedBy(html, 'call-to-action')).toEqual([])
    expect(html.text).toContain('Back')
  })
})
