import { describe, expect, it } from 'vitest'
import {
  capitalisedNames,
  compareQuotes,
  cuesMatch,
  dateNotAfter,
  type GoldArticle,
  type GoldQuote,
  goldQuoteText,
  isPronoun,
  lastCapitalisedToken,
  matchQuotes,
  normaliseQuoteText,
  type PredictedQuote,
  prepareQuote,
  pronounSpeakerPlausible,
  scoreArticle,
  speakerNamesMatch,
  speakerRight,
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
      match: true,
      shared: 2,
      score: 1,
    })
    // Case differs: not exact, but the tokens are the same.
    expect(compare('Yes we can', 'yes we can')).toMatchObject({ exact: false, match: true })
  })

  it('matches when the shared tokens are half of each side or more, repeats counted', () => {
    // 5 of 6 tokens shared on each side.
    const near = compare('the cat sat on the mat', 'the dog sat on the mat')
    expect(near).toMatchObject({ exact: false, match: true, shared: 5 })
    expect(near.score).toBeCloseTo(10 / 12)
    // 2 of 4 on each side: exactly half.
    expect(compare('Alpha beta gamma delta', 'alpha beta epsilon zeta').match).toBe(true)
    // "the" twice on one side and once on the other shares one "the".
    expect(compare('the the end', 'the start').shared).toBe(1)
  })

  it('does not match a fragment that is less than half of the other side', () => {
    const gold = 'that the plan would “keep the details under wraps” until Friday at the earliest'
    // All 5 fragment tokens are in the gold quote, but they are 5 of its 14.
    expect(compare(gold, 'keep the details under wraps')).toMatchObject({
      match: false,
      shared: 5,
    })
    // The whole clause around a fragment matches a gold clause that holds it.
    expect(compare(gold, 'the plan would keep the details under wraps until Friday').match).toBe(
      true,
    )
  })

  it('never matches two empty texts', () => {
    expect(compare('“ ”', '...').match).toBe(false)
  })
})

describe('matchQuotes', () => {
  it('pairs one to one, exact pairs first, then by score', () => {
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
    expect(matches[0]?.score).toBeCloseTo(8 / 9)
  })

  it('prefers an exact pair over an earlier pair with the same tokens', () => {
    const matches = matchQuotes(
      [prepareQuote('Yes we can')],
      ['yes we can', 'Yes we can'].map(prepareQuote),
    )
    expect(matches).toEqual([{ gold: 0, pred: 1, exact: true, score: 1 }])
  })

  it('uses each prediction once', () => {
    const matches = matchQuotes(['We will win', 'We will win'].map(prepareQuote), [
      prepareQuote('We will win'),
    ])
    expect(matches).toHaveLength(1)
  })

  it('breaks a tie by the preferred pairs', () => {
    const preds = ['We will win', 'We will win'].map(prepareQuote)
    const matches = matchQuotes([prepareQuote('We will win')], preds, (_, pred) => pred === 1)
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

  it('takes a speaker as right by its name or by the words that name it', () => {
    const quote = (name: string | null, written?: string): PredictedQuote => ({
      text: 'x',
      kind: 'direct',
      speaker: name === null ? null : { name },
      speakerText: written ?? null,
      cue: null,
      date: null,
    })
    expect(speakerRight('Trump', quote('Donald Trump', 'Trump'))).toBe(true)
    expect(speakerRight('he', quote('Donald Trump', 'he'))).toBe(true)
    expect(speakerRight('He', quote('Donald Trump', 'he'))).toBe(true)
    expect(speakerRight('she', quote('Donald Trump', 'he'))).toBe(false)
    expect(speakerRight('he', quote('Donald Trump'))).toBe(false)
    expect(speakerRight('the campaign', quote('Trump campaign', 'the Trump campaign'))).toBe(true)
    expect(speakerRight('Clinton', quote('Donald Trump', 'he'))).toBe(false)
    expect(speakerRight(null, quote(null))).toBe(true)
    expect(speakerRight(null, quote('Donald Trump', 'Trump'))).toBe(false)
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
    pred('it “a rigged system” that hurts', 'partial', 'Hillary Clinton', 'called', null, 'She'),
    pred('Totally unrelated words here', 'indirect', null, null, null),
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
    pred('I do and so do you', 'partial', 'Smith', 'told', null),
  ]
  // Article B as if cleaning had dropped its last sentence.
  const cleanB = 'Senator Bernie Sanders spoke in Iowa. “Nobody knows,” he said.'
  const scoreA = scoreArticle(articleA, predsA, textA)
  const scoreB = scoreArticle(articleB, predsB, cleanB)
  const totals = totalScores([scoreA, scoreB])

  it('finds gold quotes by predictions of any kind', () => {
    expect(totals.kinds.direct).toMatchObject({ gold: 3, found: 3, exact: 3 })
    expect(totals.kinds.direct.recall).toBe(1)
    expect(totals.kinds.mixed).toMatchObject({ gold: 1, found: 1, exact: 0 })
    expect(totals.kinds.indirect).toMatchObject({ gold: 1, found: 0 })
    expect(totals.kinds.all).toMatchObject({ gold: 5, found: 4 })
    expect(totals.kinds.all.recall).toBeCloseTo(4 / 5)
    expect(totals.reachable).toBe(4)
  })

  it('counts precision by the kind each prediction claims', () => {
    // Two direct predictions, both right; two partial ones (claiming mixed),
    // both right though one found a direct quote; one indirect, wrong.
    expect(totals.kinds.direct).toMatchObject({ predicted: 2, correct: 2, sameKind: 2 })
    expect(totals.kinds.mixed).toMatchObject({ predicted: 2, correct: 2, sameKind: 1 })
    expect(totals.kinds.indirect).toMatchObject({ predicted: 1, correct: 0 })
    expect(totals.kinds.all.precision).toBeCloseTo(4 / 5)
    expect(totals.kinds.all.sameKindPrecision).toBeCloseTo(3 / 5)
  })

  it('checks speakers, counting a pronoun as written as the same pronoun', () => {
    // Trump, Smith and "She" (as written) are right; "he" given only as a name is not.
    expect(totals.kinds.direct).toMatchObject({ speakerRight: 2 })
    expect(totals.kinds.mixed).toMatchObject({ speakerRight: 1 })
    expect(totals.kinds.all.foundWithSpeaker).toBeCloseTo(3 / 5)
    expect(totals.kinds.all.speakerAccuracy).toBeCloseTo(3 / 4)
    expect(scoreB.wrongSpeaker.map((wrong) => wrong.id)).toEqual(['B1'])
    // Bernie Sanders is the one person named before "he": plausible.
    expect(totals.pronouns).toMatchObject({ total: 2, named: 2, plausible: 1 })
  })

  it('checks cues and dates of the found quotes', () => {
    expect(totals.kinds.direct).toMatchObject({ cues: 3, cueRight: 2, dated: 2, datedNotAfter: 1 })
    expect(totals.kinds.all.dateNotAfterShare).toBeCloseTo(0.5)
  })

  it('lists the misses for study', () => {
    expect(scoreA.missed.map((miss) => miss.id)).toEqual(['A2'])
    expect(scoreA.unmatched.map((quote) => quote.text)).toEqual(['Totally unrelated words here'])
    expect(scoreB.missed).toEqual([])
  })

  it('reports zeros when there are no predictions', () => {
    const empty = totalScores([scoreArticle(articleA, [], ''), scoreArticle(articleB, [], '')])
    expect(empty.kinds.all).toMatchObject({
      gold: 5,
      found: 0,
      predicted: 0,
      precision: 0,
      recall: 0,
      speakerAccuracy: 0,
    })
    expect(empty.reachable).toBe(0)
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
  speakerText: string | null = speaker,
): PredictedQuote {
  return {
    text,
    kind,
    speaker: speaker === null ? null : { name: speaker },
    speakerText,
    cue,
    date: date === null ? null : { value: date },
  }
}
