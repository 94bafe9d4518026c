import type { PhrasePack } from './pack.js'

/** Dutch. */
export const nl: PhrasePack = {
  lang: 'nl',
  relatedLabels: ['lees ook', 'gerelateerde artikelen'],
  consentPhrases: ['wij gebruiken cookies'],
  browserNotices: [
    'verouderde browser',
    'javascript (?:is )?uitgeschakeld',
    'schakel javascript in',
  ],
  authorHeadings: ['over de auteur'],
  adLabels: ['advertentie'],
}
