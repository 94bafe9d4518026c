import { describe, expect, it } from 'vitest'
import { clean, type Options } from '../src/index.js'
import { fixturePages } from './util.js'

const pages = fixturePages()

/** Line and column (1-based) of an offset, counted afresh from the input. */
function pointAt(input: string, offset: number) {
  const lines = input.slice(0, offset).split('\n')
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1, offset }
}

describe('places of removals', () => {
  it('has fixture pages with removals', () => {
    expect(pages.filter(({ input }) => clean(input).removed.length > 0).length).toBeGreaterThan(5)
  })

  for (const { name, input } of pages) {
    describe(name, () => {
      const off = clean(input)
      const on = clean(input, { places: true })

      it('are left out by default, and nothing else changes when asked for', () => {
        expect(off.removed.every((removal) => removal.place === null)).toBe(true)
        const unplaced = on.removed.map((removal) => ({ ...removal, place: null }))
        expect({ ...on, removed: unplaced }).toEqual(off)
      })

      it('point at the removed text in the input, in reading order', () => {
        let previous = -1
        for (const removal of on.removed) {
          const place = removal.place
          expect(place, removal.text).not.toBeNull()
          if (!place) continue
          const start = place.start.offset ?? -1
          const end = place.end.offset ?? -1
          expect(place.start).toEqual(pointAt(input, start))
          expect(place.end).toEqual(pointAt(input, end))
          expect(start).toBeGreaterThanOrEqual(previous)
          previous = start
          // The first word of what was removed is written inside its place.
          const word = removal.text.match(/\p{L}{4,}/u)?.[0]
          if (word) expect(input.slice(start, end), removal.text).toContain(word)
        }
      })
    })
  }

  it('rejects a value that is not a boolean', () => {
    expect(() => clean('Text.', { places: 'yes' } as unknown as Options)).toThrow(
      'Expected `places` to be a boolean',
    )
  })
})
