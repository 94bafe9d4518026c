// @ts-check
/**
 * Make the README's screenshot: the removal report of the seed article
 * (`fixtures/khamenei-red-line/input.txt`), opened in the system's Chromium.
 *
 *   npm run build && node scripts/report-screenshot.js
 *
 * Writes `docs/report-seed.png`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { clean, toReport } from '../dist/index.js'
import { chromiumMissing, launchChromium, viewport } from './chromium.js'

const root = new URL('..', import.meta.url)

/** Where the screenshot is kept. */
export const screenshotFile = new URL('docs/report-seed.png', root)

/** The seed article's report. */
export function seedReport() {
  const seed = readFileSync(new URL('fixtures/khamenei-red-line/input.txt', root), 'utf8')
  return toReport(clean(seed, { places: true }), seed)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (chromiumMissing) throw new Error(chromiumMissing)
  const folder = mkdtempSync(join(tmpdir(), 'unscrape-screenshot-'))
  const file = join(folder, 'report.html')
  writeFileSync(file, seedReport())
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport })
    await page.goto(pathToFileURL(file).href)
    await page.screenshot({ path: screenshotFile.pathname })
  } finally {
    await browser.close()
    rmSync(folder, { recursive: true, force: true })
  }
  console.log(`wrote ${screenshotFile.pathname}`)
}
