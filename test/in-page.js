// @ts-nocheck: runs in the browser (page.evaluate), where the DOM is; the
// project's type-check has no DOM types, on purpose: the library must not
// need them.
/**
 * What the browser tests read from a page, as functions that run inside it.
 */

/**
 * The marks of a report's input pane as the reader sees them, in document
 * order: box, outline, background, label, and whether the text just before
 * a block mark ends above it and the text after it starts below it.
 */
export function marksInPage() {
  const pane = document.querySelector('.u-input')
  const textNodes = []
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && !node.parentElement?.closest('.u-mark')) textNodes.push(node)
  }
  const rectOf = (node) => {
    const range = document.createRange()
    range.selectNodeContents(node)
    return range.getBoundingClientRect()
  }
  return [...pane.querySelectorAll('.u-mark')].map((mark) => {
    const box = mark.getBoundingClientRect()
    const style = getComputedStyle(mark)
    const label = getComputedStyle(mark, '::before')
    const previous = textNodes.findLast(
      (node) => mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING,
    )
    const next = textNodes.find(
      (node) => mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
    return {
      rule: mark.dataset.rule ?? '',
      reason: mark.dataset.reason ?? '',
      text: mark.textContent ?? '',
      top: box.top + window.scrollY,
      left: box.left,
      width: box.width,
      height: box.height,
      outlineStyle: style.outlineStyle,
      outlineColor: style.outlineColor,
      background: style.backgroundColor,
      label: label.content,
      labelDisplay: label.display,
      block: !style.display.startsWith('inline'),
      inFlow:
        (!previous || rectOf(previous).bottom <= box.top + 2) &&
        (!next || rectOf(next).top >= box.bottom - 2),
    }
  })
}

/** The colour of each rule's swatch in a report's legend, by rule id. */
export function legendColoursInPage() {
  return Object.fromEntries(
    [...document.querySelectorAll('.u-legend label')].map((label) => [
      label.querySelector('code')?.textContent ?? '',
      getComputedStyle(label.querySelector('.u-swatch')).borderTopColor,
    ]),
  )
}

/**
 * A PNG (base64) read back: its size, the share of its pixels that are not
 * near white, and how many colours it has (4 bits a channel).
 */
export async function pictureInPage(base64) {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')
  context.drawImage(bitmap, 0, 0)
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
  let inked = 0
  const colours = new Set()
  for (let index = 0; index < data.length; index += 4) {
    const [red, green, blue] = [data[index], data[index + 1], data[index + 2]]
    if (red < 235 || green < 235 || blue < 235) inked++
    colours.add(((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4))
  }
  return {
    width: bitmap.width,
    height: bitmap.height,
    inked: inked / (bitmap.width * bitmap.height),
    colours: colours.size,
  }
}

/** Resolve on the first frame drawn after now. */
export function nextFrameInPage() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
}

/** When the load event ended, in ms from navigation. */
export function loadEventEndInPage() {
  return performance.getEntriesByType('navigation')[0].loadEventEnd
}

/** The computed `content` of an element's `::after`. */
export function afterContentInPage(element) {
  return getComputedStyle(element, '::after').content
}

/** Empty the playground's status, so the next run can be waited for. */
export function resetStatusInPage(status) {
  status.textContent = ''
  delete status.dataset.done
}
