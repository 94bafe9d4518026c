import { access, readFile, stat } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { WorkerPool } from '../batch/pool.js'
import type { BatchError, BatchResult } from '../batch/types.js'
import { mapWindow } from '../batch/window.js'
import { normalizeOptions } from '../options.js'
import { inputTooLarge } from '../parse/decode.js'
import type { Article } from '../types.js'
import type { CliConfig } from './args.js'
import { UsageError } from './args.js'
import { explain } from './explain.js'
import { findInputs, formatOfFile, type InputFile } from './files.js'
import { Progress, type ProgressOutput } from './progress.js'
import { removeFile, writeAtomic } from './write.js'

/** A page file and the files its run writes. */
interface Job {
  /** The page. */
  file: InputFile
  /** The outputs for its article. */
  outputs: { path: string; write: (article: Article) => string }[]
  /** Where its error record goes, should it fail. */
  errorPath: string
}

/** The extension of an output file. */
type OutputKind = 'md' | 'json' | 'txt'

/** What each output extension holds. */
const writers: Readonly<Record<OutputKind, (article: Article) => string>> = {
  md: (article) => article.markdown,
  json: (article) => `${JSON.stringify(article, null, 2)}\n`,
  txt: (article) => `${article.text}\n`,
}

/** The output extensions of a format. */
const extensions: Readonly<Record<CliConfig['format'], readonly OutputKind[]>> = {
  md: ['md'],
  json: ['json'],
  text: ['txt'],
  both: ['md', 'json'],
}

/**
 * Clean the pages that files, folders and globs name into `outDir`, mirroring
 * the input tree: `<name>.md` and/or `<name>.json` (`<name>.error.json` for a
 * page that fails). Pages whose outputs are all there already are skipped, so
 * a rerun after a crash does only what is left.
 *
 * @returns Whether every page was cleaned.
 */
export async function cleanFolder(
  config: CliConfig,
  outDir: string,
  output: ProgressOutput,
): Promise<boolean> {
  if (config.inputs.length === 0 || config.inputs.includes('-')) {
    throw new UsageError(
      '-o <folder> takes files, folders or globs; standard input prints to standard output',
    )
  }
  const { files, missing } = await findInputs(config.inputs)
  // An output folder inside an input folder holds outputs, not pages (`.txt` ones look alike).
  const outside = (file: InputFile) =>
    !`${resolve(file.path)}${sep}`.startsWith(`${resolve(outDir)}${sep}`)
  const jobs = plan(files.filter(outside), outDir, extensions[config.format])
  const todo: Job[] = []
  for (const job of jobs) {
    if (!(await allExist(job.outputs.map((output) => output.path)))) todo.push(job)
  }
  const progress = new Progress(output, jobs.length + missing.length, config.quiet)
  progress.skip(jobs.length - todo.length)
  for (const input of missing) {
    output.stderr(`unscrape: ${input}: no such file, folder or matching glob\n`)
    progress.record({ id: input, error: { code: 'unreadable', message: 'No such file' } })
  }

  const { maxBytes } = normalizeOptions(config.options)
  const format = config.options.format ?? undefined
  const pool = new WorkerPool(
    config.concurrency,
    config.options,
    config.timeout,
    config.workerMemory,
  )
  const run = async (job: Job): Promise<[Job, BatchResult]> => {
    const id = job.file.relative
    const input = await readPage(job.file.path, maxBytes)
    if (!(input instanceof Uint8Array)) return [job, { id, error: input }]
    return [job, await pool.run({ id, input, format: formatOfFile(job.file.path, format) })]
  }
  try {
    for await (const [job, result] of mapWindow(todo, run, config.concurrency * 4, true)) {
      if ('article' in result) {
        for (const { path, write } of job.outputs) await writeAtomic(path, write(result.article))
        await removeFile(job.errorPath)
        if (config.explain) output.stderr(explain(result.article, `${job.file.path}\t`))
      } else {
        await writeAtomic(job.errorPath, `${JSON.stringify(result, null, 2)}\n`)
        output.stderr(
          `unscrape: ${job.file.path}: ${result.error.message} (${result.error.code})\n`,
        )
      }
      progress.record(result)
    }
  } finally {
    await pool.close()
  }
  if (!config.quiet) output.stderr(progress.summary())
  return !progress.failed
}

/**
 * Where each page's outputs go.
 *
 * @throws {UsageError} When two pages would write the same output.
 */
function plan(files: readonly InputFile[], outDir: string, kinds: readonly OutputKind[]): Job[] {
  const owners = new Map<string, string>()
  return files.map((file) => {
    const stem = join(outDir, file.relative.replace(/\.[^./]*$/, ''))
    const previous = owners.get(stem)
    if (previous !== undefined) {
      throw new UsageError(`${previous} and ${file.path} would write the same outputs (${stem}.*)`)
    }
    owners.set(stem, file.path)
    const outputs = kinds.map((kind) => ({ path: `${stem}.${kind}`, write: writers[kind] }))
    return { file, outputs, errorPath: `${stem}.error.json` }
  })
}

/** Whether every path exists. */
async function allExist(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    try {
      await access(path)
    } catch {
      return false
    }
  }
  return true
}

/** A page file's bytes, or why they cannot be read (too large, unreadable). */
async function readPage(path: string, maxBytes: number): Promise<Uint8Array | BatchError> {
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
