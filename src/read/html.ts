/**
 * A page sent as HTML instead of text: tags out, script and style content out, entities decoded.
 * Line breaks are kept where they are, so line numbers still point into the file as it was sent.
 */
const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const TAG = /<\/?(p|div|span|a|br|li|ul|h[1-6]|section|article|script|style|img|meta|link|table|tr|td)\b/gi;

export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  // Markup of several kinds, not one tag repeated (a page may quote "</script>" in its text).
  const tags = text.slice(0, 20_000).match(TAG) ?? [];
  return tags.length >= 8 && new Set(tags.map((t) => t.toLowerCase().replace('/', ''))).size >= 3;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

export function htmlToText(html: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, '');
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, keepLines)
    .replace(/<!--[\s\S]*?-->/g, keepLines)
    .replace(/<[^>]*>/g, (m) => keepLines(m) || ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}
