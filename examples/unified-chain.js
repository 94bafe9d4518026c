// Use the unscrape stages inside your own unified chain, with a plugin of
// yours between cleaning and Markdown, and read removals as vfile messages.
//
//   node examples/unified-chain.js
import { readFile } from 'node:fs/promises'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { toArticle, unscrapePreset } from 'unscrape'

const html = await readFile(
  new URL('../fixtures/html-tech-code/input.html', import.meta.url),
  'utf8',
)
const file = await unified().use(rehypeParse).use(unscrapePreset).process(html)

for (const message of file.messages) {
  console.log(`${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
}
const article = toArticle(file)
console.log(article.title)
console.log(article.sections.map((section) => section.heading ?? '(lead)').join('\n'))
