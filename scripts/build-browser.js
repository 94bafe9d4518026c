// @ts-check
/**
 * Bundle the package's main entry for the browser, and the playground in
 * `examples/browser/` with it.
 *
 *   npm run build:browser
 *
 * The main entry is bundled for the browser platform: a Node built-in
 * anywhere in its imports fails the build. Prints the bundle's size,
 * minified and gzipped.
 */

import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('..', import.meta.url)

/** Where the playground's bundle is written. */
export const playgroundBundle = new URL('examples/browser/playground.bundle.js', root)

/**
 * Bundle `dist/index.js` (built by `npm run build`) for the browser, minified.
 *
 * @returns {Promise<{ minified: number, gzipped: number, inputs: string[] }>}
 *   Sizes in bytes, and the modules bundled.
 */
export async function bundleMainEntry() {
  const result = await build({
    entryPoints: [new URL('dist/index.js', root).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    inputs: Object.keys(result.metafile.inputs),
  }
}

/** Bundle the playground (a classic script, so it runs from a `file:` address too). */
export async function buildPlayground() {
  await build({
    entryPoints: [new URL('examples/browser/playground.js', root).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    outfile: playgroundBundle.pathname,
    logLevel: 'warning',
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { minified, gzipped } = await bundleMainEntry()
  await buildPlayground()
  const kB = (/** @type {number} */ bytes) => `${Math.round(bytes / 1024)} kB`
  console.log(`unscrape for the browser: ${kB(minified)} minified, ${kB(gzipped)} gzipped`)
  console.log(`playground: ${playgroundBundle.pathname}`)
}
