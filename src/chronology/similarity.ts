import type { Item } from '../model/types';
import { SOCIAL_SIGNATURES } from '../read/line-rules/embedded-media';
import { fnv1a } from '../read/fingerprint';
import { alternation, MONTH, NUMBER_WORDS } from '../read/lexicon';
import { bmpLetters } from '../read/bmp-letters';

/** Words too common to tell two reports apart. */
export const STOP_WORDS: readonly string[] = ('a an the and or but if of to in on at by for from with as is are was were be been being has have had ' +
  'that this these those it its he she they them his her their we our you your i not no will would can could ' +
  'said says say told also after before over about into than then there which who whom what when where while ' +
  'more most such some any all other both each one two first new us').split(' ');
/** The same, by hash: words are hashed as they are read. */
const STOP = new Set(STOP_WORDS.map(fnv1a));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Every word of a lower-cased text (a run of letters and digits), hashed as it is read, no string
 * made: `f(hash, hashOfAllButLast, length, lastCode)`. Hashes equal `fnv1a(word)`.
 */
function eachWord(lower: string, f: (h: number, hButLast: number, length: number, last: number) => void): void {
  let h = FNV_OFFSET, prev = FNV_OFFSET, len = 0, last = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    // Letters and digits: ASCII by range; others (and surrogate pairs) by the Unicode classes.
    let units = 0;
    if (c < 128) units = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
    else {
      const cp = lower.codePointAt(i)!;
      if (/[\p{L}\p{N}]/u.test(String.fromCodePoint(cp))) units = cp > 0xffff ? 2 : 1;
    }
    if (units === 0) {
      if (len > 0) f(h, prev, len, last);
      h = FNV_OFFSET; len = 0;
      continue;
    }
    for (let u = 0; u < units; u++) {
      const cu = lower.charCodeAt(i + u);
      prev = h;
      h = Math.imul(h ^ cu, FNV_PRIME) >>> 0;
      last = cu;
      len++;
    }
    i += units - 1;
  }
}

/**
 * A word's stem, for comparing the act two headlines name in other forms of one verb or noun:
 * "indicts", "indicted", "indicting", "indictment" → indict; "raises", "raised", "raise" → rais;
 * "bans", "banned" → ban. A few English endings, no dictionary: two different words rarely share
 * a stem this way, and only headlines' act words are compared by it.
 */
export function wordStem(word: string): string {
  let w = word;
  if (w.length > 7 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -1); // "agreed" → agree, "raised" → raise
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // A final e, as the other forms lose it ("raise", "raising"), and a doubled last consonant left by an ending ("banned" → bann → ban).
  if (w.length > 3 && w !== word && w.at(-1) === w.at(-2) && !'aeiouls'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** Hashes of the content words of a text (stop words and words of one or two letters left out; "talks" ~ "talk"). */
export function tokenHashes(text: string, f: (h: number) => void): void {
  eachWord(text.toLowerCase(), (h, butLast, len, last) => {
    if (len <= 2 || STOP.has(h)) return;
    f(len > 3 && last === 115 /* s */ ? butLast : h); // plural-ish: "talks" ~ "talk"
  });
}

/** The text a report is compared by: headline and lead (an article is attached by what it leads with). */
export const leadText = (item: Item, paragraphs = 3): string => {
  const text = [item.headline, ...(item.body ? item.body.split('\n\n', paragraphs) : [])].join(' ');
  // An embedded post's signature ("— Name (@handle) June 11, 2022") says who posted it, not what
  // happened: posts that embed one account's posts share it, whatever they report.
  return text.includes('(@') ? text.replace(SOCIAL_SIGNATURES, ' ') : text;
};

/**
 * The counts a text states (ascending, distinct): numbers in digits ("1,026", "0.75", the 3 of
 * "3-3") and in words ("six"; not "one", mostly a pronoun), without what only says when: clock
 * times ("21:00", "3.04pm"), days of a month ("December 18", "18 June") and years (1900–2099).
 * Two posts of one live page that lead with counts and share none tell two moments: a toll of six
 * and a toll of four, a score of 2-0 and one of 3-3 (`MergeReport.numbers`).
 */
export function statedNumbers(text: string): number[] {
  const t = text.replace(WHEN, ' ');
  const out = new Set<number>();
  for (const m of t.matchAll(DIGITS)) {
    const n = Number(m[0]!.replace(/,/g, ''));
    if (Number.isFinite(n) && !(Number.isInteger(n) && n >= 1900 && n <= 2099 && m[0]!.length === 4)) out.add(n);
  }
  for (const m of t.toLowerCase().matchAll(NUMBER_WORD)) out.add(NUMBER_WORDS.indexOf(m[1]!));
  return [...out].sort((a, b) => a - b);
}

/** What only says when: clock times, days of a month (`MONTH`: a month's name or short form). */
const WHEN = new RegExp(String.raw`\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:\.\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`, 'gi');
/**
 * A number in digits standing alone (not glued to a word: "#Qatar2022", "G7"), whole with its
 * decimals: one with a unit glued to it ("£12.5bn", "17.9km", "40mph") is no count and is skipped,
 * never read as its whole part.
 */
const DIGITS = bmpLetters(/(?<![\p{L}\p{N}#@_.,])\d{1,3}(?:,\d{3})+(?![\p{L}\p{N}]|[.,]\d)|(?<![\p{L}\p{N}#@_.,])\d+(?:\.\d+)?(?![\p{L}\p{N}]|[.,]\d)/gu);
/** A number in words, two and up. */
const NUMBER_WORD = new RegExp(String.raw`\b(${alternation(NUMBER_WORDS.slice(2))})\b`, 'g');

/**
 * The terms of one text as hashes (FNV-1a of the token, ascending) with their counts. Hashes, not
 * strings: they are computed where the page is read (a reading thread) and need no shared
 * vocabulary; two words colliding in 32 bits is rare enough not to move a cosine.
 */
export function termCounts(text: string): { terms: Uint32Array; counts: Uint32Array } {
  const all: number[] = [];
  tokenHashes(text, (h) => { all.push(h); });
  const sorted = Uint32Array.from(all).sort();
  // Runs of one hash in the sorted list: the distinct terms and how often each occurs.
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) n++;
  const terms = new Uint32Array(n), counts = new Uint32Array(n);
  for (let k = 0, t = -1; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) terms[++t] = sorted[k]!;
    counts[t]!++;
  }
  return { terms, counts };
}

/**
 * Quoted passages of an item, each as the hashes of its lower-case words (passages of two words or
 * more), with its length as words joined by single spaces.
 */
export function quotedPassages(item: Item): Array<{ words: number[]; chars: number }> {
  const text = `${item.headline}\n${item.body}`;
  const out: Array<{ words: number[]; chars: number }> = [];
  for (const m of text.matchAll(/[“"‘]([^“”"\n]{6,}?)[”"’](?=[\s,.;:!?)]|$)|“([^”\n]{6,})”/g)) {
    const words: number[] = [];
    let chars = -1;
    eachWord((m[1] ?? m[2] ?? '').toLowerCase(), (h, _, len) => { words.push(h); chars += len + 1; });
    if (words.length >= 2) out.push({ words, chars });
  }
  return out;
}

/** Two or three quoted words, at least 12 characters: too short for shingles, still a quote. */
const isShortQuote = (words: number[], chars: number): boolean => words.length >= 2 && words.length <= 3 && chars >= 12;

/**
 * What blocking and scoring need of every report's quotes: its quoted word 4-grams (hashed,
 * sorted), and how many short quotes it has (only reports with one need the finer evidence).
 */
export function quoteFeatures(item: Item): { shingles: Uint32Array; shorts: number } {
  const all: number[] = [];
  let shorts = 0;
  for (const { words: h, chars } of quotedPassages(item)) {
    for (let i = 0; i + 4 <= h.length; i++) all.push(mix(mix(mix(h[i]!, h[i + 1]!), h[i + 2]!), h[i + 3]!));
    if (isShortQuote(h, chars)) shorts++;
  }
  return { shingles: distinctSorted(all), shorts };
}

/**
 * A report's wording as word 3-grams of its headline and first paragraph (hashed, sorted, distinct):
 * wire copy republished by another outlet keeps most of them even after small edits, two outlets'
 * own accounts of one act share few. Stop words are kept: they are part of the wording.
 */
export function leadShingles(item: Item): Uint32Array {
  const words: number[] = [];
  eachWord(`${item.headline}\n${item.body.split('\n\n', 1)[0] ?? ''}`.toLowerCase(), (h) => { words.push(h); });
  const all: number[] = [];
  for (let i = 0; i + 3 <= words.length; i++) all.push(mix(mix(words[i]!, words[i + 1]!), words[i + 2]!));
  return distinctSorted(all);
}

/** Ascending distinct values. */
export function distinctSorted(values: number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  return sorted.slice(0, n);
}

/** Order-sensitive combination of two 32-bit hashes. */
export const mix = (a: number, b: number): number => (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) >>> 0;

/** How many values two ascending arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n;
}

/** How many values two ascending runs share: a[a0, a1) and b[b0, b1) (no view made). */
export function sharedCountIn(a: Uint32Array, a0: number, a1: number, b: Uint32Array, b0: number, b1: number): number {
  let i = a0, j = b0, n = 0;
  while (i < a1 && j < b1) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n;
}
