import { isWordChar, isWordCode } from './shape';

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

/** A letter or digit, by code unit (ASCII without a regex); NaN (past the end) is not. */
function wordCode(c: number): boolean {
  if (c < 128) return isWordCode(c);
  return c === c && isWordChar(String.fromCharCode(c));
}

interface Entry<T> {
  phrase: string;
  value: T;
  /** Its second character when that is still of its first word, else -1 (a one-letter word, "U.S."). */
  second: number;
}

export class PhraseIndex<T> {
  /** Phrases by their first character (code unit), longest first. */
  private readonly byFirst = new Map<number, Array<Entry<T>>>();
  /** The same for ASCII, as a plain table: most word starts are looked up here. */
  private readonly ascii: Array<Array<Entry<T>> | undefined> = new Array(128).fill(undefined);

  /** Phrases are compared as given: lower-case them (and the text) for a case-blind index. */
  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const c = phrase.charCodeAt(0), next = phrase.charCodeAt(1);
      const list = this.byFirst.get(c) ?? [];
      list.push({ phrase, value, second: wordCode(c) && wordCode(next) ? next : -1 });
      this.byFirst.set(c, list);
    }
    // Longest phrase first: the first accepted one is the longest at its place.
    for (const [c, list] of this.byFirst) {
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      if (c < 128) this.ascii[c] = list;
    }
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
      const opens = !prevWord && c !== 32 && c !== 10;
      prevWord = wordCode(c);
      if (!opens) continue;
      const list = c < 128 ? this.ascii[c] : this.byFirst.get(c);
      if (!list) continue;
      const next = text.charCodeAt(at + 1);
      for (const e of list) {
        if ((e.second !== -1 && e.second !== next) || !text.startsWith(e.phrase, at)) continue;
        const hit = { phrase: e.phrase, value: e.value, at };
        if (!accept(hit, at + e.phrase.length)) continue;
        hits.push(hit);
        if (!every) break;
      }
    }
    return hits;
  }
}
