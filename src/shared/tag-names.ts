/**
 * The sets of HTML elements the stages treat alike, each named once.
 *
 * Where a package of the unified collective answers the question, the
 * stages ask it (`hast-util-embedded` for embedded content,
 * `hast-util-phrasing` for phrasing content). The lists below are the ones
 * no package exports; several of them are "blocks", because what counts as
 * a block depends on what is measured, and each says whose reading it
 * follows and why it is kept as theirs.
 */

/** The heading elements, `h1` to `h6`. */
export const headingTags: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The lists whose items are `<li>` elements: unordered and ordered. */
export const listTags: ReadonlySet<string> = new Set(['ul', 'ol'])

/** Headings below the page title: the ones a story's sections use. */
const sectionHeadings = ['h2', 'h3', 'h4', 'h5', 'h6']

/**
 * Elements whose content is code or markup for the browser, never text a
 * reader sees (`<noscript>` repeats the page for browsers without scripts).
 */
export const silentTags: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template'])

/** What a reader never sees of a whole document: the silent elements and `<head>`. */
export const invisibleTags: ReadonlySet<string> = new Set(['head', ...silentTags])

/**
 * Elements whose text is never rendered, as `hast-util-to-text` counts them
 * (its list is not exported): what the text of a removal leaves out.
 */
export const notRenderedTags: ReadonlySet<string> = new Set([
  'datalist',
  'head',
  'noembed',
  'noframes',
  'noscript',
  'rp',
  'script',
  'style',
  'template',
  'title',
])

/** A table, its row groups, rows and cells. */
const tableParts = ['table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']

/** Block elements that both `hast-util-to-text` and `hast-util-minify-whitespace` count. */
const sharedBlocks = [
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  ...headingTags,
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'ul',
  'xmp',
]

/**
 * Elements rendered as a line of their own, as `hast-util-to-text` counts
 * them (its list is not exported): the text of a removal is the text a
 * reader saw, so it breaks lines where that package does.
 */
export const textBlockTags: ReadonlySet<string> = new Set(sharedBlocks)

/**
 * Elements that bound white space like blocks do, as
 * `hast-util-minify-whitespace` counts them (its `lib/block.js`, not
 * exported): the Markdown conversion minifies with that package's reading,
 * so the stage that does the same work first must read blocks alike.
 */
export const minifyBlockTags: ReadonlySet<string> = new Set([
  ...sharedBlocks,
  'br',
  'col',
  'colgroup',
  'head',
  'optgroup',
  'option',
  'summary',
  ...tableParts,
  'wbr',
])

/**
 * Elements passed over when looking for what follows a piece of white
 * space, as `hast-util-minify-whitespace` counts them (its
 * `lib/skippable.js`, not exported).
 */
export const minifySkippableTags: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'dialog',
  'datalist',
  'head',
  'link',
  'meta',
  'noembed',
  'noframes',
  'param',
  'rp',
  'script',
  'source',
  'style',
  'template',
  'track',
  'title',
])

/**
 * Form controls: they show something of their own, so white space next to
 * them counts (with embedded content, `hast-util-minify-whitespace`'s
 * `lib/content.js`).
 */
export const formControlTags: ReadonlySet<string> = new Set([
  'button',
  'input',
  'select',
  'textarea',
])

/** Elements whose line breaks are rendered as written. */
export const preformattedTags: ReadonlySet<string> = new Set([
  'listing',
  'plaintext',
  'pre',
  'textarea',
  'xmp',
])

/**
 * Text blocks the flattening of deep trees leaves to the text around them:
 * `<legend>` and the obsolete `<listing>`, `<plaintext>` and `<xmp>`, which
 * pages nested a hundred levels deep do not use.
 */
const rareTextBlocks: ReadonlySet<string> = new Set(['legend', 'listing', 'plaintext', 'xmp'])

/**
 * Elements whose start and end break the text into separate blocks when a
 * too deep parse5 tree is flattened. The parse stage works on parse5 nodes,
 * before there is a hast tree to ask `hast-util-*` about; the list adds to
 * the text blocks the table parts, `<details>`, `<fieldset>` and `<br>`,
 * which flattening turns into breaks of their own.
 */
export const flattenBlockTags: ReadonlySet<string> = new Set([
  ...sharedBlocks.filter((tagName) => !rareTextBlocks.has(tagName)),
  'br',
  'details',
  'fieldset',
  'summary',
  ...tableParts,
])

/**
 * Elements dropped whole, text and all, when a too deep parse5 tree is
 * flattened: the silent ones, embedded content whose text is a fallback
 * (`<canvas>`, `<iframe>`, `<object>`, …), and form fields whose text is a
 * value, not prose.
 */
export const flattenHiddenTags: ReadonlySet<string> = new Set([
  ...silentTags,
  'canvas',
  'embed',
  'head',
  'iframe',
  'math',
  'object',
  'select',
  'svg',
  'textarea',
  'title',
])

/** Table structure: text cannot stand in it, only in its cells. */
export const tableStructureTags: ReadonlySet<string> = new Set([
  'colgroup',
  ...tableParts.filter((tagName) => tagName !== 'td' && tagName !== 'th'),
])

/**
 * Elements whose text stands apart from what is around it, for the text the
 * rules measure: the lines and cells of a page.
 */
export const separatedTags: ReadonlySet<string> = new Set([
  'br',
  'caption',
  'dd',
  'div',
  'dt',
  ...headingTags,
  'li',
  'p',
  'td',
  'th',
  'tr',
])

/**
 * Text blocks that are the document's own frame (`html`, `body`) or rare and
 * obsolete (`center`, `xmp`, …): lines of text to a reader, but no block of
 * the page's own layout for the structure model or the report.
 */
export const frameAndRareBlocks: readonly string[] = [
  'body',
  'center',
  'dialog',
  'dir',
  'html',
  'legend',
  'listing',
  'menu',
  'plaintext',
  'xmp',
]

/**
 * Blocks of `sharedBlocks` that `furniture-score`'s model was trained
 * reading as inline: the document's own frame, rare and obsolete blocks,
 * and `hr`, which holds no text.
 */
const notFeatureBlocks: ReadonlySet<string> = new Set([...frameAndRareBlocks, 'hgroup', 'hr'])

/**
 * Elements that end a run of text for `furniture-score`: an element holding
 * none of them is a leaf block. The trained model reads blocks this way, so a
 * change here needs the model retrained (`scripts/train-furniture-model.js`).
 */
export const featureBlockTags: ReadonlySet<string> = new Set([
  ...sharedBlocks.filter((tagName) => !notFeatureBlocks.has(tagName)),
  'details',
  'summary',
  ...tableParts,
])

/**
 * Elements that `furniture-score` judges as one block when they are a leaf
 * block: the lines and cells of `separatedTags` that hold text of their own,
 * and the blocks that hold prose whole.
 */
export const featureLeafTags: ReadonlySet<string> = new Set([
  ...[...separatedTags].filter((tagName) => tagName !== 'br' && tagName !== 'tr'),
  'blockquote',
  'figcaption',
  'pre',
])

/**
 * Elements that are content without any text: an element left holding one
 * of them is not empty.
 */
export const textlessContentTags: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'table',
  'hr',
])

/** Elements that are only wrappers: left empty by the rules, they say nothing and go. */
export const wrapperTags: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'span',
  'a',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  ...headingTags,
  'strong',
  'em',
  'b',
  'i',
  'small',
  'center',
  'font',
])

/**
 * Blocks that read as one line of scraped text: paragraphs, and the
 * headings a line is read as ("Get the app").
 */
export const sentenceBlockTags: ReadonlySet<string> = new Set(['p', ...sectionHeadings])
