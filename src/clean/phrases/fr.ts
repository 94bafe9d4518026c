import type { PhrasePack } from './pack.js'

/** French. */
export const fr: PhrasePack = {
  lang: 'fr',
  relatedLabels: [
    'à lire (?:aussi|également)',
    'lire aussi',
    'vous aimerez aussi',
    'à découvrir',
    'vous (?:pourriez|pouvez) aussi aimer',
    'articles? (?:similaires|liés)',
    'sur le même sujet',
    'les plus lus',
  ],
  teaserLabels: ['lire aussi', 'à lire aussi'],
  navigationPrompts: [
    'retour',
    'suivant',
    'précédent',
    'lire la suite',
    // Skip links, which scrapers keep as a line of text.
    '(?:aller|passer) (?:au|à la) (?:contenu(?: principal)?|navigation|menu|recherche)',
    // Links every site carries in its header and footer, kept as a line of text.
    'mentions légales',
    'politique de confidentialité',
    'conditions générales(?: d.utilisation| de vente)?',
    'nous contacter',
    'plan du site',
    'mon compte',
  ],
  consentPhrases: ['nous utilisons des cookies'],
  browserNotices: [
    'votre navigateur (?:est obsol|est trop ancien|n.est plus pris en charge|n.est pas pris en charge)',
    'mettre à jour votre navigateur',
    'activer (?:le )?javascript',
    'javascript (?:est )?désactivé',
  ],
  paywallPhrases: ['pour (?:accéder|lire) (?:en illimité|la suite)', 'articles? gratuits?'],
  commentHeadings: ['commentaires?'],
  authorHeadings: ["à propos de l['’]auteur"],
  adLabels: ['publicité'],
  rightsReserved: ['tous droits réservés'],
}
