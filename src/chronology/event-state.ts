import type { MergeReport } from './merge-report';

/**
 * An event as the merger scores it: the union of its reports' evidence, kept up to date as reports
 * join, so a report is compared with the event as a whole without re-reading its reports' text:
 *  - the union of their quote shingles,
 *  - the principal actors and headline speakers they name,
 *  - the pages they come from (a page rarely tells one act twice).
 * (Words are compared with its reports' own terms, weighted for each decision: `Weighting`.)
 * A one-report event shares its report's arrays; arrays are only ever replaced, never written.
 */
export interface EventState {
  /** Report ids (store numbering), in the order they joined. */
  reports: number[];
  /** The smallest rank of its reports: breaks ties between candidates the same way in any order. */
  anchor: string;
  quotes: Uint32Array;
  /** Sorted, distinct. */
  actors: readonly string[];
  speakers: readonly string[];
  pages: readonly string[];
  /** Reports that are plain articles. */
  articles: number;
}

export function eventOf(id: number, r: MergeReport): EventState {
  return {
    reports: [id],
    anchor: r.rank,
    quotes: r.quotes,
    actors: r.principals,
    speakers: r.speaker ? [r.speaker] : NONE,
    pages: [r.seed],
    articles: r.isArticle ? 1 : 0,
  };
}

const NONE: readonly string[] = [];

/** The union of two events (neither is changed). */
export function unite(a: EventState, b: EventState): EventState {
  return {
    reports: [...a.reports, ...b.reports],
    anchor: a.anchor < b.anchor ? a.anchor : b.anchor,
    quotes: unionSorted(a.quotes, b.quotes),
    actors: unionStrings(a.actors, b.actors),
    speakers: unionStrings(a.speakers, b.speakers),
    pages: unionStrings(a.pages, b.pages),
    articles: a.articles + b.articles,
  };
}

const unionStrings = (a: readonly string[], b: readonly string[]): readonly string[] =>
  (b.every((x) => a.includes(x)) ? a : [...new Set([...a, ...b])].sort());

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
