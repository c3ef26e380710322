import { decodeHTML } from 'entities/decode';

/**
 * A page sent as HTML instead of text, read as a person copying it from a browser would see it:
 * script, style and comments out; every block element (paragraph, heading, list item, table row,
 * `<br>`) its own line, with a blank line between blocks that shared a line, so the
 * reader finds headlines and posts; inline tags out; whitespace collapsed as a browser does; then
 * every entity decoded by `entities` (the WHATWG named-character table, numeric references, legacy
 * forms without `;`) — after the tags are gone, so an escaped `&lt;script&gt;` stays text.
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
const HIDDEN = /<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Elements that begin or end a line (HTML's block-level and line-breaking elements). */
const BLOCK = /^<\/?(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|title|tr|ul|br)\b/i;
const BREAK = '\u0001';

/**
 * Each block's text on one line, at the line of the file where the block begins, so line numbers
 * stay the file's where the HTML puts its blocks on lines of their own; where several blocks share
 * a line (minified HTML), each after the first gets a new line, after a blank one, and the lines
 * below move down by as many.
 */
export function htmlToText(html: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, '');
  const marked = html
    .replace(HIDDEN, (m) => keepLines(m) || ' ')
    .replace(/<[^>]*>/g, (tag) => (BLOCK.test(tag) ? BREAK : ' ') + keepLines(tag));
  const out: string[] = [];
  let line = 0; // line of the file, 0-based
  let added = 0; // lines added so far for blocks that shared a line
  let lastFilled = -1;
  for (const block of marked.split(BREAK)) {
    const lead = /^\s*/.exec(block)![0];
    const text = decodeHTML(block.replace(/\s+/g, ' ').trim()).replace(/[\s\u00a0]+/g, ' ').trim();
    line += lead.split('\n').length - 1;
    if (text) {
      if (line === lastFilled) added += 2;
      while (out.length <= line + added) out.push('');
      out[line + added] = text;
      lastFilled = line;
    }
    line += block.slice(lead.length).split('\n').length - 1;
  }
  while (out.length <= line + added) out.push('');
  return out.join('\n');
}
