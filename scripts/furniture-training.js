// @ts-check
/**
 * The learning half of `train-furniture-model.js`, kept free of I/O so that
 * it can be tested: which site a page belongs to, folds that keep a site's
 * pages together, weights that stop a few long pages from dominating, the
 * boosted trees themselves, and what the rule would remove with them.
 */

/**
 * A leaf value, or [feature, cut, at or below, above, node value].
 * @typedef {number | [number, number, unknown, unknown, number]} Tree
 */

/**
 * How the trees are grown.
 * @typedef {object} Settings
 * @property {number} rounds Trees grown.
 * @property {number} depth Splits from the root to a leaf, at most.
 * @property {number} rate What each tree's leaves are multiplied by.
 * @property {number} minLeaf Fewest blocks on each side of a split.
 * @property {number} quantiles Candidate cuts per feature: this many quantiles, less one.
 * @property {number} lambda L2 penalty on leaf values (added to the hessian sum).
 * @property {number} minPages Fewest pages with blocks on each side of a split:
 *   the blocks of one page are alike, so a split that only a few pages
 *   support describes those pages rather than page structure.
 */

/** @type {Settings} */
export const defaultSettings = {
  rounds: 60,
  depth: 3,
  rate: 0.2,
  minLeaf: 50,
  quantiles: 16,
  lambda: 1,
  minPages: 0,
}

/**
 * The site of a page: the host name of its URL without `www.`, taken from
 * the archived URL for a web-archive copy; the URL itself when it has no
 * host (then the page is a site of its own).
 * @param {string | null | undefined} url
 * @returns {string}
 */
export function siteOf(url) {
  if (!url) return ''
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (parsed.hostname === 'web.archive.org') {
    const archived = parsed.pathname.match(/\/web\/[^/]+\/(.+)$/)
    if (archived?.[1]) return siteOf(archived[1].replace(/^(https?:)\/(?!\/)/, '$1//'))
  }
  return parsed.hostname ? parsed.hostname.replace(/^www\./, '') : url
}

/**
 * The fold of each page for cross-validation, with all pages of a site in
 * one fold: sites are dealt, most pages first (then by name), each to the
 * fold holding fewest pages so far (the lowest-numbered on a tie). Pages
 * without a site are sites of their own.
 * @param {readonly string[]} sites The site of each page.
 * @param {number} folds
 * @returns {number[]} A fold index in `[0, folds)` per page.
 */
export function siteFolds(sites, folds) {
  /** @type {Map<string, number[]>} */
  const pagesOf = new Map()
  sites.forEach((site, page) => {
    const key = site === '' ? `\u0000${page}` : site
    const pages = pagesOf.get(key)
    if (pages) pages.push(page)
    else pagesOf.set(key, [page])
  })
  const order = [...pagesOf].sort((a, b) =>
    b[1].length !== a[1].length ? b[1].length - a[1].length : a[0] < b[0] ? -1 : 1,
  )
  const sizes = new Array(folds).fill(0)
  const foldOf = new Array(sites.length).fill(0)
  for (const [, pages] of order) {
    let fold = 0
    for (let k = 1; k < folds; k++) if (sizes[k] < sizes[fold]) fold = k
    sizes[fold] += pages.length
    for (const page of pages) foldOf[page] = fold
  }
  return foldOf
}

/**
 * Weights that give each group (a page or a site) the same total, keeping
 * the proportions of the blocks inside it; the mean weight stays 1.
 * @param {readonly number[]} weights
 * @param {readonly (string | number)[]} groups
 * @returns {number[]}
 */
export function perGroup(weights, groups) {
  /** @type {Map<string | number, number>} */
  const totals = new Map()
  weights.forEach((weight, i) => {
    const group = /** @type {string | number} */ (groups[i])
    totals.set(group, (totals.get(group) ?? 0) + weight)
  })
  const scale = weights.length / Math.max(totals.size, 1)
  return weights.map((weight, i) => {
    const total = totals.get(/** @type {string | number} */ (groups[i])) ?? 1
    return total > 0 ? (weight / total) * scale : 0
  })
}

/**
 * Grow boosted trees on the logistic loss, splitting at feature quantiles
 * (deterministic: the same rows give the same trees).
 * @param {readonly number[][]} rows
 * @param {readonly number[]} labels 1 for furniture, 0 for story.
 * @param {readonly number[]} weights
 * @param {readonly number[]} pageOf The page of each row (for `minPages`).
 * @param {Settings} settings
 * @param {readonly number[]} [features] The features it may split on (default all).
 * @returns {Tree[]}
 */
export function train(rows, labels, weights, pageOf, settings, features) {
  const { rounds, depth, rate, minLeaf, quantiles, lambda, minPages } = settings
  const count = rows.length
  const width = rows[0]?.length ?? 0
  const usable = features ?? Array.from({ length: width }, (_, feature) => feature)
  const cuts = Array.from({ length: width }, (_, feature) => {
    const values = [...new Set(rows.map((row) => row[feature] ?? 0))].sort((a, b) => a - b)
    /** @type {Set<number>} */
    const chosen = new Set()
    for (let k = 1; k < quantiles; k++) {
      const value = values[Math.floor((k / quantiles) * values.length)]
      if (value !== undefined) chosen.add(round(value))
    }
    return [...chosen].sort((a, b) => a - b)
  })
  // Per row and feature, the first cut at or above the value (cuts.length when none):
  // a row goes low at cut c exactly when its bin is at most c.
  const bins = rows.map((row) =>
    cuts.map((featureCuts, feature) => {
      const value = row[feature] ?? 0
      let bin = 0
      while (bin < featureCuts.length && value > (featureCuts[bin] ?? 0)) bin++
      return bin
    }),
  )
  const scores = new Float64Array(count)
  const gradient = new Float64Array(count)
  const hessian = new Float64Array(count)
  /** @type {Tree[]} */
  const grown = []
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < count; i++) {
      const p = 1 / (1 + Math.exp(-(scores[i] ?? 0)))
      const w = weights[i] ?? 1
      gradient[i] = w * ((labels[i] ?? 0) - p)
      hessian[i] = w * p * (1 - p)
    }
    /**
     * @param {number[]} members
     * @param {number} level
     * @returns {Tree}
     */
    const grow = (members, level) => {
      let g = 0
      let h = 0
      for (const i of members) {
        g += gradient[i] ?? 0
        h += hessian[i] ?? 0
      }
      const value = round(g / (h + lambda))
      if (level >= depth || members.length < 2 * minLeaf) return value
      /** @type {{gain: number, feature: number, cut: number} | undefined} */
      let best
      const parentGain = (g * g) / (h + lambda)
      for (const feature of usable) {
        const featureCuts = cuts[feature] ?? []
        const gs = new Float64Array(featureCuts.length + 1)
        const hs = new Float64Array(featureCuts.length + 1)
        const ns = new Int32Array(featureCuts.length + 1)
        // A page has blocks at or below cut c when its lowest bin is at most c,
        // and above it when its highest bin is over c.
        /** @type {Map<number, [number, number]>} */
        const pageBins = new Map()
        for (const i of members) {
          const bin = bins[i]?.[feature] ?? 0
          gs[bin] = (gs[bin] ?? 0) + (gradient[i] ?? 0)
          hs[bin] = (hs[bin] ?? 0) + (hessian[i] ?? 0)
          ns[bin] = (ns[bin] ?? 0) + 1
          if (minPages > 0) {
            const page = pageOf[i] ?? 0
            const seen = pageBins.get(page)
            if (!seen) pageBins.set(page, [bin, bin])
            else {
              if (bin < seen[0]) seen[0] = bin
              if (bin > seen[1]) seen[1] = bin
            }
          }
        }
        const lowest = new Int32Array(featureCuts.length + 1)
        const highest = new Int32Array(featureCuts.length + 1)
        for (const [low, high] of pageBins.values()) {
          lowest[low] = (lowest[low] ?? 0) + 1
          highest[high] = (highest[high] ?? 0) + 1
        }
        let gl = 0
        let hl = 0
        let nl = 0
        let pagesLow = 0
        let pagesHigh = pageBins.size
        for (let c = 0; c < featureCuts.length; c++) {
          gl += gs[c] ?? 0
          hl += hs[c] ?? 0
          nl += ns[c] ?? 0
          pagesLow += lowest[c] ?? 0
          pagesHigh -= highest[c] ?? 0
          if (nl < minLeaf || members.length - nl < minLeaf) continue
          if (minPages > 0 && (pagesLow < minPages || pagesHigh < minPages)) continue
          const gain = (gl * gl) / (hl + lambda) + (g - gl) ** 2 / (h - hl + lambda) - parentGain
          if (!best || gain > best.gain) best = { gain, feature, cut: featureCuts[c] ?? 0 }
        }
      }
      if (!best || best.gain <= 1e-9) return value
      /** @type {number[]} */
      const low = []
      /** @type {number[]} */
      const high = []
      for (const i of members) ((rows[i]?.[best.feature] ?? 0) <= best.cut ? low : high).push(i)
      return [best.feature, best.cut, grow(low, level + 1), grow(high, level + 1), value]
    }
    const tree = grow(
      Array.from({ length: count }, (_, i) => i),
      0,
    )
    grown.push(tree)
    for (let i = 0; i < count; i++)
      scores[i] = (scores[i] ?? 0) + rate * leafOf(tree, rows[i] ?? [])
  }
  return grown
}

/**
 * The probability of furniture the trees give a row.
 * @param {readonly Tree[]} trees
 * @param {number} rate
 * @param {readonly number[]} row
 */
export function probability(trees, rate, row) {
  let score = 0
  for (const tree of trees) score += leafOf(tree, row)
  return 1 / (1 + Math.exp(-rate * score))
}

/**
 * The leaf value a row reaches.
 * @param {Tree} tree
 * @param {readonly number[]} row
 * @returns {number}
 */
export function leafOf(tree, row) {
  let node = tree
  while (typeof node !== 'number') {
    node = /** @type {Tree} */ ((row[node[0]] ?? 0) <= node[1] ? node[2] : node[3])
  }
  return node
}

/**
 * Which blocks of a page the rule removes, given each block's probability,
 * with the rule's guards (`furnitureGuards`): only judged blocks at or over
 * the least probability (a higher one for prose, `isProseBlock`), never one
 * holding too large a share of the text, and nothing when the removals would
 * take too much of it.
 * @param {readonly {size: number, judged: boolean, prose?: boolean}[]} blocks
 * @param {readonly number[]} probabilities
 * @param {{minProbability: number, minProseProbability: number, maxBlockShare: number, maxRemovedShare: number}} guards
 * @returns {boolean[]}
 */
export function removals(blocks, probabilities, guards) {
  let total = 0
  for (const block of blocks) total += block.size
  let removed = 0
  const gone = blocks.map((block, i) => {
    const least = block.prose
      ? Math.max(guards.minProbability, guards.minProseProbability)
      : guards.minProbability
    const going =
      block.judged && block.size < total * guards.maxBlockShare && (probabilities[i] ?? 0) >= least
    if (going) removed += block.size
    return going
  })
  return removed > total * guards.maxRemovedShare ? gone.map(() => false) : gone
}

/**
 * Four significant decimals: the model file stays short and the rule reads
 * the same numbers the training used.
 * @param {number} value
 */
export function round(value) {
  return Math.round(value * 1e4) / 1e4
}
