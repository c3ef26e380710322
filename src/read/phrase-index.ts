import { isWordChar } from './shape';

/**
 * Many fixed phrases found in one pass over a text. Each phrase is filed under its first few
 * characters; the scan looks those up at every word start (and at every punctuation mark, for
 * phrases that open with one, like “Normandy” talks), then compares only the phrases filed there.
 * A text is read once whatever the number of phrases, where an indexOf per phrase reads it once
 * per phrase.
 *
 * A hit starts at a word start. Whether it must also end at a word end is the caller's choice
 * (`accept`): topic phrases match as prefixes ("sanction" in "sanctions"), names as whole words.
 */
export interface PhraseHit<T> {
  phrase: string;
  value: T;
  at: number;
}

/** Two characters as one number: a phrase is filed under its first two (one, if its first word has one). */
const pair = (a: number, b: number): number => a * 0x10000 + b;

/** A letter or digit, by code unit (ASCII without a regex); NaN (past the end) is not. */
function wordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && isWordChar(String.fromCharCode(c));
}

export class PhraseIndex<T> {
  private readonly byKey = new Map<number, Array<{ phrase: string; value: T }>>();

  /** Phrases are compared as given: lower-case them (and the text) for a case-blind index. */
  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const e of entries) {
      const key = keyOf(e.phrase);
      const list = this.byKey.get(key) ?? [];
      list.push(e);
      this.byKey.set(key, list);
    }
    // Longest phrase first at each key: the first accepted one is the longest at its place.
    for (const list of this.byKey.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /**
   * The phrases at each place of the text, in text order, the longest accepted one per place;
   * `accept(hit, end)` may refuse a hit (a word going on after it, say), and the next shorter
   * phrase at that place is tried. With `every`, all accepted phrases at a place are hits.
   */
  find(text: string, accept: (hit: PhraseHit<T>, end: number) => boolean = () => true, every = false): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    let prevWord = false;
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      const word = wordCode(c);
      const opens = !prevWord && c !== 32 && c !== 10;
      prevWord = word;
      if (!opens) continue;
      // A one-character first word ("U.S.") is filed under that character alone.
      const next = text.charCodeAt(at + 1);
      const two = word && wordCode(next);
      found: for (let k = two ? 0 : 1; k < 2; k++) {
        const list = this.byKey.get(k === 0 ? pair(c, next) : pair(c, 0));
        if (!list) continue;
        for (const e of list) {
          if (!text.startsWith(e.phrase, at)) continue;
          const hit = { phrase: e.phrase, value: e.value, at };
          if (!accept(hit, at + e.phrase.length)) continue;
          hits.push(hit);
          if (!every) break found;
        }
      }
    }
    return hits;
  }
}

/** A phrase's key: its first two characters when both are of its first word, else its first alone. */
function keyOf(phrase: string): number {
  const c = phrase.charCodeAt(0);
  const next = phrase.charCodeAt(1);
  return pair(c, wordCode(c) && wordCode(next) ? next : 0);
}
