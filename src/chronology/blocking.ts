import { Growable } from './growable';

/** Pair key base: i * PAIR + j is exact in a double for up to 2^26 items. */
export const PAIR = 2 ** 26;

/** Items a blocking run can take: a posting packs its key (32 bits) and its item (21 bits) in a double. */
const ITEM_BITS = 2 ** 21;

/** A block this large on one day is a common phrase, not evidence: it proposes no pairs. */
export const MAX_BLOCK = 400;

/**
 * Candidate pairs by blocking: every item is filed under its keys (a principal actor, a quote
 * shingle: numbers below 2^32) on its day; two items are a candidate when they share a key on the
 * same day or on two days in a row. Undated items (NaN) meet only each other.
 *
 * Memory stays flat: postings are numbers in typed arrays, put in day order by a counting sort and
 * sorted by key within each day, so no block is an object and no key a string. Returns the pairs
 * as i * PAIR + j (i < j), ascending, each once.
 */
export function candidatePairs(days: Float64Array, keysOf: (i: number, put: (key: number) => void) => void): Float64Array {
  const n = days.length;
  if (n > ITEM_BITS) throw new Error(`blocking takes at most ${ITEM_BITS} items, got ${n}`);
  // Days → buckets in ascending order; undated items last, in a bucket of their own.
  const distinct = [...new Set(Array.from(days).filter((d) => d === d))].sort((a, b) => a - b);
  const bucketOfDay = new Map(distinct.map((d, b) => [d, b]));
  const undated = distinct.length;
  const bucket = (i: number) => (days[i] === days[i] ? bucketOfDay.get(days[i]!)! : undated);

  const starts = new Uint32Array(undated + 2);
  for (let i = 0; i < n; i++) keysOf(i, () => { starts[bucket(i) + 1]!++; });
  for (let b = 0; b <= undated; b++) starts[b + 1]! += starts[b]!;
  const postings = new Float64Array(starts[undated + 1]!);
  const fill = starts.slice();
  for (let i = 0; i < n; i++) {
    const b = bucket(i);
    keysOf(i, (key) => { postings[fill[b]!++] = key * ITEM_BITS + i; });
  }
  for (let b = 0; b <= undated; b++) postings.subarray(starts[b], starts[b + 1]).sort();

  const candidates = new Growable((size) => new Float64Array(size), 4096);
  const keyAt = (k: number) => Math.floor(postings[k]! / ITEM_BITS);
  const itemAt = (k: number) => postings[k]! % ITEM_BITS;
  for (let b = 0; b <= undated; b++) {
    // The day before, when it has postings (undated items have none).
    const prev = b < undated && b > 0 && distinct[b - 1] === distinct[b]! - 1 ? b - 1 : -1;
    let e = prev >= 0 ? starts[prev]! : 0;
    const eEnd = prev >= 0 ? starts[prev + 1]! : 0;
    for (let k = starts[b]!; k < starts[b + 1]!;) {
      const key = keyAt(k);
      let kEnd = k;
      while (kEnd < starts[b + 1]! && keyAt(kEnd) === key) kEnd++;
      // The same key the day before (both runs are sorted by key).
      while (e < eEnd && keyAt(e) < key) e++;
      let e2 = e;
      while (e2 < eEnd && keyAt(e2) === key) e2++;
      const members = kEnd - k, earlier = e2 - e;
      if (members + earlier >= 2 && members <= MAX_BLOCK) {
        for (let x = k; x < kEnd; x++) {
          const a = itemAt(x);
          for (let y = x + 1; y < kEnd; y++) pushPair(candidates, a, itemAt(y));
          for (let y = e; y < e2; y++) pushPair(candidates, a, itemAt(y));
        }
      }
      k = kEnd;
    }
  }
  const sorted = candidates.view().sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  return sorted.subarray(0, unique);
}

function pushPair(out: Growable<Float64Array>, a: number, b: number): void {
  if (a !== b) out.push(Math.min(a, b) * PAIR + Math.max(a, b));
}
