/** A result with the place of its item in the source. */
interface Settled<Result> {
  /** The item's place in the source. */
  index: number
  /** Its result. */
  result: Result
}

/** What the loop waits for: the source's next item, or a result. */
type Event<Item, Result> = { step: IteratorResult<Item, unknown> } | { settled: Settled<Result> }

/**
 * Map a source through an asynchronous function with at most `window` items
 * read but not yet yielded: the source is read only as results are taken, so
 * memory stays bounded however long the source is. Reading and yielding go on
 * side by side: a source that is slow to give its next item (a pipe) does not
 * hold back the results of the items already read.
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
  const pending = new Map<number, Promise<Settled<Result>>>()
  let read = 0
  let written = 0
  let exhausted = false
  let pull: Promise<Event<Item, Result>> | undefined
  let pullSettled = false
  try {
    for (;;) {
      if (!exhausted && !pull && pending.size < window) {
        pullSettled = false
        pull = Promise.resolve(iterator.next()).then((step) => {
          pullSettled = true
          return { step }
        })
      }
      const head =
        pending.size === 0
          ? undefined
          : unordered
            ? Promise.race(pending.values())
            : pending.get(written)
      const waits: Promise<Event<Item, Result>>[] = []
      if (pull) waits.push(pull)
      if (head) waits.push(head.then((settled) => ({ settled })))
      if (waits.length === 0) return
      const event = await Promise.race(waits)
      if ('step' in event) {
        pull = undefined
        if (event.step.done) {
          exhausted = true
        } else {
          const index = read++
          pending.set(
            index,
            run(event.step.value).then((result) => ({ index, result })),
          )
        }
        continue
      }
      pending.delete(event.settled.index)
      written++
      yield event.settled.result
    }
  } finally {
    if (!exhausted) {
      // A source still waiting for its next item (an open pipe) would hold the
      // closing back for as long: close it without waiting then.
      const closing = Promise.resolve(iterator.return?.()).catch(() => {})
      if (!pull || pullSettled) await closing
    }
  }
}
