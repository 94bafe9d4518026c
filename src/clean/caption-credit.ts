/** A figure's caption split from its credit. */
export interface CaptionParts {
  /** What the caption says about the picture, or `null`. */
  caption: string | null
  /** Who made or supplied the picture, or `null`. */
  credit: string | null
}

/**
 * A credit at the end of a caption: "Photo: Jane Roe/Agency", "(AP
 * Photo/John Doe)", "Foto: dpa", "Jane Roe/Getty Images".
 */
const trailingCredit =
  /(?:^|\s+|(?<=[.!?]))(\(?(?:photo|photograph|image|picture|illustration|graphic|video|credit|foto|bild|crédit|crédito)s?(?: by)?\s*[:/©]\s*[^()]{1,120}\)?|\((?:AP|AFP|Reuters|EPA|dpa|Getty Images?)\b[^()]{0,80}\)|©\s*[^©]{1,120}|[\p{L}\p{M} '’-]{1,40}\/(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Shutterstock|Alamy)(?: via [\p{L} .'’-]{1,60})?)\.?\s*$/iu

/** Split a caption into its description and its trailing credit. */
export function splitCredit(text: string): CaptionParts {
  const match = trailingCredit.exec(text)
  if (!match || match[1] === undefined) return { caption: text || null, credit: null }
  const caption = text.slice(0, match.index).trim()
  return { caption: caption || null, credit: match[1].trim() }
}
