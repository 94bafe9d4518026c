// @ts-check
/**
 * Running a Node process for a benchmark: its wall time, its CPU time (all
 * its threads: workers, the collector's and the compiler's) and its peak
 * resident memory, read from /proc while it runs.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/**
 * What a run took.
 * @typedef {object} ChildRun
 * @property {number} ms Wall time.
 * @property {number} cpuMs CPU time of every thread of the process.
 * @property {number} peakMib Peak resident memory (VmHWM), its threads included.
 * @property {number | null} code Exit code.
 * @property {string} stdout What it printed.
 * @property {string} stderr What it printed on standard error.
 */

/**
 * Run `node <args>`; reject when it exits with a code other than those allowed.
 * @param {string[]} args
 * @param {{ok?: number[], env?: NodeJS.ProcessEnv}} [options]
 * @returns {Promise<ChildRun>}
 */
export function runNode(args, options = {}) {
  const ok = options.ok ?? [0]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    })
    let peakKib = 0
    let cpuTicks = 0
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        peakKib = Math.max(peakKib, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time, in ticks of 1/100 s.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ')
        cpuTicks = Number(fields?.[11] ?? 0) + Number(fields?.[12] ?? 0)
      } catch {
        // The process has ended.
      }
    }
    const timer = setInterval(sample, 20)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      if (!ok.includes(code ?? -1)) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr}`))
        return
      }
      resolve({
        ms: performance.now() - start,
        cpuMs: cpuTicks * 10,
        peakMib: peakKib / 1024,
        code,
        stdout,
        stderr,
      })
    })
  })
}

/**
 * A script for `node --input-type=module -e`: clean the pages of the folder
 * given as its first argument in one plain process, no workers (the work
 * alone), and print the time spent in `clean()` itself, in ms. With a
 * share `<k>/<n>` as its second argument, it cleans only the k-th of every
 * n pages.
 */
export const cleanFolderScript = `
import { readdirSync, readFileSync } from 'node:fs'
import { clean } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}
const [dir, share = '0/1'] = process.argv.slice(1)
const [part, parts] = share.split('/').map(Number)
let inClean = 0
for (const [index, name] of readdirSync(dir).entries()) {
  if (index % parts !== part) continue
  const page = readFileSync(dir + '/' + name)
  const start = performance.now()
  clean(page)
  inClean += performance.now() - start
}
console.log(JSON.stringify({ inClean }))
`

/**
 * Clean a folder in `count` plain processes at once: each the whole folder,
 * or with `split`, each its share of the pages.
 * @param {string} folder
 * @param {number} count
 * @param {boolean} [split]
 * @returns {Promise<{ms: number, cpuMs: number, inCleanMs: number}>} The wall time of
 *   all, their CPU time, and the time the first spent in `clean()`.
 */
export async function runPlain(folder, count, split = false) {
  const start = performance.now()
  const runs = await Promise.all(
    Array.from({ length: count }, (_, part) =>
      runNode([
        '--input-type=module',
        '-e',
        cleanFolderScript,
        folder,
        split ? `${part}/${count}` : '0/1',
      ]),
    ),
  )
  return {
    ms: performance.now() - start,
    cpuMs: runs.reduce((sum, run) => sum + run.cpuMs, 0),
    inCleanMs: JSON.parse(runs[0]?.stdout ?? '{}').inClean,
  }
}
