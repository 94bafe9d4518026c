// The playground's code: clean what was pasted with the package's main
// entry, bundled for the browser by `npm run build:browser`, and show the
// Markdown, the outline and the removal report.
import { clean, toReport } from '../../dist/index.js'

const form = document.querySelector('#form')
const input = document.querySelector('#input')
const format = document.querySelector('#format')
const status = document.querySelector('#status')
const markdown = document.querySelector('#markdown')
const outline = document.querySelector('#outline')
const report = document.querySelector('#report')

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const started = performance.now()
  let article
  try {
    article = clean(input.value, { places: true, format: format.value })
  } catch (error) {
    status.textContent = `Could not clean this: ${error.message}`
    return
  }
  const cleaned = performance.now()
  markdown.textContent = article.markdown
  outline.replaceChildren(...article.sections.map(outlineItem))
  report.srcdoc = toReport(article, input.value)
  const milliseconds = (time) => `${Math.round(time)} ms`
  status.textContent = `${article.stats.words} words kept, ${article.removed.length} removals; cleaned in ${milliseconds(cleaned - started)}, report in ${milliseconds(performance.now() - cleaned)}`
  status.dataset.done = 'true'
})

/** A section of the outline, with its sub-sections. */
function outlineItem(section) {
  const item = document.createElement('li')
  item.textContent = section.heading ?? '(lead)'
  if (section.sections.length > 0) {
    const list = document.createElement('ol')
    list.replaceChildren(...section.sections.map(outlineItem))
    item.append(list)
  }
  return item
}
