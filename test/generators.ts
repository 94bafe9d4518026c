import fc from 'fast-check'

/**
 * Generated pages for the guarantee properties (`test/guarantees.test.ts`):
 * ordinary words, hostile text (Markdown syntax, markup, dangerous
 * addresses, control, invisible and reordering characters), arbitrary
 * element trees, articles with junk mixed in, plain text and Markdown.
 */

/** Words of an ordinary article. */
export const word = fc.constantFrom(
  'harbour',
  'ferry',
  'Officials',
  'said',
  'Monday',
  '3.5',
  'million',
  'café',
  'naïve',
  'Zürich',
  '東京',
  'Ğ',
  // Words whose joiners a script or an emoji needs.
  'می\u200cخواهم',
  'क्\u200dष',
  '👩\u200d💻',
  'עברית\u200f',
)

/** Text a page might hold, hostile pieces included. */
export const textPiece = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ' ',
      '\n',
      '. ',
      '# ',
      '* ',
      '- ',
      '1. ',
      '> ',
      '[x](javascript:alert(1))',
      '![i](data:text/html,x)',
      '|',
      '`',
      '```',
      '_',
      '~~',
      '<',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
      '&amp;',
      '&#0;',
      '\\',
      '\u0000',
      '\u0007',
      '\u001b[31m',
      '\ud800',
      '\udfff',
      '\ufffd',
      '\u202e',
      // Controls, invisible and reordering characters, text encoded twice.
      '\u0001',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u0090',
      'â\u0080\u0099',
      'â€™',
      'Ã©',
      'Â\u00a0',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u00ad',
      '\ufeff',
      '\u2060',
      '\u200e',
      '\u202a',
      '\u2066',
      '\u2069',
      '\u{e0041}\u{e0042}',
      'ferry\u200bfees',
      'http://example.com/a_b*c',
      'www.example.com',
      '<!-- c -->',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
)

export const text = fc.array(textPiece, { maxLength: 12 }).map((pieces) => pieces.join(' '))

/** A dangerous or ordinary address. */
export const address = fc.constantFrom(
  'https://example.com/story',
  '/relative/path',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java&#x09;script:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  '&#106;avascript:alert(1)',
  'java&Tab;script&colon;alert(1)',
  'java\u0000script:alert(1)',
  'file:///etc/passwd',
  // Addresses a writer could get wrong: empty, spaces, line breaks, brackets.
  '',
  ' ',
  '#',
  ' https://example.com/a b ',
  'https://example.com/a\nb',
  'https://example.com/(a)>b<c',
  'https://example.com/a\u0007b',
  'mailto:desk~example.org',
  'mailto:desk@example.org',
)

export const tagName = fc.constantFrom(
  'p',
  'div',
  'span',
  'b',
  'em',
  'a',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'nav',
  'aside',
  'footer',
  'script',
  'style',
  'template',
  'svg',
  'select',
  'textarea',
  'video',
  'audio',
  'iframe',
  'object',
  'form',
  'base',
  'meta',
)

/** The address attribute an element other than `<a>` gets, if any. */
function urlAttribute(tag: string, url: string): string {
  if (tag === 'video' || tag === 'audio' || tag === 'iframe') return ` src="${url}"`
  if (tag === 'object') return ` data="${url}"`
  if (tag === 'form') return ` action="${url}"`
  if (tag === 'base') return ` href="${url}"`
  return ''
}

/** Arbitrary HTML trees: any tag in any tag, hostile attributes and text. */
export const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tagName, address, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, href, children]) => {
        const attribute = tag === 'a' ? ` href="${href}"` : urlAttribute(tag, href)
        return `<${tag}${attribute}>${children.join('')}</${tag}>`
      }),
    fc
      .tuple(address, fc.constantFrom('pic', '', ' ', '\u200b', 'a\u0007b'))
      .map(([src, alt]) => `<img src="${src}" alt="${alt}" onerror="alert(1)">`),
    fc
      .tuple(
        fc.constantFrom('video', 'audio'),
        address,
        fc.constantFrom('', ' title="Harbour tour"'),
      )
      .map(
        ([tag, src, title]) =>
          `<${tag}${title}><source src="${src}">Your browser does not support ${tag}.</${tag}>`,
      ),
    address.map((href) => `<a href="${href}"><img src="/icon.svg" alt=""></a>`),
  ),
})).node

/** Ordinary article paragraphs. */
export const prose = fc
  .array(fc.array(word, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.map((words) => `${words.join(' ')}.`).join(' '))

/** Junk a page surrounds its story with. */
export const junk = fc.oneof(
  fc.constant('<nav><a href="/">Home</a> <a href="/world">World</a></nav>'),
  fc.constant('<script>document.write("<p>injected</p>")</script>'),
  fc.constant('<div class="ad">Advertisement</div>'),
  fc.constant('<div class="share">Share on Facebook</div>'),
  address.map((href) => `<p><a href="${href}">Read more</a></p>`),
  tree,
)

/** Articles with junk mixed in. */
export const article = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: prose.map((value) => `<p>${value}</p>`) },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: tree },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) => `<html><body><article>${blocks.join('')}</article></body></html>`)

/**
 * Pages made only of what rules remove: navigation, asides, footers, share
 * and ad boxes, teaser lists, prompts; some words of the page somewhere.
 */
export const furniturePage = fc
  .array(
    fc.oneof(
      junk,
      prose.map((value) => `<aside><p>${value}</p></aside>`),
      prose.map((value) => `<footer><p>${value}</p></footer>`),
      fc
        .array(word, { minLength: 2, maxLength: 4 })
        .map(
          (words) =>
            `<ul><li><a href="/a">${words.join(' ')}</a></li><li><a href="/b">${words.reverse().join(' ')}</a></li></ul>`,
        ),
      fc.constantFrom(
        '<p>Read more</p>',
        '<p>Subscribe to continue reading.</p>',
        '<div class="newsletter"><p>Get the weekly letter.</p></div>',
        '<p>Photo: Jane Roe/Reuters</p>',
        '<div hidden><p>Folded away.</p></div>',
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((blocks) => `<html><body>${blocks.join('')}</body></html>`)

/** Plain text, hostile lines included. */
export const plainText = fc
  .array(fc.oneof(prose, text), { maxLength: 8 })
  .chain((paragraphs) => fc.constantFrom('\n', '\n\n').map((gap) => paragraphs.join(gap)))

/** Markdown a scraper might save: blocks of any kind, hostile text, raw HTML and addresses. */
export const markdownPage = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: prose },
      { weight: 2, arbitrary: text },
      text.map((value) => `## ${value}`),
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((items) => items.map((item) => `- ${item}`).join('\n')),
      text.map((value) => `> ${value}`),
      text.map((value) => `\`\`\`\n${value}\n\`\`\``),
      fc.tuple(text, text).map(([a, b]) => `| ${a} | x |\n| - | - |\n| ${b} | y |`),
      fc.tuple(word, address).map(([label, href]) => `[${label}](${href}) ![${label}](${href})`),
      junk,
      tree,
    ),
    { maxLength: 8 },
  )
  .map((blocks) => blocks.join('\n\n'))
