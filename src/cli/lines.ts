/** One line of a byte stream. */
export interface Line {
  /** Its bytes without the line feed; `null` when it was longer than the limit. */
  bytes: Uint8Array | null
  /** Its length in bytes, the line feed included when there is one. */
  byteLength: number
  /** Whether it ended with a line feed (the last line of a torn file does not). */
  complete: boolean
}

/**
 * Split a byte stream into lines at line feeds. A line over `maxBytes` is not
 * kept (its `bytes` is `null`), so one endless line cannot exhaust memory.
 *
 * @param chunks The stream.
 * @param maxBytes Longest line kept, in bytes.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Line, void, undefined> {
  let parts: Uint8Array[] = []
  let length = 0
  let dropped = false
  const take = (complete: boolean): Line => {
    const bytes = dropped ? null : concat(parts, length)
    const line = { bytes, byteLength: length + (complete ? 1 : 0), complete }
    parts = []
    length = 0
    dropped = false
    return line
  }
  for await (const chunk of chunks) {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(0x0a, start)
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end)
      length += piece.length
      if (length > maxBytes) {
        dropped = true
        parts = []
      } else if (piece.length > 0) {
        parts.push(piece.slice())
      }
      if (end === -1) break
      yield take(true)
      start = end + 1
    }
  }
  if (length > 0 || dropped) yield take(false)
}

/** Join byte arrays of a known total length. */
function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0]
  const joined = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}
