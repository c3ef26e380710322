import { isWordChar } from './shape';

/**
 * An item's text split into words once, with their offsets, for the rules that look for a few
 * words: a rule asks where a word stands (`positions`) and tries its pattern there only, or skips
 * its pattern when none of its words is in the text (`hasAny`), where a regex of its own would scan
 * the whole text for every item. The phrase index (`phrase-index.ts`) reads its places here too.
 *
 * A word is a run of letters (`\p{L}`, one UTF-16 unit at a time: the unit test the rules' patterns
 * make with `(?<![\p{L}])` before a word and `(?![\p{L}])` after it). A word the index gives at an
 * offset is whole: no letter before it, none after it. A pattern whose match always holds one of its
 * words whole therefore matches only where the index has that word.
 */
export class WordIndex {
  /**
   * Where a phrase may start: a character other than a space or a line break that opens the text or
   * follows a character that is no letter or digit (punctuation opens a place too: “Quoted” talks).
   */
  readonly opens: readonly number[];
  /**
   * The words' starts by a hash of their letters (no word is copied out of the text), built on the
   * first question: a text read only by the phrase index needs none. Words of one hash are told
   * apart when asked for.
   */
  private byHash: Map<number, number[]> | undefined;

  constructor(readonly text: string) {
    const opens: number[] = [];
    let prevWord = false;
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (!prevWord && c !== 32 && c !== 10) opens.push(at);
      prevWord = isWordUnit(c);
    }
    this.opens = opens;
  }

  /** Where `word` stands whole in the text, in text order (case as given); `hash` is its `hashOf`, when known. */
  positions(word: string, hash = hashOf(word)): readonly number[] {
    this.byHash ??= wordsByHash(this.text);
    const all = this.byHash.get(hash);
    if (!all) return NONE;
    const { text } = this, n = word.length;
    // Words of another spelling under the same hash are left out; a word the index holds is whole.
    const same = (at: number) => text.startsWith(word, at) && !isLetterUnit(text.charCodeAt(at + n));
    return all.every(same) ? all : all.filter(same);
  }

  /** Whether `word` stands whole in the text. */
  has(word: string): boolean {
    return this.positions(word).length > 0;
  }

  /**
   * Where one of the phrases stands, its first word whole (what follows that word is compared as
   * given), in text order: the places a pattern holding one of them, its first word whole, can match.
   */
  starts(phrases: WordPhrases): number[] {
    const out: number[] = [];
    const byHash = (this.byHash ??= wordsByHash(this.text));
    const { text } = this;
    // The shorter of the two lists is walked, the other looked up: a long list's first words (a
    // hundred body nouns) against a short item's few words, or a short list against a long page.
    // Most first words are not in the text: one look-up each, then the few that are, compared
    // (a word of another spelling under the same hash is passed over, as `positions` does).
    const add = (first: string, list: readonly string[], all: readonly number[]) => {
      for (const at of all) {
        if (!text.startsWith(first, at) || isLetterUnit(text.charCodeAt(at + first.length))) continue;
        if (list.some((p) => text.startsWith(p, at))) out.push(at);
      }
    };
    if (phrases.firsts.length <= byHash.size) {
      for (const { first, hash, list } of phrases.firsts) {
        const all = byHash.get(hash);
        if (all !== undefined) add(first, list, all);
      }
    } else {
      for (const [hash, all] of byHash) {
        const entries = phrases.byHash.get(hash);
        if (entries !== undefined) for (const { first, list } of entries) add(first, list, all);
      }
    }
    // (A place holds one word, so one first word at most: no place is given twice.)
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** Whether any of `words` stands whole in the text. */
  hasAny(words: Iterable<string>): boolean {
    for (const w of words) if (this.has(w)) return true;
    return false;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * A word list's phrases filed by their first word, to be found through a text's word index
 * (`WordIndex.starts`) instead of a regex scan of the whole text. A phrase opens on a letter.
 */
export class WordPhrases {
  /** The phrases by their first word, with that word's hash (`WordIndex.positions`). */
  readonly byFirst = new Map<string, { first: string; hash: number; list: string[] }>();
  /** The same entries in a list, in the same order (what `WordIndex.starts` walks: a list is walked faster than a map). */
  readonly firsts: ReadonlyArray<{ first: string; hash: number; list: string[] }>;
  /** The same entries by their first word's hash (words of one hash together): what `WordIndex.starts` looks up a text's words in. */
  readonly byHash = new Map<number, Array<{ first: string; hash: number; list: string[] }>>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const first = firstWord(p);
      if (!first) throw new Error(`"${p}" opens on no letter: a word index cannot find it`);
      const entry = this.byFirst.get(first);
      if (!entry) this.byFirst.set(first, { first, hash: hashOf(first), list: [p] });
      else if (!entry.list.includes(p)) entry.list.push(p);
    }
    this.firsts = [...this.byFirst.values()];
    for (const e of this.firsts) {
      const same = this.byHash.get(e.hash);
      if (same) same.push(e);
      else this.byHash.set(e.hash, [e]);
    }
  }
}

/** The words of a text (runs of letters), the offsets where each starts by the hash of its letters. */
function wordsByHash(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let start = -1, h = 0;
  for (let at = 0; at <= text.length; at++) {
    const c = at < text.length ? text.charCodeAt(at) : 32;
    if (isLetterUnit(c)) {
      if (start < 0) { start = at; h = 0; }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (start >= 0) {
      const list = out.get(h);
      if (list) list.push(start);
      else out.set(h, [start]);
      start = -1;
    }
  }
  return out;
}
/** The hash `wordsByHash` files a word under. */
function hashOf(word: string): number {
  let h = 0;
  for (let at = 0; at < word.length; at++) h = (Math.imul(h, 31) + word.charCodeAt(at)) | 0;
  return h;
}

/**
 * The first word of a phrase ("Marsh" of "Marsh-Lind", "said" of "said it"): every whole
 * occurrence of the phrase starts with it, whole, in a text's index.
 */
export function firstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length && isLetterUnit(phrase.charCodeAt(end))) end++;
  return phrase.slice(0, end);
}

/** A letter or digit, one UTF-16 unit (as the phrase index has always told word starts). */
const isWordUnit = (c: number): boolean => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (unitClass(c) & WORD) !== 0);
/** A letter, one UTF-16 unit: a half of a surrogate pair is none. */
const isLetterUnit = (c: number): boolean => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (unitClass(c) & LETTER) !== 0);

/** Units beyond ASCII by class, asked once each: KNOWN, then LETTER and WORD (a letter or a digit). */
const UNIT_CLASSES = new Uint8Array(65_536);
const KNOWN = 1, LETTER = 2, WORD = 4;
function unitClass(c: number): number {
  let v = UNIT_CLASSES[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    UNIT_CLASSES[c] = v = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (isWordChar(ch) ? WORD : 0);
  }
  return v;
}

/**
 * The index of a text, kept for the page being read: the actor rules, the phrase index and the
 * topics ask for the same item's text one after another. Cleared at each page's start
 * (`clearWordIndexes`, from `readSeed`), and bounded for a caller that never clears.
 */
export function wordIndex(text: string): WordIndex {
  let ix = recent.get(text);
  if (!ix) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, (ix = new WordIndex(text)));
  }
  return ix;
}
const recent = new Map<string, WordIndex>();
/** The texts of one long page at most: its posts, the page's own title and standfirst, lower-cased copies. */
const RECENT_TEXTS = 256;
export const clearWordIndexes = (): void => recent.clear();
