import { availableParallelism } from 'node:os'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { type FormatOption, normalizeOptions, type Options } from '../api/options.js'
import { defaultTimeout, defaultWorkerMemory } from '../batch/pool.js'
import { rules } from '../clean/rules/index.js'

/** What to write for each article. */
export type OutputFormat = 'md' | 'json' | 'text' | 'both'

/** The command line, checked. */
export interface CliConfig {
  /** Print help, the version or the rules, and stop. */
  info: 'help' | 'version' | 'list-rules' | null
  /** The inputs named: files, folders, globs, or `-`. */
  inputs: string[]
  /** `-o`: the output folder, or for `--jsonl` the output file (`-` is standard output). */
  output: string | null
  /** What to write for each article. */
  format: OutputFormat
  /** Read and write JSON Lines. */
  jsonl: boolean
  /** The fields of a JSONL record holding the id, the HTML and the text. */
  fields: { id: string; html: string; text: string }
  /** Worker threads. */
  concurrency: number
  /** Longest time for one document, in ms. */
  timeout: number
  /** Heap limit of each worker, in MiB. */
  workerMemory: number
  /** Write results as they finish rather than in input order. */
  unordered: boolean
  /** Append only what an interrupted JSONL run left out. */
  resume: boolean
  /** No progress bar and no summary. */
  quiet: boolean
  /** Print the removal report on standard error. */
  explain: boolean
  /** `--report`: where to write the visual removal report of one article, or `null`. */
  report: string | null
  /** `clean()`'s options, checked. */
  options: Options
}

/** Exit codes: 0 all done, 1 some inputs failed, 2 wrong usage. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {}

const knownRules: ReadonlySet<string> = new Set(rules.map((rule) => rule.id))

const formats: ReadonlySet<string> = new Set(['md', 'json', 'text', 'both'])

/**
 * Read and check the command line (without `node` and the script).
 *
 * @throws {UsageError} On a wrong flag or value.
 */
export function parseCommandLine(argv: readonly string[]): CliConfig {
  const { values, positionals } = parseFlags(argv, cliFlags)
  return configOf(values, positionals)
}

/** The flags of the command line. */
export const cliFlags = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  input: { type: 'string' },
  url: { type: 'string' },
  'published-at': { type: 'string' },
  rules: { type: 'string' },
  'keep-captions': { type: 'boolean' },
  'no-sentences': { type: 'boolean' },
  'no-quotes': { type: 'boolean' },
  places: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  'id-field': { type: 'string' },
  'html-field': { type: 'string' },
  'text-field': { type: 'string' },
  concurrency: { type: 'string', short: 'j' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  'worker-memory': { type: 'string' },
  unordered: { type: 'boolean' },
  resume: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  explain: { type: 'boolean' },
  report: { type: 'string' },
  'list-rules': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options']

/** Flags and positionals read. */
export type ParsedFlags<Flags extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: Flags }>
>

/** The values of the command line's flags. */
export type CliValues = ParsedFlags<typeof cliFlags>['values']

/**
 * Read flags and positionals.
 *
 * @throws {UsageError} On an unknown flag, or a flag without its value.
 */
export function parseFlags<Flags extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  flags: Flags,
): ParsedFlags<Flags> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: flags })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/**
 * The configuration the flags give.
 *
 * @throws {UsageError} On a wrong value.
 */
export function configOf(values: CliValues, positionals: string[]): CliConfig {
  const format = values.format ?? 'md'
  if (!formats.has(format)) {
    throw new UsageError(`unexpected --format \`${format}\`, expected md, json, text or both`)
  }
  const options: Options = {
    format: (values.input ?? 'auto') as FormatOption,
    url: values.url,
    publishedAt: values['published-at'],
    rules: parseRules(values.rules),
    keepCaptions: values['keep-captions'] ?? false,
    sentences: !values['no-sentences'],
    quotes: !values['no-quotes'],
    // The removal reports show where each removal stood.
    places: (values.places ?? false) || (values.explain ?? false) || values.report !== undefined,
  }
  if (values['max-bytes'] !== undefined) options.maxBytes = parseBytes(values['max-bytes'])
  try {
    normalizeOptions(options)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const info = values.help
    ? 'help'
    : values.version
      ? 'version'
      : values['list-rules']
        ? 'list-rules'
        : null
  return {
    info,
    inputs: positionals,
    output: values.output ?? null,
    format: format as OutputFormat,
    jsonl: values.jsonl ?? false,
    fields: {
      id: values['id-field'] ?? 'id',
      html: values['html-field'] ?? 'html',
      text: values['text-field'] ?? 'text',
    },
    concurrency:
      values.concurrency === undefined
        ? availableParallelism()
        : parseCount(values.concurrency, '--concurrency'),
    timeout: values.timeout === undefined ? defaultTimeout : parseSeconds(values.timeout) * 1000,
    workerMemory:
      values['worker-memory'] === undefined
        ? defaultWorkerMemory
        : parseCount(values['worker-memory'], '--worker-memory'),
    unordered: values.unordered ?? false,
    resume: values.resume ?? false,
    quiet: values.quiet ?? false,
    explain: values.explain ?? false,
    report: values.report ?? null,
    options,
  }
}

/**
 * Read `id=off,id2=on` (or a bare `id`, meaning off) into rule switches. Built
 * from entries, so an id such as `__proto__` is an unknown rule, not a prototype.
 */
function parseRules(value: string | undefined): Record<string, boolean> {
  const switches: [string, boolean][] = []
  for (const entry of value?.split(',') ?? []) {
    const [id = '', state = 'off'] = entry.split('=').map((part) => part.trim())
    if (!id) continue
    if (state !== 'off' && state !== 'on') {
      throw new UsageError(`unexpected state \`${state}\` for rule \`${id}\`, expected on or off`)
    }
    if (!knownRules.has(id)) throw new UsageError(`unknown rule \`${id}\` (see --list-rules)`)
    switches.push([id, state === 'on'])
  }
  return Object.fromEntries(switches)
}

const byteUnits: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }

/** Read a size such as `1048576`, `512k`, `64M` or `1G` (binary multiples). */
function parseBytes(value: string): number {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim())
  const unit = byteUnits[match?.[2]?.toLowerCase() ?? '']
  if (!match?.[1] || unit === undefined) {
    throw new UsageError(`unexpected --max-bytes \`${value}\`, expected a size such as 64M`)
  }
  return Number(match[1]) * unit
}

/** Read a whole number of 1 or more. */
function parseCount(value: string, flag: string): number {
  const count = Number(value)
  if (!/^\d+$/.test(value) || count < 1) {
    throw new UsageError(`unexpected ${flag} \`${value}\`, expected a whole number, 1 or more`)
  }
  return count
}

/** Read a number of seconds over 0. */
function parseSeconds(value: string): number {
  const seconds = Number(value)
  if (!/^\d+(?:\.\d+)?$/.test(value) || !(seconds > 0)) {
    throw new UsageError(`unexpected --timeout \`${value}\`, expected seconds, such as 30`)
  }
  return seconds
}
