import type { PageRead } from './build';
import { type EventState, eventOf, unite } from './event-state';
import { unpackFeatures } from './features';
import { indexKey, mergeReport, type MergeReport, pageRank } from './merge-report';
import { bridges, mayRetellLate, judge, linked, MERGE, pageDay, pageStoryTerms, samePageMatch, type Verdict } from './merge-rule';
import { type MergeStore, postingKey } from './merge-store';
import { rarity, Weighting } from './term-weights';

/**
 * The online merger: one page's reports into the events that exist.
 *
 * Each report is scored against the events of the reports it is linked to (`linked`: found through
 * the index of principal actors, headline speakers, quote and lead sketches, on its day and the days
 * either side), joins the best event it may join, or founds a new one. When it may also join other
 * events, they become one with it while no page would then hold two reports that do not match each
 * other (an article joined by the article rule never links two events).
 *
 * Order does not matter. The events are defined as what feeding every page in rank order
 * (publication time, then name) gives. A report's decision reads only its component (reports
 * linked to it, directly or through others; links depend on the two reports alone), so a page
 * ranked after everything in its component — the usual case, news arrives in time order — is
 * placed directly, and a page that arrives late replays its component in rank order: the same
 * steps, so the same events, whatever the order the pages came in.
 */
export function addPage(store: MergeStore, page: PageRead): void {
  // Its people first get their one id across pages and spellings.
  store.people.resolvePage(page.items);
  mergeResolvedPage(store, page);
}

/**
 * `addPage` after its people are resolved: a store that loads its state as it is asked for
 * (fault-in-store.ts) may run this more than once for one page, and resolves people once, before.
 */
export function mergeResolvedPage(store: MergeStore, page: PageRead): void {
  const ids = mergeReportsOf(page).map((r) => store.addReport(r));
  // Ranks of this page's reports all sort before this bound; a component reaching past it holds a later page.
  const pageEnd = `${pageRank(page.report.published, page.report.seed)}|\uffff`;
  let late = false;
  const links = new Map<number, number[]>();
  for (const id of ids) {
    const r = store.report(id);
    for (const key of keysOf(r)) for (const d of filedDays(r)) store.post(key, d, id);
    const near = neighbours(store, id, false);
    links.set(id, near);
    for (const n of near) {
      if (store.lastRank(store.component(n)) > pageEnd) late = true;
      store.join(id, n);
    }
  }
  // Links between two reports of the page were found by the later one: give them to both.
  for (const id of ids) for (const n of links.get(id)!) if (links.has(n) && !links.get(n)!.includes(id)) links.get(n)!.push(id);
  // In order: the links just found are the ones placing reads.
  if (!late) { placePage(store, ids, (id) => links.get(id)!); return; }
  // A late page: unplace every report of its components and replay them, pages in rank order.
  const all = unplaceComponents(store, ids);
  store.trace(`replaying ${all.length} reports: ${page.report.seed} arrived after later pages of its story`);
  replay(store, all);
}

/**
 * Takes a page's reports out (it was deleted, or replaced by a new version): the events of their
 * components are unplaced, the reports removed, and the rest of each component replayed in rank
 * order. What is left is what a build without the page gives. (Components are never split: one that
 * a removed report held together is replayed whole next time too, which costs work, not truth.)
 */
export function removePage(store: MergeStore, ids: readonly number[]): void {
  if (!ids.length) return;
  const all = unplaceComponents(store, ids);
  const gone = new Set(ids);
  for (const id of ids) store.removeReport(id);
  const rest = all.filter((m) => !gone.has(m));
  store.trace(`replaying ${rest.length} reports: ${store.report(ids[0]!).seed} was taken out`);
  replay(store, rest);
}

/** Unplaces every report of the components of `ids` and deletes their events; returns the reports. */
function unplaceComponents(store: MergeStore, ids: readonly number[]): number[] {
  const all = new Set<number>();
  for (const id of ids) for (const m of store.members(store.component(id))) all.add(m);
  const events = new Set<number>();
  for (const m of all) { const e = store.eventOf(m); if (e >= 0) events.add(e); store.setEventOf(m, -1); }
  for (const e of events) store.deleteEvent(e);
  return [...all];
}

/** Places unplaced reports again, pages in rank order: the same steps a build in rank order takes. */
function replay(store: MergeStore, reports: number[]): void {
  const ordered = [...reports].sort((a, b) => (store.report(a).rank < store.report(b).rank ? -1 : 1));
  for (let k = 0; k < ordered.length;) {
    const seed = store.report(ordered[k]!).seed;
    let end = k;
    while (end < ordered.length && store.report(ordered[end]!).seed === seed) end++;
    placePage(store, ordered.slice(k, end), (id) => neighbours(store, id, false));
    k = end;
  }
}

/** A page's reports as the merger sees them, in page order. */
export function mergeReportsOf(page: PageRead): MergeReport[] {
  const isArticle = page.report.kind === 'article';
  const rank = pageRank(page.report.published, page.report.seed);
  const texts = unpackFeatures(page.features);
  const reports = page.items.map((item, k) => mergeReport(item, texts[k]!, isArticle, rank));
  const story = pageStoryTerms(reports);
  for (const r of reports) r.storyTerms = story;
  return reports;
}

/** The posting keys a report is filed under and looks its neighbours up by (what a store loads for it first). */
export function postingKeysOf(r: MergeReport): number[] {
  const out: number[] = [];
  for (const key of keysOf(r)) for (const d of daysAround(r)) out.push(postingKey(key, d));
  return out;
}

/**
 * The days a report's neighbours are looked for on: its own and either side (undated: its page's, `undatedDays`);
 * for a late retelling (`mayRetellLate`: a plain article dated only by its page), the days before
 * too, back to the act it may retell (`MERGE.late.maxDays`).
 */
const daysAround = (r: MergeReport): number[] => {
  if (r.day !== r.day) return undatedDays(r, MERGE.undated.pageDays);
  const from = mayRetellLate(r) ? r.day - MERGE.late.maxDays : r.day - 1;
  const out: number[] = [];
  for (let d = from; d <= r.day + 1; d++) out.push(d);
  return out;
};

/**
 * The days a report is filed under: its own; a late retelling's also the days before it may
 * retell, so an act's report that arrives after it finds it by its own days.
 */
const filedDays = (r: MergeReport): number[] => {
  if (r.day !== r.day) return undatedDays(r, 0);
  if (!mayRetellLate(r)) return [r.day];
  const out: number[] = [r.day];
  for (let d = r.day - 2; d >= r.day - MERGE.late.maxDays; d--) out.push(d);
  return out;
};

/**
 * The posting days of a report with no day of its own: those of its page's day and `around` days
 * either side, in a range of their own (below zero: `-2 - day`, never a real day's) so undated
 * reports meet only undated ones (`MERGE.undated`); NaN, all the undated of undated pages, when
 * its page gives no day either.
 */
function undatedDays(r: MergeReport, around: number): number[] {
  const day = pageDay(r);
  if (day !== day) return [NaN];
  const out: number[] = [];
  for (let d = day - around; d <= day + around; d++) out.push(-2 - d);
  return out;
}

/** Index keys of a report: principal actors, headline speaker, the smallest quote and lead shingles, pairs of headline act words, its page's correspondents. */
function keysOf(r: MergeReport): number[] {
  const keys = r.principals.map((a) => indexKey('actor', a));
  if (r.speaker) keys.push(indexKey('speaker', r.speaker));
  for (const q of r.quotes.subarray(0, MERGE.sketch.quotes)) keys.push(indexKey('quote', q));
  for (const l of r.lead.subarray(0, MERGE.sketch.lead)) keys.push(indexKey('lead', l));
  // A correspondent's post is found by the page's other correspondents (`samePageMatch`).
  if (r.correspondent) keys.push(indexKey('correspondent', r.seed));
  // Pairs of headline act words (two shared name the same act, `MERGE.headline`).
  const heads = r.heads.subarray(0, MERGE.sketch.headlineWords);
  for (let i = 0; i < heads.length; i++) for (let j = i + 1; j < heads.length; j++) keys.push(indexKey('head', `${heads[i]}:${heads[j]}`));
  // An article's rarest lead terms: another outlet's article on the act shares them (`MERGE.rareWords`).
  if (r.isArticle) for (const t of rarestTerms(r)) keys.push(indexKey('rare', t));
  // Pairs of an article's headline words, names included: two accounts of an act nobody does (`MERGE.sameScene`).
  if (r.isArticle) {
    const words = r.headlineWords.words.subarray(0, MERGE.sameScene.maxWords);
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) keys.push(indexKey('scene', `${words[i]}:${words[j]}`));
  }
  return keys;
}

/** Up to `MERGE.rareWords.maxKeys` of a report's lead terms rarer than `minRarity`, rarest first (ties: by hash). */
function rarestTerms(r: MergeReport): number[] {
  const rare = [...r.terms].filter((t) => rarity(t) >= MERGE.rareWords.minRarity);
  return rare.sort((a, b) => rarity(b) - rarity(a) || a - b).slice(0, MERGE.rareWords.maxKeys);
}

/** Reports linked to `id` (placed ones only, when `placedOnly`), each once, ascending. */
function neighbours(store: MergeStore, id: number, placedOnly: boolean): number[] {
  const r = store.report(id);
  const seen = new Set<number>();
  const days = daysAround(r);
  for (const key of keysOf(r)) {
    for (const d of days) {
      store.postings(key, d, (n) => { if (n !== id) seen.add(n); });
    }
  }
  const out: number[] = [];
  for (const n of seen) if ((!placedOnly || store.eventOf(n) >= 0) && linked(r, store.report(n))) out.push(n);
  return out.sort((a, b) => a - b);
}

/**
 * Places one page's reports, each into the best event it may join or a new one. The report with the
 * strongest evidence for an existing event goes first (ties: page order): a post that quotes an act
 * claims its event before a post of the same page that only resembles it, which the same-page rule
 * then keeps apart. `linksOf` gives the reports each is linked to (only placed ones are read).
 */
function placePage(store: MergeStore, ids: number[], linksOf: (id: number) => number[]): void {
  const links = new Map(ids.map((id) => [id, linksOf(id)]));
  const first = new Map(ids.map((id) => [id, verdictsFor(store, id, links.get(id)!)]));
  const strength = (id: number) => first.get(id)!.verdicts[0]?.v.score ?? 0;
  const order = [...ids].sort((a, b) => strength(b) - strength(a) || (store.report(a).rank < store.report(b).rank ? -1 : 1));
  // A report's first verdicts still hold unless a page-mate it is linked to was placed since, or
  // one of its candidate events changed: then it is judged again.
  const placed = new Set<number>(), touched = new Set<number>();
  for (const id of order) {
    let found = first.get(id)!;
    // (Candidates changed but no page-mate joined its neighbourhood: the same word weights serve.)
    const mateJoined = links.get(id)!.some((n) => placed.has(n));
    if (mateJoined || found.candidates.some((c) => touched.has(c))) found = verdictsFor(store, id, links.get(id)!, mateJoined ? null : found.w);
    for (const line of found.refusals) store.trace(line);
    for (const e of placeReport(store, id, found)) touched.add(e);
    placed.add(id);
  }
}

interface Found {
  /** The events it may join, best first. */
  verdicts: Array<{ event: number; v: Verdict }>;
  /** Close candidates refused, as trace lines. */
  refusals: string[];
  candidates: number[];
  w: Weighting;
}

/**
 * The events a report may join, best first, among those of the placed reports it is linked to.
 * `weighting`: the word weights of an earlier call whose neighbourhood (the report and its placed
 * linked reports) is unchanged.
 */
function verdictsFor(store: MergeStore, id: number, linkedReports: number[], weighting: Weighting | null = null): Found {
  const r = store.report(id);
  const near = linkedReports.filter((n) => store.eventOf(n) >= 0);
  const w = weighting ?? new Weighting([r, ...near.map((n) => store.report(n))]);
  const candidates = [...new Set(near.map((n) => store.eventOf(n)))];
  const verdicts: Array<{ event: number; v: Verdict }> = [];
  const refusals: string[] = [];
  for (const event of candidates) {
    const e = store.event(event);
    const v = judge(r, e, e.reports.map((m) => store.report(m)), w);
    if (v.rule) verdicts.push({ event, v });
    else if (v.refusal) refusals.push(`kept apart ${label(r)} from ${eventLabel(store, event)}: ${v.refusal}; ${evidence(v)}`);
  }
  // Best first; ties go to the event that began earliest in rank order (the same in any order).
  verdicts.sort((a, b) => b.v.score - a.v.score || (store.event(a.event).anchor < store.event(b.event).anchor ? -1 : 1));
  return { verdicts, refusals, candidates, w };
}

/** Places a report by its verdicts: joins the best event (and others it links), or founds one. Returns the events changed. */
function placeReport(store: MergeStore, id: number, { verdicts, w }: Found): number[] {
  const r = store.report(id);
  const best = verdicts[0];
  if (!best) {
    const event = store.addEvent(eventOf(id, r));
    store.setEventOf(id, event);
    return [event];
  }
  let joined = unite(store.event(best.event), eventOf(id, r));
  store.trace(`merged ${label(r)} with ${eventLabel(store, best.event)}: ${evidence(best.v)}${RULE_NOTE[best.v.rule!]}`);
  const absorbed: number[] = [];
  for (const other of verdicts.slice(1)) {
    // An article attaches once, unless it tells both events' act in their words (`bridges`); a link by the article rule never joins two events.
    if (!bridges(r, best.v, other.v)) {
      store.trace(`kept apart ${eventLabel(store, other.event)} and ${eventLabel(store, best.event)}: ${label(r)} is an article and attaches once`);
      continue;
    }
    const o = store.event(other.event);
    const clash = pageClash(store, joined, o, w);
    if (clash) {
      store.trace(`kept apart ${eventLabel(store, other.event)} and ${eventLabel(store, best.event)} linked by ${label(r)}: ${clash}`);
      continue;
    }
    joined = unite(joined, o);
    absorbed.push(other.event);
    store.trace(`merged ${eventLabel(store, other.event)} into ${eventLabel(store, best.event)} through ${label(r)}: ${evidence(other.v)}${RULE_NOTE[other.v.rule!]}`);
  }
  store.putEvent(best.event, joined);
  store.setEventOf(id, best.event);
  for (const gone of absorbed) {
    for (const m of store.event(gone).reports) store.setEventOf(m, best.event);
    store.deleteEvent(gone);
  }
  return [best.event, ...absorbed];
}

/** Two events may become one unless a page holds a report in each that do not match each other. */
function pageClash(store: MergeStore, a: EventState, b: EventState, w: Weighting): string | null {
  for (const seed of b.pages) {
    if (!a.pages.includes(seed)) continue;
    const mine = a.reports.map((m) => store.report(m)).filter((m) => m.seed === seed);
    const theirs = b.reports.map((m) => store.report(m)).filter((m) => m.seed === seed);
    if (theirs.some((x) => mine.some((y) => !samePageMatch(x, y, w)))) return `${seed.slice(0, 3)} would hold two reports that do not match`;
  }
  return null;
}

/** How the trace names the rule that decided (the plain quote and word rules go unnamed). */
const RULE_NOTE: Record<NonNullable<Verdict['rule']>, string> = {
  quote: '', words: '', 'same headline speaker': ' (same headline speaker)', 'near-duplicate': ' (near-duplicate)', 'same headline act': ' (same headline act)', 'same lead act': ' (the same doer doing the same thing)', 'same death': ' (the same person’s death)', correspondents: ' (correspondents of one page and day)', article: ' (article rule)', 'rare words': ' (articles in the same rare words)', 'same scene': ' (articles of one day on one act in the same headline words)', 'late retelling': ' (an article retelling the act days later)', 'one moment in two zones': ' (articles of one act dated a day apart across time zones)',
};

const label = (r: MergeReport) => `${r.seed.slice(0, 3)}:${r.item.line}`;
const eventLabel = (store: MergeStore, event: number) => {
  const e = store.event(event);
  const first = store.report(e.reports[0]!);
  return `${label(first)}${e.reports.length > 1 ? ` (+${e.reports.length - 1})` : ''}`;
};
const evidence = (v: Verdict) => `quotes ${v.quotes}, cosine ${v.cosine.toFixed(2)}, shared actors ${v.actors}, score ${v.score.toFixed(2)}`;
