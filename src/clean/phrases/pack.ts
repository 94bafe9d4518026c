/**
 * The fixed phrases of one language that some cleaning rules look for: the
 * labels, headings and pleas that sites put around a story. Rules decide
 * mostly on markup and on the shape of text; where they must match words,
 * the words come from these packs, one module per language, so that adding
 * a language is adding a pack.
 *
 * Every entry is the source of a regular expression (matched
 * case-insensitively, without the `u` flag except in `navigationPrompts`)
 * that stands for one phrase and its variants, such as
 * `related(?: (?:articles?|stories))?`. Each category says how rules anchor
 * its phrases; a pack lists only the categories it has phrases for.
 */
export interface PhrasePack {
  /** BCP 47 code of the language. */
  lang: string
  /**
   * Labels that announce related or recommended links ("Related stories",
   * "Weitere Artikel"), matched as a whole line with an optional colon.
   */
  relatedLabels?: readonly string[] | undefined
  /** Labels of a teaser line before a link ("Read more: …"), matched at the start, before a colon. */
  teaserLabels?: readonly string[] | undefined
  /**
   * Lines that are only a link prompt or a page control ("Read more »",
   * "Back", "Zurück zur Übersicht"), matched as a whole line; these may use
   * `\p{…}` classes (compiled with the `u` flag).
   */
  navigationPrompts?: readonly string[] | undefined
  /** What cookie and consent banners say ("we use cookies"), matched as words anywhere. */
  consentPhrases?: readonly string[] | undefined
  /**
   * What notices about the reader's browser say ("your browser is out of
   * date", "please enable JavaScript"), matched from a word start.
   */
  browserNotices?: readonly string[] | undefined
  /** What paywall prompts say ("subscribe to continue reading"), matched from a word start. */
  paywallPhrases?: readonly string[] | undefined
  /** Headings of comment sections ("Comments", "Leave a reply"), matched as a whole line. */
  commentHeadings?: readonly string[] | undefined
  /**
   * Headings that title comment sections and real sections alike
   * ("Reactions", "Responses"), matched as a whole line: taken only when
   * nothing of the story follows them.
   */
  replyHeadings?: readonly string[] | undefined
  /** Headings of author boxes ("About the author"), matched as a whole line. */
  authorHeadings?: readonly string[] | undefined
  /**
   * Verbs that follow a writer's name at the start of a biography of them
   * ("Jane Roe is…", "Jane Roe covers…"), in the third person and lower
   * case, matched as whole words.
   */
  biographyVerbs?: readonly string[] | undefined
  /** Labels of ad slots ("Advertisement", "Anzeige"), matched as a whole line. */
  adLabels?: readonly string[] | undefined
  /** Rights notices ("All rights reserved"), matched as words anywhere in a short line. */
  rightsReserved?: readonly string[] | undefined
  /**
   * Sentences that ask the reader to act for the site (comment, subscribe,
   * follow, read more), matched anywhere in a sentence that also addresses
   * the reader (see `readerWords`, `imperatives`).
   */
  readerPleas?: readonly string[] | undefined
  /** Words that address the reader ("you", "we"), matched as words. */
  readerWords?: readonly string[] | undefined
  /** Orders that open a plea ("Join", "Subscribe"), matched at the start of a sentence. */
  imperatives?: readonly string[] | undefined
  /**
   * Verbs of the orders a site gives its readers ("download", "sign up",
   * "turn on", "buy"), matched at the start of a sentence or after a colon,
   * before one of `siteObjects` a few words on.
   */
  pleaVerbs?: readonly string[] | undefined
  /**
   * A clause that may open a sentence before such an order ("For more
   * news, …", "To keep reading, …"), with its comma.
   */
  pleaOpenings?: readonly string[] | undefined
  /**
   * What such orders are about: the site and its channels ("our app", "the
   * newsletter", "notifications", "this story", "us"), matched as words.
   */
  siteObjects?: readonly string[] | undefined
  /**
   * Notices a site adds to every story (app downloads, disclaimers, channel
   * invitations), matched anywhere in a sentence, no reader address needed.
   */
  siteNotices?: readonly string[] | undefined
}
