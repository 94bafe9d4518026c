import { stat } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { FormatOption } from '../api/options.js'
import { outputStem } from '../batch/folder.js'
import { UsageError } from './args.js'

/** A page file to clean, and where it stands in the tree its outputs mirror. */
export interface InputFile {
  /** Its path, as found. */
  path: string
  /** Its path from the folder or glob base it was found under (its name, for a file named). */
  relative: string
}

/** The files the inputs name, and the inputs that name none. */
export interface FoundInputs {
  /** The files, each once, in order of their paths. */
  files: InputFile[]
  /** Inputs that are neither a file, a folder, nor a glob that matches. */
  missing: string[]
}

/** What a folder is searched for: the pages a scraper saves. */
const pagePattern = '**/*.{html,htm,xhtml,txt,md,markdown}'

/** Names of files that hold Markdown. */
const markdownName = /\.(?:md|markdown)$/i

/**
 * How to read a file: as the `format` option says, except that under
 * `auto` a `.md` or `.markdown` file is Markdown (`auto` alone never
 * takes text for Markdown).
 *
 * @param path The file's path (`-` for standard input).
 * @param format The `format` option.
 */
export function formatOfFile(path: string, format: FormatOption | undefined): FormatOption {
  if ((format ?? 'auto') === 'auto' && markdownName.test(path)) return 'markdown'
  return format ?? 'auto'
}

/**
 * Find the files that inputs name: a file as is, a folder's pages (`.html`,
 * `.htm`, `.xhtml`, `.txt`, `.md`, `.markdown`, in sub-folders too), a glob's matches.
 *
 * @param inputs Files, folders and globs.
 */
export async function findInputs(inputs: readonly string[]): Promise<FoundInputs> {
  const byPath = new Map<string, InputFile>()
  const missing: string[] = []
  const add = (base: string, found: readonly string[]) => {
    for (const path of found) {
      const full = join(base, path)
      if (!byPath.has(full)) byPath.set(full, { path: full, relative: path })
    }
  }
  for (const input of inputs) {
    const kind = await stat(input).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      () => 'none' as const,
    )
    if (kind === 'file') {
      add(dirname(input), [basename(input)])
    } else if (kind === 'folder') {
      add(input, await glob(pagePattern, { cwd: input, onlyFiles: true }))
    } else if (isDynamicPattern(input)) {
      const base = globBase(input)
      const found = await glob(relative(base, input) || '.', { cwd: base, onlyFiles: true })
      if (found.length === 0) missing.push(input)
      add(base, found)
    } else {
      missing.push(input)
    }
  }
  const files = [...byPath.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )
  return { files, missing }
}

/** The folder a glob starts from: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.')
}

/**
 * Where each file's outputs go, relative to the output folder and without
 * an extension (see `outputStem`).
 *
 * @throws {UsageError} When two files would write the same outputs.
 */
export function outputStems(files: readonly InputFile[]): string[] {
  const owners = new Map<string, string>()
  return files.map((file) => {
    const stem = outputStem(file.relative)
    const previous = owners.get(stem)
    if (previous !== undefined) {
      throw new UsageError(`${previous} and ${file.path} would write the same outputs (${stem}.*)`)
    }
    owners.set(stem, file.path)
    return stem
  })
}
