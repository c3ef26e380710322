import ranked from '../../data/merge/word-ranks.json';
import type { MergeReport } from './merge-report';
import { tokenHashes } from './similarity';
import { U32Counter } from './u32-counter';

/**
 * How much a word tells two reports apart, in two parts that never depend on arrival order:
 *
 *  - its rarity in general English (data/merge/word-ranks.json, most frequent first; a word past
 *    the list, a name for instance, weighs the most): log of its rank, the usual IDF shape, since
 *    Zipf's law makes a word's count about proportional to 1 / rank;
 *  - how common it is among the report's neighbourhood: the report and the placed reports it is
 *    linked to (`linked`). A story's recurring names ("Horvat", "Harbourton") are what every report of
 *    that day's story shares, and tell its acts apart no better than "said".
 *
 * Why not an IDF of the whole corpus: its document frequencies change with every page, so a
 * report's score would depend on which pages came before it, and the events on the order pages
 * arrive in. The neighbourhood of a report, when it is placed, is the same in any order: the
 * reports linked to it that rank before it (see `addPage`).
 */
const RANK_SCALE = 50;
const UNKNOWN_RARITY = Math.log(1 + (ranked as string[]).length / RANK_SCALE);
/** Rank + 1 of each word's hash (typed arrays: a Map would box most 32-bit hashes). */
const rankOfHash = new U32Counter((ranked as string[]).length);
(ranked as string[]).forEach((word, rank) => {
  tokenHashes(word, (h) => { if (rankOfHash.get(h) === 0) rankOfHash.set(h, rank + 1); });
});
const rarityOfRank = Float64Array.from({ length: (ranked as string[]).length + 1 }, (_, r) => (r === 0 ? UNKNOWN_RARITY : Math.log(1 + (r - 1) / RANK_SCALE)));

/** A word's rarity in general English (see above). */
export const rarity = (hash: number): number => rarityOfRank[rankOfHash.get(hash)]!;

/**
 * Reports that do not contain a word, assumed besides the neighbourhood: a small neighbourhood
 * (two or three reports) must not make every shared word worthless.
 */
const PRIOR_REPORTS = 8;

/**
 * A term's weight in a report that does not depend on its neighbourhood: (1 + log tf) × rarity.
 * Computed where the page is read (`pageFeatures`) and kept as a 32-bit float with its terms.
 */
export const termWeight = (term: number, count: number): number => (1 + Math.log(count)) * rarity(term);

/** A report's neighbourhood-free weights, aligned with its `terms`. */
const baseWeights = (r: MergeReport): Float32Array => r.weights;

/** Term weights for one report's decisions: rarity × neighbourhood IDF; vectors L2-normalised. */
export class Weighting {
  private readonly df: U32Counter;
  /** The neighbourhood IDF by document frequency (df ≤ the neighbourhood's size): one log each. */
  private readonly idfOfDf: Float64Array;
  private readonly vectors = new Map<MergeReport, Float32Array>();

  constructor(neighbourhood: readonly MergeReport[]) {
    const n = neighbourhood.length;
    this.df = new U32Counter(n * 32);
    for (const r of neighbourhood) for (const t of r.terms) this.df.increment(t);
    this.idfOfDf = Float64Array.from({ length: n + 1 }, (_, df) => Math.log(1 + (n + PRIOR_REPORTS) / Math.max(1, df)));
  }

  /** A term's neighbourhood IDF (a term of a report outside the neighbourhood counts as seen once). */
  private idf(term: number): number {
    return this.idfOfDf[Math.min(this.df.get(term), this.idfOfDf.length - 1)]!;
  }

  weight(term: number): number {
    return rarity(term) * this.idf(term);
  }

  /** A report's weights, aligned with its `terms`, L2-normalised (a dot product is a cosine). */
  vector(r: MergeReport): Float32Array {
    let v = this.vectors.get(r);
    if (v) return v;
    const terms = r.terms, base = baseWeights(r);
    v = new Float32Array(terms.length);
    let norm = 0;
    for (let k = 0; k < v.length; k++) { v[k] = base[k]! * this.idf(terms[k]!); norm += v[k]! * v[k]!; }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < v.length; k++) v[k]! /= norm;
    this.vectors.set(r, v);
    return v;
  }

  /** Cosine of two reports. */
  cosine(a: MergeReport, b: MergeReport): number {
    const va = this.vector(a), vb = this.vector(b), at = a.terms, bt = b.terms;
    let i = 0, j = 0, s = 0;
    while (i < at.length && j < bt.length) {
      const x = at[i]!, y = bt[j]!;
      if (x === y) s += va[i++]! * vb[j++]!;
      else if (x < y) i++;
      else j++;
    }
    return s;
  }

  /**
   * Cosine of two reports over their terms outside `skip` (ascending), each side's vector taken
   * again without them: how alike they are in the words left.
   */
  cosineWithout(a: MergeReport, b: MergeReport, skip: Uint32Array): number {
    const va = this.vector(a), vb = this.vector(b);
    const na = normWithout(a.terms, va, skip), nb = normWithout(b.terms, vb, skip);
    if (na === 0 || nb === 0) return 0;
    const at = a.terms, bt = b.terms;
    let i = 0, j = 0, s = 0;
    while (i < at.length && j < bt.length) {
      const x = at[i]!, y = bt[j]!;
      if (x === y) { if (!hasSorted(skip, x)) s += va[i]! * vb[j]!; i++; j++; } else if (x < y) i++;
      else j++;
    }
    return s / (na * nb);
  }

  /** Cosine of a report with the centroid of several (an event's reports). */
  cosineWithCentroid(r: MergeReport, members: readonly MergeReport[]): number {
    if (members.length === 1) return this.cosine(r, members[0]!);
    const sum = centroidSums;
    sum.clear();
    for (const m of members) {
      const v = this.vector(m), t = m.terms;
      for (let k = 0; k < t.length; k++) sum.add(t[k]!, v[k]!);
    }
    const norm = sum.sumOfSquares();
    const vr = this.vector(r), tr = r.terms;
    let dot = 0;
    for (let k = 0; k < tr.length; k++) dot += vr[k]! * sum.get(tr[k]!);
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }

  /**
   * The same cosine over the words that tell the act (what was said or done): every term that
   * only names someone or somewhere, in the report or in any of the event's reports, left out.
   */
  actCosineWithCentroid(r: MergeReport, members: readonly MergeReport[]): number {
    const names = new Set<number>(r.names);
    for (const m of members) for (const t of m.names) names.add(t);
    const sum = centroidSums;
    sum.clear();
    for (const m of members) {
      const v = this.vector(m), t = m.terms;
      for (let k = 0; k < t.length; k++) if (!names.has(t[k]!)) sum.add(t[k]!, v[k]!);
    }
    const vr = this.vector(r), tr = r.terms;
    let dot = 0, own = 0;
    for (let k = 0; k < tr.length; k++) {
      if (names.has(tr[k]!)) continue;
      dot += vr[k]! * sum.get(tr[k]!);
      own += vr[k]! * vr[k]!;
    }
    const norm = Math.sqrt(own * sum.sumOfSquares());
    return norm > 0 ? dot / norm : 0;
  }
}

/** Euclidean norm of a report's vector over its terms outside `skip`. */
function normWithout(terms: Uint32Array, v: Float32Array, skip: Uint32Array): number {
  let n = 0;
  for (let k = 0; k < terms.length; k++) if (!hasSorted(skip, terms[k]!)) n += v[k]! * v[k]!;
  return Math.sqrt(n);
}

/** Whether an ascending array holds `x` (binary search). */
function hasSorted(a: Uint32Array, x: number): boolean {
  let lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1, y = a[mid]!;
    if (y === x) return true;
    if (y < x) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/**
 * Sums of floats per 32-bit key, reused from one centroid to the next: open addressing in typed
 * arrays, emptied by a generation stamp (a Map would box most 32-bit hashes).
 */
class FloatSums {
  private keys = new Uint32Array(1024);
  private sums = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private used: number[] = [];
  private stamp = 1;

  clear(): void { this.stamp++; this.used = []; }

  add(key: number, x: number): void {
    if ((this.used.length + 1) * 2 > this.keys.length) this.grow();
    const s = this.slot(key);
    if (this.stamps[s] !== this.stamp) { this.stamps[s] = this.stamp; this.keys[s] = key; this.sums[s] = 0; this.used.push(s); }
    this.sums[s]! += x;
  }

  get(key: number): number {
    const s = this.slot(key);
    return this.stamps[s] === this.stamp ? this.sums[s]! : 0;
  }

  sumOfSquares(): number {
    let n = 0;
    for (const s of this.used) n += this.sums[s]! * this.sums[s]!;
    return n;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.stamps[s] === this.stamp && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const { keys, sums, used } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size); this.sums = new Float64Array(size); this.stamps = new Uint32Array(size);
    this.stamp = 1;
    this.used = [];
    for (const s of used) {
      const t = this.slot(keys[s]!);
      this.stamps[t] = 1; this.keys[t] = keys[s]!; this.sums[t] = sums[s]!; this.used.push(t);
    }
  }
}

/** The one scratch table of centroid sums: decisions run one at a time, and a centroid is summed and read before the next. */
const centroidSums = new FloatSums();

/** Cosine of two reports by general-English rarity alone: what a link reads (it must not depend on other reports). */
export function rarityCosine(a: MergeReport, b: MergeReport): number {
  // Read in place in the two pages' arrays: this runs for every candidate pair.
  const af = a.f, aw = a.w, bf = b.f, bw = b.w;
  const a0 = a.termsAt, na = a.termCount, b0 = b.termsAt, nb = b.termCount;
  let i = 0, j = 0, s = 0;
  while (i < na && j < nb) {
    const x = af[a0 + i]!, y = bf[b0 + j]!;
    if (x === y) { s += aw[a0 + na + i]! * bw[b0 + nb + j]!; i++; j++; } else if (x < y) i++;
    else j++;
  }
  return s > 0 ? s / (rarityNorm(a) * rarityNorm(b)) : 0;
}

/** Euclidean norm of a report's rarity-weighted terms, computed once per report. */
function rarityNorm(r: MergeReport): number {
  if (r.rarityNorm < 0) {
    const b = baseWeights(r);
    let n = 0;
    for (let k = 0; k < b.length; k++) n += b[k]! * b[k]!;
    r.rarityNorm = Math.sqrt(n) || 1;
  }
  return r.rarityNorm;
}
