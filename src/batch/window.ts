/**
 * Map a source through an asynchronous function with at most `window` items
 * read but not yet yielded: the source is read only as results are taken, so
 * memory stays bounded however long the source is.
 *
 * @param source The items.
 * @param run What to do with an item; must not reject.
 * @param window Most items held at once (1 or more).
 * @param unordered Yield results as they settle rather than in source order.
 * @returns The results.
 */
export async function* mapWindow<Item, Result>(
  source: AsyncIterable<Item> | Iterable<Item>,
  run: (item: Item) => Promise<Result>,
  window: number,
  unordered: boolean,
): AsyncGenerator<Result, void, undefined> {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()
  const pending = new Map<number, Promise<{ index: number; result: Result }>>()
  let read = 0
  let written = 0
  let exhausted = false
  try {
    for (;;) {
      while (!exhausted && pending.size < window) {
        const step = await iterator.next()
        if (step.done) {
          exhausted = true
          break
        }
        const index = read++
        pending.set(
          index,
          run(step.value).then((result) => ({ index, result })),
        )
      }
      if (pending.size === 0) return
      const next = unordered ? Promise.race(pending.values()) : pending.get(written)
      if (!next) throw new Error(`Result ${written} is missing`)
      const { index, result } = await next
      pending.delete(index)
      written++
      yield result
    }
  } finally {
    if (!exhausted) await iterator.return?.()
  }
}
