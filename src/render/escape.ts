/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
 * Page text may carry them, and a single one makes a whole feed ill-formed: xml.ts drops them.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * What could be forbidden (any surrogate, paired or not): a plain test that rules out most text at
 * once; XML_FORBIDDEN's lookbehind makes it several times slower on text with nothing to remove.
 */
// eslint-disable-next-line no-control-regex
const XML_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export const xmlSafe = (s: string): string => (XML_SUSPECT.test(s) ? s.replace(XML_FORBIDDEN, '') : s);

/** A character escapeHtml replaces: text without one is returned as it is, with no pass per character. */
const MARKUP = /[&<>"']/;

/** Escapes text for HTML and XML alike; no `]]>` survives it, so CDATA sections stay closed. */
export function escapeHtml(s: string): string {
  const safe = xmlSafe(s);
  if (!MARKUP.test(safe)) return safe;
  return safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Escapes only what markup needs (`&`, `<`, `>`): for text that goes into CDATA marked as HTML,
 * where quotes are plain characters and `&quot;` would reach some readers as is.
 */
export function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
