// @ts-check
/**
 * The system's Chromium, driven with `playwright-core`, which downloads no
 * browser: for the browser tests and the README's screenshot.
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Why Chromium cannot be started here, or `null` when it can (`.ci/run`
 * installs it where it may).
 * @type {string | null}
 */
export const chromiumMissing = existsSync(chromiumPath)
  ? null
  : `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`

/** Start Chromium, headless. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath })
}

/** The size of the pages the tests and the screenshot look at. */
export const viewport = { width: 1280, height: 900 }
