import { describe, expect, it } from 'vitest'
import {
  defaultSettings,
  perGroup,
  probability,
  removals,
  siteFolds,
  siteOf,
  train,
} from '../scripts/furniture-training.js'
import { furnitureGuards } from '../src/clean/rules/furniture-score.js'

describe('siteOf', () => {
  it('reads the host without www., through web-archive copies', () => {
    expect(siteOf('https://www.harbour-news.example/2024/pact.html')).toBe('harbour-news.example')
    expect(siteOf('http://blog.harbour-news.example/a')).toBe('blog.harbour-news.example')
    expect(
      siteOf('https://web.archive.org/web/20200101000000/https://www.ferries.example/timetable'),
    ).toBe('ferries.example')
    expect(siteOf('http://web.archive.org/web/2019/http:/quay.example/x')).toBe('quay.example')
  })

  it('keeps a URL without a host as its own site, and gives none for no URL', () => {
    expect(siteOf('hard::harbour-news.example-pact.html')).toBe(
      'hard::harbour-news.example-pact.html',
    )
    expect(siteOf(null)).toBe('')
    expect(siteOf(undefined)).toBe('')
  })
})

describe('siteFolds', () => {
  it('puts all pages of a site in one fold and balances the folds', () => {
    const sites = ['a', 'b', 'a', 'c', 'd', 'a', 'e', 'b', 'f', 'g']
    const folds = siteFolds(sites, 3)
    expect(folds).toHaveLength(sites.length)
    for (let i = 0; i < sites.length; i++) {
      for (let j = 0; j < sites.length; j++) {
        if (sites[i] === sites[j]) expect(folds[i]).toBe(folds[j])
      }
    }
    const sizes = [0, 1, 2].map((fold) => folds.filter((f) => f === fold).length)
    expect(sizes.sort()).toEqual([3, 3, 4])
    expect(siteFolds(sites, 3)).toEqual(folds)
  })

  it('treats pages without a site as sites of their own', () => {
    expect(new Set(siteFolds(['', '', '', ''], 4)).size).toBe(4)
  })

  it('keeps sites whole and folds within one site’s size of each other, on made-up page lists', () => {
    let seed = 7
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let round = 0; round < 50; round++) {
      const count = 1 + Math.floor(next() * 60)
      const folds = 2 + Math.floor(next() * 5)
      const sites = Array.from({ length: count }, () => `site${Math.floor(next() * 20)}`)
      const foldOf = siteFolds(sites, folds)
      const foldOfSite = new Map<string, number>()
      sites.forEach((site, page) => {
        const fold = foldOf[page] as number
        expect(fold).toBeGreaterThanOrEqual(0)
        expect(fold).toBeLessThan(folds)
        expect(foldOfSite.get(site) ?? fold).toBe(fold)
        foldOfSite.set(site, fold)
      })
      const largest = Math.max(
        ...[...foldOfSite.keys()].map((s) => sites.filter((t) => t === s).length),
      )
      const sizes = Array.from(
        { length: folds },
        (_, fold) => foldOf.filter((f) => f === fold).length,
      )
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest)
    }
  })
})

describe('perGroup', () => {
  it('gives each group the same total, keeps proportions inside it and a mean of 1', () => {
    const weights = perGroup([1, 3, 2, 2, 2, 2], ['x', 'x', 'y', 'y', 'y', 'y'])
    const x = (weights[0] ?? 0) + (weights[1] ?? 0)
    const y = weights.slice(2).reduce((sum, w) => sum + w, 0)
    expect(x).toBeCloseTo(y)
    expect((weights[1] ?? 0) / (weights[0] ?? 1)).toBeCloseTo(3)
    expect(weights.reduce((sum, w) => sum + w, 0) / weights.length).toBeCloseTo(1)
  })
})

describe('train', () => {
  // Feature 0 separates the labels; feature 1 is noise.
  const rows = Array.from({ length: 400 }, (_, i) => [i % 2, (i * 37) % 11])
  const labels = rows.map((row) => row[0] as number)
  const weights = rows.map(() => 1)
  const pages = rows.map((_, i) => i % 40)

  it('learns a split that separates the labels, the same way each run', () => {
    const settings = { ...defaultSettings, rounds: 10, minLeaf: 10 }
    const trees = train(rows, labels, weights, pages, settings)
    expect(probability(trees, settings.rate, [1, 3])).toBeGreaterThan(0.8)
    expect(probability(trees, settings.rate, [0, 3])).toBeLessThan(0.2)
    expect(train(rows, labels, weights, pages, settings)).toEqual(trees)
  })

  it('does not split where one side holds blocks of too few pages', () => {
    // Only page 0 has feature 0 set: the split that would separate it is refused.
    const onePage = rows.map((row, i) => [i < 10 ? 1 : 0, row[1] as number])
    const oneLabels = onePage.map((row) => row[0] as number)
    const pageOf = rows.map((_, i) => (i < 10 ? 0 : 1 + (i % 39)))
    const settings = { ...defaultSettings, rounds: 1, minLeaf: 5, minPages: 2 }
    const trees = train(onePage, oneLabels, weights, pageOf, settings, [0])
    expect(trees).toHaveLength(1)
    expect(typeof trees[0]).toBe('number')
    const free = train(onePage, oneLabels, weights, pageOf, { ...settings, minPages: 0 }, [0])
    expect(typeof free[0]).not.toBe('number')
  })
})

describe('removals', () => {
  const block = (size: number, judged = true) => ({ size, judged })

  it('removes judged blocks at or over the least probability', () => {
    const blocks = [block(100), block(10), block(10), block(10, false)]
    expect(removals(blocks, [0.1, 0.9, 0.5, 0.9], furnitureGuards)).toEqual([
      false,
      true,
      true,
      false,
    ])
  })

  it('asks prose blocks for the higher least probability', () => {
    const prose = { size: 10, judged: true, prose: true }
    expect(removals([block(100), prose, prose], [0.1, 0.6, 0.75], furnitureGuards)).toEqual([
      false,
      false,
      true,
    ])
  })

  it('keeps a block holding a large share of the text, and everything when too much would go', () => {
    expect(removals([block(30), block(70)], [0.9, 0.1], furnitureGuards)).toEqual([false, false])
    const blocks = [block(20), block(20), block(20), block(20), block(20)]
    expect(removals(blocks, [0.9, 0.9, 0.9, 0.1, 0.1], furnitureGuards)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
