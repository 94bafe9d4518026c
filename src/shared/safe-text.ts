/**
 * Text as a reader sees it: no control characters, nothing invisible that
 * no language needs, nothing that reorders what follows it.
 *
 * Kept: tab and line breaks; the zero-width joiner and non-joiner where a
 * script needs them (after a letter or mark of the Arabic-script and
 * Brahmic scripts: Persian `می‌خواهم`, Devanagari `क्‍ष`, Sinhala `ශ්‍රී`)
 * and the joiner inside emoji sequences (`👩‍💻`, `🏳️‍🌈`); the left-to-right,
 * right-to-left and Arabic letter marks (U+200E, U+200F, U+061C), which set
 * the direction of the characters around them without reordering the text
 * that follows; variation selectors; tag characters inside an emoji flag
 * sequence (`🏴` + tags + cancel tag).
 *
 * Changed:
 * - text encoded twice as UTF-8 (a run of Latin-1 characters that holds a
 *   C1 control and is valid UTF-8 when read as bytes: `â\u0080\u0099` for
 *   `’`) is decoded once more;
 * - terminal escape sequences (`ESC [ 31 m`, `ESC ] … BEL`) are dropped
 *   whole;
 * - separator controls (vertical tab, form feed, the information
 *   separators U+001C–U+001F, next line U+0085) become a space;
 * - every other C0 control but tab and line breaks, DEL and the C1 controls
 *   U+0080–U+009F, zero-width spaces (U+200B), word joiners (U+2060), the
 *   invisible operators U+2061–U+2064, byte order marks (U+FEFF) anywhere,
 *   soft hyphens (U+00AD), the deprecated format characters U+206A–U+206F,
 *   the interlinear annotation characters U+FFF9–U+FFFB, tag characters
 *   outside flags (they can spell out text no reader sees), joiners where
 *   no script needs them, and the bidirectional embeddings, overrides and
 *   isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a reader
 *   sees, are dropped.
 */
export function visibleText(value: string): string {
  if (!suspect.test(value)) return value
  let text = value
  if (c1Control.test(text)) text = text.replace(doubleEncoded, decodeTwiceEncoded)
  return text
    .replace(terminalEscape, '')
    .replace(separatorControl, ' ')
    .replace(invisible, '')
    .replace(unneededJoiner, '')
    .replace(tagCharacters, keepFlagTags)
}

/** Any character `visibleText` may change: one test for the text that needs no work. */
const suspect =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200d\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u

/** A C1 control: in text, the sign of a wrong decoding. */
const c1Control = /[\x80-\x9f]/

/** The shape of one UTF-8 sequence of two to four bytes, each byte read as a Latin-1 character. */
const doubleEncoded = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/g

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A run shaped like UTF-8 read as Latin-1, decoded as UTF-8 when it holds a
 * C1 control (never text: the run was encoded twice) and its bytes are valid.
 */
function decodeTwiceEncoded(run: string): string {
  if (!c1Control.test(run)) return run
  try {
    return utf8.decode(Uint8Array.from(run, (char) => char.charCodeAt(0)))
  } catch {
    return run
  }
}

/** A CSI sequence (`ESC [ … final`) or an OSC string (`ESC ] … BEL` or `ESC \`): terminal commands. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const terminalEscape = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g

/** Controls that separate: vertical tab, form feed, the information separators, next line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const separatorControl = /[\x0b\x0c\x1c-\x1f\x85]/g

/** Controls, invisible and reordering characters dropped wherever they stand. */
const invisible =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\0-\x08\x0e-\x1b\x7f-\x9f\xad\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g

/**
 * A zero-width non-joiner not after a letter or mark of a script that
 * needs it, or a zero-width joiner neither there nor between two parts of
 * an emoji sequence.
 */
const unneededJoiner =
  /(?<![\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Tibt}\p{scx=Mymr}\p{scx=Khmr}])(?:\u200c|(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d|\u200d(?!\p{Extended_Pictographic}))/gu

/** An emoji flag's tag sequence (kept), or any other tag character (dropped). */
const tagCharacters = /(\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f})|[\u{e0000}-\u{e007f}]/gu

function keepFlagTags(_match: string, flag: string | undefined): string {
  return flag ?? ''
}
