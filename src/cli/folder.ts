import { access } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { normalizeOptions } from '../api/options.js'
import { type OutputPaths, outputPaths, readPage, writeResult } from '../batch/folder.js'
import { type RenderedResult, WorkerPool } from '../batch/pool.js'
import { type OutputKind, prefixLines, type RenderedSuccess } from '../batch/render.js'
import { mapWindow } from '../batch/window.js'
import type { CliConfig } from './args.js'
import { UsageError } from './args.js'
import { findInputs, formatOfFile, type InputFile, outputStems } from './files.js'
import { Progress, type ProgressOutput } from './progress.js'

/** A page file and the files its run writes. */
interface Job extends OutputPaths {
  /** The page. */
  file: InputFile
}

/** The output extensions of a format. */
export const extensions: Readonly<Record<CliConfig['format'], readonly OutputKind[]>> = {
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
  const pool = new WorkerPool<RenderedSuccess>(
    config.concurrency,
    config.options,
    config.timeout,
    config.workerMemory,
    { outputs: extensions[config.format], jsonl: false, explain: config.explain },
  )
  // The first worker loads the library while the pages are found.
  pool.warm()
  let progress: Progress
  try {
    const { files, missing } = await findInputs(config.inputs)
    // An output folder inside an input folder holds outputs, not pages (`.txt` ones look alike).
    const outside = (file: InputFile) =>
      !`${resolve(file.path)}${sep}`.startsWith(`${resolve(outDir)}${sep}`)
    const jobs = plan(files.filter(outside), outDir, extensions[config.format])
    const todo: Job[] = []
    for (const job of jobs) {
      if (!(await allExist(job.outputs.map((output) => output.path)))) todo.push(job)
    }
    progress = new Progress(output, jobs.length + missing.length, config.quiet)
    progress.skip(jobs.length - todo.length)
    for (const input of missing) {
      output.stderr(`unscrape: ${input}: no such file, folder or matching glob\n`)
      progress.record({ error: { code: 'unreadable', message: 'No such file' } })
    }

    const { maxBytes } = normalizeOptions(config.options)
    const format = config.options.format ?? undefined
    const run = async (job: Job): Promise<[Job, RenderedResult]> => {
      const id = job.file.relative
      const input = await readPage(job.file.path, maxBytes)
      if (!(input instanceof Uint8Array)) return [job, { id, error: input }]
      return [job, await pool.run({ id, input, format: formatOfFile(job.file.path, format) })]
    }
    for await (const [job, result] of mapWindow(todo, run, config.concurrency * 4, true)) {
      await writeResult(job, result)
      if (!('removals' in result)) {
        output.stderr(
          `unscrape: ${job.file.path}: ${result.error.message} (${result.error.code})\n`,
        )
      } else if (result.explain) {
        output.stderr(prefixLines(result.explain, `${job.file.path}\t`))
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
  const stems = outputStems(files)
  return files.map((file, index) => ({
    file,
    ...outputPaths(join(outDir, stems[index] ?? ''), kinds),
  }))
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
