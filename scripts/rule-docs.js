// @ts-check
/**
 * Write the rule reference of `docs/rules.md` from the rules themselves, so
 * that it cannot drift from them: the order and one-line descriptions from
 * the exported `rules`, what each rule looks at from the hooks it has, and
 * the rest from its source file, read with the TypeScript compiler's
 * parser: the doc comment of the rule and the numbers it decides by (each
 * top-level numeric constant with its doc comment).
 *
 * The reference is the part of `docs/rules.md` between the two marker
 * comments below; the rest of the page is written by hand.
 *
 *   npm run docs:rules     (reads the rules from the build: run `npm run build` first)
 *
 * `test/rule-docs.test.ts` checks that the committed page is what this
 * writes, with the rules of the sources.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Where the generated reference starts and ends in `docs/rules.md`. */
export const startMarker =
  '<!-- rule reference: written by `npm run docs:rules` from the rule files; do not edit by hand -->'
export const endMarker = '<!-- end of rule reference -->'

/**
 * The parts of a rule this reads.
 * @typedef {object} RuleShape
 * @property {string} id
 * @property {string} description
 * @property {boolean} [mayRemoveProse]
 * @property {unknown} [element]
 * @property {unknown} [siblings]
 * @property {unknown} [sentence]
 * @property {unknown} [prune]
 * @property {unknown} [finish]
 */

/**
 * What a rule's source file says about it.
 * @typedef {object} RuleSource
 * @property {string} path The file, from the repository's root.
 * @property {string} comment The rule's doc comment, as Markdown.
 * @property {{name: string, value: string, comment: string}[]} numbers Top-level numeric constants.
 * @property {{name: string, names: string[], comment: string}[]} sets Top-level sets of names
 *   (of elements, say).
 */

/**
 * Every TypeScript file under a folder, from the repository's root, sorted.
 * @param {string} folder
 * @returns {string[]}
 */
function typeScriptFiles(folder) {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name))
    .sort()
}

/**
 * A node's doc comment as plain Markdown: the text of its last `/** … *\/`,
 * with the stars and the line breaks inside paragraphs taken out.
 * @param {ts.Node} node
 * @param {ts.SourceFile} file
 * @returns {string}
 */
function docComment(node, file) {
  const ranges = ts.getLeadingCommentRanges(file.text, node.pos) ?? []
  const last = ranges.filter((range) => file.text.startsWith('/**', range.pos)).at(-1)
  if (!last) return ''
  return file.text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' '))
    .join('\n\n')
}

/**
 * The source of every rule under `src/`, by id: the file that exports a
 * constant of type `Rule` whose object has that `id`.
 * @returns {Map<string, RuleSource>}
 */
export function ruleSources() {
  /** @type {Map<string, RuleSource>} */
  const sources = new Map()
  for (const path of typeScriptFiles('src')) {
    const text = readFileSync(join(root, path), 'utf8')
    if (!/:\s*Rule\s*=/.test(text)) continue
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
    /** @type {RuleSource['numbers']} */
    const numbers = []
    /** @type {RuleSource['sets']} */
    const sets = []
    /** @type {{id: string, comment: string}[]} */
    const found = []
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue
      for (const declaration of statement.declarationList.declarations) {
        const { name, type, initializer } = declaration
        if (!ts.isIdentifier(name) || !initializer) continue
        if (isNumeric(initializer)) {
          numbers.push({
            name: name.text,
            value: initializer.getText(file),
            comment: docComment(statement, file),
          })
        }
        const names = setOfNames(initializer)
        if (names) sets.push({ name: name.text, names, comment: docComment(statement, file) })
        if (type?.getText(file) !== 'Rule' || !ts.isObjectLiteralExpression(initializer)) continue
        const idProperty = initializer.properties.find(
          (property) =>
            ts.isPropertyAssignment(property) &&
            ts.isIdentifier(property.name) &&
            property.name.text === 'id',
        )
        if (
          idProperty &&
          ts.isPropertyAssignment(idProperty) &&
          ts.isStringLiteral(idProperty.initializer)
        ) {
          found.push({ id: idProperty.initializer.text, comment: docComment(statement, file) })
        }
      }
    }
    for (const { id, comment } of found) {
      sources.set(id, { path: relative(root, join(root, path)), comment, numbers, sets })
    }
  }
  return sources
}

/**
 * The strings of `new Set([...])` when all its members are string literals.
 * @param {ts.Expression} node
 * @returns {string[] | undefined}
 */
function setOfNames(node) {
  if (!ts.isNewExpression(node) || node.expression.getText() !== 'Set') return undefined
  const [members] = node.arguments ?? []
  if (!members || !ts.isArrayLiteralExpression(members)) return undefined
  const names = members.elements.map((element) =>
    ts.isStringLiteral(element) ? element.text : undefined,
  )
  return names.every((name) => name !== undefined) ? /** @type {string[]} */ (names) : undefined
}

/**
 * Whether an expression is a number written out (`3`, `0.25`, `1 / 3`, `-1`).
 * @param {ts.Expression} node
 * @returns {boolean}
 */
function isNumeric(node) {
  if (ts.isNumericLiteral(node)) return true
  if (ts.isPrefixUnaryExpression(node)) return isNumeric(node.operand)
  if (ts.isParenthesizedExpression(node)) return isNumeric(node.expression)
  if (ts.isBinaryExpression(node)) return isNumeric(node.left) && isNumeric(node.right)
  return false
}

/**
 * What a rule looks at, from its hooks, in the order the clean stage asks them.
 * @param {RuleShape} rule
 * @returns {string[]}
 */
function looksAt(rule) {
  const parts = []
  if (rule.siblings) parts.push('runs of sibling elements, container by container')
  if (rule.element) parts.push('one element at a time (it goes with all it holds)')
  if (rule.sentence) parts.push('single sentences of paragraphs')
  if (rule.prune) parts.push('the cleaned page, once, after the walk')
  if (rule.finish) parts.push('the whole tree at the end, to act on what it learnt')
  return parts
}

/**
 * A test file of the rule, from the repository's root, if there is one.
 * @param {string} id
 * @returns {string | undefined}
 */
function testOf(id) {
  return typeScriptFiles('test').find((path) => path.endsWith(`/${id}.test.ts`))
}

/**
 * The rule reference, as Markdown, for pages in `docs/`.
 * @param {readonly RuleShape[]} rules The rules, in the order they are asked.
 * @param {Map<string, RuleSource>} [sources]
 * @returns {string}
 */
export function renderRules(rules, sources = ruleSources()) {
  const lines = [
    '| Rule | What it removes |',
    '| --- | --- |',
    ...rules.map(
      (rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.description.replace(/\|/g, '\\|')} |`,
    ),
  ]
  for (const rule of rules) {
    const source = sources.get(rule.id)
    if (!source) throw new Error(`No source file under src/ exports the rule \`${rule.id}\``)
    lines.push('', `### \`${rule.id}\``, '', source.comment || `${rule.description}.`)
    lines.push('', `* **Looks at**: ${looksAt(rule).join('; ')}`)
    // The clean stage's guard for what element and sibling rules remove (`holdsMostProse`).
    if (rule.element || rule.siblings) {
      lines.push(
        rule.mayRemoveProse
          ? '* **Story guard**: none; it judges elements by what they are, and removes one even when it holds most of the page’s prose'
          : '* **Story guard**: an element it would remove that holds most of the page’s prose stays, with a warning, and what is inside it is judged instead',
      )
    }
    const numbers = source.numbers
    if (numbers.length > 0) {
      lines.push('* **Numbers** it decides by:')
      for (const { name, value, comment } of numbers) {
        lines.push(
          `  * \`${name} = ${value}\`${comment ? ` — ${comment.replace(/\n+/g, ' ')}` : ''}`,
        )
      }
    }
    if (source.sets.length > 0) {
      lines.push('* **Names** it decides by:')
      for (const { name, names, comment } of source.sets) {
        const list = names.map((member) => `\`${member}\``).join(', ')
        lines.push(`  * \`${name}\`${comment ? ` — ${comment.replace(/\.$/, '')}` : ''}: ${list}`)
      }
    }
    const test = testOf(rule.id)
    lines.push(
      `* **Source**: [\`${source.path}\`](../${source.path})` +
        (test ? `; tests: [\`${test}\`](../${test})` : ''),
    )
  }
  return lines.join('\n')
}

/**
 * A page with its rule reference written anew.
 * @param {string} page The page, with the two marker comments.
 * @param {readonly RuleShape[]} rules
 * @returns {string}
 */
export function withRuleReference(page, rules) {
  const start = page.indexOf(startMarker)
  const end = page.indexOf(endMarker)
  if (start === -1 || end < start) throw new Error('docs/rules.md lacks the rule reference markers')
  return `${page.slice(0, start + startMarker.length)}\n\n${renderRules(rules)}\n\n${page.slice(end)}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rules } = await import('../dist/index.js')
  const path = join(root, 'docs', 'rules.md')
  writeFileSync(path, withRuleReference(readFileSync(path, 'utf8'), rules))
}
