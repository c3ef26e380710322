import type { Item } from '../model/types';
import { fnv1a } from '../read/fingerprint';
import { Growable } from './growable';

/** Words too common to tell two reports apart. */
const STOP = new Set(('a an the and or but if of to in on at by for from with as is are was were be been being has have had ' +
  'that this these those it its he she they them his her their we our you your i not no will would can could ' +
  'said says say told also after before over about into than then there which who whom what when where while ' +
  'more most such some any all other both each one two first new us u.s').split(' '));

export function tokens(t: string): string[] {
  const out: string[] = [];
  for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length <= 2 || STOP.has(w)) continue;
    out.push(w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w); // plural-ish: "talks" ~ "talk"
  }
  return out;
}

/** The text a report is compared by: headline and lead (an article is attached by what it leads with). */
export const leadText = (item: Item, paragraphs = 3): string => [item.headline, ...(item.body ? item.body.split('\n\n', paragraphs) : [])].join(' ');

/**
 * Sparse TF-IDF vectors of a corpus in one flat store: item i's term ids (ascending) and weights sit
 * at offsets[i] .. offsets[i + 1]. Three typed arrays for the whole corpus, not two per item.
 */
export interface Vectors { offsets: Uint32Array; terms: Uint32Array; weights: Float32Array }

/**
 * TF-IDF vectors over the corpus, L2-normalised, so a dot product is the cosine. Texts are asked
 * for one at a time and only their term ids and counts kept: a large corpus never holds every lead.
 */
export function tfidf(count: number, textOf: (i: number) => string): Vectors {
  const vocab = new Map<string, number>();
  const offsets = new Uint32Array(count + 1);
  const terms = new Growable((n) => new Uint32Array(n));
  const counts = new Growable((n) => new Uint32Array(n));
  const df = new Growable((n) => new Uint32Array(n));
  for (let i = 0; i < count; i++) {
    const tf = new Map<number, number>();
    for (const w of tokens(textOf(i))) {
      let id = vocab.get(w);
      if (id === undefined) { id = vocab.size; vocab.set(w, id); df.push(0); }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of [...tf.keys()].sort((a, b) => a - b)) { terms.push(id); counts.push(tf.get(id)!); df.increment(id); }
    offsets[i + 1] = terms.length;
  }
  vocab.clear();
  const termArr = terms.view().slice();
  const countArr = counts.view();
  const dfArr = df.view();
  const weights = new Float32Array(termArr.length);
  for (let i = 0; i < count; i++) {
    let norm = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const x = (1 + Math.log(countArr[k]!)) * Math.log(1 + count / dfArr[termArr[k]!]!);
      weights[k] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) weights[k]! /= norm;
  }
  return { offsets, terms: termArr, weights };
}

/** Cosine of items a and b: dot product of two sorted sparse vectors (merge join). */
export function cosine(v: Vectors, a: number, b: number): number {
  let i = v.offsets[a]!, j = v.offsets[b]!;
  const ie = v.offsets[a + 1]!, je = v.offsets[b + 1]!;
  let s = 0;
  while (i < ie && j < je) {
    const x = v.terms[i]!, y = v.terms[j]!;
    if (x === y) s += v.weights[i++]! * v.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Quoted passages of an item, as lower-case words joined by single spaces. */
export function quotedPassages(item: Item): string[] {
  const text = `${item.headline}\n${item.body}`;
  const out: string[] = [];
  for (const m of text.matchAll(/[“"‘]([^“”"\n]{6,}?)[”"’](?=[\s,.;:!?)]|$)|“([^”\n]{6,})”/gu)) {
    const words = (m[1] ?? m[2] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= 2) out.push(words.join(' '));
  }
  return out;
}

/**
 * The finer quote evidence of a report, for the few pairs that need it: `grams`, its quoted 2- and
 * 3-grams (hashed, sorted), and `short`, the hashes of its short quotes (two or three quoted words,
 * at least 12 characters: "strong package"), too short for shingles.
 */
export interface QuoteEvidence { grams: Uint32Array; short: number[] }

export function quoteEvidence(item: Item): QuoteEvidence {
  const grams = new Set<number>();
  const short: number[] = [];
  for (const passage of quotedPassages(item)) {
    // Word hashes combined by arithmetic: no string is built per gram.
    const h = passage.split(' ').map(fnv1a);
    for (let i = 0; i + 2 <= h.length; i++) {
      const two = mix(h[i]!, h[i + 1]!);
      grams.add(two);
      if (i + 3 <= h.length) {
        grams.add(mix(two, h[i + 2]!));
      }
    }
    if (h.length >= 2 && h.length <= 3 && passage.length >= 12) short.push(h.length === 2 ? mix(h[0]!, h[1]!) : mix(mix(h[0]!, h[1]!), h[2]!));
  }
  return { grams: Uint32Array.from(grams).sort(), short };
}

/** Only the quoted word 4-grams of a report (hashed, sorted): what blocking and scoring need for all. */
export function quoteShingles(item: Item): Uint32Array {
  const out = new Set<number>();
  for (const passage of quotedPassages(item)) {
    const h = passage.split(' ').map(fnv1a);
    for (let i = 0; i + 4 <= h.length; i++) out.add(mix(mix(mix(h[i]!, h[i + 1]!), h[i + 2]!), h[i + 3]!));
  }
  return Uint32Array.from(out).sort();
}

/** One report's short quote found word for word inside a quote of the other. */
export function shortQuoteInside(a: QuoteEvidence, b: QuoteEvidence): boolean {
  const inside = (short: number[], grams: Uint32Array) => short.some((h) => binaryHas(grams, h));
  return inside(a.short, b.grams) || inside(b.short, a.grams);
}

/** Order-sensitive combination of two 32-bit hashes. */
const mix = (a: number, b: number): number => (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) >>> 0;

function binaryHas(sorted: Uint32Array, x: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid]! < x) lo = mid + 1; else hi = mid - 1;
  }
  return false;
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
