import type { Article } from '../types.js'

/**
 * The removal report of an article, one line per removal:
 * `line:column`, rule, reason and the removed text (cut at 80 characters),
 * tab-separated, each line after `prefix`.
 */
export function explain(article: Article, prefix = ''): string {
  let report = ''
  for (const removal of article.removed) {
    const place = removal.place ? `${removal.place.start.line}:${removal.place.start.column}` : '-'
    const text = removal.text.replace(/\s+/g, ' ')
    const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text
    report += `${prefix}${place}\t${removal.rule}\t${removal.reason}\t${shown}\n`
  }
  return report
}
