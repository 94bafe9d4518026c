// @ts-check
/**
 * Junk benchmark: real article bodies with the kinds of junk scrapers drag
 * along put between and after their paragraphs, cleaned as plain text and
 * as HTML. It reports, per family of junk and per input form, how much of
 * the junk went and how much of the story stayed.
 *
 *   npm run build
 *   npm run bench:junk -- <dataset-dir> [<dataset-dir> …] [--limit N] [--seed N] [--json report.json]
 *
 * The bodies are the `articleBody` texts of the datasets' ground truth. The
 * junk comes from two sources:
 *
 * - made-up families (photo credits, "related searches" lists, headline
 *   galleries, calls to action), generated from wordings written here. Each
 *   family's wordings are split in two halves, A and B, reported apart:
 *   tune on A, and a rule that lifts A but not B has learnt the wordings,
 *   not the family;
 * - real boilerplate: the `without` snippets of the datasets' ground truth
 *   (text that must not be in a page's output), put into other pages.
 *
 * A junk item counts as removed when none of its lines is in the output;
 * the story counts by its paragraphs found whole in the output. Texts are
 * compared by their words, so that list markers and punctuation do not count.
 */
import { writeFileSync } from 'node:fs'
import { clean } from '../dist/index.js'
import { loadDataset } from './dataset.js'
import { fixed } from './report.js'

/** @typedef {'A' | 'B'} Half */
/**
 * A junk item: its lines, and how it is written (`list`: as list items, or
 * `line`: each line a paragraph of its own).
 * @typedef {{family: string, half: Half, lines: string[], shape: 'line' | 'list'}} Junk
 */

/**
 * A small seeded generator (mulberry32): the same seed gives the same pages.
 * @param {number} seed
 */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @template T
 * @param {() => number} next
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(next, items) {
  return /** @type {T} */ (items[Math.floor(next() * items.length)])
}

const firstNames = [
  'Maria',
  'Jan',
  'Aiko',
  'Tomás',
  'Grace',
  'Olu',
  'Pieter',
  'Leila',
  'Sam',
  'Ingrid',
]
const lastNames = [
  'Lenz',
  'Novak',
  'Sato',
  'Ferreira',
  'Okafor',
  'Brandt',
  'Haddad',
  'Kowalski',
  'Reyes',
  'Lund',
]
const agencies = [
  'Reuters',
  'AFP',
  'AP',
  'Getty Images',
  'EPA',
  'Shutterstock',
  'Alamy',
  'dpa',
  'Bloomberg',
  'Xinhua',
]
const outlets = [
  'The Daily Ledger',
  'Coast Times',
  'Metro Herald',
  'The Morning Post',
  'City Wire',
  'Valley News',
]
const topics = [
  'Best Hiking Boots',
  'Cheap Flights To Lisbon',
  'Upcoming Concerts Near Me',
  'Used Cars Under 5000',
  'Senior Living Apartments',
  'Dental Implants Cost',
  'Online Nursing Degrees',
  'Home Solar Panels Price',
  'Weekend Getaways Nearby',
  'Luxury Watches For Men',
  'Small Business Loans',
  'Best Credit Cards 2024',
  'Walk In Bathtubs',
  'Pet Insurance Plans',
  'Kitchen Remodel Ideas',
  'Electric Bikes On Sale',
]
const headlines = [
  'Storm Leaves Thousands Without Power Across the Region',
  'Ten Things Nobody Tells You About Retirement',
  'Markets Slide as Investors Weigh Rate Outlook',
  'Local Bakery Wins National Award for Sourdough',
  'Scientists Find Water Ice Near Lunar Pole',
  'City Council Approves New Bike Lanes Downtown',
  'Star Striker Signs Record Deal With Rival Club',
  'What the New Tax Rules Mean for Renters',
  'Inside the Race to Build Cheaper Batteries',
  'Former Minister Breaks Silence on Scandal',
]

/** @type {Record<string, Record<Half, Array<(next: () => number) => string>>>} */
const lineFamilies = {
  'photo credit': {
    A: [
      (n) => `Photo: ${pick(n, firstNames)} ${pick(n, lastNames)}/${pick(n, agencies)}`,
      (n) => `Image credit: ${pick(n, agencies)}`,
      (n) => `${pick(n, firstNames)} ${pick(n, lastNames)} / ${pick(n, agencies)} via Getty Images`,
      (n) => `(Photo by ${pick(n, firstNames)} ${pick(n, lastNames)}/${pick(n, agencies)})`,
      (n) => `Credit: ${pick(n, firstNames)} ${pick(n, lastNames)}`,
      (n) => `Illustration by ${pick(n, firstNames)} ${pick(n, lastNames)}`,
      (n) => `Courtesy of the ${pick(n, lastNames)} family`,
    ],
    B: [
      (n) => `Photograph: ${pick(n, firstNames)} ${pick(n, lastNames)} for ${pick(n, outlets)}`,
      (n) => `Picture: ${pick(n, agencies)}`,
      (n) => `© ${pick(n, firstNames)} ${pick(n, lastNames)}`,
      (n) => `${pick(n, firstNames)} ${pick(n, lastNames)}/${pick(n, agencies)}`,
      (n) => `Image: ${pick(n, firstNames)} ${pick(n, lastNames)} (${pick(n, agencies)})`,
      (n) => `AP Photo/${pick(n, firstNames)} ${pick(n, lastNames)}`,
      (n) => `Photo courtesy of ${pick(n, outlets)}`,
    ],
  },
  'call to action': {
    A: [
      () => 'Download our app for the latest news and alerts.',
      () => 'Support our journalism: become a member today.',
      () => 'Click here to read more.',
      () => 'Sign up for our newsletter to get the best stories in your inbox.',
      () => 'Follow us on Facebook, Instagram and X.',
      () => 'Share this article with your friends.',
      () => 'Subscribe now and get your first month free.',
      () => 'Get our top headlines sent straight to your inbox.',
      () => 'For more news, visit our homepage.',
    ],
    B: [
      () => 'Get the app',
      () => 'Become a supporter and help keep independent reporting free for everyone.',
      () => 'Like this story? Share it on social media.',
      () => 'Never miss a story: turn on notifications.',
      () => 'Enjoyed this article? Buy us a coffee.',
      () => 'Join our mailing list for weekly updates.',
      () => 'Tap here to continue reading.',
      () => 'Sign up for our morning briefing.',
      () => 'Support our newsroom: donate today.',
    ],
  },
}

/** @type {Record<Half, Array<(next: () => number) => string>>} */
const galleryLine = {
  A: [
    (n) => `${pick(n, headlines)} | ${pick(n, outlets)}`,
    (n) => pick(n, headlines),
    (n) =>
      pick(n, headlines)
        .toLowerCase()
        .replace(/^./, (c) => c.toUpperCase()),
  ],
  B: [
    (n) => `${pick(n, headlines)} - ${pick(n, outlets)}`,
    (n) =>
      `${pick(n, headlines)
        .toLowerCase()
        .replace(/^./, (c) => c.toUpperCase())} | ${pick(n, outlets)}`,
  ],
}

/** @type {Record<Half, string[]>} */
const listLabels = {
  A: ['', 'Related searches', 'People also search for'],
  B: ['', 'You may also like', 'Trending topics', 'Trending searches'],
}

/**
 * One junk item of a family and half.
 * @param {string} family
 * @param {Half} half
 * @param {() => number} next
 * @returns {Junk}
 */
function makeJunk(family, half, next) {
  if (family === 'related searches') {
    const count = 2 + Math.floor(next() * 5)
    // Search terms are typed in lower case as often as not.
    const lower = half === 'B' && next() < 0.5
    const items = Array.from({ length: count }, () => pick(next, topics)).map((topic) =>
      lower ? topic.toLowerCase() : topic,
    )
    const label = pick(next, listLabels[half])
    // Scrapers write such lists as list items, or as bare lines.
    const shape = next() < 0.5 ? 'list' : 'line'
    return { family, half, lines: label ? [label, ...new Set(items)] : [...new Set(items)], shape }
  }
  if (family === 'headline gallery') {
    const count = 2 + Math.floor(next() * 4)
    const lines = Array.from({ length: count }, () => pick(next, galleryLine[half])(next))
    return { family, half, lines: [...new Set(lines)], shape: 'line' }
  }
  const wordings = lineFamilies[family]?.[half] ?? []
  return { family, half, lines: [pick(next, wordings)(next)], shape: 'line' }
}

/**
 * Whether a line is one of the search topics, in any case.
 * @param {string} line
 */
function isTopic(line) {
  return topics.some((topic) => topic.toLowerCase() === line.toLowerCase())
}

/**
 * Write a body with junk as plain text: a title line, one paragraph a line,
 * list items as `- ` lines.
 * @param {string} title
 * @param {Array<string | Junk>} blocks
 */
function asText(title, blocks) {
  const lines = [title]
  for (const block of blocks) {
    if (typeof block === 'string') lines.push(block)
    else if (block.shape === 'list') {
      const [first, ...rest] = block.lines
      const labelled = block.lines.length > 0 && !isTopic(first ?? '')
      if (labelled && first) lines.push(first)
      for (const item of labelled ? rest : block.lines) lines.push(`- ${item}`)
    } else lines.push(...block.lines)
  }
  return `${lines.join('\n')}\n`
}

/**
 * @param {string} text
 */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Write a body with junk as an HTML page: the story in an `<article>`,
 * credits and pleas as paragraphs, lists as lists of links, galleries as
 * lines of links.
 * @param {string} title
 * @param {Array<string | Junk>} blocks
 */
function asHtml(title, blocks) {
  const parts = []
  let link = 0
  for (const block of blocks) {
    if (typeof block === 'string') {
      parts.push(`<p>${escapeHtml(block)}</p>`)
      continue
    }
    if (block.shape === 'list') {
      const [first, ...rest] = block.lines
      const labelled = !isTopic(first ?? '')
      if (labelled && first) parts.push(`<p>${escapeHtml(first)}</p>`)
      const items = labelled ? rest : block.lines
      parts.push(
        `<ul>${items.map((item) => `<li><a href="/s/${link++}">${escapeHtml(item)}</a></li>`).join('')}</ul>`,
      )
    } else if (block.family === 'headline gallery' || block.family === 'related searches') {
      for (const line of block.lines)
        parts.push(`<p><a href="/story/${link++}">${escapeHtml(line)}</a></p>`)
    } else {
      for (const line of block.lines) parts.push(`<p>${escapeHtml(line)}</p>`)
    }
  }
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${parts.join('')}</article></body></html>`
}

/**
 * Whitespace collapsed, for building the pages.
 * @param {string} text
 */
function flat(text) {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The words of a text (letters and digits of any script), lower-cased and
 * joined by single spaces, with spaces around: what is compared, so that
 * list markers, escapes and punctuation the cleaning changes do not count.
 * @param {string} text
 */
function wordsOf(text) {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `
}

/**
 * @typedef {object} Tally
 * @property {number} items
 * @property {number} removed
 */

/** @param {Record<string, Tally>} tallies @param {string} key */
function tally(tallies, key) {
  tallies[key] ??= { items: 0, removed: 0 }
  return /** @type {Tally} */ (tallies[key])
}

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{dirs: string[], limit: number | null, seed: number, json: string | null}} */
  const options = { dirs: [], limit: null, seed: 1, json: null }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--limit' || arg === '--seed') {
      const value = Number(argv[++index])
      if (!Number.isInteger(value) || value < 0) usage(`${arg} needs a whole number`)
      if (arg === '--limit') options.limit = value
      else options.seed = value
    } else if (arg === '--json') {
      const value = argv[++index]
      if (!value) usage('--json needs a file name')
      options.json = value
    } else if (arg === '--help' || arg === '-h') usage()
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`)
    else options.dirs.push(arg)
  }
  if (options.dirs.length === 0) usage('name at least one dataset folder')
  return options
}

/**
 * @param {string} [problem]
 * @returns {never}
 */
function usage(problem) {
  if (problem) console.error(`bench:junk: ${problem}`)
  console.error(
    'usage: npm run bench:junk -- <dataset-dir> [<dataset-dir> …] [--limit N] [--seed N] [--json report.json]',
  )
  process.exit(problem ? 2 : 0)
}

const families = ['photo credit', 'related searches', 'headline gallery', 'call to action']
const options = parseArgs(process.argv.slice(2))
const next = random(options.seed)

/** @type {Array<{title: string, paragraphs: string[]}>} */
const bodies = []
/** @type {string[]} */
const realJunk = []
for (const dir of options.dirs) {
  const { truths } = loadDataset(dir)
  for (const truth of truths) {
    for (const snippet of truth.without ?? []) {
      const text = flat(snippet)
      if (text.length >= 12 && text.length <= 300) realJunk.push(text)
    }
    const paragraphs = (truth.articleBody ?? '')
      .split(/\n+/)
      .map(flat)
      .filter((paragraph) => paragraph.split(' ').length >= 12)
    if (paragraphs.length >= 3 && truth.title) bodies.push({ title: flat(truth.title), paragraphs })
  }
}
const pages = options.limit === null ? bodies : bodies.slice(0, options.limit)

/** @type {Record<string, Tally>} */
const junkTallies = {}
/** @type {Record<string, Tally>} */
const storyTallies = {}
for (const [index, page] of pages.entries()) {
  // Every page gets one item of each made-up family, alternating halves, and one real snippet.
  const half = /** @type {Half} */ (index % 2 === 0 ? 'A' : 'B')
  const junk = families.map((family) => makeJunk(family, half, next))
  const real = pick(next, realJunk)
  if (real) junk.push({ family: 'real boilerplate', half, lines: [real], shape: 'line' })
  /** @type {Array<string | Junk>} */
  const blocks = [...page.paragraphs]
  for (const item of junk) {
    // Galleries trail the story; the rest stand anywhere after the first paragraph.
    const at =
      item.family === 'headline gallery' ? blocks.length : 1 + Math.floor(next() * blocks.length)
    blocks.splice(at, 0, item)
  }
  for (const form of /** @type {const} */ (['text', 'html'])) {
    const input = form === 'text' ? asText(page.title, blocks) : asHtml(page.title, blocks)
    const output = wordsOf(clean(input, { format: form }).text)
    for (const item of junk) {
      const gone = item.lines.every((line) => !output.includes(wordsOf(line)))
      const key = `${item.family}\t${item.family === 'real boilerplate' ? '-' : item.half}\t${form}`
      const entry = tally(junkTallies, key)
      entry.items++
      if (gone) entry.removed++
    }
    const story = tally(storyTallies, form)
    for (const paragraph of page.paragraphs) {
      story.items++
      if (output.includes(wordsOf(paragraph))) story.removed++
    }
  }
}

console.log(`${pages.length} pages, seed ${options.seed}; junk removed (share of items):`)
console.log(
  ['family'.padEnd(18), 'half', 'form', 'removed'.padStart(8), 'items'.padStart(6)].join('  '),
)
for (const [key, { items, removed }] of Object.entries(junkTallies).sort()) {
  const [family, half, form] = key.split('\t')
  console.log(
    [
      (family ?? '').padEnd(18),
      (half ?? '').padEnd(4),
      (form ?? '').padEnd(4),
      fixed(removed / items).padStart(8),
      String(items).padStart(6),
    ].join('  '),
  )
}
/** @param {'text' | 'html'} form @param {(key: string) => boolean} keep */
const share = (form, keep) => {
  const chosen = Object.entries(junkTallies).filter(
    ([key]) => key.endsWith(`\t${form}`) && keep(key),
  )
  const items = chosen.reduce((sum, [, entry]) => sum + entry.items, 0)
  return chosen.reduce((sum, [, entry]) => sum + entry.removed, 0) / items
}
for (const form of /** @type {const} */ (['text', 'html'])) {
  const story = storyTallies[form] ?? { items: 0, removed: 0 }
  console.log(
    `${form}: made-up junk removed ${fixed(share(form, (key) => !key.startsWith('real')))}` +
      ` (A ${fixed(share(form, (key) => key.includes('\tA\t')))}, B ${fixed(share(form, (key) => key.includes('\tB\t')))}),` +
      ` real boilerplate removed ${fixed(share(form, (key) => key.startsWith('real')))},` +
      ` story paragraphs kept ${fixed(story.removed / story.items)}`,
  )
}
if (options.json) {
  writeFileSync(
    options.json,
    `${JSON.stringify({ seed: options.seed, pages: pages.length, junk: junkTallies, story: storyTallies }, null, 2)}\n`,
  )
  console.log(`report written to ${options.json}`)
}
