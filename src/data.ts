import type { VFile } from 'vfile'
import type { Image, InputFormat, Metadata, Quote, Removal, Section, Stats } from './types.js'

/** A byline or dateline removed from the body: what the metadata may still read. */
export interface Byline {
  /** Its text. */
  text: string
  /** The `datetime` values of the `<time>` elements in it. */
  dateTimes: string[]
  /** The `datetime` of a `<time>` in it marked as the publication date, or `null`. */
  published: string | null
}

/** What the stages share on `file.data.unscrape`. */
export interface UnscrapeData {
  /** Which form the input was read as. */
  format: InputFormat
  /** The page metadata (metadata stage). */
  meta: Metadata
  /** What cleaning removed, in order (clean stage). */
  removed: Removal[]
  /** The story's images, with the captions the clean stage took out (body metadata stage). */
  images: Image[]
  /** Bylines and datelines the clean stage took out of the body, for the metadata. */
  bylines: Byline[]
  /** The outline (structure stage). */
  sections: Section[]
  /** Statements attributed to speakers (quotes stage). */
  quotes: Quote[]
  /** The clean text (structure stage). */
  text: string
  /** Counts (structure stage). */
  stats: Stats
}

/** A figure's caption split from its credit. */
export interface CaptionParts {
  /** What the caption says about the picture, or `null`. */
  caption: string | null
  /** Who made or supplied the picture, or `null`. */
  credit: string | null
}

declare module 'hast' {
  interface ElementData {
    /**
     * The caption and credit the clean stage found for the image in this
     * element (a `<figure>`, or a paragraph that is only an image): what the
     * image collection of the body metadata reads.
     */
    caption?: CaptionParts | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Results of the unscrape stages. */
    unscrape: UnscrapeData
  }
}

/** Get the shared results on a file, creating empty ones on first use. */
export function unscrapeData(file: VFile): UnscrapeData {
  let data = file.data.unscrape
  if (!data) {
    data = {
      format: 'html',
      meta: {
        title: null,
        byline: null,
        authors: [],
        publishedAt: null,
        modifiedAt: null,
        lang: null,
        url: null,
        siteName: null,
      },
      removed: [],
      images: [],
      bylines: [],
      sections: [],
      quotes: [],
      text: '',
      stats: { characters: 0, words: 0, sections: 0, paragraphs: 0, sentences: 0, removals: 0 },
    }
    file.data.unscrape = data
  }
  return data
}
