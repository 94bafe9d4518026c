import type { PhrasePack } from './pack.js'

/** Japanese. */
export const ja: PhrasePack = {
  lang: 'ja',
  adLabels: ['広告'],
}
