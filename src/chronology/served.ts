import type { ActorEntry, ChronoEvent, Chronology, SeedReport } from '../model/types';
import type { WindowPiece } from './build';
import { collect, feedCount, feedUpdated, type PieceSummary, type Shelved, summaryOf } from './shelf';

/**
 * What is served of one version of the chronology without holding it (issue 13): what is said of
 * all of it (catalogues, redirects, the newest change, totals), and its shelf of window pieces
 * (shelf.ts), whose events a request loads as it needs them. The Worker's pieces come from KV;
 * the static build's and the tests' are in memory (`servedOf`). Pure: no Workers API.
 */
export interface Served {
  seeds_digest: string;
  updated: string;
  actors: ActorEntry[];
  topics: Chronology['topics'];
  redirects: Record<string, string>;
  trace: string[];
  /** Pieces in window order, oldest first. */
  shelf: Shelved[];
  /** How many events and pages in all. */
  events: number;
  documents: number;
}

/** A served chronology over pieces held in memory (the static build, tests). */
export function servedOf(chron: Pick<Chronology, 'seeds_digest' | 'updated' | 'actors' | 'topics' | 'redirects' | 'trace'>, pieces: readonly WindowPiece[]): Served {
  const shelf = [...pieces].sort((a, b) => (a.window === b.window ? 0 : a.window < b.window ? -1 : 1))
    .map((piece) => ({ summary: summaryOf(piece), load: async () => piece }));
  return servedFrom(chron, shelf);
}

/** A served chronology from what is said of it and its shelf. */
export function servedFrom(chron: Pick<Chronology, 'seeds_digest' | 'updated' | 'actors' | 'topics' | 'redirects' | 'trace'>, shelf: Shelved[]): Served {
  return {
    seeds_digest: chron.seeds_digest,
    updated: chron.updated,
    actors: chron.actors,
    topics: chron.topics,
    redirects: chron.redirects,
    trace: chron.trace,
    shelf,
    events: shelf.reduce((n, p) => n + p.summary.events, 0),
    documents: shelf.reduce((n, p) => n + p.summary.documents, 0),
  };
}

/** The summaries of a served chronology's pieces, in window order. */
export const summariesOf = (served: Served): PieceSummary[] => served.shelf.map((p) => p.summary);

/**
 * A view of a served chronology for one request: what is said of all of it, with the events a
 * request asked for (`events`) and no pages' reports unless asked (`documents`).
 */
export function viewOf(served: Served, events: ChronoEvent[], documents: SeedReport[] = []): Chronology {
  return { seeds_digest: served.seeds_digest, updated: served.updated, documents, events, actors: served.actors, topics: served.topics, redirects: served.redirects, trace: served.trace };
}

/** The ids an actor's feed follows: itself and its officials and bodies (catalogue affiliation). */
export function feedActors(served: Served, id: string): string[] {
  return [id, ...served.actors.filter((a) => a.affiliation === id).map((a) => a.id)];
}

/**
 * The events a request needs, newest first: those `match` takes from the pieces `relevant` keeps,
 * until `enough` holds (see shelf.ts `collect`).
 */
export const eventsFor = (served: Served, want: Parameters<typeof collect>[1]) => collect(served.shelf, want);

/** The event with this id, or null: only the piece that holds it is read. */
export async function eventById(served: Served, id: string): Promise<ChronoEvent | null> {
  const at = served.shelf.find((p) => p.summary.ids.includes(id));
  return at ? (await at.load()).events.find((e) => e.id === id) ?? null : null;
}

/** Every event id served (a sync's tombstones and redirects leave them out). */
export const liveIds = (served: Served): Set<string> => new Set(served.shelf.flatMap((p) => p.summary.ids));

/** The reports of the pages named (all of them: null), by name, read from the pieces of their windows only. */
export async function documentsOf(served: Served, seeds: ReadonlySet<string> | null): Promise<SeedReport[]> {
  const out: SeedReport[] = [];
  for (const p of served.shelf) {
    if (seeds && !p.summary.seeds.some((s) => seeds.has(s))) continue;
    for (const d of (await p.load()).documents) if (!seeds || seeds.has(d.seed)) out.push(d);
  }
  return out.sort((a, b) => a.seed.localeCompare(b.seed));
}

/** The newest pages' reports (by publication, then name): from the newest windows only. */
export async function newestDocuments(served: Served, n: number): Promise<SeedReport[]> {
  const docs: SeedReport[] = [];
  for (const p of [...served.shelf].reverse()) {
    // Windows are weeks of publication: the newest pages are in the newest windows (undated pages last).
    if (docs.length >= n) break;
    docs.push(...(await p.load()).documents);
  }
  return docs.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.seed.localeCompare(b.seed)).slice(0, n);
}

/** Every outlet of the served pages. */
export const outletsOf = (served: Served): string[] => [...new Set(served.shelf.flatMap((p) => p.summary.publishers))].sort();

/**
 * The actor catalogue as feeds count it (render/catalogue.ts `actorCatalogue`: an actor's events
 * are its feed's, its officials' and bodies' included), from the summaries alone.
 */
export function actorFeedCatalogue(served: Served): ActorEntry[] {
  const summaries = summariesOf(served);
  return served.actors.map((a) => ({ ...a, events: feedCount(summaries, feedActors(served, a.id)) }))
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
}

/** A feed of a served chronology: everything, an actor's (with mentions or not) or a topic's. */
export type FeedOf = { kind: 'main' } | { kind: 'actor'; id: string; mentions: boolean } | { kind: 'topic'; id: string };

/**
 * Which pieces may hold a feed's events and which events it takes (the rules of select.ts
 * `eventsOfActor`/`eventsOfTopic`), and the latest change among them (its `updated`).
 */
export function feedScope(served: Served, feed: FeedOf): { relevant?: (s: PieceSummary) => boolean; match?: (e: ChronoEvent) => boolean; updated: string } {
  const summaries = summariesOf(served);
  if (feed.kind === 'main') return { updated: feedUpdated(summaries, {}) };
  if (feed.kind === 'topic') {
    const id = feed.id;
    return { relevant: (s) => Boolean(s.topics[id]), match: (e) => e.topics.some((t) => t.id === id), updated: feedUpdated(summaries, { topic: id }) };
  }
  const ids = feedActors(served, feed.id), self = feed.id, mentions = feed.mentions;
  return {
    relevant: (s) => ids.some((id) => (s.actors[id]?.principal.length ?? 0) > 0) || (mentions && Boolean(s.actors[self])),
    match: (e) => e.actors.some((a) => (a.role === 'principal' && ids.includes(a.id)) || (mentions && a.id === self)),
    updated: feedUpdated(summaries, { actors: ids, ...(mentions ? { mentionsOf: self } : {}) }),
  };
}

/**
 * Enough events for one page after a cursor: the cursor found, and more than `limit` after it (so
 * whether there is a next page is known), counted after `filter`.
 */
export function pageIsFull(limit: number, before: string | null, filter: (events: readonly ChronoEvent[]) => readonly ChronoEvent[] = (e) => e): (events: readonly ChronoEvent[]) => boolean {
  return (events) => {
    const shown = filter(events);
    const at = before === null ? -1 : shown.findIndex((e) => e.id === before);
    return (before === null || at >= 0) && shown.length - at - 1 > limit;
  };
}
