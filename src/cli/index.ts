#!/usr/bin/env node
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { tuneCompilerForBatch } from './compiler-tuning.js'
import { run } from './run.js'

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string }

// A reader that closes early (`| head`) is no failure of the run: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

// Before any worker starts: workers take the V8 options set at that moment.
tuneCompilerForBatch()

process.exitCode = await run(
  process.argv.slice(2),
  {
    stdin: () => process.stdin,
    stdout: async (chunk) => {
      // Wait when the pipe is full, so a slow reader holds the batch back instead of memory.
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain')
    },
    stderr: (chunk) => process.stderr.write(chunk),
    stderrIsTty: process.stderr.isTTY === true,
  },
  version,
)
