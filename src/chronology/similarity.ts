import type { Item } from '../model/types';

/** Words too common to tell two reports apart. */
const STOP = new Set(('a an the and or but if of to in on at by for from with as is are was were be been being has have had ' +
  'that this these those it its he she they them his her their we our you your i not no will would can could ' +
  'said says say told also after before over about into than then there which who whom what when where while ' +
  'more most such some any all other both each one two first new us u.s').split(' '));

export const tokens = (t: string): string[] =>
  (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(?<=\w{3})s$/u, ''));

/** The text a report is compared by: headline and lead (an article is attached by what it leads with). */
export const leadText = (item: Item, paragraphs = 3): string => [item.headline, ...item.paragraphs.slice(0, paragraphs).map((p) => p.text)].join(' ');

export type Vector = Map<string, number>;

/** TF-IDF vectors over the corpus, L2-normalised, so a dot product is the cosine. */
export function tfidf(texts: string[]): Vector[] {
  const docs = texts.map(tokens);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * Math.log(1 + n / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) s += x * (large.get(w) ?? 0);
  return s;
}

/** Word 4-grams inside quotation marks: the same quoted words survive trimming and re-punctuation. */
export function quoteShingles(item: Item): Set<string> {
  const text = [item.headline, ...item.paragraphs.map((p) => p.text)].join('\n');
  const out = new Set<string>();
  for (const m of text.matchAll(/[“"‘]([^“”"]{12,}?)[”"’](?=[\s,.;:!?)]|$)|“([^”]{12,})”/gu)) {
    const ws = (m[1] ?? m[2] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 4 <= ws.length; i++) out.add(ws.slice(i, i + 4).join(' '));
  }
  return out;
}

export function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
