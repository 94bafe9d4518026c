import type { Article } from '../types.js'
import type { BatchId, BatchSuccess } from './types.js'

/** A file written for an article, by its extension. */
export type OutputKind = 'md' | 'json' | 'txt'

/** What each kind of output file holds. */
export const renderOutput: Readonly<Record<OutputKind, (article: Article) => string>> = {
  md: (article) => article.markdown,
  json: (article) => `${JSON.stringify(article, null, 2)}\n`,
  txt: (article) => `${article.text}\n`,
}

/**
 * What a batch writes for each article, asked of the worker threads so that
 * they send back text to write rather than the article: copying an article
 * from a worker to the main thread costs more than writing it out there.
 */
export interface RenderRequest {
  /** The output files, by extension. */
  outputs: readonly OutputKind[]
  /** Write the JSON Lines record `{id, article}` (without its line feed). */
  jsonl: boolean
  /** Write the removal report (`explain()`, without a prefix). */
  explain: boolean
}

/** A document cleaned, as the text a batch writes for it. */
export interface RenderedSuccess {
  /** The document's id. */
  id: BatchId
  /** The content of each output file asked for. */
  outputs: Partial<Record<OutputKind, string>>
  /** The JSON Lines record, when asked for. */
  jsonl?: string
  /** The removal report, when asked for. */
  explain?: string
  /** The rule of each removal, for the run's summary. */
  removals: string[]
}

/**
 * Turn a document's article into what the batch writes.
 *
 * @param result The document cleaned.
 * @param request What to write.
 */
export function renderSuccess(result: BatchSuccess, request: RenderRequest): RenderedSuccess {
  const { id, article } = result
  const outputs: Partial<Record<OutputKind, string>> = {}
  for (const kind of request.outputs) outputs[kind] = renderOutput[kind](article)
  const rendered: RenderedSuccess = {
    id,
    outputs,
    removals: article.removed.map((removal) => removal.rule),
  }
  if (request.jsonl) rendered.jsonl = JSON.stringify(result)
  if (request.explain) rendered.explain = explain(article)
  return rendered
}

/**
 * The removal report of an article, one line per removal:
 * `line:column`, rule, reason and the removed text (cut at 80 characters),
 * tab-separated, each line after `prefix`.
 */
export function explain(article: Article, prefix = ''): string {
  let report = ''
  for (const removal of article.removed) {
    const place = removal.place ? `${removal.place.start.line}:${removal.place.start.column}` : '-'
    const text = removal.text.replace(/\s+/g, ' ')
    const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text
    report += `${prefix}${place}\t${removal.rule}\t${removal.reason}\t${shown}\n`
  }
  return report
}

/** Put a prefix before every line of a report. */
export function prefixLines(report: string, prefix: string): string {
  return report.replace(/^(?=.)/gm, prefix)
}
