import type { Item } from '../model/types';
import { type PhraseStore, subjectHashes } from './emerging-topics';
import { Growable } from './growable';
import { leadText, quoteShingles, termCounts, tfidf, type Vectors } from './similarity';

/**
 * What merging needs of each report, computed where the page is read (in the Node CLI, on every
 * core) so the assembler only counts and scores:
 *  - its lead's terms and counts (for TF-IDF),
 *  - its quote shingles (blocking keys and the strongest evidence),
 *  - its candidate subject phrases (for recurring named subjects).
 * One page's features are packed into one array. Per item, in page order:
 *   nTerms, nQuotes, nPhrases, terms[nTerms], counts[nTerms], quotes[nQuotes], phrases[2 * nPhrases]
 */
export function pageFeatures(items: Item[]): Uint32Array {
  const out: number[] = [];
  for (const item of items) {
    // An article is attached to the event it leads with: it is compared by its first paragraphs only.
    const { terms, counts } = termCounts(leadText(item, 3));
    const quotes = quoteShingles(item);
    const phrases = subjectHashes(item);
    out.push(terms.length, quotes.length, phrases.length / 2, ...terms, ...counts, ...quotes, ...phrases);
  }
  return Uint32Array.from(out);
}

/** The features of a whole corpus, in item order, in flat stores. */
export interface Features {
  vectors: Vectors;
  /** Item i's quote shingles (ascending) at quotes.data[quotes.offsets[i]] .. offsets[i + 1]. */
  quotes: { offsets: Uint32Array; data: Uint32Array };
  phrases: PhraseStore;
}

/** Pages' packed features → corpus stores, pages in the order their items are assembled. */
export function corpusFeatures(pages: Iterable<Uint32Array>, itemCount: number): Features {
  const termOffsets = new Uint32Array(itemCount + 1);
  const quoteOffsets = new Uint32Array(itemCount + 1);
  const phraseOffsets = new Uint32Array(itemCount + 1);
  const terms = new Growable((n) => new Uint32Array(n));
  const counts = new Growable((n) => new Uint32Array(n));
  const quotes = new Growable((n) => new Uint32Array(n));
  const phrases = new Growable((n) => new Uint32Array(n));
  let i = 0;
  for (const f of pages) {
    for (let at = 0; at < f.length; i++) {
      const nt = f[at]!, nq = f[at + 1]!, np = f[at + 2]!;
      at += 3;
      for (let k = 0; k < nt; k++) { terms.push(f[at + k]!); counts.push(f[at + nt + k]!); }
      at += 2 * nt;
      for (let k = 0; k < nq; k++) quotes.push(f[at + k]!);
      at += nq;
      for (let k = 0; k < 2 * np; k++) phrases.push(f[at + k]!);
      at += 2 * np;
      termOffsets[i + 1] = terms.length;
      quoteOffsets[i + 1] = quotes.length;
      phraseOffsets[i + 1] = phrases.length;
    }
  }
  if (i !== itemCount) throw new Error(`features of ${i} items for ${itemCount} items`);
  return {
    vectors: tfidf(termOffsets, terms.view().slice(), counts.view()),
    quotes: { offsets: quoteOffsets, data: quotes.view().slice() },
    phrases: { offsets: phraseOffsets, data: phrases.view().slice() },
  };
}
