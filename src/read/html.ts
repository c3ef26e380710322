import { decodeHTML } from 'entities/decode';

/**
 * A page sent as HTML instead of text, read as a person copying it from a browser would see it:
 * script, style and comments out; every block element (paragraph, heading, list item, table row,
 * `<br>`) its own line, with a blank line between them, as the text seeds are laid out, so the
 * reader finds headlines and posts; inline tags out; whitespace collapsed as a browser does; then
 * every entity decoded by `entities` (the WHATWG named-character table, numeric references, legacy
 * forms without `;`) — after the tags are gone, so an escaped `&lt;script&gt;` stays text.
 * Line numbers then count lines of this text, not of the HTML file (the page report says so).
 */
const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const TAG = /<\/?(p|div|span|a|br|li|ul|h[1-6]|section|article|script|style|img|meta|link|table|tr|td)\b/gi;

export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  // Markup of several kinds, not one tag repeated (a page may quote "</script>" in its text).
  const tags = text.slice(0, 20_000).match(TAG) ?? [];
  return tags.length >= 8 && new Set(tags.map((t) => t.toLowerCase().replace('/', ''))).size >= 3;
}

/** Elements whose content is never shown as text. */
const HIDDEN = /<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements that begin or end a line (HTML's block-level and line-breaking elements). */
const BLOCK = /<\/?(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|title|tr|ul)\b[^>]*>|<br\b[^>]*>/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(HIDDEN, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '');
  return text.split('\n')
    .map((line) => decodeHTML(line).replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n') + '\n';
}
