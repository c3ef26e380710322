import type { MergeReport } from './merge-report';

/**
 * An event as the merger scores it: the union of its reports' evidence, kept up to date as reports
 * join, so a report is compared with the event as a whole without re-reading its reports:
 *  - the union of their quote shingles,
 *  - how many of its reports name each principal actor and each headline speaker,
 *  (the words are compared against its reports' own terms, weighted for each decision: `Weighting`),
 *  - how many of its reports each page gave (a page rarely tells one act twice).
 * A one-report event shares its report's arrays; arrays are only ever replaced, never written.
 */
export interface EventState {
  /** Report ids (store numbering), in the order they joined. */
  reports: number[];
  /** The smallest rank of its reports: breaks ties between candidates the same way in any order. */
  anchor: string;
  quotes: Uint32Array;
  actors: Map<string, number>;
  speakers: Map<string, number>;
  pages: Map<string, number>;
  /** Reports that are plain articles. */
  articles: number;
}

export function eventOf(id: number, r: MergeReport): EventState {
  const actors = new Map<string, number>();
  for (const a of r.principals) actors.set(a, 1);
  return {
    reports: [id],
    anchor: r.rank,
    quotes: r.quotes,
    actors,
    speakers: r.speaker ? new Map([[r.speaker, 1]]) : new Map(),
    pages: new Map([[r.seed, 1]]),
    articles: r.isArticle ? 1 : 0,
  };
}

/** The union of two events (neither is changed). */
export function unite(a: EventState, b: EventState): EventState {
  return {
    reports: [...a.reports, ...b.reports],
    anchor: a.anchor < b.anchor ? a.anchor : b.anchor,
    quotes: unionSorted(a.quotes, b.quotes),
    actors: addCounts(a.actors, b.actors),
    speakers: addCounts(a.speakers, b.speakers),
    pages: addCounts(a.pages, b.pages),
    articles: a.articles + b.articles,
  };
}

function addCounts(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, n] of b) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

function unionSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (!b.length) return a;
  if (!a.length) return b;
  const out = new Uint32Array(a.length + b.length);
  let i = 0, j = 0, n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity, y = j < b.length ? b[j]! : Infinity;
    out[n++] = x <= y ? x : y;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out.slice(0, n);
}
