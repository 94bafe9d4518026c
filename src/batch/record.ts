import { clean } from '../api/clean.js'
import type { Options } from '../api/options.js'
import { UnscrapeError } from '../error.js'
import { documentId, documentProblem } from './document.js'
import type { BatchInput, BatchResult } from './types.js'

/**
 * Clean one document of a batch: the pure per-document function that each
 * worker runs, and that a queue worker of your own can run the same way.
 *
 * Never throws: a document that cannot be cleaned, or that leaves no text,
 * gives an error result.
 *
 * @param document The document: its id, its page and per-document options.
 * @param options `clean()`'s options for every document (the document's own
 *   `url`, `publishedAt` and `format` win).
 * @returns `{id, article}`, or `{id, error: {code, message}}`.
 */
export function cleanRecord(document: BatchInput, options?: Options | null): BatchResult {
  const problem = documentProblem(document)
  if (problem) return { id: documentId(document) ?? null, error: problem }
  const { id } = document
  try {
    const article = clean(document.input, documentOptions(document, options ?? {}))
    if (article.text.trim() === '') {
      return {
        id,
        error: {
          code: 'no-text',
          message: 'The page has no text: it is empty, or all of it is junk',
        },
      }
    }
    return { id, article }
  } catch (error) {
    if (error instanceof UnscrapeError)
      return { id, error: { code: error.code, message: error.message } }
    // `clean()` throws nothing else; should it, the document still gets its record.
    return { id, error: { code: 'worker-failed', message: String(error) } }
  }
}

/**
 * The batch's options with the document's own laid over: its `options` (its
 * rule switches beside the batch's), then its `url`, `publishedAt` and `format`.
 */
function documentOptions(document: BatchInput, options: Options): Options {
  const own = document.options ?? {}
  const merged: Options = { ...options, ...own }
  if (options.rules && own.rules) merged.rules = { ...options.rules, ...own.rules }
  if (document.url !== undefined && document.url !== null) merged.url = document.url
  if (document.publishedAt !== undefined && document.publishedAt !== null) {
    merged.publishedAt = document.publishedAt
  }
  if (document.format !== undefined && document.format !== null) merged.format = document.format
  return merged
}
