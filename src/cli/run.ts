import { readFile, stat, writeFile } from 'node:fs/promises'
import { normalizeOptions } from '../api/options.js'
import { explain } from '../batch/render.js'
import { rules } from '../clean/rules/index.js'
import { inputTooLarge } from '../parse/decode.js'
import type { Article } from '../types.js'
import { type CliConfig, exitCodes, parseCommandLine, UsageError } from './args.js'
import { formatOfFile } from './files.js'
import { cleanFolder } from './folder.js'
import { cleanJsonl, type JsonlIo } from './jsonl.js'

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIo extends JsonlIo {}

const usage = `Usage: unscrape [file|-] [options]
       unscrape <files|folders|globs…> -o <folder> [options]
       unscrape --jsonl [in.jsonl|-] [-o out.jsonl|-] [options]
       unscrape queue add|work|status --redis <url> [options] (see unscrape queue --help)

Clean scraped articles (HTML, plain text or Markdown, read as bytes: by BOM,
as UTF-8 when valid, else by <meta charset>, else as windows-1252). One file
(or standard input) and no -o: print the article.
Files, folders (their .html, .htm, .xhtml, .txt and .md pages) and globs with
-o <folder>: write <name>.md and/or <name>.json there, mirroring the input tree
(<name>.error.json for a page that fails); pages already done are skipped.
--jsonl: one JSON object per line in, one {id, article} or {id, error} out.

Options:
  -o, --output <path>          output folder; for --jsonl the output file (default: -)
      --format <kind>          md, json, text, or both (md and json) (default: md)
      --input <kind>           auto, html, text or markdown (default: auto; .md files
                               are read as markdown)
      --url <url>              the article's address
      --published-at <date>    publication date (ISO 8601), wins over the page's
      --rules <id=off,…>       turn rules off (or on) by id
      --keep-captions          keep figure captions in the text and Markdown
      --no-sentences           leave paragraphs unsplit (faster; JSON has no sentences)
      --no-quotes              find no quotes (faster; JSON has no quotes)
      --places                 record each removal's line and column (slower)
      --max-bytes <size>       largest input, such as 64M (default: 64M)
      --jsonl                  read and write JSON Lines
      --id-field <name>        JSONL field of the id (default: id)
      --html-field <name>      JSONL field of the HTML (default: html)
      --text-field <name>      JSONL field of the plain text (default: text)
      --resume                 JSONL: keep the output's records, append the missing
      --unordered              write results as they finish, not in input order
  -j, --concurrency <n>        worker threads (default: the number of cores)
      --timeout <seconds>      longest time for one page (default: 60)
      --worker-memory <MiB>    heap limit of each worker thread (default: 2048)
  -q, --quiet                  no progress bar, no summary
      --explain                print the removal report to standard error
                               (with --places on)
      --report <file>          write a visual removal report of one article as
                               static HTML (with --places on)
      --list-rules             print the rules and exit
  -h, --help                   print this help and exit
  -v, --version                print the version and exit

Exit codes: 0 all done, 1 some inputs failed, 2 wrong usage.
`

/**
 * Run the CLI with the given arguments (without `node` and the script).
 * Resolves to the exit code; never throws.
 */
export async function run(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  if (argv[0] === 'queue') {
    // Loaded here only: the queue's client is not needed otherwise.
    const { runQueue } = await import('./queue.js')
    return runQueue(argv.slice(1), io)
  }
  let config: CliConfig
  try {
    config = parseCommandLine(argv)
  } catch (error) {
    io.stderr(`unscrape: ${(error as Error).message}\n\n${usage}`)
    return exitCodes.usage
  }
  if (config.info === 'help') {
    await io.stdout(usage)
    return exitCodes.ok
  }
  if (config.info === 'version') {
    await io.stdout(`${version}\n`)
    return exitCodes.ok
  }
  if (config.info === 'list-rules') {
    for (const rule of rules) await io.stdout(`${rule.id}\t${rule.description}\n`)
    return exitCodes.ok
  }
  try {
    if (config.report !== null && (config.jsonl || config.output !== null)) {
      throw new UsageError(
        '--report works on one article: give one file (or -) and no -o or --jsonl',
      )
    }
    let allDone: boolean
    if (config.jsonl) allDone = await cleanJsonl(config, io)
    else if (config.output !== null) allDone = await cleanFolder(config, config.output, io)
    else return await cleanOne(config, io)
    return allDone ? exitCodes.ok : exitCodes.failed
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`unscrape: ${error.message}\n`)
      return exitCodes.usage
    }
    io.stderr(`unscrape: ${(error as Error).message}\n`)
    return exitCodes.failed
  }
}

/** Clean one file, or standard input, and print the result. */
async function cleanOne(config: CliConfig, io: CliIo): Promise<number> {
  if (config.inputs.length > 1) {
    throw new UsageError(`several inputs need an output folder (-o <folder>)`)
  }
  if (config.format === 'both') throw new UsageError('--format both needs -o <folder>')
  const path = config.inputs[0] ?? '-'
  const { maxBytes } = normalizeOptions(config.options)
  let input: Uint8Array
  try {
    if (path === '-') {
      input = await readAll(io.stdin(), maxBytes)
    } else {
      const { size, isDirectory } = await stat(path).then((stats) => ({
        size: stats.size,
        isDirectory: stats.isDirectory(),
      }))
      if (isDirectory)
        throw new UsageError(`${path} is a folder: give an output folder (-o <folder>)`)
      if (size > maxBytes) throw inputTooLarge(String(size), maxBytes)
      input = new Uint8Array(await readFile(path))
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    io.stderr(`unscrape: cannot read \`${path}\`: ${(error as Error).message}\n`)
    return exitCodes.failed
  }
  // Loaded here only: batch runs clean in worker threads, and the main thread stays small.
  const { clean } = await import('../api/clean.js')
  let article: Article
  try {
    article = clean(input, {
      ...config.options,
      format: formatOfFile(path, config.options.format ?? undefined),
    })
  } catch (error) {
    io.stderr(`unscrape: ${(error as Error).message}\n`)
    return exitCodes.failed
  }
  if (config.explain) io.stderr(explain(article))
  if (config.report !== null) {
    const { toReport } = await import('../report/to-report.js')
    try {
      await writeFile(config.report, toReport(article, input))
    } catch (error) {
      io.stderr(`unscrape: cannot write \`${config.report}\`: ${(error as Error).message}\n`)
      return exitCodes.failed
    }
  }
  if (config.format === 'json') await io.stdout(`${JSON.stringify(article, null, 2)}\n`)
  else if (config.format === 'text') await io.stdout(`${article.text}\n`)
  else await io.stdout(article.markdown)
  return exitCodes.ok
}

/** Read a stream whole, stopping with `input-too-large` past `maxBytes`. */
async function readAll(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let length = 0
  for await (const chunk of chunks) {
    length += chunk.length
    if (length > maxBytes) throw inputTooLarge(`more than ${maxBytes}`, maxBytes)
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}
