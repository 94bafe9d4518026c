/**
 * Codes of the errors unscrape throws.
 *
 * - `invalid-option`: an option has the wrong type or value, or names an unknown rule.
 * - `invalid-input`: the input is neither a string nor a `Uint8Array`, or is
 *   bytes of binary data rather than a page.
 * - `input-too-large`: the input is over the `maxBytes` option.
 */
export type UnscrapeErrorCode = 'invalid-option' | 'invalid-input' | 'input-too-large'

/** The one error type unscrape throws, with a machine-readable `code`. */
export class UnscrapeError extends Error {
  /** What went wrong, as a stable code. */
  readonly code: UnscrapeErrorCode

  /**
   * @param code Stable code of the error.
   * @param message Human-readable description.
   */
  constructor(code: UnscrapeErrorCode, message: string) {
    super(message)
    this.name = 'UnscrapeError'
    this.code = code
  }
}
