import type { Item } from '../model/types';
import { fnv1a } from '../read/fingerprint';

/** Words too common to tell two reports apart. */
const STOP = new Set(('a an the and or but if of to in on at by for from with as is are was were be been being has have had ' +
  'that this these those it its he she they them his her their we our you your i not no will would can could ' +
  'said says say told also after before over about into than then there which who whom what when where while ' +
  'more most such some any all other both each one two first new us u.s').split(' '));

export const tokens = (t: string): string[] =>
  (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(?<=\w{3})s$/u, ''));

/** The text a report is compared by: headline and lead (an article is attached by what it leads with). */
export const leadText = (item: Item, paragraphs = 3): string => [item.headline, ...paragraphsOf(item).slice(0, paragraphs)].join(' ');

/** An item's paragraphs (its body split at blank lines). */
export const paragraphsOf = (item: Item): string[] => (item.body ? item.body.split('\n\n') : []);

/** A sparse vector: term ids ascending, with their weights. Typed arrays: a corpus of 10,000 pages fits. */
export interface Vector { terms: Uint32Array; weights: Float32Array }

/** TF-IDF vectors over the corpus, L2-normalised, so a dot product is the cosine. */
export function tfidf(texts: string[]): Vector[] {
  const vocab = new Map<string, number>();
  const docs = texts.map((t) => tokens(t).map((w) => {
    let id = vocab.get(w);
    if (id === undefined) { id = vocab.size; vocab.set(w, id); }
    return id;
  }));
  const df = new Uint32Array(vocab.size);
  for (const d of docs) for (const id of new Set(d)) df[id]!++;
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<number, number>();
    for (const id of d) tf.set(id, (tf.get(id) ?? 0) + 1);
    const terms = Uint32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float32Array(terms.length);
    let norm = 0;
    terms.forEach((id, k) => {
      const x = (1 + Math.log(tf.get(id)!)) * Math.log(1 + n / df[id]!);
      weights[k] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { terms, weights };
  });
}

/** Dot product of two sorted sparse vectors (merge join). */
export function cosine(a: Vector, b: Vector): number {
  let i = 0, j = 0, s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!, y = b.terms[j]!;
    if (x === y) { s += a.weights[i++]! * b.weights[j++]!; } else if (x < y) i++; else j++;
  }
  return s;
}

/**
 * Word 4-grams inside quotation marks, hashed and sorted: the same quoted words survive trimming and
 * re-punctuation, and 32-bit hashes keep a large corpus small.
 */
export function quoteShingles(item: Item): Uint32Array {
  const text = `${item.headline}\n${item.body}`;
  const out = new Set<number>();
  for (const m of text.matchAll(/[“"‘]([^“”"]{12,}?)[”"’](?=[\s,.;:!?)]|$)|“([^”]{12,})”/gu)) {
    const ws = (m[1] ?? m[2] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 4 <= ws.length; i++) out.add(fnv1a(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]} ${ws[i + 3]}`));
  }
  return Uint32Array.from(out).sort();
}

/** How many values two sorted arrays share. */
export function sharedSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n;
}

export function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
