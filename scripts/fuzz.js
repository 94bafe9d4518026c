// @ts-check
/**
 * Fuzz `clean()` and the documented compositions of the exported stages:
 * run the guarantee properties (`test/guarantees.test.ts`: nothing crashes,
 * nothing invented, nothing invisible, and the Markdown, rendered by a
 * CommonMark + GFM renderer, holds nothing that runs and shows the
 * article's text) with many runs, round after round with fresh seeds, for
 * a given time.
 * A failing input is shrunk and saved under `fixtures/hostile/<hash>/`
 * (`fixtures/round-trip/<hash>/` for the Markdown round trip),
 * where the test suite replays it from then on.
 *
 *   npm run fuzz -- [<minutes>] [--runs <runs per property per round>]
 *
 * Defaults: 10 minutes, 2,000 runs. Not part of CI.
 */
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const runsIndex = args.indexOf('--runs')
const runs = runsIndex === -1 ? 2000 : Number(args[runsIndex + 1])
const minutes = Number(
  args.find((arg, index) => !arg.startsWith('--') && index !== runsIndex + 1) ?? 10,
)
if (!(minutes > 0) || !(runs > 0)) {
  console.error('Usage: npm run fuzz -- [<minutes>] [--runs <runs>]')
  process.exit(2)
}

const end = Date.now() + minutes * 60_000
let round = 0
while (Date.now() < end) {
  round++
  const started = Date.now()
  const result = spawnSync(
    'npx',
    // Thousands of runs take longer than a unit test may.
    ['vitest', 'run', 'test/guarantees.test.ts', '--testTimeout', String(60 * 60_000)],
    {
      env: { ...process.env, UNSCRAPE_FUZZ_RUNS: String(runs) },
      encoding: 'utf8',
    },
  )
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  if (result.status !== 0) {
    console.log(result.stdout)
    console.error(result.stderr)
    console.error(
      `Round ${round} failed after ${seconds} s; see fixtures/hostile/ or fixtures/round-trip/ for the input.`,
    )
    process.exit(1)
  }
  console.log(`Round ${round}: ${runs} runs per property passed in ${seconds} s`)
}
console.log(`No failure in ${round} rounds (${minutes} min).`)
