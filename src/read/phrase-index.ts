import { wordIndex } from './word-index';

/**
 * Many fixed phrases found in one pass over a text. Each phrase is filed under its first few
 * characters; the scan looks those up at every word start (and at every punctuation mark, for
 * phrases that open with one, like “Normandy” talks), then compares only the phrases filed there.
 * A text is read once whatever the number of phrases, where an indexOf per phrase reads it once
 * per phrase; the places come from the text's word index (`word-index.ts`), made once per text.
 *
 * A hit starts at a word start. Whether it must also end at a word end is the caller's choice
 * (`accept`): topic phrases match as prefixes ("sanction" in "sanctions"), names as whole words.
 */
export interface PhraseHit<T> {
  phrase: string;
  value: T;
  at: number;
}

interface Entry<T> {
  phrase: string;
  value: T;
  /**
   * The phrase's fourth unit (-1 when it has three or fewer) and its last: compared before the whole
   * phrase is (`scan`), they turn most phrases of a bucket away at a place without a string compare.
   */
  fourth: number;
  last: number;
}

export class PhraseIndex<T> {
  /**
   * Phrases of two units or more by their first two code units, longest first; in each bucket, the
   * phrases of three units or more by their third unit too, and its two-unit phrases apart (each
   * list in the bucket's order): a word start compares the few phrases that go on as it does, not
   * every phrase of its letter. ("Re" alone files a hundred and fifty of the catalogue's forms.)
   * The keys stay small integers, which a Map finds faster than larger numbers.
   */
  private readonly byStart = new Map<number, { two: Array<Entry<T>> | undefined; byThird: Map<number, Array<Entry<T>>> }>();
  /** Phrases of one unit, by it. */
  private readonly oneUnit = new Map<number, Array<Entry<T>>>();
  /**
   * The buckets' first two units, each folded to its low seven bits, as a table: a place whose two units
   * no bucket opens on is passed over without a look-up in `byStart` (most places of a text).
   */
  private readonly pairs = new Uint8Array(16_384);

  /** Phrases are compared as given: lower-case them (and the text) for a case-blind index. */
  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    const lists = new Map<number, Array<Entry<T>>>();
    for (const { phrase, value } of entries) {
      const c = phrase.charCodeAt(0);
      const key = phrase.length > 1 ? startKey(c, phrase.charCodeAt(1)) : -1 - c;
      const list = lists.get(key) ?? [];
      list.push({ phrase, value, fourth: phrase.length > 3 ? phrase.charCodeAt(3) : -1, last: phrase.charCodeAt(phrase.length - 1) });
      lists.set(key, list);
    }
    // Longest phrase first: the first accepted one is the longest at its place.
    for (const [key, list] of lists) {
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      if (list[0]!.phrase.length < 2) { this.oneUnit.set(-1 - key, list); continue; }
      const bucket = { two: undefined as Array<Entry<T>> | undefined, byThird: new Map<number, Array<Entry<T>>>() };
      for (const e of list) {
        if (e.phrase.length === 2) { (bucket.two ??= []).push(e); continue; }
        const third = e.phrase.charCodeAt(2);
        const into = bucket.byThird.get(third) ?? [];
        into.push(e);
        bucket.byThird.set(third, into);
      }
      this.byStart.set(key, bucket);
      this.pairs[pairKey(list[0]!.phrase.charCodeAt(0), list[0]!.phrase.charCodeAt(1))] = 1;
    }
  }

  /**
   * The phrases at each place of the text, in text order, the longest accepted one per place;
   * `accept(hit, end)` may refuse a hit (a word going on after it, say), and the next shorter
   * phrase at that place is tried. With `every`, all accepted phrases at a place are hits.
   */
  find(text: string, accept: (hit: PhraseHit<T>, end: number) => boolean = () => true, every = false): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    // The places a phrase may start, from the text's word index (shared with the rules that read the same text).
    for (const at of wordIndex(text).opens) {
      const c = text.charCodeAt(at);
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : -1;
      // Two-unit phrases and longer first (they are longer than any one-unit phrase), then one-unit ones.
      const bucket = next === -1 || this.pairs[pairKey(c, next)] === 0 ? undefined : this.byStart.get(startKey(c, next));
      let found = false;
      if (bucket) {
        const three = at + 2 < text.length ? bucket.byThird.get(text.charCodeAt(at + 2)) : undefined;
        found = !!three && this.scan(three, text, at, accept, every, hits);
        const two = found && !every ? undefined : bucket.two;
        if (two) found = this.scan(two, text, at, accept, every, hits) || found;
        if (found && !every) continue;
      }
      const short = next === -1 ? undefined : this.oneUnit.get(c);
      if (short) this.scan(short, text, at, accept, every, hits);
    }
    return hits;
  }

  /** The phrases of one bucket at `at`; true when one was a hit. */
  private scan(list: Array<Entry<T>>, text: string, at: number, accept: (hit: PhraseHit<T>, end: number) => boolean, every: boolean, hits: Array<PhraseHit<T>>): boolean {
    let found = false;
    // (Past the text's end a unit is NaN, which no phrase's unit equals: a phrase longer than the rest is turned away too.)
    const fourth = text.charCodeAt(at + 3);
    for (const e of list) {
      if ((e.fourth !== -1 && e.fourth !== fourth) || text.charCodeAt(at + e.phrase.length - 1) !== e.last || !text.startsWith(e.phrase, at)) continue;
      const hit = { phrase: e.phrase, value: e.value, at };
      if (!accept(hit, at + e.phrase.length)) continue;
      hits.push(hit);
      found = true;
      if (!every) break;
    }
    return found;
  }
}

/** The bucket of a phrase's first two code units. */
const startKey = (first: number, second: number): number => first * 65_536 + second;
/** Two units folded to their low seven bits (ASCII whole): the index of `PhraseIndex.pairs`. */
const pairKey = (first: number, second: number): number => ((first & 0x7f) << 7) | (second & 0x7f);
