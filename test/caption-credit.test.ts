import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCreditLine, splitCredit } from '../src/clean/caption-credit.js'

describe('splitCredit', () => {
  it.each([
    [
      'Boats in the harbour on Monday. Photo: Jane Roe/Coast Agency',
      'Boats in the harbour on Monday.',
      'Photo: Jane Roe/Coast Agency',
    ],
    ['The mayor speaks. (AP Photo/John Doe)', 'The mayor speaks.', '(AP Photo/John Doe)'],
    [
      'Fans celebrate in the square. Jane Roe/Getty Images',
      'Fans celebrate in the square.',
      'Jane Roe/Getty Images',
    ],
    ['Der Hafen am Morgen. Foto: dpa', 'Der Hafen am Morgen.', 'Foto: dpa'],
    ['Photo: Harbour Authority', null, 'Photo: Harbour Authority'],
    ['The ferry terminal at dawn. © Coast Times', 'The ferry terminal at dawn.', '© Coast Times'],
    ['Illustration by Sam Hall', null, 'Illustration by Sam Hall'],
    ['Photo courtesy of the Lenz family', null, 'Photo courtesy of the Lenz family'],
    ['AP Photo/Evan Vucci', null, 'AP Photo/Evan Vucci'],
    ['Source: Getty Images', null, 'Source: Getty Images'],
  ])('splits %j', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit })
  })

  it.each([
    'A photo of the crowd was shared thousands of times.',
    'The image shows the north quay at low tide.',
    'Getty Images and Reuters photographers lined the quay.',
    'Photos by the dozen were taken at the scene',
    'Courtesy of the council the fleet got new berths',
    'Source: the harbour board',
    'A view of the quay. Illustration by the harbour board staff and volunteers',
  ])('leaves %j whole', (text) => {
    expect(splitCredit(text)).toEqual({ caption: text, credit: null })
  })
})

describe('splitCredit at the edges of a credit', () => {
  it.each([
    [
      'Boats at dawn.  Photo: Jane Roe/Coast Agency  \n',
      'Boats at dawn.',
      'Photo: Jane Roe/Coast Agency',
    ],
    ['Boats at dawn. ©  ', 'Boats at dawn.', '©'],
    ['Boats at dawn. Photo:\t', 'Boats at dawn.', 'Photo:'],
    ['Photo:   )', null, 'Photo:   )'],
    ['Boats at dawn. Jane Roe/AFP via  ', 'Boats at dawn.', 'Jane Roe/AFP via'],
    [' Photo/AFP.', null, 'Photo/AFP'],
    ['Boats at dawn /AFP', null, 'Boats at dawn /AFP'],
    [`Boats at dawn. Photo: ${'x'.repeat(120)}`, 'Boats at dawn.', `Photo: ${'x'.repeat(120)}`],
    [
      `${'Boats. '.repeat(500)}(AP Photo/John Doe).`,
      Array(500).fill('Boats.').join(' '),
      '(AP Photo/John Doe)',
    ],
  ])('splits %j', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit })
  })

  it('takes no credit longer than 120 characters after its label', () => {
    const text = `Boats at dawn. Photo: ${'x'.repeat(121)}`
    expect(splitCredit(text)).toEqual({ caption: text, credit: null })
  })

  it.each([
    ['a run of spaces after a label', `Photo:${' '.repeat(50_000)}(`],
    ['labels one after the other', `!${'photo/.'.repeat(20_000)}(`],
    ['spaces before a stray character', `${' '.repeat(50_000)}\u0000`],
  ])('reads %s in one pass', (_, text) => {
    expect(splitCredit(text)).toEqual({ caption: text, credit: null })
  })
})

describe('isCreditLine', () => {
  const pieces = [
    'Photo:',
    'Image credit:',
    '(Photo by',
    'Jane Roe',
    '/',
    ' / ',
    'AFP',
    'via Getty Images',
    ')',
    '©',
    'The harbour at dawn.',
    ' ',
    '  ',
    'Foto: dpa',
    '(AP Photo/John Doe)',
    'Illustration by',
    'Courtesy of',
    'AP Photo/',
    'Source: Reuters',
    'x'.repeat(130),
  ]
  it('is a credit that `splitCredit` finds with no caption before it, in one try', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        const split = splitCredit(text)
        expect(isCreditLine(text)).toBe(split.credit !== null && split.caption === null)
      }),
      { numRuns: 2000 },
    )
  })
})
