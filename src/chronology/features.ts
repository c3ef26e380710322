import type { Item } from '../model/types';
import { subjectHashes } from './emerging-topics';
import { leadShingles, leadText, quoteFeatures, termCounts } from './similarity';

/**
 * What merging needs of each report's text, computed where the page is read (in the Node CLI, on
 * every core) so the merger only scores:
 *  - its lead's terms and counts (the words it is compared by),
 *  - its quote shingles (index keys and the strongest evidence) and how many short quotes it has,
 *  - its candidate subject phrases (for recurring named subjects),
 *  - its lead shingles (word 3-grams of headline and first paragraph: near-duplicate wire copy).
 * One page's features are packed into one array. Per item, in page order:
 *   nTerms, nQuotes, nPhrases, nShortQuotes, nLead, terms[nTerms], counts[nTerms], quotes[nQuotes],
 *   phrases[2 * nPhrases], lead[nLead]
 */
export function pageFeatures(items: Item[]): Uint32Array {
  const parts = items.map((item) => ({
    // An article is attached to the event it leads with: it is compared by its first paragraphs only.
    ...termCounts(leadText(item, 3)),
    ...quoteFeatures(item),
    phrases: subjectHashes(item),
    lead: leadShingles(item),
  }));
  const size = parts.reduce((n, p) => n + HEADER + 2 * p.terms.length + p.shingles.length + p.phrases.length + p.lead.length, 0);
  const out = new Uint32Array(size);
  let at = 0;
  for (const { terms, counts, shingles, shorts, phrases, lead } of parts) {
    out[at++] = terms.length; out[at++] = shingles.length; out[at++] = phrases.length / 2; out[at++] = shorts; out[at++] = lead.length;
    for (const part of [terms, counts, shingles, phrases, lead]) { out.set(part, at); at += part.length; }
  }
  return out;
}

/** Numbers before each item's features: its counts of terms, quotes, phrases, short quotes, lead shingles. */
const HEADER = 5;

/** One report's text features: views into its page's packed array (nothing copied). */
export interface TextFeatures {
  terms: Uint32Array;
  counts: Uint32Array;
  /** Quote 4-gram shingles, ascending. */
  quotes: Uint32Array;
  shortQuotes: number;
  /** Subject phrase hash pairs (phrase, lower-case phrase). */
  phrases: Uint32Array;
  /** Lead 3-gram shingles, ascending. */
  lead: Uint32Array;
}

/** A page's packed features → one record per item, in page order. */
export function unpackFeatures(f: Uint32Array): TextFeatures[] {
  const out: TextFeatures[] = [];
  for (let at = 0; at < f.length;) {
    const nt = f[at]!, nq = f[at + 1]!, np = 2 * f[at + 2]!, shortQuotes = f[at + 3]!, nl = f[at + 4]!;
    at += HEADER;
    const take = (n: number) => { const v = f.subarray(at, at + n); at += n; return v; };
    out.push({ terms: take(nt), counts: take(nt), quotes: take(nq), shortQuotes, phrases: take(np), lead: take(nl) });
  }
  return out;
}
