import type { Item } from '../model/types';
import type { Features } from './features';
import { candidatePairs, PAIR } from './blocking';
import { cosine, type QuoteEvidence, quoteEvidence, sharedSorted, shortQuoteInside } from './similarity';

/**
 * Which reports tell of the same act: the same actor(s) doing or saying the same thing on the
 * same day. Evidence, combined into one score:
 *   quotes  the same quoted words (4-word shingles): the strongest signal;
 *   actors  shared principal people and bodies (countries alone are too broad);
 *   words   TF-IDF cosine of headline and lead.
 * Dates must lie within a day of each other. Topic overlap alone never merges. Two rules for the
 * two ways a page tells an act: a plain article attaches to the event it leads with; a live blog
 * telling one act twice names the same speaker in both headlines.
 * Candidate pairs come from blocks (principal actor, headline speaker, quote shingle × day), so the
 * cost grows with the block sizes, not with the square of the corpus.
 */
export const MERGE = {
  /** Score a pair needs to be merged. Tuned on fixtures of our own and on the seeds. */
  threshold: 0.3,
  /** Weight of shared quotes (fraction of the smaller quote set, capped at 1). */
  quoteWeight: 0.6,
  /** Weight of the lexical cosine. */
  cosineWeight: 1.0,
  /** Bonus per shared principal actor (people and bodies), at most two counted. */
  actorBonus: 0.12,
  /** A quote match must share at least this many 4-word shingles (reports from two pages). */
  minSharedShingles: 2,
  /** Without a shared quote, a shared principal actor and this cosine (reports from two pages). */
  minCosineWithoutQuote: 0.18,
  /** A short quote inside another is only looked for where the cosine reaches this. */
  minCosineForShortQuote: 0.08,
  /**
   * Two posts of one live blog need more: the page rarely tells one act twice. When it does, the
   * headlines often name the same speaker ("Ukraine says …" twice): then a cosine of 0.3 will do.
   */
  samePage: { minSharedShingles: 3, minCosineWithoutQuote: 0.45, minCosineSameSpeaker: 0.3 },
  /**
   * A plain article is attached to the event it leads with, even in other words than the live
   * blogs use: with at least `minSharedActors` principal actors in common (each counted, up to
   * `maxActorsCounted`) a cosine of `minCosine` is enough. It attaches once, to its best match:
   * such a pair joins only while the article stands alone.
   */
  article: { minSharedActors: 2, maxActorsCounted: 3, minCosine: 0.1 },
} as const;

/** Reports whose quote grams are kept at once while scoring pairs. */
const EVIDENCE_CACHE = 4096;

/** Merge decisions kept for /status.json; a huge corpus does not need every one. */
const MAX_TRACE = 5000;

/** Smallest shingle hashes of each report used as blocking keys. */
const QUOTE_SKETCH = 6;

const HEADLINE_VERB = '(?:says|said|warns|accuses|claims|denies|insists|tells|urges|rejects)';
const VERB_AFTER = new RegExp(`^(?:\\s+${HEADLINE_VERB}\\b|:)`);
const VERB_BEFORE = new RegExp(`\\b${HEADLINE_VERB}\\s+(?:the\\s+)?$`, 'i');
/** The name speaks in the headline: "Ukraine says …", "Lavrov: …", "…, says Kremlin". */
function speaksInHeadline(headline: string, name: string): boolean {
  const at = headline.indexOf(name);
  if (at < 0) return false;
  const after = headline.slice(at + name.length);
  return VERB_AFTER.test(after) || (after.trim() === '' && VERB_BEFORE.test(headline.slice(0, at)));
}

/** Principal people and bodies (countries alone are too broad) of each item, as small numbers, ascending. */
function principalStore(items: Item[]): { offsets: Uint32Array; data: Uint32Array } {
  const number = new Map<string, number>();
  const offsets = new Uint32Array(items.length + 1);
  const data: number[] = [];
  items.forEach((it, i) => {
    const mine = new Set<number>();
    for (const a of it.actors) {
      if (a.role !== 'principal' || a.kind === 'country') continue;
      if (!number.has(a.id)) number.set(a.id, number.size);
      mine.add(number.get(a.id)!);
    }
    data.push(...[...mine].sort((a, b) => a - b));
    offsets[i + 1] = data.length;
  });
  return { offsets, data: Uint32Array.from(data) };
}

/**
 * Who speaks in each headline ("Ukraine says …", "Lavrov: …", "…, says Kremlin"), as a small number
 * (-1: nobody). Two posts of one page with the same headline speaker may be a live blog telling one
 * act twice; a country counts there as the actor it is in the headline (across pages a country
 * alone is too broad to count).
 */
function headlineSpeakers(items: Item[]): { speaker: Int32Array; isCountry: Uint8Array } {
  const speaker = new Int32Array(items.length).fill(-1);
  const isCountry = new Uint8Array(items.length);
  const number = new Map<string, number>();
  items.forEach((it, i) => {
    const s = it.actors.find((a) => a.role === 'principal' && speaksInHeadline(it.headline, a.kind === 'person' ? a.name.split(' ').at(-1)! : a.name));
    if (!s) return;
    if (!number.has(s.id)) number.set(s.id, number.size);
    speaker[i] = number.get(s.id)!;
    isCountry[i] = s.kind === 'country' ? 1 : 0;
  });
  return { speaker, isCountry };
}

export interface MergeResult {
  groups: Item[][];
  trace: string[];
}

/**
 * Items (in page order) → groups of items that report one event. `isArticle[i]` is 1 when item i
 * is a plain article (a page of one report), for the article rule.
 */
export function mergeItems(items: Item[], features: Features, isArticle: Uint8Array): MergeResult {
  const { vectors, shortQuotes } = features;
  // Quote shingles for every report come with the features (they are blocking keys); the finer 2-
  // and 3-grams only for the few pairs that need them, through a small cache (pairs come in index
  // order: good locality).
  const evidenceCache = new Map<number, QuoteEvidence>();
  const evidenceOf = (i: number): QuoteEvidence => {
    let e = evidenceCache.get(i);
    if (!e) {
      e = quoteEvidence(items[i]!);
      if (evidenceCache.size >= EVIDENCE_CACHE) evidenceCache.delete(evidenceCache.keys().next().value!);
      evidenceCache.set(i, e);
    }
    return e;
  };
  // Day numbers, so comparing two reports' dates costs no date parsing.
  const dayNumber = Float64Array.from(items, (it) => (it.eventDate ? Math.round(Date.parse(`${it.eventDate.slice(0, 10)}T00:00:00Z`) / 86_400_000) : NaN));
  const { offsets: qo, data: qd } = features.quotes;
  const { offsets: po, data: principals } = principalStore(items);
  const { speaker, isCountry } = headlineSpeakers(items);

  // Blocking: same principal actor, headline speaker or quote shingle, on the same day or two days
  // in a row. Quotes are blocked by a bottom-k sketch of their shingles (MinHash's idea): two reports
  // sharing much of a quote very likely share one of its smallest hashes, at a fraction of the keys.
  // Key spaces: actors below 2^30, headline speakers from 2^30, quotes from 2^31.
  const sorted = candidatePairs(dayNumber, (i, put) => {
    for (let k = po[i]!; k < po[i + 1]!; k++) put(principals[k]!);
    if (speaker[i]! >= 0) put(2 ** 30 + speaker[i]!);
    for (let k = qo[i]!; k < Math.min(qo[i + 1]!, qo[i]! + QUOTE_SKETCH); k++) put(2 ** 31 + (qd[k]! >>> 1));
  });
  const pi: number[] = [], pj: number[] = [], ps: number[] = [];
  /** Pairs that pass by the article rule alone (i * PAIR + j). */
  const attachOnly = new Set<number>();
  for (let k = 0; k < sorted.length; k++) {
    const i = Math.floor(sorted[k]! / PAIR), j = sorted[k]! % PAIR;
    const p = scorePair(i, j);
    if (p) { pi.push(i); pj.push(j); ps.push(p.score); if (p.attach) attachOnly.add(sorted[k]!); }
  }

  function scorePair(i: number, j: number) {
    const a = items[i]!, b = items[j]!;
    if (Math.abs(dayNumber[i]! - dayNumber[j]!) > 1) return null; // NaN (undated) compares false: allowed
    if (a.seed === b.seed && a.key === b.key) return null;
    const rule = a.seed === b.seed ? MERGE.samePage : MERGE;
    let q = sharedSorted(qd, qo[i]!, qo[i + 1]!, qo[j]!, qo[j + 1]!);
    let qFrac = q >= rule.minSharedShingles ? Math.min(1, q / Math.max(1, Math.min(qo[i + 1]! - qo[i]!, qo[j + 1]! - qo[j]!)) * 2) : 0;
    const cos = cosine(vectors, i, j);
    const sameSpeaker = speaker[i]! >= 0 && speaker[i] === speaker[j];
    const allActors = sharedSorted(principals, po[i]!, po[i + 1]!, po[j]!, po[j + 1]!)
      + (a.seed === b.seed && sameSpeaker && isCountry[i] ? 1 : 0);
    const actors = Math.min(2, allActors);
    // A short quote inside the other report's quote, said by the same principal: half a quote match.
    // Looked at only where the words already overlap a little, with each report's quotes read once.
    if (qFrac === 0 && actors > 0 && cos >= MERGE.minCosineForShortQuote && a.seed !== b.seed
      && (shortQuotes[i]! > 0 || shortQuotes[j]! > 0) && shortQuoteInside(evidenceOf(i), evidenceOf(j))) { q = 1; qFrac = 0.5; }
    const minCosine = a.seed === b.seed && sameSpeaker ? MERGE.samePage.minCosineSameSpeaker : rule.minCosineWithoutQuote;
    if (qFrac > 0 || (actors > 0 && cos >= minCosine)) {
      const score = MERGE.quoteWeight * qFrac + MERGE.cosineWeight * cos + MERGE.actorBonus * actors;
      if (score >= MERGE.threshold) return { score, q, cos, actors: allActors, attach: false, speaker: minCosine !== rule.minCosineWithoutQuote };
    }
    // An article and a report of another page: the article rule.
    const { article } = MERGE;
    if ((isArticle[i] || isArticle[j]) && a.seed !== b.seed && allActors >= article.minSharedActors && cos >= article.minCosine) {
      const score = MERGE.cosineWeight * cos + MERGE.actorBonus * Math.min(article.maxActorsCounted, allActors);
      if (score >= MERGE.threshold) return { score, q, cos, actors: allActors, attach: true, speaker: false };
    }
    return null;
  }

  // Greedy union, strongest first. Two clusters join only if every seed they both hold was joined by
  // a direct match: an article that mentions three events cannot chain them into one.
  const order = Array.from(ps.keys()).sort((x, y) => ps[y]! - ps[x]! || pi[x]! - pi[y]! || pj[x]! - pj[y]!);
  const parent = Int32Array.from(items.keys());
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const clusters = new Map<number, number[]>(); // only clusters of two or more; others are themselves
  const membersOf = (root: number) => clusters.get(root) ?? [root];
  const direct = new Set<number>();
  const trace: string[] = [];
  for (const k of order) {
    const i = pi[k]!, j = pj[k]!;
    const ri = find(i), rj = find(j);
    if (ri === rj) continue;
    const mi = membersOf(ri), mj = membersOf(rj);
    const why = () => {
      const a = items[i]!, b = items[j]!, p = scorePair(i, j)!;
      return `${a.seed.slice(0, 3)}:${a.line} with ${b.seed.slice(0, 3)}:${b.line}: quotes ${p.q}, cosine ${p.cos.toFixed(2)}, shared actors ${p.actors}${p.attach ? ' (article rule)' : ''}${p.speaker ? ' (same headline speaker)' : ''}`;
    };
    // An article attached by the article rule attaches once: to its best match, while it stands alone.
    if (attachOnly.has(i * PAIR + j) && ((isArticle[i] && mi.length > 1) || (isArticle[j] && mj.length > 1))) {
      if (trace.length < MAX_TRACE) trace.push(`kept apart ${why()}, the article is already attached`);
      continue;
    }
    // (The pair being joined is itself a direct match.)
    const clash = mi.some((x) => mj.some((y) => items[x]!.seed === items[y]!.seed
      && !(Math.min(x, y) === i && Math.max(x, y) === j)
      && !direct.has(Math.min(x, y) * PAIR + Math.max(x, y))));
    if (clash) {
      if (trace.length < MAX_TRACE) trace.push(`kept apart ${why()}, but would chain two reports of one page`);
      continue;
    }
    direct.add(i * PAIR + j);
    parent[rj] = ri;
    clusters.set(ri, [...mi, ...mj]);
    clusters.delete(rj);
    if (trace.length < MAX_TRACE) trace.push(`merged ${why()}, score ${ps[k]!.toFixed(2)}`);
  }
  if (trace.length >= MAX_TRACE) trace.push(`… trace cut at ${MAX_TRACE} lines`);
  const groups: Item[][] = [];
  items.forEach((_, i) => { if (find(i) === i) groups.push(membersOf(i).sort((x, y) => x - y).map((m) => items[m]!)); });
  return { groups, trace };
}
