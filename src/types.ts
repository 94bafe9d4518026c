/**
 * The document model: what `clean()` returns.
 *
 * Everything here is plain data (strings, numbers, booleans, arrays and
 * objects), so an `Article` survives `JSON.stringify` and `JSON.parse`
 * unchanged.
 */

/**
 * A point in the input, as unified reports it: 1-based line and column,
 * 0-based offset.
 */
export interface Point {
  /** Line in the input (1-based). */
  line: number
  /** Column in the input (1-based). */
  column: number
  /** Character offset in the input (0-based), when known. */
  offset: number | null
}

/** A span of the input. */
export interface Place {
  /** Where the span starts. */
  start: Point
  /** Where the span ends (exclusive). */
  end: Point
}

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'weekday' | 'unresolved'

/**
 * How a date's calendar value was found.
 *
 * - `explicit`: the words name the date themselves ("February 7, 2025").
 * - `published`: relative words resolved against the publication date.
 * - `context`: relative words resolved against a date stated nearby.
 * - `none`: not resolved.
 */
export type DateBasis = 'explicit' | 'published' | 'context' | 'none'

/** Where a page-level date was read from. */
export type DateSource = 'option' | 'json-ld' | 'meta' | 'time' | 'byline' | 'url' | 'text'

/** A date as the article states it, with its calendar value when known. */
export interface DateRef {
  /** The words or attribute value as written ("on Friday", "2025-02-10T08:00:00Z"). */
  text: string
  /**
   * The calendar value as an ISO 8601 date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
   * depending on `precision`; `null` when it could not be resolved.
   */
  value: string | null
  /** How precisely `value` is known. */
  precision: DatePrecision
  /** How `value` was found. */
  basis: DateBasis
  /** For page-level dates: where the date was read from; `null` for dates in the text. */
  source: DateSource | null
}

/** One sentence of a paragraph. */
export interface Sentence {
  /** The sentence's text, exactly `Article.text.slice(start, end)`. */
  text: string
  /** Offset of the first character in `Article.text`. */
  start: number
  /** Offset after the last character in `Article.text`. */
  end: number
}

/** A paragraph of prose (also used for the text of list items and blockquotes). */
export interface Paragraph {
  /** Block kind. */
  type: 'paragraph'
  /** The paragraph's text, exactly `Article.text.slice(start, end)`. */
  text: string
  /** Offset of the first character in `Article.text`. */
  start: number
  /** Offset after the last character in `Article.text`. */
  end: number
  /** The paragraph split into sentences, in order. */
  sentences: Sentence[]
}

/** One item of a list. */
export interface ListItem {
  /** The item's content: usually one paragraph, sometimes a nested list too. */
  blocks: Block[]
}

/** A bulleted or numbered list. */
export interface List {
  /** Block kind. */
  type: 'list'
  /** Whether the list is numbered. */
  ordered: boolean
  /** The number of the first item of a numbered list; `null` for bullets. */
  startNumber: number | null
  /** The items, in order. */
  items: ListItem[]
}

/** A quotation set apart from the text (`<blockquote>`). */
export interface Blockquote {
  /** Block kind. */
  type: 'blockquote'
  /** What the blockquote contains. */
  blocks: Block[]
}

/** A data table. */
export interface Table {
  /** Block kind. */
  type: 'table'
  /** Rows of cell texts; the first row is the header row when `header` is true. */
  rows: string[][]
  /** Whether the first row is a header row. */
  header: boolean
  /** Offset of the table's first character in `Article.text` (cells are tab-separated there). */
  start: number
  /** Offset after the table's last character in `Article.text`. */
  end: number
}

/** Preformatted code. */
export interface Code {
  /** Block kind. */
  type: 'code'
  /** The language named by the page (`language-*` class), or `null`. */
  lang: string | null
  /** The code, whitespace kept. */
  value: string
  /** Offset of the first character in `Article.text`. */
  start: number
  /** Offset after the last character in `Article.text`. */
  end: number
}

/** The content of a section. */
export type Block = Paragraph | List | Blockquote | Table | Code

/** A part of the article under one heading, with its sub-sections. */
export interface Section {
  /** Stable identifier: the heading's slug (GitHub style), `lead` for the lead. */
  id: string
  /** The heading's text, or `null` for the lead before the first heading. */
  heading: string | null
  /**
   * Depth in the outline: 1 for top-level sections and the lead (Markdown
   * `##`), 2 for their sub-sections (`###`), and so on.
   */
  level: number
  /** The section's own content, before its first sub-section. */
  blocks: Block[]
  /** Sub-sections, in order. */
  sections: Section[]
}

/** An image of the story, with its caption (captions are kept out of the text). */
export interface Image {
  /** The image's address as written in the page. */
  src: string
  /** Its alternative text, or `null`. */
  alt: string | null
  /** Its caption (`<figcaption>` or a caption block), without the credit, or `null`. */
  caption: string | null
  /** Who made or supplied it ("Photo: Jane Roe/Agency", "(AP Photo/John Doe)"), or `null`. */
  credit: string | null
}

/** Who a quote is attributed to. */
export interface Speaker {
  /** The speaker's name at its fullest in the article ("Ayatollah Ali Khamenei"). */
  name: string
  /** The speaker's title or role as the article gives it ("Iran's Supreme Leader"), or `null`. */
  role: string | null
}

/**
 * Kind of a quote.
 *
 * - `direct`: a whole statement in quote marks.
 * - `partial`: reported speech with quoted words inside it (`said the deal
 *   was "a disaster"`): the statement is the whole reported clause, and
 *   `quoted` marks the words in quote marks.
 * - `indirect`: reported speech without quote marks.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect'

/**
 * How sure the attribution is: `high` for what a source says, writes or
 * stands for; `low` for what a source is said to believe, expect or want
 * ("believes", "expects", "hopes"), which the source may never have said.
 */
export type QuoteConfidence = 'high' | 'low'

/** A stretch of `Article.text`: `[start, end)` offsets. */
export interface TextRange {
  /** Offset of its first character in `Article.text`. */
  start: number
  /** Offset after its last character in `Article.text`. */
  end: number
}

/** A statement attributed to someone in the article. */
export interface Quote {
  /**
   * The statement: for a direct quote, the quoted words (the pieces of an
   * interrupted quote joined by a space, each with the punctuation it has
   * inside its marks: `“A,” she said. “B.”` is `A, B.`; the comma that
   * hands the last piece over to its attribution is left out, and `quoted`
   * holds each piece apart); for partial and indirect ones, the
   * reported clause as written (its two pieces joined by a space when the
   * source stands inside it: "The talks, officials said, will resume").
   */
  text: string
  /** What kind of quote it is. */
  kind: QuoteKind
  /** Who said it, or `null` when the article does not say. */
  speaker: Speaker | null
  /**
   * The words that name the speaker where the article attributes the
   * statement, as written ("he", "the ministry", "Trump", "who"), or `null`
   * when no words there name them. `speaker` is who those words stand for.
   */
  speakerText: string | null
  /** The verb of saying as written ("warned", "said", "called for", "according to"), or `null`. */
  cue: string | null
  /** How sure the attribution is (see `QuoteConfidence`). */
  confidence: QuoteConfidence
  /**
   * The words in quote marks inside the statement, as offsets in
   * `Article.text` (marks left out): the quoted parts of a partial quote,
   * the pieces of a direct one; empty for indirect speech.
   */
  quoted: TextRange[]
  /** When it was said, or `null` when the article does not say. */
  date: DateRef | null
  /** Id of the section it stands in. */
  sectionId: string
  /**
   * Index of the paragraph it stands in, counting from 0 over every paragraph
   * of the article in reading order (those in lists and blockquotes too, as
   * `Stats.paragraphs` counts them).
   */
  paragraphIndex: number
  /**
   * Index, in that paragraph's `sentences`, of the sentence its first
   * character stands in, counting from 0 (with `sentences: false`, in the
   * split that the quotes stage makes of the paragraph).
   */
  sentenceIndex: number
  /** Offset of the quote's first character in `Article.text`. */
  start: number
  /** Offset after its last character in `Article.text`. */
  end: number
}

/** One piece of the input that cleaning removed, and why. */
export interface Removal {
  /** Id of the rule that removed it (see `rules`). */
  rule: string
  /** Why, in one line. */
  reason: string
  /** The removed text, whitespace collapsed (may be empty for an image or a script). */
  text: string
  /**
   * Where it stood in the input, with the `places` option on (else `null`);
   * for a removed sentence, the place of its paragraph.
   */
  place: Place | null
}

/** Something the caller should know about the result: a rule held back, input was odd. */
export interface Warning {
  /** Id of the rule or stage that warns, or `null`. */
  rule: string | null
  /** What happened, in one line. */
  message: string
}

/** Counts describing the result. */
export interface Stats {
  /** Characters in `Article.text`. */
  characters: number
  /** Words in `Article.text` (runs of letters or digits). */
  words: number
  /** Sections, counting sub-sections and the lead. */
  sections: number
  /** Paragraphs, counting those in lists and blockquotes. */
  paragraphs: number
  /** Sentences. */
  sentences: number
  /** Removals made by the cleaning rules. */
  removals: number
}

/** Form of the input. */
export type InputFormat = 'html' | 'text' | 'markdown'

/** Page metadata: what the metadata stage finds, and the head of an `Article`. */
export interface Metadata {
  /** The article's title, or `null` when none was found. */
  title: string | null
  /** The author line as the page gives it, or `null`. */
  byline: string | null
  /** The authors' names, one per entry (empty when not known). */
  authors: string[]
  /** When the article was published, or `null` when not known (never guessed). */
  publishedAt: DateRef | null
  /** When the article was last modified, or `null` when not known. */
  modifiedAt: DateRef | null
  /** The page's language (BCP 47 tag as declared), or `null`. */
  lang: string | null
  /** The article's address: `options.url`, else the page's canonical URL, else `null`. */
  url: string | null
  /** The site's name, or `null`. */
  siteName: string | null
}

/** A cleaned article: its metadata, its outline and text, and what cleaning removed. */
export interface Article extends Metadata {
  /** Which form the input was read as. */
  format: InputFormat
  /** The outline: the lead (if any) and the top-level sections, each with sub-sections. */
  sections: Section[]
  /** The story's images with captions. */
  images: Image[]
  /** Statements attributed to speakers. */
  quotes: Quote[]
  /** What cleaning removed, in document order, each with its rule and reason. */
  removed: Removal[]
  /** Warnings about the result (empty when all went as expected). */
  warnings: Warning[]
  /**
   * The clean text: section headings and blocks separated by blank lines, list
   * items and table rows on lines of their own, a numbered item after its
   * number ("1. "). The title is not included.
   */
  text: string
  /** The clean article as Markdown: the title as `#`, sections as `##`, `###`, …. */
  markdown: string
  /** Counts. */
  stats: Stats
}
