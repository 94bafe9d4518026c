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
 * - text encoded twice as UTF-8 is decoded once more (see
 *   `decodeTwiceEncoded`): `â\u0080\u0099` or `â€™` for `’`, `Ã©` for `é`,
 *   `Â` and a no-break space for the no-break space alone;
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
  const text = twiceEncodedLead.test(value) ? decodeTwiceEncodedRuns(value) : value
  if (!suspect.test(text)) return text
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

/**
 * The characters Windows-1252 gives the bytes 0x80–0x9F (the five bytes it
 * leaves undefined read as the C1 controls, as in Latin-1), by character.
 */
const windows1252Bytes: ReadonlyMap<string, number> = new Map(
  [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'].map((char, index) => [char, 0x80 + index]),
)

/** A byte 0x80–0xBF read as Latin-1 or Windows-1252: what follows the first byte of a UTF-8 sequence. */
const continuation = '[\\x80-\\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]'

/** The first byte of a UTF-8 sequence of two to four bytes (a letter `Â` to `ô`) and a continuation after it. */
const twiceEncodedLead = new RegExp(`[\\xc2-\\xf4]${continuation}`)

/** The shape of one UTF-8 sequence of two to four bytes, each byte read as Latin-1 or Windows-1252. */
const doubleEncoded = new RegExp(
  `[\\xc2-\\xdf]${continuation}|[\\xe0-\\xef]${continuation}{2}|[\\xf0-\\xf4]${continuation}{3}`,
  'g',
)

/**
 * First bytes that, with the right bytes after them, are never text as
 * written: `Â` and `Ã` (the Latin-1 letters and signs, `Ã©` for `é`), `â`
 * (punctuation, currency and letter-like signs, `â€™` for `’`, `â„¢` for
 * `™`) and `ð` (emoji, `ðŸ˜€`). A run led by another letter is decoded only
 * when it holds a C1 control: `ÉTÉ”` is a French word in quotes, not
 * `ÉTɔ`.
 */
const twiceEncodedFirst = /^[\xc2\xc3\xe2\xf0]/

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decode once more what was encoded twice, up to three times over (text
 * can be encoded twice more than once on its way to a page).
 */
function decodeTwiceEncodedRuns(value: string): string {
  let text = value
  for (let round = 0; round < 3; round++) {
    const decoded = text.replace(doubleEncoded, decodeTwiceEncoded)
    if (decoded === text) break
    text = decoded
  }
  return text
}

/**
 * A run shaped like UTF-8 read as Latin-1 or Windows-1252 (a scraper or a
 * site's database read the bytes of UTF-8 text as one of those and wrote
 * the characters out as UTF-8 again), decoded as UTF-8 when its bytes are
 * valid and its first byte or a C1 control shows it was encoded twice.
 */
function decodeTwiceEncoded(run: string): string {
  if (!twiceEncodedFirst.test(run) && !c1Control.test(run)) return run
  try {
    return utf8.decode(
      Uint8Array.from(run, (char) => windows1252Bytes.get(char) ?? char.charCodeAt(0)),
    )
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
