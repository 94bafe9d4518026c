import type { FormatOption } from '../api/options.js'
import { readPage } from '../batch/folder.js'
import type { BatchFailure, BatchInput } from '../batch/types.js'
import type { PageJob } from './types.js'

/** The fields that can hold the page, and the format each implies. */
const pageFields = {
  html: 'html',
  text: 'text',
  markdown: 'markdown',
  base64: null,
  path: null,
} as const satisfies Record<string, FormatOption | null>

/**
 * The BullMQ job id of a page id. BullMQ refuses ids that are whole numbers
 * or hold a `:`; such ids (and ids that start with `%`, to keep the mapping
 * one to one) become `%` and the id percent-encoded.
 */
export function jobIdOf(id: string): string {
  const plain = !id.startsWith('%') && !id.includes(':') && `${Number.parseInt(id, 10)}` !== id
  return plain ? id : `%${encodeURIComponent(id)}`
}

/**
 * Turn a job's data into the document a worker cleans, reading the page
 * from its file when it gives a path.
 *
 * @param page The job's data.
 * @param maxBytes Largest page read from a file.
 * @returns The document, or the error record of a job that gives no page
 *   (`invalid-record`), a file that cannot be read (`unreadable`) or is too
 *   large (`input-too-large`).
 */
export async function toDocument(
  page: unknown,
  maxBytes: number,
): Promise<BatchInput | BatchFailure> {
  const id = pageId(page)
  if (id === null) {
    return {
      id: null,
      error: { code: 'invalid-record', message: 'Expected a job with a string `id`' },
    }
  }
  const data = page as PageJob
  const given = Object.keys(pageFields).filter(
    (field) => typeof data[field as keyof typeof pageFields] === 'string',
  ) as (keyof typeof pageFields)[]
  const [field] = given
  if (!field || given.length > 1) {
    return {
      id,
      error: {
        code: 'invalid-record',
        message: 'Expected exactly one of `html`, `text`, `markdown`, `base64` or `path`',
      },
    }
  }
  const value = data[field] as string
  let input: string | Uint8Array
  if (field === 'path') {
    const read = await readPage(value, maxBytes)
    if (!(read instanceof Uint8Array)) return { id, error: read }
    input = read
  } else if (field === 'base64') {
    input = new Uint8Array(Buffer.from(value, 'base64'))
  } else {
    input = value
  }
  const document: BatchInput = { id, input }
  const format = pageFields[field] ?? data.format
  if (format) document.format = format
  if (typeof data.url === 'string') document.url = data.url
  if (typeof data.publishedAt === 'string') document.publishedAt = data.publishedAt
  if (data.options !== undefined) document.options = data.options
  return document
}

/** A job's page id, or `null` when it has none. */
export function pageId(page: unknown): string | null {
  if (typeof page !== 'object' || page === null) return null
  const { id } = page as { id?: unknown }
  return typeof id === 'string' ? id : null
}
