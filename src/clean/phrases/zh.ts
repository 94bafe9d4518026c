import type { PhrasePack } from './pack.js'

/** Chinese. */
export const zh: PhrasePack = {
  lang: 'zh',
  adLabels: ['广告'],
}
