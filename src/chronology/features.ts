import type { Item } from '../model/types';
import type { Catalogue } from '../read/catalogue';
import { type PhraseStore, subjectHashes } from './emerging-topics';
import { U32Counter } from './u32-counter';
import { leadText, quoteFeatures, termCounts, type Vectors } from './similarity';

/**
 * What merging needs of each report, computed where the page is read (in the Node CLI, on every
 * core) so the assembler only counts and scores:
 *  - its lead's terms and counts (for TF-IDF),
 *  - its quote shingles (blocking keys and the strongest evidence) and how many short quotes it has,
 *  - its candidate subject phrases (for recurring named subjects).
 * One page's features are packed into one array. Per item, in page order:
 *   nTerms, nQuotes, nPhrases, nShortQuotes, terms[nTerms], counts[nTerms], quotes[nQuotes], phrases[2 * nPhrases]
 */
export function pageFeatures(items: Item[], catalogue?: Catalogue): Uint32Array {
  const parts = items.map((item) => ({
    // An article is attached to the event it leads with: it is compared by its first paragraphs only.
    ...termCounts(leadText(item, 3)),
    ...quoteFeatures(item),
    phrases: subjectHashes(item, catalogue),
  }));
  const out = new Uint32Array(parts.reduce((n, p) => n + HEADER + 2 * p.terms.length + p.shingles.length + p.phrases.length, 0));
  let at = 0;
  for (const { terms, counts, shingles, shorts, phrases } of parts) {
    out[at++] = terms.length; out[at++] = shingles.length; out[at++] = phrases.length / 2; out[at++] = shorts;
    out.set(terms, at); at += terms.length;
    out.set(counts, at); at += counts.length;
    out.set(shingles, at); at += shingles.length;
    out.set(phrases, at); at += phrases.length;
  }
  return out;
}

const MOVED = new Uint32Array(0);

/** Numbers before each item's features: its counts of terms, quotes, phrases and short quotes. */
const HEADER = 4;

/** The features of a whole corpus, in item order, in flat stores. */
export interface Features {
  vectors: Vectors;
  /** Item i's quote shingles (ascending) at quotes.data[quotes.offsets[i]] .. offsets[i + 1]. */
  quotes: { offsets: Uint32Array; data: Uint32Array };
  /** Item i's number of short quotes (two or three words). */
  shortQuotes: Uint8Array;
  phrases: PhraseStore;
}

/**
 * Pages' packed features → corpus stores, pages in the order their items are assembled. Two passes
 * over the pages (sizes and document frequencies, then the stores), so every store is allocated at
 * its exact size and term counts never need a store of their own. Each page's array is moved, not
 * copied: it is left empty once read, so a large corpus never holds both forms for long.
 */
export function corpusFeatures(pages: ReadonlyArray<{ features: Uint32Array }>, itemCount: number): Features {
  let termTotal = 0, quoteTotal = 0, phraseTotal = 0, items = 0;
  const df = new U32Counter(itemCount * 8);
  for (const { features: f } of pages) {
    for (let at = 0; at < f.length; items++) {
      const nt = f[at]!, nq = f[at + 1]!, np = f[at + 2]!;
      for (let k = at + HEADER; k < at + HEADER + nt; k++) df.increment(f[k]!);
      termTotal += nt; quoteTotal += nq; phraseTotal += 2 * np;
      at += HEADER + 2 * nt + nq + 2 * np;
    }
  }
  if (items !== itemCount) throw new Error(`features of ${items} items for ${itemCount} items`);
  const vectors: Vectors = { offsets: new Uint32Array(itemCount + 1), terms: new Uint32Array(termTotal), weights: new Float32Array(termTotal) };
  const quotes = { offsets: new Uint32Array(itemCount + 1), data: new Uint32Array(quoteTotal) };
  const phrases = { offsets: new Uint32Array(itemCount + 1), data: new Uint32Array(phraseTotal) };
  const shortQuotes = new Uint8Array(itemCount);
  let i = 0, t = 0, q = 0, p = 0;
  for (const page of pages) {
    const f = page.features;
    page.features = MOVED;
    for (let at = 0; at < f.length; i++) {
      const nt = f[at]!, nq = f[at + 1]!, np = f[at + 2]!;
      shortQuotes[i] = Math.min(255, f[at + 3]!);
      at += HEADER;
      // TF-IDF, L2-normalised, so a dot product is the cosine.
      let norm = 0;
      for (let k = 0; k < nt; k++) {
        const term = f[at + k]!;
        const x = (1 + Math.log(f[at + nt + k]!)) * Math.log(1 + itemCount / df.get(term));
        vectors.terms[t + k] = term;
        vectors.weights[t + k] = x;
        norm += x * x;
      }
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < nt; k++) vectors.weights[t + k]! /= norm;
      t += nt;
      at += 2 * nt;
      quotes.data.set(f.subarray(at, at + nq), q);
      q += nq;
      at += nq;
      phrases.data.set(f.subarray(at, at + 2 * np), p);
      p += 2 * np;
      at += 2 * np;
      vectors.offsets[i + 1] = t;
      quotes.offsets[i + 1] = q;
      phrases.offsets[i + 1] = p;
    }
  }
  return { vectors, quotes, phrases, shortQuotes };
}
