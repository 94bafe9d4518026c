import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { inputTooLarge } from '../parse/decode.js'
import type { RenderedResult } from './pool.js'
import type { OutputKind } from './render.js'
import type { BatchError } from './types.js'

/** Longest name of an output file's folder or stem kept as is, in bytes. */
const longestName = 200

/**
 * Where a page's outputs go, relative to the output folder, without an
 * extension: its id without its extension when the id is a relative path
 * (`world/news.html` → `world/news`), as the batch CLI names them; otherwise
 * (an absolute path, a URL, `..`) the id percent-encoded as one name, and
 * a name too long for a file system cut and told apart by a hash.
 */
export function outputStem(id: string): string {
  const segments = id.split('/')
  const relative = segments.every(
    (segment) =>
      segment !== '' &&
      segment !== '.' &&
      segment !== '..' &&
      !/[\0\\]/.test(segment) &&
      Buffer.byteLength(segment) <= longestName,
  )
  let name = relative ? id : encodeURIComponent(id)
  if (!relative && name.length > longestName) {
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 16)
    name = `${name.slice(0, 100)}-${hash}`
  }
  return name.replace(/\.[^./]*$/, '')
}

/** Where a page's files go in an output folder. */
export interface OutputPaths {
  /** Each output file of its article, with what it holds. */
  outputs: { path: string; kind: OutputKind }[]
  /** Its error record, should it fail. */
  errorPath: string
}

/**
 * The files of a page whose outputs are named `<stem>.<kind>`, and whose
 * error record is `<stem>.error.json`.
 */
export function outputPaths(stem: string, kinds: readonly OutputKind[]): OutputPaths {
  return {
    outputs: kinds.map((kind) => ({ path: `${stem}.${kind}`, kind })),
    errorPath: `${stem}.error.json`,
  }
}

/**
 * Write a page's result: its outputs (removing the error record an earlier
 * run left), or its error record. Each file is written whole or not at all,
 * and writing the same result twice leaves the same files.
 */
export async function writeResult(paths: OutputPaths, result: RenderedResult): Promise<void> {
  if ('removals' in result) {
    for (const { path, kind } of paths.outputs) await writeAtomic(path, result.outputs[kind] ?? '')
    await removeFile(paths.errorPath)
  } else {
    await writeAtomic(paths.errorPath, `${JSON.stringify(result, null, 2)}\n`)
  }
}

/** Writes started by this process, for names of temporary files no other write shares. */
let writes = 0

/**
 * Write a file whole or not at all: into a temporary file beside it, then
 * renamed over it, so a crash leaves either no file or the complete one. The
 * temporary file is this write's own, so that two processes writing the same
 * file at once (queue workers both given a page whose lock lapsed) each
 * rename a whole file; a crash can leave one behind, named
 * `.<name>.<pid>-<n>.unscrape-tmp`.
 *
 * @param path Where the file goes (its folders are made).
 * @param content What it holds.
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${++writes}.unscrape-tmp`)
  await writeFile(temporary, content)
  await rename(temporary, path)
}

/** Remove a file if it is there. */
async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true })
}

/** A page file's bytes, or why they cannot be read (too large, unreadable). */
export async function readPage(path: string, maxBytes: number): Promise<Uint8Array | BatchError> {
  try {
    const { size } = await stat(path)
    if (size > maxBytes) {
      const { code, message } = inputTooLarge(String(size), maxBytes)
      return { code, message }
    }
    return new Uint8Array(await readFile(path))
  } catch (error) {
    return { code: 'unreadable', message: (error as Error).message }
  }
}
