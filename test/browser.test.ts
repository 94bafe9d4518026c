import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPlayground, bundleMainEntry } from '../scripts/build-browser.js'
import { chromiumMissing, launchChromium, viewport } from '../scripts/chromium.js'
import { screenshotFile } from '../scripts/report-screenshot.js'
import { type Article, clean, type Section, toReport } from '../src/index.js'
import { collapseWhitespace } from '../src/shared/text-shape.js'
import {
  afterContentInPage,
  legendColoursInPage,
  loadEventEndInPage,
  marksInPage,
  nextFrameInPage,
  pictureInPage,
  resetStatusInPage,
} from './in-page.js'

/**
 * The report and the playground as a reader sees them, in the system's
 * Chromium: where the marks are, what the toggles do, that nothing runs or
 * loads, and what the pages look like.
 */

const fixtures = new URL('../fixtures/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8')
const seed = read('khamenei-red-line/input.txt')
const worldNews = read('html-world-news/input.html')

/** Every page of the hostile suite, and the tricks a page can try on a report, in one page. */
const hostile = [
  '<html><head><base href="https://example.com/"><meta http-equiv="refresh" content="0;url=https://example.com/">',
  '<link rel="stylesheet" href="https://example.com/a.css"><style>body{background:url(https://example.com/b.png)}</style>',
  '<script>alert(1)</script></head><body onload="alert(2)">',
  '<p style="background:url(https://example.com/c.png)">The harbour authority said on Monday that ferry fees would rise by 3.5 percent next year, citing fuel costs and repairs.</p>',
  '<img src="https://example.com/d.png" srcset="https://example.com/e.png 2x" alt="A ferry" onerror="alert(3)">',
  '<iframe src="https://example.com/"></iframe><object data="https://example.com/f.swf"></object><embed src="https://example.com/g">',
  '<svg onload="alert(4)"><image href="https://example.com/h.png"/></svg><video poster="https://example.com/i.png" src="https://example.com/j.mp4"></video>',
  '<form action="https://example.com/"><input type="image" src="https://example.com/k.png"><button formaction="https://example.com/">Send</button></form>',
  '<a href="javascript:alert(5)" ping="https://example.com/ping">Share on Facebook</a>',
  '<template><img src="https://example.com/l.png"></template><noscript><img src="https://example.com/m.png"></noscript>',
  '<div class="u-mark u-r0" data-rule="forged" data-unscrape-stand-in="img">Forged mark</div>',
  ...readdirSync(new URL('hostile/', fixtures)).map((name) => read(`hostile/${name}/input.html`)),
  '</body></html>',
].join('\n')

if (chromiumMissing) console.warn(`browser tests skipped: ${chromiumMissing}`)

/** What a page did while it was open. */
interface Opened {
  page: Page
  /** Console errors and warnings, uncaught errors, dialogs. */
  problems: string[]
  /** Every address the page asked for. */
  requests: string[]
}

/** A screenshot read back: its size, the share of pixels not near white, its colours. */
interface Picture {
  width: number
  height: number
  inked: number
  colours: number
}

/** What one mark looks like on the page. */
interface MarkView {
  rule: string
  reason: string
  text: string
  top: number
  left: number
  width: number
  height: number
  outlineStyle: string
  outlineColor: string
  background: string
  label: string
  labelDisplay: string
  block: boolean
  /** Whether the text just before the mark ends above it, and the text after starts below it. */
  inFlow: boolean
}

describe('bundle for the browser', () => {
  it('the main entry bundles for the browser platform with no Node built-in', async () => {
    const { minified, gzipped, inputs } = await bundleMainEntry()
    expect(inputs.some((input) => input.startsWith('node:'))).toBe(false)
    expect(inputs).toContain('dist/report/to-report.js')
    expect(gzipped).toBeLessThan(minified)
    // The sizes the README and docs/report.md state are within a tenth of today's.
    for (const doc of ['../README.md', '../docs/report.md']) {
      const text = readFileSync(new URL(doc, import.meta.url), 'utf8').replace(/\s+/g, ' ')
      const [, statedMinified, statedGzipped] =
        /(\d+) kB minified, (\d+) kB gzipped/.exec(text) ?? []
      expect(Math.abs(Number(statedMinified) * 1024 - minified) / minified, doc).toBeLessThan(0.1)
      expect(Math.abs(Number(statedGzipped) * 1024 - gzipped) / gzipped, doc).toBeLessThan(0.1)
    }
    console.log(
      `main entry for the browser: ${Math.round(minified / 1024)} kB minified, ${Math.round(gzipped / 1024)} kB gzipped`,
    )
  })
})

describe.skipIf(chromiumMissing !== null)(
  `in Chromium${chromiumMissing ? ` (skipped: ${chromiumMissing})` : ''}`,
  () => {
    let browser: Browser
    let folder: string

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'unscrape-browser-'))
      browser = await launchChromium()
    })

    afterAll(async () => {
      await browser?.close()
      rmSync(folder, { recursive: true, force: true })
    })

    /** Write a report of `input` and open it. */
    async function openReport(name: string, input: string, options = {}) {
      const article = clean(input, { places: true, ...options })
      const file = join(folder, `${name}.html`)
      writeFileSync(file, toReport(article, input))
      const opened = await open(pathToFileURL(file).href)
      return { article, url: pathToFileURL(file).href, ...opened }
    }

    /** Open a page, recording its problems and requests. */
    async function open(url: string): Promise<Opened> {
      const page = await browser.newPage({ viewport })
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`${message.type()}: ${message.text()}`)
        }
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(url)
      return { page, problems, requests }
    }

    /** The marks of the input pane as the reader sees them, in document order. */
    async function marksOf(page: Page): Promise<MarkView[]> {
      // Blocks off screen (`content-visibility: auto`) are laid out at the
      // first rendering update after load, which on a busy machine can come
      // after `load`: measure once a frame has been drawn.
      await page.evaluate(nextFrameInPage)
      return page.evaluate(marksInPage)
    }

    /**
     * Check a report as a reader sees it: every placed removal marked, in
     * its rule's colour, with its label, where it stood in the flow of the
     * page; the legend toggles hide a rule's marks and show them again; the
     * view toggle hides a pane; nothing ran, warned or loaded.
     */
    async function checkReport(opened: Opened & { article: Article; url: string }) {
      const { page, article } = opened
      const marks = await marksOf(page)
      const unplaced = await page.locator('.u-unplaced li').count()
      expect(marks.length + unplaced).toBe(article.removed.length)
      expect(marks.length).toBeGreaterThan(0)
      const colours: Record<string, string> = await page.evaluate(legendColoursInPage)
      const pane = await page.locator('.u-input').boundingBox()
      expect(pane).not.toBeNull()
      for (const mark of marks) {
        expect(mark.width, mark.rule).toBeGreaterThan(0)
        expect(mark.height, mark.rule).toBeGreaterThan(0)
        expect(mark.left).toBeGreaterThanOrEqual((pane?.x ?? 0) - 1)
        expect(mark.left + mark.width).toBeLessThanOrEqual((pane?.x ?? 0) + (pane?.width ?? 0) + 1)
        expect(mark.outlineStyle).toBe('solid')
        expect(mark.outlineColor).toBe(colours[mark.rule])
        expect(mark.background).not.toBe('rgba(0, 0, 0, 0)')
        expect(mark.label).toBe(`"${mark.rule}"`)
        expect(mark.labelDisplay).not.toBe('none')
        if (mark.block) expect(mark.inFlow, `${mark.rule} stands where it stood`).toBe(true)
      }
      // Marks come in the order of the input, down the page.
      for (let index = 1; index < marks.length; index++) {
        expect((marks[index] as MarkView).top).toBeGreaterThanOrEqual(
          (marks[index - 1] as MarkView).top - 30,
        )
      }
      // Each removal's text is in a mark of its rule.
      for (const removal of article.removed.filter((removal) => removal.text)) {
        const line = collapseWhitespace(removal.text.split('\n')[0] ?? '')
        const found = marks.some(
          (mark) => mark.rule === removal.rule && collapseWhitespace(mark.text).includes(line),
        )
        const listed = await page.locator('.u-unplaced li', { hasText: line.slice(0, 40) }).count()
        expect(found || listed > 0, `${removal.rule}: ${line}`).toBe(true)
      }

      // The legend hides a rule's marks, and shows them again.
      const rule = marks[0]?.rule as string
      const toggle = page.locator('.u-legend label', {
        has: page.locator('code', { hasText: rule }),
      })
      await toggle.click()
      const hidden = await marksOf(page)
      for (const mark of hidden) {
        const shown = mark.rule !== rule
        expect(mark.outlineStyle, mark.rule).toBe(shown ? 'solid' : 'none')
        expect(mark.background === 'rgba(0, 0, 0, 0)', mark.rule).toBe(!shown)
        expect(mark.labelDisplay === 'none', mark.rule).toBe(!shown)
      }
      await toggle.click()
      expect((await marksOf(page)).map((mark) => mark.outlineStyle)).toEqual(
        marks.map(() => 'solid'),
      )

      // The reason shows on focus.
      const first = page.locator('.u-input .u-mark').first()
      await first.focus()
      const reason = await first.evaluate(afterContentInPage)
      expect(reason).toBe(`"${marks[0]?.reason}"`)

      // The view toggle shows one pane.
      await page.locator('label[for=u-v-input]').click()
      expect(await page.locator('.u-result').isVisible()).toBe(false)
      expect(await page.locator('.u-input').isVisible()).toBe(true)
      await page.locator('label[for=u-v-result]').click()
      expect(await page.locator('.u-input').isVisible()).toBe(false)
      await page.locator('label[for=u-v-both]').click()
      expect(await page.locator('.u-input').isVisible()).toBe(true)

      expect(opened.problems).toEqual([])
      expect(opened.requests).toEqual([opened.url])
    }

    /** How a screenshot looks, read back by the browser: its size and how much is not white. */
    async function pictureOf(png: Buffer): Promise<Picture> {
      const reader = await browser.newPage()
      try {
        return await reader.evaluate(pictureInPage, png.toString('base64'))
      } finally {
        await reader.close()
      }
    }

    it('the seed’s report: its removals marked in place, toggles, nothing loaded', async () => {
      const opened = await openReport('seed', seed)
      const rules = new Set((await marksOf(opened.page)).map((mark) => mark.rule))
      expect(rules).toEqual(
        new Set(['table-of-contents', 'link-list', 'call-to-action', 'headline-gallery']),
      )
      await checkReport(opened)
      // The screenshot: the size of the window, not blank, near the README's.
      const picture = await pictureOf(await opened.page.screenshot())
      expect(picture).toMatchObject(viewport)
      expect(picture.inked).toBeGreaterThan(0.05)
      expect(picture.inked).toBeLessThan(0.6)
      expect(picture.colours).toBeGreaterThan(8)
      const readme = await pictureOf(readFileSync(screenshotFile))
      expect(readme).toMatchObject(viewport)
      expect(picture.inked / readme.inked).toBeGreaterThan(0.67)
      expect(picture.inked / readme.inked).toBeLessThan(1.5)
      await opened.page.close()
    })

    it('a fixture page’s report: each element marked where it stood', async () => {
      const opened = await openReport('world-news', worldNews)
      await checkReport(opened)
      const picture = await pictureOf(await opened.page.screenshot())
      expect(picture.inked).toBeGreaterThan(0.05)
      expect(picture.colours).toBeGreaterThan(8)
      await opened.page.close()
    })

    it('a hostile page’s report runs nothing and loads nothing', async () => {
      const opened = await openReport('hostile', hostile)
      expect(opened.article.removed.length).toBeGreaterThan(3)
      await checkReport(opened)
      const forged = await opened.page.locator('.u-mark[data-rule=forged]').count()
      expect(forged).toBe(0)
      const loading = await opened.page
        .locator('img, iframe, object, embed, svg, video, script, link, base')
        .count()
      expect(loading).toBe(0)
      await opened.page.close()
    })

    it('the report of a 2 MB page opens fast (measured, not asserted)', {
      timeout: 180_000,
    }, async () => {
      const bodies = readdirSync(fixtures)
        .filter((name) => name.startsWith('html-'))
        .map((name) =>
          read(`${name}/input.html`).replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, ''),
        )
      const parts: string[] = []
      let size = 0
      for (let index = 0; size < 2 * 1024 * 1024; index++) {
        const part = `<section>${bodies[index % bodies.length]}</section>\n`
        parts.push(part)
        size += part.length
      }
      const input = `<!doctype html><html><head><title>A long page</title></head><body><div>${parts.join('')}</div></body></html>`
      const article = clean(input, { places: true })
      const file = join(folder, 'large.html')
      writeFileSync(file, toReport(article, input))
      const page = await browser.newPage({ viewport })
      // Opened twice: the first time also warms the browser up.
      const times: string[] = []
      for (const time of ['first', 'second']) {
        const started = performance.now()
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
        // The first frame after the load event: the page is laid out and shown.
        await page.evaluate(nextFrameInPage)
        const shown = performance.now() - started
        const load: number = await page.evaluate(loadEventEndInPage)
        times.push(
          `${time} open shown after ${Math.round(shown)} ms (load event at ${Math.round(load)} ms)`,
        )
      }
      const megabytes = (input.length / 1024 / 1024).toFixed(1)
      console.log(
        `report of a ${megabytes} MB page (${article.removed.length} removals): ${times.join(', ')}`,
      )
      expect(await page.locator('.u-input .u-mark').count()).toBe(
        article.removed.length - (await page.locator('.u-unplaced li').count()),
      )
      await page.close()
    })

    it('the playground cleans the seed and a page with the same Markdown as Node', async () => {
      await buildPlayground()
      const playground = new URL('../examples/browser/', import.meta.url)
      const opened = await open(new URL('index.html', playground).href)
      const { page } = opened
      for (const input of [seed, worldNews]) {
        await page.locator('#status').evaluate(resetStatusInPage)
        await page.fill('#input', input)
        await page.click('#clean')
        await page.waitForSelector('#status[data-done]')
        const article = clean(input)
        expect(await page.locator('#markdown').textContent()).toBe(article.markdown)
        const sections = (list: Section[]): number =>
          list.reduce((count, section) => count + 1 + sections(section.sections), 0)
        expect(await page.locator('#outline li').count()).toBe(sections(article.sections))
        const report = page.frameLocator('#report')
        await expect
          .poll(() => report.locator('.u-input .u-mark').count())
          .toBe(article.removed.length)
      }
      expect(opened.problems).toEqual([])
      expect(opened.requests.every((url) => url.startsWith(playground.href))).toBe(true)
      expect(opened.requests.length).toBe(2)
      await page.close()
    })
  },
)
