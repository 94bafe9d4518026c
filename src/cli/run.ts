import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { rules } from '../clean/rules/index.js'
import { clean } from '../clean.js'
import { UnscrapeError } from '../error.js'
import type { FormatOption, Options } from '../options.js'
import type { Article } from '../types.js'

/** Exit codes: 0 done, 1 the input could not be read or cleaned, 2 wrong usage. */
const exitCodes = { ok: 0, failed: 1, usage: 2 } as const

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIo {
  /** Read all of standard input. */
  readStdin(): Promise<string>
  /** Write to standard output. */
  stdout(chunk: string): void
  /** Write to standard error. */
  stderr(chunk: string): void
}

const usage = `Usage: unscrape [file|-] [options]

Clean one scraped article (HTML or plain text) and print it.
Reads standard input when no file (or -) is given.

Options:
  -o, --output <md|json|text>  what to print (default: md)
      --input <auto|html|text> how to read the input (default: auto)
      --url <url>              the article's address
      --published-at <date>    publication date (ISO 8601), wins over the page's
      --rules <id=off,…>       turn rules off (or on) by id
      --explain                print the removal report to standard error
      --list-rules             print the rules and exit
  -h, --help                   print this help and exit
  -v, --version                print the version and exit

Exit codes: 0 done, 1 the input could not be read or cleaned, 2 wrong usage.
`

const outputs: ReadonlySet<string> = new Set(['md', 'json', 'text'])

/**
 * Run the CLI with the given arguments (without `node` and the script).
 * Resolves to the exit code; never throws.
 */
export async function run(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr(`unscrape: ${(error as Error).message}\n\n${usage}`)
    return exitCodes.usage
  }
  const { values, positionals } = parsed

  if (values.help) {
    io.stdout(usage)
    return exitCodes.ok
  }
  if (values.version) {
    io.stdout(`${version}\n`)
    return exitCodes.ok
  }
  if (values['list-rules']) {
    for (const rule of rules) io.stdout(`${rule.id}\t${rule.description}\n`)
    return exitCodes.ok
  }
  if (positionals.length > 1) {
    io.stderr(`unscrape: expected one input, got ${positionals.length}\n\n${usage}`)
    return exitCodes.usage
  }
  const output = values.output ?? 'md'
  if (!outputs.has(output)) {
    io.stderr(`unscrape: unexpected --output \`${output}\`, expected md, json or text\n`)
    return exitCodes.usage
  }

  let options: Options
  try {
    options = {
      format: (values.input ?? 'auto') as FormatOption,
      url: values.url,
      publishedAt: values['published-at'],
      rules: parseRules(values.rules),
    }
  } catch (error) {
    io.stderr(`unscrape: ${(error as Error).message}\n`)
    return exitCodes.usage
  }

  const path = positionals[0] ?? '-'
  let input: string
  try {
    input = path === '-' ? await io.readStdin() : await readFile(path, 'utf8')
  } catch (error) {
    io.stderr(`unscrape: cannot read \`${path}\`: ${(error as Error).message}\n`)
    return exitCodes.failed
  }

  let article: Article
  try {
    article = clean(input, options)
  } catch (error) {
    const code = error instanceof UnscrapeError ? error.code : 'internal'
    io.stderr(`unscrape: ${(error as Error).message}\n`)
    return code === 'invalid-option' ? exitCodes.usage : exitCodes.failed
  }

  if (values.explain) {
    for (const removal of article.removed) {
      const line = removal.place ? `${removal.place.start.line}:${removal.place.start.column}` : '-'
      const text = removal.text.replace(/\s+/g, ' ')
      io.stderr(
        `${line}\t${removal.rule}\t${removal.reason}\t${text.length > 80 ? `${text.slice(0, 79)}…` : text}\n`,
      )
    }
  }
  if (output === 'json') io.stdout(`${JSON.stringify(article, null, 2)}\n`)
  else if (output === 'text') io.stdout(`${article.text}\n`)
  else io.stdout(article.markdown)
  return exitCodes.ok
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      input: { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      rules: { type: 'string' },
      explain: { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

/** Read `id=off,id2=on` (or a bare `id`, meaning off) into rule switches. */
function parseRules(value: string | undefined): Record<string, boolean> {
  const switches: Record<string, boolean> = {}
  if (!value) return switches
  for (const entry of value.split(',')) {
    const [id = '', state = 'off'] = entry.split('=').map((part) => part.trim())
    if (!id) continue
    if (state !== 'off' && state !== 'on') {
      throw new Error(`unexpected state \`${state}\` for rule \`${id}\`, expected on or off`)
    }
    switches[id] = state === 'on'
  }
  return switches
}
