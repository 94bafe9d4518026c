/** Where progress is drawn. */
export interface ProgressOutput {
  /** Write to standard error. */
  stderr(chunk: string): void
  /** Whether standard error is a terminal (no bar otherwise). */
  stderrIsTty: boolean
}

/** Least time between two drawings of the bar, in ms. */
const redrawInterval = 100
/** How many rules the summary names. */
const summaryRules = 5
/** Width of the bar, in characters. */
const barWidth = 24

/**
 * Counts of a batch run: a progress bar with rate and ETA on standard error
 * while it runs (only when that is a terminal), a summary at the end.
 */
export class Progress {
  readonly #output: ProgressOutput
  readonly #bar: boolean
  readonly #started = performance.now()
  readonly #removals = new Map<string, number>()
  readonly #total: number | null
  #done = 0
  #failed = 0
  #skipped = 0
  #drawn = 0

  /**
   * @param output Where to draw.
   * @param total How many inputs there are, when known.
   * @param quiet Draw nothing.
   */
  constructor(output: ProgressOutput, total: number | null, quiet: boolean) {
    this.#output = output
    this.#total = total
    this.#bar = output.stderrIsTty && !quiet
  }

  /** Inputs whose outputs an earlier run left: not cleaned again. */
  skip(count: number): void {
    this.#skipped += count
  }

  /** Whether any input failed. */
  get failed(): boolean {
    return this.#failed > 0
  }

  /** Count one result (a page cleaned, with the rule of each removal, or an error) and redraw the bar. */
  record(result: { removals: readonly string[] } | { error: unknown }): void {
    if ('removals' in result) {
      this.#done++
      for (const rule of result.removals) {
        this.#removals.set(rule, (this.#removals.get(rule) ?? 0) + 1)
      }
    } else {
      this.#failed++
    }
    const now = performance.now()
    if (this.#bar && now - this.#drawn >= redrawInterval) {
      this.#drawn = now
      this.#output.stderr(`\r${this.#line(now)}\u001b[K`)
    }
  }

  /** The summary: counts, rate, and the rules that removed most. */
  summary(): string {
    const seconds = (performance.now() - this.#started) / 1000
    const rate = (this.#done + this.#failed) / Math.max(seconds, 0.001)
    const top = [...this.#removals]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, summaryRules)
      .map(([rule, count]) => `${rule} (${count})`)
    return [
      this.#bar ? '\r\u001b[K' : '',
      `unscrape: ${this.#done} done, ${this.#failed} failed, ${this.#skipped} skipped`,
      ` in ${seconds.toFixed(1)} s (${rate.toFixed(1)} pages/s)\n`,
      top.length > 0 ? `unscrape: most frequent removals: ${top.join(', ')}\n` : '',
    ].join('')
  }

  /** The bar: `[#####-----]  42% 210/500  38.2/s  ETA 0:07`, or without total, the count and rate. */
  #line(now: number): string {
    const finished = this.#done + this.#failed
    const rate = finished / Math.max((now - this.#started) / 1000, 0.001)
    const total = this.#total === null ? null : this.#total - this.#skipped
    if (total === null || total <= 0) return `${finished} pages  ${rate.toFixed(1)}/s`
    const share = Math.min(finished / total, 1)
    const filled = Math.round(share * barWidth)
    const eta = rate > 0 ? Math.ceil((total - finished) / rate) : 0
    const minutes = Math.floor(eta / 60)
    const clock = `${minutes}:${String(eta % 60).padStart(2, '0')}`
    return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${finished}/${total}  ${rate.toFixed(1)}/s  ETA ${clock}`
  }
}
