import type { PhrasePack } from './pack.js'

/** Spanish. */
export const es: PhrasePack = {
  lang: 'es',
  relatedLabels: [
    'noticias relacionadas',
    'te puede interesar',
    'lo más (?:leído|visto)',
    'lo último',
    'más noticias',
    'lea (?:también|más)',
    'vea también',
  ],
  teaserLabels: ['lea (?:también|más)', 'lea', 'mire', 'vea también', 'ver también'],
  navigationPrompts: [
    'volver',
    'siguiente',
    'anterior',
    'leer más',
    // Skip links, which scrapers keep as a line of text.
    '(?:ir|saltar|pasar) al? (?:contenido(?: principal)?|navegación|menú)',
    // Links every site carries in its header and footer, kept as a line of text.
    'aviso legal',
    'política de (?:privacidad|cookies)',
    'términos y condiciones',
    'contáctanos',
    'mapa del sitio',
    'mi cuenta',
  ],
  consentPhrases: ['utilizamos cookies'],
  browserNotices: [
    '(?:tu|su) navegador (?:está desactualizado|es obsoleto|no es compatible)',
    'actualiza(?:r)? (?:tu|su) navegador',
    '(?:habilita|activa)r? (?:el )?javascript',
    'javascript (?:está )?desactivado',
  ],
  paywallPhrases: ['suscríbete para (?:seguir leyendo|continuar)'],
  commentHeadings: ['comentarios?'],
  authorHeadings: ['sobre el autor'],
  adLabels: ['publicidad'],
  rightsReserved: ['todos los derechos reservados'],
  siteNotices: [
    // No second opening word in the gap (see the English pleas). Not `\b`
    // before them: it sees no word start before "ú" (JavaScript's `\w` is
    // ASCII), so "Únete a…" would never match.
    String.raw`(?<![\wÀ-ÖØ-öø-ÿ])(?:únete|síguenos|suscríbete)\b(?:(?!(?<![\wÀ-ÖØ-öø-ÿ])(?:únete|síguenos|suscríbete)\b).){0,60}\b(?:canal|telegram|whatsapp|youtube|redes)\b`,
    String.raw`\b(?:nuestro|nuestra) canal de (?:youtube|telegram|whatsapp)\b`,
  ],
}
