/**
 * Schemes an output URL may have. Anything else — `javascript:`,
 * `vbscript:`, `data:` (which can carry HTML or an SVG with scripts),
 * `file:` — is dropped: an allowlist, because renderers keep inventing
 * schemes that run code.
 */
const safeSchemes: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel', 'ftp'])

/** Zero-width characters, invisible in an address and ignored when reading it. */
const zeroWidth: ReadonlySet<string> = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])

/**
 * Whether a URL is safe to write out: relative (no scheme), or with a
 * scheme in the allowlist.
 *
 * The scheme is read the way a lenient browser would: control characters,
 * white space and zero-width characters removed, case ignored, so
 * `" JaVa\tScRiPt:"` counts as `javascript:`. A colon after the first
 * `/`, `?` or `#` is part of a relative URL, not a scheme.
 */
export function isSafeUrl(url: string): boolean {
  // Most addresses on a page: no need to read the scheme leniently.
  if (url.startsWith('https://') || url.startsWith('http://')) return true
  const colon = url.indexOf(':')
  if (colon === -1) return true
  const head = url.slice(0, colon)
  if (/[/?#]/.test(head)) return true
  return safeSchemes.has(schemeOf(head))
}

/** The scheme as a lenient browser reads it: controls, spaces and zero-width characters dropped. */
function schemeOf(head: string): string {
  let scheme = ''
  for (const char of head) {
    const code = char.charCodeAt(0)
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || zeroWidth.has(char)) continue
    scheme += char
  }
  return scheme.toLowerCase()
}

/** Tabs and line breaks, which a browser removes from anywhere in an address. */
const tabOrLineBreak = /[\t\n\r]/g

/** Other controls, which a browser percent-encodes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const urlControl = /[\0-\x1f\x7f-\x9f]/g

/**
 * An address as a browser reads it (the WHATWG URL parser's first steps):
 * spaces and controls at its ends stripped, tabs and line breaks removed,
 * other controls percent-encoded. `" https://example.com/a\nb "` is
 * `https://example.com/ab`; an address of spaces is empty. Written out, it
 * needs no `<…>` around it for that, and a renderer reads it as the page's
 * browser did.
 */
export function browserUrl(url: string): string {
  // Leading and trailing C0 controls and spaces, counted rather than
  // matched: a pattern anchored at the end would retry from every space.
  let start = 0
  let end = url.length
  while (start < end && url.charCodeAt(start) <= 0x20) start++
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--
  return url
    .slice(start, end)
    .replace(tabOrLineBreak, '')
    .replace(urlControl, (char) => encodeURIComponent(char))
}
