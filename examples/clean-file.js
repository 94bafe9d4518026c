// Clean one scraped article and print its Markdown, then why each piece was removed.
//
//   node examples/clean-file.js fixtures/khamenei-red-line/input.txt
import { readFile } from 'node:fs/promises'
import { clean } from 'unscrape'

const path = process.argv[2] ?? new URL('../fixtures/html-world-news/input.html', import.meta.url)
const article = clean(await readFile(path, 'utf8'))

console.log(article.markdown)
console.log(`${article.stats.words} words, ${article.stats.sentences} sentences kept`)
for (const removal of article.removed) {
  console.log(`- ${removal.rule}: ${removal.reason} — ${JSON.stringify(removal.text.slice(0, 60))}`)
}
