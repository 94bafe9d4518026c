import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean, UnscrapeError } from '../src/index.js'
import { declaredCharset, decodeBytes, decodeInput, decodePage } from '../src/parse/decode.js'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url)))

/** Each fixture page, the encoding it is saved in, and its title and paragraphs. */
const pages = [
  {
    name: 'windows-1252.html',
    charset: 'windows-1252',
    title: 'Café owners cheer the harbour deal',
    paragraphs: [
      '“We waited twenty years for this,” said Amélie Durand, who runs the café on the quay.',
      'The works will cost €4 million — paid by the port — and start in März, the council said.',
    ],
  },
  {
    name: 'iso-8859-2.html',
    charset: 'iso-8859-2',
    title: 'Łódź otwiera nowy most',
    paragraphs: [
      'Prezydent miasta powiedział, że most będzie gotowy przed zimą.',
      'Mieszkańcy Łodzi czekali na tę inwestycję ponad dziesięć lat, a koszt wyniósł 40 mln zł.',
    ],
  },
  {
    name: 'shift_jis.html',
    charset: 'shift_jis',
    title: '港の橋が再開',
    paragraphs: [
      '市長は月曜日、修理を終えた橋が再び開通したと発表した。',
      '通勤者は一年ぶりに橋を渡ることができる。',
    ],
  },
  {
    name: 'gbk.html',
    charset: 'gbk',
    title: '港口大桥重新开放',
    paragraphs: [
      '市长周一宣布，经过一年的维修，大桥已重新通车。',
      '通勤者表示，他们终于可以节省每天一个小时的路程。',
    ],
  },
]

describe('decodePage', () => {
  for (const page of pages) {
    it(`reads a page declared and saved as ${page.charset}`, () => {
      const bytes = fixture(page.name)
      const decoded = decodePage(bytes)
      expect(decoded).toMatchObject({ charset: page.charset, source: 'declared', warnings: [] })
      expect(decoded.text).toContain(`<title>${page.title}</title>`)
      for (const paragraph of page.paragraphs) expect(decoded.text).toContain(`<p>${paragraph}</p>`)
    })
  }

  it('reads an undeclared page that is not UTF-8 as windows-1252, and says so', () => {
    const decoded = decodePage(fixture('undeclared-windows-1252.html'))
    expect(decoded.charset).toBe('windows-1252')
    expect(decoded.source).toBe('default')
    expect(decoded.text).toContain('Zoë’s crème brûlée took first prize.')
    expect(decoded.text).toContain('£200')
    expect(decoded.warnings).toEqual([
      {
        rule: 'charset',
        message: 'The page declares no charset and is not UTF-8: read as windows-1252',
      },
    ])
  })

  it('trusts valid UTF-8 over a stale declaration, and says so', () => {
    const html = '<meta charset="iso-8859-1"><p>Zoë’s café</p>'
    const decoded = decodePage(new TextEncoder().encode(html))
    expect(decoded).toMatchObject({ text: html, charset: 'utf-8', source: 'utf-8' })
    expect(decoded.declared).toBe('iso-8859-1')
    expect(decoded.warnings[0]?.message).toContain(
      'declares `iso-8859-1` but its bytes are valid UTF-8',
    )
    // Plain ASCII fits every declaration: nothing to warn about.
    expect(
      decodePage(new TextEncoder().encode('<meta charset="iso-8859-1"><p>cafe</p>')).warnings,
    ).toEqual([])
  })

  it('follows a byte order mark, whatever the page declares', () => {
    const html = '<meta charset="windows-1252"><p>Zoë</p>'
    const utf16le = Uint8Array.from([
      0xff,
      0xfe,
      ...[...html].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    ])
    expect(decodePage(utf16le)).toMatchObject({ text: html, charset: 'utf-16le', source: 'bom' })
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)])
    expect(decodePage(utf8)).toMatchObject({ text: html, charset: 'utf-8', source: 'bom' })
  })

  it('replaces bytes not valid in the declared charset, with a warning', () => {
    // 0x82 0xA0 is 'あ' in Shift_JIS; a lone 0x82 before '<' is not valid there, nor in UTF-8.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="shift_jis"><p>'),
      0x82,
      0xa0,
      0xa0,
      0x82,
      ...new TextEncoder().encode('</p>'),
    ])
    const decoded = decodePage(bytes)
    expect(decoded.charset).toBe('shift_jis')
    expect(decoded.text).toContain('あ')
    expect(decoded.text).toContain('\ufffd')
    expect(decoded.warnings[0]?.message).toContain('not valid `shift_jis`')
  })

  it('reads an unknown or impossible declaration like no declaration', () => {
    const unknown = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="klingon"><p>'),
      0xe9,
    ])
    expect(decodePage(unknown)).toMatchObject({
      text: '<meta charset="klingon"><p>é',
      charset: 'windows-1252',
    })
    expect(decodePage(unknown).warnings[0]?.message).toContain(
      '`klingon`, which is not a known charset',
    )
    // A page cannot be UTF-16 by its own declaration: WHATWG reads it as UTF-8.
    const utf16 = Uint8Array.from([...new TextEncoder().encode('<meta charset="utf-16"><p>'), 0xe9])
    expect(decodePage(utf16).charset).toBe('utf-8')
  })

  it('never throws, and reads valid UTF-8 back exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodePage(bytes)
        expect(typeof decoded.text).toBe('string')
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodePage(new TextEncoder().encode(text))
        // A leading U+FEFF is read as a byte order mark, not as text.
        expect(decoded.text).toBe(text.replace(/^\ufeff/, ''))
      }),
    )
  })
})

describe('declaredCharset and decodeBytes', () => {
  it('finds the declaration in either form, and maps windows-1252 C1 bytes', () => {
    expect(declaredCharset(fixture('iso-8859-2.html'))).toBe('iso-8859-2')
    expect(declaredCharset(fixture('shift_jis.html'))).toBe('shift_jis')
    expect(declaredCharset(fixture('undeclared-windows-1252.html'))).toBeNull()
    expect(decodeBytes(Uint8Array.from([0x80, 0x93, 0x94, 0x81]), 'windows-1252')).toBe('€“”\u0081')
  })

  it.each([
    ["<meta charset = ' UTF-8'>", 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'iso-8859-2'],
    ['<meta name=a><meta charset="latin1">', 'latin1'],
    // A tag runs to the first `>`, whatever it holds.
    ['<meta name=x <meta charset=utf-8>', 'utf-8'],
    [`${'<META<0'.repeat(200)}<meta charset=latin1>`, 'latin1'],
    ['<meta charset=utf-8', null],
    ['<metadata charset=latin1>', null],
    ['<meta name="charset"> charset=latin1', null],
  ])('reads the declaration of %j', (head, charset) => {
    expect(declaredCharset(new TextEncoder().encode(head))).toBe(charset)
  })
})

describe('clean() with bytes', () => {
  for (const page of pages) {
    it(`cleans a ${page.charset} page to the same article as its text`, () => {
      const article = clean(fixture(page.name))
      expect(article.title).toBe(page.title)
      expect(article.text).toBe(page.paragraphs.join('\n\n'))
      expect(article.warnings).toEqual([])
      const fromText = clean(decodePage(fixture(page.name)).text)
      expect(article).toEqual(fromText)
    })
  }

  it('puts the decoder’s warnings first in the article’s warnings', () => {
    const article = clean(fixture('undeclared-windows-1252.html'))
    expect(article.text).toContain('Zoë’s crème brûlée')
    expect(article.warnings[0]?.rule).toBe('charset')
  })

  it('refuses input over maxBytes with input-too-large, for bytes and strings alike', () => {
    const code = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        expect(error).toBeInstanceOf(UnscrapeError)
        return (error as UnscrapeError).code
      }
      return 'no error'
    }
    const bytes = fixture('gbk.html')
    expect(code(() => clean(bytes, { maxBytes: bytes.byteLength - 1 }))).toBe('input-too-large')
    expect(code(() => clean(bytes, { maxBytes: bytes.byteLength }))).toBe('no error')
    // 'é' is two bytes in UTF-8: ten of them are 20 bytes though 10 characters.
    expect(code(() => clean('é'.repeat(10), { maxBytes: 19 }))).toBe('input-too-large')
    expect(code(() => clean('é'.repeat(10), { maxBytes: 20 }))).toBe('no error')
    expect(code(() => clean('x', { maxBytes: -1 }))).toBe('invalid-option')
    expect(code(() => clean('x', { maxBytes: 1.5 }))).toBe('invalid-option')
    expect(code(() => clean('x', { maxBytes: Number.POSITIVE_INFINITY }))).toBe('no error')
    expect(code(() => clean(null as unknown as string))).toBe('invalid-input')
  })

  it('refuses bytes of binary data with invalid-input, but reads UTF-16 and pages with form feeds', () => {
    const random = Uint8Array.from({ length: 2048 }, (_, index) => (index * 2_654_435_761) >>> 24)
    expect(() => clean(random)).toThrow(/binary data/)
    const withNul = new TextEncoder().encode('<p>The harbour pact.\0</p>')
    expect(() => clean(withNul)).toThrow(/binary data/)
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'<p>The harbour pact was signed.</p>'].flatMap((char) => [char.charCodeAt(0), 0]),
    ])
    expect(clean(utf16).text).toBe('The harbour pact was signed.')
    expect(clean(new TextEncoder().encode('The harbour pact.\f\r\nIt was signed.')).text).toContain(
      'It was signed.',
    )
  })

  it('counts a string’s UTF-8 bytes exactly around the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(200), (text, limit) => {
        const size = new TextEncoder().encode(text).byteLength
        let tooLarge = false
        try {
          decodeInput(text, limit)
        } catch {
          tooLarge = true
        }
        expect(tooLarge).toBe(size > limit)
      }),
    )
  })
})
