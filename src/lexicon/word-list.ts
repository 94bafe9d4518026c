/**
 * The words of a list written with single spaces between them: how the
 * lexicons write lists too long to read one word a line.
 */
export function wordList(text: string): readonly string[] {
  return text.split(' ')
}

/**
 * A regular expression for one word of a list, whole, in any case, with or
 * without a full stop after it ("Dr", "dr.", "U.S.").
 */
export function wordPattern(list: readonly string[]): RegExp {
  return new RegExp(`^(?:${list.map((word) => word.replaceAll('.', '\\.')).join('|')})\\.?$`, 'i')
}
