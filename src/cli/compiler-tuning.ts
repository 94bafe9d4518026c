import { setFlagsFromString } from 'node:v8'

/**
 * V8 options the CLI sets for itself and the workers it starts: optimise a
 * function later (four times V8's interrupt budget) and inline less into it
 * (300 bytes of bytecode in all, not 920).
 *
 * Why: every worker thread is a V8 isolate of its own that compiles the
 * library's hot code afresh, and with V8's defaults that costs about 7 s of
 * CPU on the compiler's threads over a worker's first few hundred pages:
 * on two cores, a `-j 2` run spent on it CPU that cleaning needed. With these
 * two options a worker's first 250 WCXB pages took 13.0–13.6 s of CPU
 * against 16.3–17.0 s, and later passes the same (8.9–10.2 s against
 * 9.3–10.2 s; three runs of each, interleaved). The flags are set at run
 * time because a worker refuses V8 options in its `execArgv`; a worker
 * started afterwards takes them (measured: its first pass as above).
 *
 * Only the CLI sets them: a library does not change the V8 of the process
 * that imports it.
 */
export function tuneCompilerForBatch(): void {
  setFlagsFromString('--interrupt-budget=270336')
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300')
}
