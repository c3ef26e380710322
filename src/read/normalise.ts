import type { Line } from '../model/types';

/**
 * Text → numbered lines. Line numbers stay those of the file (1-based) whatever is cleaned,
 * because `reports[].line` is provenance a newsroom checks against the page.
 *
 * - a BOM is dropped; CRLF and lone CR end lines like LF;
 * - C0/C1 control characters (XML 1.0 forbids most of them) and zero-width marks go;
 * - every kind of space becomes one plain space; ends are trimmed;
 * - U+FFFD (a character lost in decoding) becomes `?`, the same damage `repair` mends.
 * - an ad's label or a source's web address run onto a paragraph's last sentence goes.
 * Curly quotes and dashes are kept as the page has them.
 */
/**
 * An advertisement's label run onto the end of a paragraph ("… on the agency's website.
 * Advertisement"): the copy kept the slot's label; the paragraph ends on its sentence.
 */
const AD_LABEL_AFTER_SENTENCE = /([.!?"”’])\s+(?:Advertisement|ADVERTISEMENT)$/;
/**
 * A source's web address run onto the end of a paragraph ("… prior to the eruption.www.example.com"):
 * an aggregator's link to the outlet it copied; the paragraph ends on its sentence.
 */
const HOST_AFTER_SENTENCE = /([.!?"”’])\s*(?:https?:\/\/)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;

export function normalise(text: string): Line[] {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\uFFFD/g, '?')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => pairedSurrogate(s, i) ? c : '');
  return clean.split('\n').map((raw, i) => ({
    no: i + 1,
    text: raw.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim().replace(AD_LABEL_AFTER_SENTENCE, '$1').replace(HOST_AFTER_SENTENCE, '$1'),
  }));
}

/** True when the surrogate at `i` is half of a valid pair (lone halves are not valid XML). */
function pairedSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) return i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}
