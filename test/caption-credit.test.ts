import { describe, expect, it } from 'vitest'
import { splitCredit } from '../src/clean/caption-credit.js'

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
  ])('splits %j', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit })
  })

  it.each([
    'A photo of the crowd was shared thousands of times.',
    'The image shows the north quay at low tide.',
    'Getty Images and Reuters photographers lined the quay.',
  ])('leaves %j whole', (text) => {
    expect(splitCredit(text)).toEqual({ caption: text, credit: null })
  })
})
