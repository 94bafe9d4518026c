import { describe, expect, it } from 'vitest'
import {
  declaredCharset,
  decodeBytes,
  decodePage,
  parsePythonStringList,
  snippetList,
} from '../bench/dataset.js'
import {
  collapseWhitespace,
  shinglePage,
  shinglePageF1,
  shingleScores,
  shingles,
  shingleTokens,
  snippetPage,
  snippetScores,
  wordF1Page,
  wordF1Scores,
  wordTokens,
} from '../bench/metrics.js'
import { matchedSentences, sentenceScores, splitExactly } from '../bench/sentence-metrics.js'

describe('shingle metric', () => {
  it('tokenises letters, digits and underscores of any script, keeping case', () => {
    expect(shingleTokens('Été 2024: l’homme_1, 東京!')).toEqual([
      'Été',
      '2024',
      'l',
      'homme_1',
      '東京',
    ])
    expect(shingleTokens(' -- ')).toEqual([])
  })

  it('makes 4-token shingles, one short shingle for 1–3 tokens, none for no token', () => {
    expect(shingles('a b c d e')).toEqual(['a b c d', 'b c d e'])
    expect(shingles('a b c d')).toEqual(['a b c d'])
    expect(shingles('a, b!')).toEqual(['a b'])
    expect(shingles('word')).toEqual(['word'])
    expect(shingles('...')).toEqual([])
  })

  it('scores identical texts 1 and disjoint texts 0', () => {
    const text = 'The quick brown fox jumps over the lazy dog.'
    expect(shingleScores([{ truth: text, prediction: text }])).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      pages: 1,
    })
    const disjoint = shingleScores([{ truth: text, prediction: 'Nothing here is shared at all.' }])
    expect(disjoint.precision).toBe(0)
    expect(disjoint.recall).toBe(0)
    expect(disjoint.f1).toBe(0)
  })

  it('is case-sensitive and ignores punctuation', () => {
    expect(shingleScores([{ truth: 'a b c d', prediction: 'a, b; (c) d!' }]).f1).toBe(1)
    expect(shingleScores([{ truth: 'a b c d', prediction: 'A b c d' }]).f1).toBe(0)
  })

  it('counts shingles as a multiset and normalises per page', () => {
    // truth 'a b c d e f': shingles abcd bcde cdef (3).
    // prediction 'a b c d e x y': abcd bcde cdex dexy (4).
    // tp = 2 (abcd, bcde), fp = 2 (cdex, dexy), fn = 1 (cdef); sum 5.
    // Normalised: tp 0.4, fp 0.4, fn 0.2. P = 0.4/0.8 = 0.5, R = 0.4/0.6 = 2/3.
    // F1 = 2 * 0.5 * 2/3 / (0.5 + 2/3) = (2/3) / (7/6) = 4/7.
    const page = shinglePage('a b c d e f', 'a b c d e x y')
    expect(page.tp).toBeCloseTo(0.4, 12)
    expect(page.fp).toBeCloseTo(0.4, 12)
    expect(page.fn).toBeCloseTo(0.2, 12)
    expect(shinglePageF1(page)).toBeCloseTo(4 / 7, 12)
    const scores = shingleScores([{ truth: 'a b c d e f', prediction: 'a b c d e x y' }])
    expect(scores.precision).toBeCloseTo(0.5, 12)
    expect(scores.recall).toBeCloseTo(2 / 3, 12)
    expect(scores.f1).toBeCloseTo(4 / 7, 12)

    // A repeated shingle only matches as often as the other side has it:
    // truth 'a b c d a b c d': abcd bcda cdab dabc abcd → abcd twice.
    // prediction 'a b c d': abcd once. tp 1, fn 4 (abcd, bcda, cdab, dabc), fp 0.
    const repeated = shinglePage('a b c d a b c d', 'a b c d')
    expect(repeated.tp).toBeCloseTo(1 / 5, 12)
    expect(repeated.fn).toBeCloseTo(4 / 5, 12)
    expect(repeated.fp).toBe(0)
  })

  it('handles short texts of 1–3 tokens as one shingle', () => {
    // truth 'Hello world' → one shingle 'Hello world'. Prediction with the same
    // two tokens matches it; with three tokens it is a different shingle.
    expect(shingleScores([{ truth: 'Hello world', prediction: 'Hello, world.' }]).f1).toBe(1)
    expect(shingleScores([{ truth: 'Hello world', prediction: 'Hello world again' }]).f1).toBe(0)
  })

  it('averages precision and recall over the pages where they are defined', () => {
    // Page 1: empty prediction. tp 0, fp 0, fn 1 → normalised fn 1. No precision
    //   (tp+fp = 0); recall 0.
    // Page 2: identical → precision 1, recall 1.
    // Page 3: both empty → no shingles, counts 0: neither precision nor recall.
    // Precision = mean([1]) = 1; recall = mean([0, 1]) = 0.5; F1 = 2*1*0.5/1.5 = 2/3.
    const scores = shingleScores([
      { truth: 'one two three four five', prediction: '' },
      { truth: 'six seven eight nine', prediction: 'six seven eight nine' },
      { truth: '', prediction: '' },
    ])
    expect(scores.precision).toBe(1)
    expect(scores.recall).toBe(0.5)
    expect(scores.f1).toBeCloseTo(2 / 3, 12)
    expect(scores.pages).toBe(3)
  })

  it('scores an empty prediction 0 and an empty page list 0', () => {
    expect(shingleScores([{ truth: 'some text of the article', prediction: '' }])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      pages: 1,
    })
    expect(shingleScores([]).f1).toBe(0)
  })
})

describe('word F1 metric', () => {
  it('lower-cases and splits on ASCII word characters only', () => {
    expect(wordTokens('Hello, WORLD_2 café')).toEqual(['hello', 'world_2', 'caf'])
    expect(wordTokens('東京')).toEqual([])
  })

  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(wordF1Scores([{ truth: 'A cat sat.', prediction: 'a CAT sat' }])).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      pages: 1,
    })
    expect(wordF1Scores([{ truth: 'a cat sat', prediction: 'the dog ran' }])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      pages: 1,
    })
  })

  it('uses a bag of words with multiplicity', () => {
    // truth: the(2) cat(1) sat(1) on(1) mat(1) → 6 words.
    // prediction: the(3) cat(1) ran(1) → 5 words.
    // overlap = min(2,3) + min(1,1) = 3. P = 3/5 = 0.6, R = 3/6 = 0.5.
    // F1 = 2 * 0.6 * 0.5 / 1.1 = 0.6 / 1.1 = 6/11.
    const page = wordF1Page('The cat sat on the mat', 'the the THE cat ran')
    expect(page.precision).toBeCloseTo(0.6, 12)
    expect(page.recall).toBeCloseTo(0.5, 12)
    expect(page.f1).toBeCloseTo(6 / 11, 12)
  })

  it('averages each of P, R and F1 over all pages', () => {
    // Page 1: P 0.6, R 0.5, F1 6/11 (above). Page 2: empty prediction → P 0, R 0, F1 0.
    // Page 3: identical → 1, 1, 1.
    // Means: P = 1.6/3, R = 1.5/3 = 0.5, F1 = (6/11 + 1)/3 = 17/33.
    const scores = wordF1Scores([
      { truth: 'The cat sat on the mat', prediction: 'the the THE cat ran' },
      { truth: 'words here', prediction: '' },
      { truth: 'same', prediction: 'same' },
    ])
    expect(scores.precision).toBeCloseTo(1.6 / 3, 12)
    expect(scores.recall).toBeCloseTo(0.5, 12)
    expect(scores.f1).toBeCloseTo(17 / 33, 12)
  })

  it('gives 0 for an empty prediction or an empty truth', () => {
    expect(wordF1Page('some words', '')).toEqual({ precision: 0, recall: 0, f1: 0 })
    expect(wordF1Page('', 'some words')).toEqual({ precision: 0, recall: 0, f1: 0 })
    expect(wordF1Page('', '')).toEqual({ precision: 0, recall: 0, f1: 0 })
    expect(wordF1Page('one', 'one')).toEqual({ precision: 1, recall: 1, f1: 1 })
  })
})

describe('snippet metric', () => {
  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a \n\t b  c ')).toBe('a b c')
  })

  it('scores an output with every wanted and no unwanted snippet 1', () => {
    const scores = snippetScores([
      {
        output: 'First line.\n\nSecond   line.',
        with: ['First line. Second line.'],
        without: ['Menu'],
      },
    ])
    expect(scores).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      accuracy: 1,
      tp: 1,
      fp: 0,
      fn: 0,
      tn: 1,
    })
  })

  it('scores an output with only the unwanted snippets 0', () => {
    const scores = snippetScores([
      { output: 'Menu Subscribe', with: ['Story'], without: ['Menu', 'Subscribe'] },
    ])
    expect(scores).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
      accuracy: 0,
      tp: 0,
      fp: 2,
      fn: 1,
      tn: 0,
    })
  })

  it('is case-sensitive and sums counts over pages', () => {
    // Page 1: 'Alpha beta' found (tp), 'gamma' missing because case differs (fn),
    //   'Share' found (fp), 'Login' absent (tn).
    // Page 2: 'delta' found (tp), 'Menu' absent (tn).
    // Sums: tp 2, fp 1, fn 1, tn 2. P = 2/3, R = 2/3, F1 = 4/(4+1+1) = 2/3,
    // accuracy = 4/6 = 2/3.
    const items = [
      {
        output: 'Alpha  beta Gamma Share',
        with: ['Alpha beta', 'gamma'],
        without: ['Share', 'Login'],
      },
      { output: 'delta', with: ['delta'], without: ['Menu'] },
    ]
    const first = snippetPage(items[0] as (typeof items)[number])
    expect(first).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1, missed: ['gamma'], leaked: ['Share'] })
    const scores = snippetScores(items)
    expect(scores).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2, pages: 2 })
    expect(scores.precision).toBeCloseTo(2 / 3, 12)
    expect(scores.recall).toBeCloseTo(2 / 3, 12)
    expect(scores.f1).toBeCloseTo(2 / 3, 12)
    expect(scores.accuracy).toBeCloseTo(2 / 3, 12)
  })

  it('counts every wanted snippet as missed for an empty output', () => {
    expect(snippetScores([{ output: '', with: ['a', 'b'], without: ['c'] }])).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
      tp: 0,
      fp: 0,
      fn: 2,
      tn: 1,
    })
  })
})

describe('dataset reading', () => {
  it('parses Python list literals of strings', () => {
    expect(parsePythonStringList("['a', 'b']")).toEqual(['a', 'b'])
    expect(parsePythonStringList('[]')).toEqual([])
    expect(parsePythonStringList(`["it's", 'say "hi"', 'tab\\there']`)).toEqual([
      "it's",
      'say "hi"',
      'tab\there',
    ])
    expect(
      parsePythonStringList("['don\\'t', 'back\\\\slash', '\\xe9\\u00e8\\U0001F600']"),
    ).toEqual(["don't", 'back\\slash', 'éè😀'])
    expect(parsePythonStringList("[u'x', 'a' 'b', r'\\d',]")).toEqual(['x', 'ab', '\\d'])
    expect(() => parsePythonStringList("['open")).toThrow(SyntaxError)
    expect(() => parsePythonStringList("['a' 'b' x]")).toThrow(SyntaxError)
    expect(() => parsePythonStringList("'a'")).toThrow(SyntaxError)
  })

  it('reads snippet lists in every stored form', () => {
    expect(snippetList(['a', 'b'])).toEqual(['a', 'b'])
    expect(snippetList("['a, b', 'c']")).toEqual(['a, b', 'c'])
    expect(snippetList('["a", "b"]')).toEqual(['a', 'b'])
    expect(snippetList('one snippet')).toEqual(['one snippet'])
    expect(snippetList('')).toEqual([])
    expect(snippetList(undefined)).toBeNull()
  })

  it('decodes UTF-8 when valid, else the declared charset, else windows-1252', () => {
    const utf8 = new TextEncoder().encode('<meta charset="iso-8859-2"><p>café</p>')
    expect(decodePage(utf8, 'sniff')).toEqual({
      html: '<meta charset="iso-8859-2"><p>café</p>',
      charset: 'utf-8',
    })
    // 0xB3 is 'ł' in ISO-8859-2 and '³' in windows-1252; alone it is not valid UTF-8.
    const latin2 = Uint8Array.from([
      ...new TextEncoder().encode(
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>',
      ),
      0xb3,
    ])
    expect(declaredCharset(latin2)).toBe('iso-8859-2')
    expect(decodePage(latin2, 'sniff').html.endsWith('<p>ł')).toBe(true)
    const undeclared = Uint8Array.from([...new TextEncoder().encode('<p>'), 0x80, 0xb3])
    expect(decodePage(undeclared, 'sniff')).toEqual({ html: '<p>€³', charset: 'windows-1252' })
    // iso-8859-1 is windows-1252 by its WHATWG label: 0x93/0x94 are curly quotes, not C1 controls.
    expect(decodeBytes(Uint8Array.from([0x93, 0x61, 0x94, 0x81]), 'iso-8859-1')).toBe(
      '\u201ca\u201d\u0081',
    )
  })
})

describe('sentence metrics', () => {
  it('matches trimmed sentences, each gold sentence once', () => {
    expect(matchedSentences(['A b.', 'C d.'], [' A b. ', 'C d.'])).toBe(2)
    expect(matchedSentences(['Yes.', 'Yes.'], ['Yes.', 'Yes.', 'Yes.'])).toBe(2)
    expect(matchedSentences(['A b. C d.'], ['A b.', 'C d.'])).toBe(0)
  })

  it('counts a paragraph exact only with the same sentences in the same order', () => {
    expect(splitExactly(['A.', 'B.'], ['A.', 'B.'])).toBe(true)
    expect(splitExactly(['A.', 'B.'], ['B.', 'A.'])).toBe(false)
    expect(splitExactly(['A.', 'B.'], ['A. B.'])).toBe(false)
  })

  it('sums sentences over paragraphs and rates only multi-sentence paragraphs', () => {
    const scores = sentenceScores([
      { gold: ['One.'], predicted: ['One.'] },
      { gold: ['Two.', 'Three.'], predicted: ['Two. Three.'] },
      { gold: ['Four.', 'Five.'], predicted: ['Four.', 'Five.'] },
    ])
    expect(scores).toMatchObject({ gold: 5, predicted: 4, matched: 3, multi: 2, exact: 1 })
    expect(scores.precision).toBeCloseTo(3 / 4)
    expect(scores.recall).toBeCloseTo(3 / 5)
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35)
    expect(scores.exactRate).toBe(0.5)
  })

  it('scores nothing as zero, not as NaN', () => {
    expect(sentenceScores([])).toMatchObject({ precision: 0, recall: 0, f1: 0, exactRate: 0 })
  })
})
