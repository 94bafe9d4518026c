import { describe, expect, it } from 'vitest'
import {
  capitalisedNames,
  compareQuotes,
  cuesMatch,
  dateNotAfter,
  type GoldArticle,
  type GoldQuote,
  goldQuoteText,
  isFragmentOf,
  isPronoun,
  lastCapitalisedToken,
  matchQuotes,
  normaliseQuoteText,
  type PredictedQuote,
  prepareQuote,
  pronounSpeakerPlausible,
  scoreArticle,
  speakerNamesMatch,
  totalScores,
} from '../bench/quote-metrics.js'

/** Compare two raw texts. */
function compare(a: string, b: string) {
  return compareQuotes(prepareQuote(a), prepareQuote(b))
}

describe('normaliseQuoteText', () => {
  it('collapses whitespace and trims quote marks and punctuation from the ends', () => {
    expect(normaliseQuoteText('  “Hello,\n\u00a0 world!”  ')).toBe('Hello world')
    expect(normaliseQuoteText('«Bonjour»')).toBe('Bonjour')
    expect(normaliseQuoteText('"Why not?"')).toBe('Why not')
  })

  it('makes curly single quotes and apostrophes straight and keeps them inside', () => {
    expect(normaliseQuoteText('"It’s ‘fine,’ he said."')).toBe("It's 'fine,' he said")
    expect(normaliseQuoteText("It's 'fine,' he said")).toBe("It's 'fine,' he said")
  })

  it('reads an interrupted quote alike with or without the marks and comma between its pieces', () => {
    const joined = '“A dog,” “a cat.”'
    expect(normaliseQuoteText(joined)).toBe('A dog a cat')
    expect(normaliseQuoteText('A dog, a cat.')).toBe('A dog a cat')
    expect(normaliseQuoteText('A dog a cat')).toBe('A dog a cat')
  })

  it('keeps commas inside numbers and keeps case', () => {
    expect(normaliseQuoteText('“1,000 People”')).toBe('1,000 People')
  })
})

describe('compareQuotes', () => {
  it('matches exactly when the normalised texts are equal', () => {
    expect(compare('“Hello, world.”', 'Hello world')).toEqual({
      exact: true,
      overlap: true,
      jaccard: 1,
    })
    // Case differs: not exact, but the token sets are the same.
    expect(compare('Yes we can', 'yes we can')).toEqual({ exact: false, overlap: true, jaccard: 1 })
  })

  it('overlaps at Jaccard 0.5 or more', () => {
    // {the, cat, sat, on, mat} vs {dog, sat, on, the, mat}: 4 shared of 6.
    const near = compare('the cat sat on the mat', 'the dog sat on the mat')
    expect(near.exact).toBe(false)
    expect(near.jaccard).toBeCloseTo(4 / 6)
    expect(near.overlap).toBe(true)
    // {alpha, beta, gamma} vs {alpha, beta, delta}: 2 of 4, exactly the threshold.
    const edge = compare('Alpha beta gamma', 'alpha beta delta')
    expect(edge.jaccard).toBe(0.5)
    expect(edge.overlap).toBe(true)
    // {we, will, win, the, election, in, november} vs {we, will, lose, badly}: 2 of 9.
    const far = compare('we will win the election in november', 'we will lose badly')
    expect(far.jaccard).toBeCloseTo(2 / 9)
    expect(far.overlap).toBe(false)
  })

  it('overlaps by containment when the contained text has at least 3 tokens', () => {
    const gold = 'that the plan would “keep the details under wraps” until Friday at the earliest'
    const fragment = compare(gold, 'keep the details under wraps')
    // 5 shared tokens of 12 distinct: below 0.5, found by containment.
    expect(fragment.jaccard).toBeCloseTo(5 / 12)
    expect(fragment.overlap).toBe(true)
    const short = compare('his tweet was only “to mock” Hillary Clinton', 'to mock')
    expect(short.jaccard).toBeCloseTo(2 / 8)
    expect(short.overlap).toBe(false)
  })

  it('never matches two empty texts', () => {
    expect(compare('“ ”', '...').overlap).toBe(false)
  })
})

describe('matchQuotes', () => {
  it('pairs one to one, exact pairs first, then by Jaccard', () => {
    const golds = ['Alpha beta gamma delta', 'Alpha beta gamma delta epsilon zeta'].map(
      prepareQuote,
    )
    const preds = ['Alpha beta gamma delta epsilon zeta', 'Alpha beta gamma delta epsilon'].map(
      prepareQuote,
    )
    const matches = matchQuotes(golds, preds)
    expect(matches.map(({ gold, pred, exact }) => ({ gold, pred, exact }))).toEqual([
      { gold: 0, pred: 1, exact: false },
      { gold: 1, pred: 0, exact: true },
    ])
    expect(matches[0]?.jaccard).toBeCloseTo(4 / 5)
  })

  it('prefers an exact pair over an earlier pair with the same tokens', () => {
    const matches = matchQuotes(
      [prepareQuote('Yes we can')],
      ['yes we can', 'Yes we can'].map(prepareQuote),
    )
    expect(matches).toEqual([{ gold: 0, pred: 1, exact: true, jaccard: 1 }])
  })

  it('uses each prediction once', () => {
    const matches = matchQuotes(['We will win', 'We will win'].map(prepareQuote), [
      prepareQuote('We will win'),
    ])
    expect(matches).toHaveLength(1)
  })

  it('breaks a tie by the preferred predictions', () => {
    const preds = ['We will win', 'We will win'].map(prepareQuote)
    const matches = matchQuotes([prepareQuote('We will win')], preds, (index) => index === 1)
    expect(matches[0]?.pred).toBe(1)
  })
})

describe('speakers', () => {
  it('recognises pronouns, whatever their case', () => {
    expect(isPronoun('He')).toBe(true)
    expect(isPronoun(' they ')).toBe(true)
    expect(isPronoun('his')).toBe(true)
    expect(isPronoun('Trump')).toBe(false)
    expect(isPronoun('the president')).toBe(false)
    expect(isPronoun(null)).toBe(false)
  })

  it('finds the last capitalised word of a name', () => {
    expect(lastCapitalisedToken('Donald Trump Jr.')).toBe('trump')
    expect(lastCapitalisedToken('Rep. Gwen Moore (D-Wis.)')).toBe('moore')
    expect(lastCapitalisedToken('Hillary Clinton’s')).toBe('clinton')
    expect(lastCapitalisedToken('the president')).toBeNull()
  })

  it('matches named speakers by last capitalised word or by containment', () => {
    expect(speakerNamesMatch('Donald Trump', 'Trump')).toBe(true)
    expect(speakerNamesMatch('Mr. Obama', 'President Barack Obama')).toBe(true)
    expect(speakerNamesMatch('President Obama', 'the president')).toBe(true)
    expect(speakerNamesMatch('Hillary Clinton', 'Trump')).toBe(false)
    expect(speakerNamesMatch('Chelsea', 'he')).toBe(false)
  })

  it('reads appositives in the gold speaker without matching words inside them', () => {
    const baer = 'Kenneth Baer, a former Obama administration official who runs Crosscut Strategies'
    expect(speakerNamesMatch('Kenneth Baer', baer)).toBe(true)
    expect(speakerNamesMatch('Obama', baer)).toBe(false)
    expect(speakerNamesMatch('Laurence H. Tribe', 'Another critic, Laurence H. Tribe,')).toBe(true)
  })

  it('never counts a predicted pronoun as a name', () => {
    expect(speakerNamesMatch('he', 'he')).toBe(false)
  })

  it('finds capitalised multi-word names, dropping sentence starters and possessives', () => {
    expect(
      capitalisedNames(
        'But Hillary Clinton met Mr. Obama. Then Donald Trump’s aide left.\nNew York',
      ),
    ).toEqual(['Hillary Clinton', 'Mr. Obama', 'Donald Trump', 'New York'])
  })

  it('calls a pronoun speaker plausible when exactly one nearby name matches', () => {
    const context = 'Donald Trump met Hillary Clinton in Ohio. Later, '
    expect(pronounSpeakerPlausible('Trump', context)).toBe(true)
    expect(pronounSpeakerPlausible('Hillary Clinton', context)).toBe(true)
    expect(pronounSpeakerPlausible('Bernie Sanders', context)).toBe(false)
    expect(pronounSpeakerPlausible('He', context)).toBe(false)
    expect(pronounSpeakerPlausible(null, context)).toBe(false)
    // "Donald" matches two different people: ambiguous.
    expect(pronounSpeakerPlausible('Donald', 'Donald Trump joked about Donald Duck.')).toBe(false)
  })
})

describe('cues and dates', () => {
  it('compares cues case-insensitively, trimmed, without a trailing colon', () => {
    expect(cuesMatch('Said', ' said: ')).toBe(true)
    expect(cuesMatch('said', 'told')).toBe(false)
    expect(cuesMatch('said', 'said Monday')).toBe(false)
    expect(cuesMatch(null, 'said')).toBe(false)
  })

  it('accepts a date value not after publication, at its own precision', () => {
    expect(dateNotAfter('2016-09-12', '2016-09-12')).toBe(true)
    expect(dateNotAfter('2016-09-13', '2016-09-12')).toBe(false)
    expect(dateNotAfter('2016-09', '2016-09-12')).toBe(true)
    expect(dateNotAfter('2016-10', '2016-09-12')).toBe(false)
    expect(dateNotAfter('2015', '2016-09-12')).toBe(true)
    expect(dateNotAfter('next week', '2016-09-12')).toBe(false)
  })
})

/** A gold quote whose spans are the given pieces of the text, found in order. */
function gold(
  text: string,
  id: string,
  kind: GoldQuote['kind'],
  pieces: string[],
  speaker: string | null,
  cue: string,
): GoldQuote {
  let from = 0
  const quoteSpans = pieces.map((piece): [number, number] => {
    const start = text.indexOf(piece, from)
    if (start < 0) throw new Error(`piece not in text: ${piece}`)
    from = start + piece.length
    return [start, from]
  })
  const quote = quoteSpans.map(([start, end]) => text.slice(start, end)).join(' ')
  return { id, quote, speaker, cue, kind, quoteSpans, speakerSpans: [], cueSpans: [] }
}

/** A predicted quote. */
function pred(
  text: string,
  kind: PredictedQuote['kind'],
  speaker: string | null,
  cue: string | null,
  date: string | null,
): PredictedQuote {
  return {
    text,
    kind,
    speaker: speaker === null ? null : { name: speaker },
    cue,
    date: date === null ? null : { value: date },
  }
}

describe('goldQuoteText', () => {
  it('joins the slices of the spans with a space', () => {
    const text = '“I do,” Jane Smith said, “and so do you.”'
    const quote = gold(text, 'E1', 'direct', ['“I do,”', '“and so do you.”'], 'Jane Smith', 'said')
    expect(goldQuoteText({ text }, quote)).toBe('“I do,” “and so do you.”')
  })
})

describe('scores on a two-article dataset', () => {
  const textA =
    '“We will win,” Trump said on Monday. Clinton said the economy was strong. ' +
    'She called it “a rigged system” that hurts families.'
  const articleA: GoldArticle = {
    id: 'a',
    date: '2016-09-12',
    text: textA,
    quotes: [
      gold(textA, 'A1', 'direct', ['“We will win,”'], 'Trump', 'said'),
      gold(textA, 'A2', 'indirect', ['the economy was strong'], 'Clinton', 'said'),
      gold(textA, 'A3', 'mixed', ['it “a rigged system” that hurts families'], 'She', 'called'),
    ],
  }
  const predsA = [
    pred('We will win', 'direct', 'Donald Trump', 'said', '2016-09-12'),
    pred('a rigged system', 'partial', 'Hillary Clinton', 'called', null),
    pred('Totally unrelated words here', 'direct', null, null, null),
  ]
  const textB =
    'Senator Bernie Sanders spoke in Iowa. “Nobody knows,” he said. ' +
    '“I do,” Jane Smith said, “and so do you.”'
  const articleB: GoldArticle = {
    id: 'b',
    date: '2016-10-01',
    text: textB,
    quotes: [
      gold(textB, 'B1', 'direct', ['“Nobody knows,”'], 'he', 'said'),
      gold(textB, 'B2', 'direct', ['“I do,”', '“and so do you.”'], 'Jane Smith', 'said'),
    ],
  }
  const predsB = [
    pred('Nobody knows', 'direct', 'Bernie Sanders', 'said', '2016-10-05'),
    pred('I do and so do you', 'direct', 'Smith', 'told', null),
  ]
  // Article B as if cleaning had dropped its last sentence.
  const cleanB = 'Senator Bernie Sanders spoke in Iowa. “Nobody knows,” he said.'
  const scoreA = scoreArticle(articleA, predsA, textA)
  const scoreB = scoreArticle(articleB, predsB, cleanB)
  const totals = totalScores([scoreA, scoreB])

  it('scores direct quotes, setting aside a partial quote that matched a mixed one', () => {
    const { exact, overlap, reachable } = totals.families.direct
    expect(overlap).toMatchObject({ gold: 3, found: 3, predicted: 5, correct: 3, elsewhere: 1 })
    expect(overlap.precision).toBeCloseTo(3 / 4)
    expect(overlap.precisionAll).toBeCloseTo(3 / 5)
    expect(overlap.recall).toBe(1)
    expect(overlap.f1).toBeCloseTo((2 * 0.75) / 1.75)
    // The partial quote matched its mixed quote only by overlap: at the exact
    // level it is a plain false positive.
    expect(exact).toMatchObject({ found: 3, correct: 3, elsewhere: 0 })
    expect(exact.precision).toBeCloseTo(3 / 5)
    expect(exact.f1).toBeCloseTo(0.75)
    expect(reachable).toBe(2)
  })

  it('scores mixed and indirect quotes separately', () => {
    const { mixed, indirect } = totals.families
    expect(mixed.overlap).toMatchObject({ gold: 1, found: 1, predicted: 1, correct: 1 })
    expect(mixed.overlap.f1).toBe(1)
    expect(mixed.exact).toMatchObject({ found: 0, correct: 0, precision: 0, recall: 0, f1: 0 })
    expect(indirect.overlap).toMatchObject({ gold: 1, found: 0, predicted: 0, precision: 0 })
    expect(indirect.overlap.recall).toBe(0)
  })

  it('checks speakers, cues and dates of the matched quotes', () => {
    expect(totals.speaker.named).toEqual({ total: 2, predicted: 2, correct: 2 })
    expect(totals.speaker.pronoun).toEqual({ total: 1, predicted: 1, plausible: 1 })
    expect(totals.cue.direct).toMatchObject({ total: 3, correct: 2 })
    expect(totals.cue.mixed).toMatchObject({ total: 1, correct: 1 })
    expect(totals.date.direct).toMatchObject({ total: 3, withValue: 2, notAfter: 1 })
    expect(totals.date.all).toMatchObject({ total: 4, withValue: 2, notAfter: 1 })
    expect(totals.date.all.coverage).toBeCloseTo(0.5)
  })

  it('lists the misses for study', () => {
    expect(scoreA.missed.map((miss) => miss.id)).toEqual(['A2'])
    expect(scoreA.unmatched.map((quote) => quote.text)).toEqual(['Totally unrelated words here'])
    expect(scoreA.near.map((near) => near.id)).toEqual(['A3'])
    expect(scoreB.missed).toEqual([])
    expect(totals.predictedByKind).toEqual({ direct: 4, partial: 1, indirect: 0 })
  })

  it('counts a wrong named speaker and an implausible pronoun speaker as wrong', () => {
    const wrong = scoreArticle(
      articleB,
      [
        pred('Nobody knows', 'direct', 'Hillary Clinton', 'said', null),
        pred('I do and so do you', 'direct', 'Bernie Sanders', 'said', null),
      ],
      textB,
    )
    expect(wrong.speaker.named).toEqual({ total: 1, predicted: 1, correct: 0 })
    expect(wrong.speaker.pronoun).toEqual({ total: 1, predicted: 1, plausible: 0 })
  })

  it('reports zeros when there are no predictions', () => {
    const empty = totalScores([scoreArticle(articleA, [], ''), scoreArticle(articleB, [], '')])
    expect(empty.families.direct.overlap).toMatchObject({
      gold: 3,
      found: 0,
      predicted: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    })
    expect(empty.families.direct.reachable).toBe(0)
  })
})

describe('partial quotes that are fragments of a mixed statement', () => {
  const text = 'Trump called the ad “disgusting” and said it should be pulled.'
  const article: GoldArticle = {
    id: 'f',
    date: '2016-09-30',
    text,
    quotes: [
      gold(
        text,
        'F1',
        'mixed',
        ['the ad “disgusting” and said it should be pulled'],
        'Trump',
        'called',
      ),
    ],
  }

  it('knows a fragment by its words inside the gold text', () => {
    expect(isFragmentOf('disgusting', ['the ad disgusting and said it should be pulled'])).toBe(
      true,
    )
    expect(isFragmentOf('a con', ['the ad disgusting and said it should be pulled'])).toBe(false)
    expect(isFragmentOf('', ['anything'])).toBe(false)
  })

  it('sets a one-word fragment aside from direct precision at the overlap level only', () => {
    const fragment = scoreArticle(
      article,
      [pred('disgusting', 'partial', 'Trump', 'called', null)],
      text,
    )
    expect(fragment.families.direct.overlap).toMatchObject({
      predicted: 1,
      correct: 0,
      elsewhere: 1,
    })
    expect(fragment.families.direct.exact).toMatchObject({ predicted: 1, correct: 0, elsewhere: 0 })
    const stray = scoreArticle(article, [pred('a con', 'partial', 'Trump', 'called', null)], text)
    expect(stray.families.direct.overlap).toMatchObject({ predicted: 1, correct: 0, elsewhere: 0 })
  })
})
