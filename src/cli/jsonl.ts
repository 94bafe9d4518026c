import { createReadStream } from 'node:fs'
import { open, stat, truncate } from 'node:fs/promises'
import { normalizeOptions } from '../api/options.js'
import { type RenderedResult, WorkerPool } from '../batch/pool.js'
import { prefixLines, type RenderedSuccess } from '../batch/render.js'
import type { BatchFailure, BatchId, BatchInput } from '../batch/types.js'
import { mapWindow } from '../batch/window.js'
import type { CliConfig } from './args.js'
import { UsageError } from './args.js'
import { splitLines } from './lines.js'
import { Progress, type ProgressOutput } from './progress.js'

/** Where the JSONL mode reads and writes. */
export interface JsonlIo extends ProgressOutput {
  /** Standard input, as bytes. */
  stdin(): AsyncIterable<Uint8Array>
  /** Write to standard output; resolves when it may be written to again. */
  stdout(chunk: string): void | Promise<void>
}

/** A line of the input: a document to clean, or the error record it already is. */
type Entry =
  | { key: string; document: BatchInput }
  | { key: string; failure: BatchFailure & { line?: number } }

/**
 * Clean JSON Lines: each input line an object with an id and the page (`html`
 * or `text`, with `url` and `publishedAt` passed to `clean()`), each output
 * line `{id, article}` or `{id, error: {code, message}}` — one per input line
 * that is not blank, in input order unless `unordered`. A line that is not a
 * JSON object, or has no usable id, gives `{id: null, line, error}`.
 *
 * With `resume`, the output file's complete lines are kept (a torn last line
 * is cut away) and only the inputs they lack are cleaned and appended.
 *
 * @returns Whether every record was cleaned.
 */
export async function cleanJsonl(config: CliConfig, io: JsonlIo): Promise<boolean> {
  if (config.inputs.length > 1) {
    throw new UsageError(`--jsonl reads one input, got ${config.inputs.length}`)
  }
  const inputPath = config.inputs[0] ?? '-'
  const outputPath = config.output ?? '-'
  if (config.resume && outputPath === '-') {
    throw new UsageError('--resume needs the output file (-o out.jsonl)')
  }
  const { maxBytes } = normalizeOptions(config.options)
  // A JSON string can take up to six bytes (`\uXXXX`) for each byte of the page.
  const maxLineBytes = maxBytes * 6 + 65_536
  const done = config.resume ? await readDone(outputPath) : new Map<string, number>()
  const total =
    io.stderrIsTty && !config.quiet && inputPath !== '-' ? await countLines(inputPath) : null
  const progress = new Progress(io, total, config.quiet)

  // The text field is plain text, or Markdown when `--input markdown` says so.
  const textFormat = config.options.format === 'markdown' ? 'markdown' : 'text'
  let skipped = 0
  async function* entries(): AsyncGenerator<Entry> {
    const source = inputPath === '-' ? io.stdin() : createReadStream(inputPath)
    let number = 0
    for await (const line of splitLines(source, maxLineBytes)) {
      number++
      const entry = readEntry(line.bytes, number, config.fields, textFormat)
      if (!entry) continue
      const left = done.get(entry.key) ?? 0
      if (left > 0) {
        done.set(entry.key, left - 1)
        skipped++
        continue
      }
      yield entry
    }
  }

  const output = outputPath === '-' ? null : await open(outputPath, config.resume ? 'a' : 'w')
  const write = (line: string) => (output ? output.write(line).then(() => {}) : io.stdout(line))
  const pool = new WorkerPool<RenderedSuccess>(
    config.concurrency,
    config.options,
    config.timeout,
    config.workerMemory,
    { outputs: [], jsonl: true, explain: config.explain },
  )
  pool.warm()
  const run = (entry: Entry): Promise<RenderedResult> =>
    'document' in entry ? pool.run(entry.document) : Promise.resolve(entry.failure)
  try {
    const window = config.concurrency * 4
    for await (const result of mapWindow(entries(), run, window, config.unordered)) {
      // Each record in one write, so a crash leaves whole lines and at most one torn last line.
      await write(`${'removals' in result ? result.jsonl : JSON.stringify(result)}\n`)
      if ('removals' in result && result.explain)
        io.stderr(prefixLines(result.explain, `${result.id}\t`))
      if ('error' in result && !config.quiet) {
        io.stderr(
          `unscrape: ${recordName(result)}: ${result.error.message} (${result.error.code})\n`,
        )
      }
      progress.record(result)
    }
  } finally {
    await pool.close()
    await output?.close()
  }
  progress.skip(skipped)
  if (!config.quiet) io.stderr(progress.summary())
  return !progress.failed
}

/** The key a record is known by when resuming: its id, or its line when it has none. */
function recordKey(id: BatchId | null, line: number): string {
  return id === null ? `line:${line}` : `id:${JSON.stringify(id)}`
}

/** How an error record is named on standard error. */
function recordName(result: BatchFailure & { line?: number }): string {
  return result.id === null ? `line ${result.line}` : JSON.stringify(result.id)
}

/** An own string field of a record, or `undefined` (inherited names such as `__proto__` are not read). */
function field(record: object, name: string): unknown {
  return Object.hasOwn(record, name) ? (record as Record<string, unknown>)[name] : undefined
}

const utf8 = new TextDecoder()

/** Read one input line into a document or an error record; `undefined` for a blank line. */
function readEntry(
  bytes: Uint8Array | null,
  line: number,
  fields: CliConfig['fields'],
  textFormat: 'text' | 'markdown',
): Entry | undefined {
  const failure = (
    code: 'invalid-json' | 'invalid-record' | 'input-too-large',
    message: string,
  ) => ({
    key: recordKey(null, line),
    failure: { id: null, line, error: { code, message } },
  })
  if (bytes === null) return failure('input-too-large', 'The line is over the size limit')
  const text = utf8.decode(bytes)
  if (text.trim() === '') return undefined
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    return failure('invalid-json', (error as Error).message)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure('invalid-json', 'Expected a JSON object')
  }
  const id = field(record, fields.id)
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
    return failure('invalid-record', `Expected a string or number \`${fields.id}\``)
  }
  const key = recordKey(id, line)
  const html = field(record, fields.html)
  const plain = field(record, fields.text)
  const page = typeof html === 'string' ? html : typeof plain === 'string' ? plain : undefined
  if (page === undefined) {
    return {
      key,
      failure: {
        id,
        error: {
          code: 'invalid-record',
          message: `Expected a string \`${fields.html}\` or \`${fields.text}\``,
        },
      },
    }
  }
  const document: BatchInput = {
    id,
    input: page,
    format: typeof html === 'string' ? 'html' : textFormat,
  }
  const url = field(record, 'url')
  const publishedAt = field(record, 'publishedAt')
  if (typeof url === 'string') document.url = url
  if (typeof publishedAt === 'string') document.publishedAt = publishedAt
  return { key, document }
}

/** The start of an output record: its id, and its line when the id is `null`. */
const recordStart = /^\{"id":(null|"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)(?:,"line":(\d+))?/

/**
 * Read the keys of the records an earlier run wrote (each key as often as it
 * is there), and cut away a torn last line.
 *
 * @throws {UsageError} When a line is not a record of this command.
 */
async function readDone(path: string): Promise<Map<string, number>> {
  const done = new Map<string, number>()
  let whole = 0
  try {
    await stat(path)
  } catch {
    return done
  }
  for await (const line of splitLines(createReadStream(path), Number.POSITIVE_INFINITY)) {
    if (!line.complete) break
    const match = recordStart.exec(utf8.decode(line.bytes?.subarray(0, 4096)))
    if (!match?.[1]) throw new UsageError(`${path} has a line that is not an unscrape record`)
    const id = JSON.parse(match[1]) as BatchId | null
    const key = recordKey(id, Number(match[2]))
    done.set(key, (done.get(key) ?? 0) + 1)
    whole += line.byteLength
  }
  if ((await stat(path)).size > whole) await truncate(path, whole)
  return done
}

/** The number of lines of a file (for the progress bar). */
async function countLines(path: string): Promise<number> {
  let count = 0
  for await (const line of splitLines(createReadStream(path), 0)) {
    if (line.byteLength > (line.complete ? 1 : 0)) count++
  }
  return count
}
