import type { PhrasePack } from './pack.js'

/** Polish. */
export const pl: PhrasePack = {
  lang: 'pl',
  relatedLabels: [
    'czytaj (?:także|też|więcej)',
    'zobacz (?:też|także)',
    'polecane',
    String.raw`inne artykuły\b.*`,
  ],
  teaserLabels: ['czytaj (?:też|także|więcej)'],
  navigationPrompts: ['czytaj dalej', 'dalej', 'wstecz'],
  consentPhrases: ['używamy (?:plików )?cookies'],
  commentHeadings: ['komentarze'],
  authorHeadings: ['o autorze'],
  adLabels: ['reklama'],
  rightsReserved: ['wszelkie prawa zastrzeżone'],
}
