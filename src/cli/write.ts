import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Write a file whole or not at all: into a temporary file beside it, then
 * renamed over it, so a crash leaves either no file or the complete one.
 * The temporary name is fixed per file, so a rerun overwrites a leftover.
 *
 * @param path Where the file goes (its folders are made).
 * @param content What it holds.
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(path)}.unscrape-tmp`)
  await writeFile(temporary, content)
  await rename(temporary, path)
}

/** Remove a file if it is there. */
export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true })
}
