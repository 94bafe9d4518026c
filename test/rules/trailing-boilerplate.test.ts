import { describe, expect, it } from 'vitest'
import { clean, type Rule } from '../../src/index.js'
import { removedBy } from '../rule-helpers.js'

/** Four paragraphs of story prose: enough for `main-content` to choose their container. */
const story = [
  'The town library reopened on Saturday after a two-year refit, and more than a thousand readers queued at the doors before nine, the librarian said.',
  'The reading room, closed since the roof leaked in the storms of the first winter, now has new shelves, wider aisles and a corner for children.',
  'Funding came from the council, a lottery grant and a bake sale that ran every weekend for a year, raising far more than its organisers had hoped.',
  'The hours stay as they were, with late evenings on Thursdays, and the mobile library will keep visiting the villages on the hill twice a month.',
]
  .map((text) => `<p>${text}</p>`)
  .join('')
const lastWords = 'twice a month.'

/** A page whose story container ends with `tail`, beside a sidebar for `main-content` to leave out. */
const storyPage = (tail: string) =>
  `<html><body><div class="story">${story}${tail}</div><div class="side"><a href="/x">Other</a></div></body></html>`

describe('trailing-boilerplate', () => {
  it('drops short label lines and link lines after the last paragraph of the story', () => {
    for (const [tail, lines] of [
      [
        '<p>Categories</p><p>How It Works</p><p><a href="/top">Top 100 reads</a></p>',
        ['Categories', 'How It Works', 'Top 100 reads'],
      ],
      [
        '<p>Filed under</p><p><a href="/ports">Ports and shipping</a></p>',
        ['Filed under', 'Ports and shipping'],
      ],
      ['<div>Events</div><div>Reading groups</div>', ['Events', 'Reading groups']],
      [
        '<p>Seen something newsworthy? <a href="/tips">Send us your tips and pictures from the quay, we read every one</a></p>',
        [
          'Seen something newsworthy? Send us your tips and pictures from the quay, we read every one',
        ],
      ],
    ] as const) {
      const article = clean(storyPage(tail))
      expect(removedBy(article, 'trailing-boilerplate')).toEqual(lines)
      for (const line of lines) expect(article.text).not.toContain(line)
      expect(article.text).toContain(lastWords)
      expect(article.removed).toContainEqual(
        expect.objectContaining({
          rule: 'trailing-boilerplate',
          reason: 'boilerplate after the end of the story',
        }),
      )
    }
  })

  it('takes a list whose items are all boilerplate as one removal', () => {
    const article = clean(
      storyPage(
        '<ul><li><a href="/w">Weather</a></li><li><a href="/t">Tide tables</a></li><li><a href="/f">Ferry times</a></li><li>Webcams</li></ul>',
      ),
    )
    expect(removedBy(article, 'trailing-boilerplate')).toEqual([
      'Weather\nTide tables\nFerry times\nWebcams',
    ])
    expect(article.text).not.toContain('Tide tables')
  })

  it('keeps a list of plain-text points that ends the story', () => {
    for (const items of [
      ['Library card', 'Photo ID', 'Proof of address'],
      ['Flour, 200 g', 'Two eggs', 'A pinch of salt', 'Milk'],
      ['Mon–Thu 9–20', 'Fri 9–17', 'Sat 10–14', 'Sun closed'],
    ]) {
      const list = `<ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol>`
      const article = clean(storyPage(`<p>What to bring</p>${list}`))
      expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
      for (const item of items) expect(article.text).toContain(item)
    }
  })

  it('still takes a short list of plain labels, and labels after the points', () => {
    const two = clean(storyPage('<ul><li>Events</li><li>Reading groups</li></ul>'))
    expect(removedBy(two, 'trailing-boilerplate')).toEqual(['Events\nReading groups'])
    const after = clean(
      storyPage(
        '<ul><li>Library card</li><li>Photo ID</li><li>Proof of address</li></ul><p>Categories</p>',
      ),
    )
    expect(removedBy(after, 'trailing-boilerplate')).toEqual(['Categories'])
    expect(after.text).toContain('Proof of address')
  })

  it('keeps lines that end like sentences, long lines and what is protected', () => {
    for (const [tail, kept] of [
      ['<p>The vote is final.</p>', 'The vote is final.'],
      ['<p>Will the berths be ready by May?</p>', 'Will the berths be ready by May?'],
      [
        '<p>Work on the north quay starts after the spring tides end</p>',
        'Work on the north quay starts after the spring tides end',
      ],
      ['<table><tr><th>Fee</th></tr><tr><td>12</td></tr></table>', 'Fee\n12'],
      ['<blockquote><p>Fair winds</p></blockquote>', 'Fair winds'],
    ] as const) {
      const article = clean(storyPage(tail))
      expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
      expect(article.text).toContain(kept)
    }
  })

  it('stops at the story: only the lines after its last sentence go', () => {
    const article = clean(
      storyPage('<p>Library Notes</p><p>The vote is final.</p><p>Events</p><p>Reading groups</p>'),
    )
    expect(removedBy(article, 'trailing-boilerplate')).toEqual(['Events', 'Reading groups'])
    expect(article.text).toContain('Library Notes')
    expect(article.text).toContain('The vote is final.')
  })

  it('never takes a heading before the story’s container for boilerplate after it', () => {
    for (const heading of [
      '<h1>Library reopens after refit</h1>',
      '<h2>What the refit changes</h2>',
      '<h1>Late opening on Thursdays</h1>',
    ]) {
      const article = clean(
        `<html><body><div>${heading}<div class="entry">${story}</div><ul><li><div>Gift cards for every sailor, from our shop.</div></li><li><div>Boat insurance quotes in two minutes.</div></li></ul></div></body></html>`,
      )
      const title = heading.replace(/<[^>]+>/g, '')
      expect(removedBy(article, 'trailing-boilerplate')).not.toContain(title)
      expect(article.markdown).toContain(title)
      expect(article.text).toContain(lastWords)
    }
  })

  it('does not take a story made of links for the boilerplate after itself', () => {
    const linked = ['harbour pact', 'ferry terminal', 'dredging plan']
      .map(
        (topic) =>
          `<p><a href="/${topic.length}">The ${topic} was approved on Monday</a> after talks.</p>`,
      )
      .join('')
    const article = clean(
      `<html><body><div class="story">${linked}</div><div class="side"><p>Weather: fair</p></div></body></html>`,
    )
    expect(removedBy(article, 'main-content')).toEqual(['Weather: fair'])
    expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
    expect(article.text).toContain('The harbour pact was approved on Monday after talks.')
  })
})

describe('trailing-boilerplate: where main-content chose no container', () => {
  const tail = '<p>Categories</p><p>How It Works</p>'

  it('leaves the last lines alone when main-content is off', () => {
    const article = clean(storyPage(tail), { rules: { 'main-content': false } })
    expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
    expect(article.text).toContain('Categories\n\nHow It Works')
    expect(article.warnings).toEqual([])
  })

  it('leaves the last lines of plain text and of fragments alone', () => {
    const text = clean(
      `Harbour Pact\n${'The harbour pact was approved on Monday after three years of talks, officials said.\n\n'.repeat(4)}Categories\n\nHow It Works`,
    )
    expect(removedBy(text, 'trailing-boilerplate')).toEqual([])
    const fragment = clean(`${story}${tail}`)
    expect(removedBy(fragment, 'trailing-boilerplate')).toEqual([])
  })

  it('is turned off apart from main-content, which still keeps the story’s container', () => {
    const article = clean(storyPage(tail), { rules: { 'trailing-boilerplate': false } })
    expect(removedBy(article, 'main-content')).toEqual(['Other'])
    expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
    expect(article.text).toContain('How It Works')
  })
})

describe('trailing-boilerplate: blocks other rules took after main-content', () => {
  it('does not look into a kept block that a rule removed when its container was judged again', () => {
    // A rule of one's own that takes a box only once it ends its container,
    // which it does after `main-content` removed the sidebar that followed it.
    const lastBox: Rule = {
      id: 'last-box',
      description: 'Remove a box that ends its container',
      siblings(nodes) {
        const last = nodes.at(-1)
        return last?.properties.className?.toString() === 'story,box'
          ? [{ nodes: [last], reason: 'box at the end' }]
          : []
      },
    }
    // Made like the story's block, it is no box to main-content.
    const box = `<div class="story box"><p>Readers who borrowed twenty books, she said, get cake, tea, music and a badge.</p><p>Categories</p></div>`
    const article = clean(
      `<html><body><div class="wrap"><div class="story">${story}</div>${box}<div class="side"><a href="/x">Other</a></div></div></body></html>`,
      { extraRules: [lastBox] },
    )
    expect(removedBy(article, 'main-content')).toEqual(['Other'])
    expect(removedBy(article, 'last-box').join('\n')).toContain('Categories')
    expect(removedBy(article, 'trailing-boilerplate')).toEqual([])
  })
})

describe('trailing-boilerplate: a biography of the writer ends the story', () => {
  /** The story page with the writer's name in the head, as a CMS writes it. */
  const pageBy = (author: string, tail: string, meta = 'author') =>
    storyPage(tail).replace(
      '<html><body>',
      meta === 'json-ld'
        ? `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name: author } })}</script></head><body>`
        : `<html><head><meta name="author" content="${author}"></head><body>`,
    )

  it('drops a third-person note on the writer after the last paragraph, in several wordings', () => {
    for (const [author, bio, meta] of [
      [
        'Maria Lenz',
        'Maria Lenz is a reporter who covers local government and libraries for the paper.',
        'author',
      ],
      [
        'Tomas Brenn',
        'Tomas Brenn, a former teacher, writes about books, reading and the towns on the coast.',
        'author',
      ],
      [
        'Ada Okafor',
        'Ada Okafor’s reporting on public services has won two regional awards.',
        'json-ld',
      ],
      [
        'Jan de Vries',
        'Jan de Vries covers culture and education. He lives by the harbour with two cats.',
        'json-ld',
      ],
    ] as const) {
      const article = clean(pageBy(author, `<p>${bio}</p>`, meta))
      expect(removedBy(article, 'trailing-boilerplate')).toEqual([bio])
      expect(article.text).not.toContain(bio)
      expect(article.text).toContain(lastWords)
    }
  })

  it('takes an "About the author" heading before the note with it', () => {
    const bio = 'Maria Lenz is a reporter who covers local government and libraries.'
    const article = clean(pageBy('Maria Lenz', `<h3>About the author</h3><p>${bio}</p>`))
    expect(article.text).not.toContain(bio)
    expect(article.text).toContain(lastWords)
  })

  it('keeps a paragraph about someone who did not write the page, a note in the middle, and a long profile', () => {
    // Someone else than the writer.
    const other = 'Rosa Almeida is the librarian who ran the bake sale every weekend for a year.'
    let article = clean(pageBy('Maria Lenz', `<p>${other}</p>`))
    expect(article.text).toContain(other)
    // The writer's name, but not at the end of the story.
    const middle = 'Maria Lenz is one of the readers who queued, and she brought a flask of tea.'
    article = clean(
      `<html><head><meta name="author" content="Maria Lenz"></head><body><div class="story"><p>${middle}</p>${story}</div><div class="side"><a href="/x">Other</a></div></body></html>`,
    )
    expect(article.text).toContain(middle)
    // A one-word name is too weak a match ("Staff", "Admin", a first name).
    const staff = 'Staff is a word the newsroom uses for stories written by more than one reporter.'
    article = clean(pageBy('Staff', `<p>${staff}</p>`))
    expect(article.text).toContain(staff)
    // Longer than a note: a profile, not an author box.
    const profile = `Maria Lenz is a reporter. ${'She has written about the library, the council and the harbour for many years, and she reads everything. '.repeat(6)}`
    article = clean(pageBy('Maria Lenz', `<p>${profile}</p>`))
    expect(article.text).toContain('She has written about the library')
  })
})
