import type { PhrasePack } from './pack.js'

/** Italian. */
export const it: PhrasePack = {
  lang: 'it',
  relatedLabels: ['articoli correlati', 'leggi anche'],
  teaserLabels: ['leggi anche'],
  consentPhrases: ['utilizziamo (?:i )?cookie'],
  browserNotices: [
    'browser (?:obsoleto|non (?:è )?supportato)',
    'abilita(?:re)? (?:il )?javascript',
    'javascript (?:è )?disabilitato',
  ],
  commentHeadings: ['commenti'],
  adLabels: ['pubblicità'],
}
