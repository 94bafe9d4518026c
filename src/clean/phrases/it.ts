import type { PhrasePack } from './pack.js'

/** Italian. */
export const it: PhrasePack = {
  lang: 'it',
  relatedLabels: ['articoli correlati', 'leggi anche'],
  teaserLabels: ['leggi anche'],
  consentPhrases: ['utilizziamo (?:i )?cookie'],
  commentHeadings: ['commenti'],
  adLabels: ['pubblicità'],
}
