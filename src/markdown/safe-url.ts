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
