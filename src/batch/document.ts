import type { BatchError, BatchId } from './types.js'

/** The document's id, or `undefined` when it is not a document with a usable id. */
export function documentId(document: unknown): BatchId | undefined {
  if (typeof document !== 'object' || document === null) return undefined
  const { id } = document as { id?: unknown }
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined
}

/**
 * What makes a value no document to clean, or `null` when it is one: an
 * object with a string or number `id`, a string or `Uint8Array` `input`, and
 * `options`, if any, an object.
 * Checked before a document goes to a worker, with no need of the library.
 */
export function documentProblem(document: unknown): BatchError | null {
  if (documentId(document) === undefined) {
    return { code: 'invalid-record', message: 'Expected a document with a string or number `id`' }
  }
  const { input, options } = document as { input?: unknown; options?: unknown }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    return { code: 'invalid-record', message: 'Expected `options` to be an object' }
  }
  if (typeof input === 'string' || input instanceof Uint8Array) return null
  return {
    code: 'invalid-input',
    message: `Expected \`input\` to be a string or a \`Uint8Array\`, not ${input === null ? 'null' : typeof input}`,
  }
}
