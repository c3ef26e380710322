import type {
  ActorEntry, ActorRef, ChronoEvent, Chronology, EventReport, Item, Seed, SeedReport, TopicEntry, TopicRef,
} from '../model/types';
import { shapeRule } from '../read/actors';
import { type Catalogue, catalogueFor } from '../read/catalogue';
import { readSeed } from '../read/read-seed';
import { assignIds } from './ids';
import { addEmergingTopics, EmergingMemo, type PhraseStore, recurrenceRule } from './emerging-topics';
import { contextOf, UNDATED, windowOf } from './windows';
import { pageFeatures, phraseCount, phrasesOf, unpackFeatures } from './features';
import { pageRank } from './merge-report';
import { MemoryMergeStore } from './merge-store';
import { addPage } from './merger';
import type { IdRegistry } from './registry';
import { PAGE_SLOTS, pageOfReport } from './fault-in-store';
import { actorTotals, newestFirst, type PieceSummary, summaryOf, topicTotals } from './shelf';

export interface BuildOptions {
  /** Id registry of the previous build (empty for a first build). */
  registry: IdRegistry;
  /** The build's clock, RFC 3339: stamps `updated` of events whose reports changed. */
  now: string;
  /** Digest of the seeds, computed by the caller (Web Crypto is async). */
  digest: string;
  /** Curated data packs to read with (data/packs/): none by default. */
  packs?: readonly string[];
  /** Per-report work of finding emerging topics, kept by a caller whose items outlive a build (see `EmergingMemo`). */
  memo?: EmergingMemo;
}

export interface Build {
  chronology: Chronology;
  registry: IdRegistry;
}

/** Summary length, in characters, cut at a word boundary. */
const SUMMARY_CHARS = 320;

/** Seeds → chronology: read every seed, merge reports into events, give ids, order newest first. */
export function buildChronology(seeds: Iterable<Seed>, options: BuildOptions): Build {
  return assembleChronology(readAll(seeds, options.packs), options);
}

/** What reading one page gives the chronology: its report, its items and their merge features. */
export interface PageRead {
  report: SeedReport;
  items: Item[];
  /** The items' merge features, packed (see `pageFeatures`); the merger's reports are views into it. */
  features: Uint32Array;
}

/** Reads pages one at a time (any iterable: a generator's pages are let go once read). */
export function readAll(seeds: Iterable<Seed>, packs: readonly string[] = []): PageRead[] {
  const out: PageRead[] = [];
  for (const seed of seeds) out.push(readOne(seed, packs));
  return out;
}

/** Reads one page; a page that cannot be read is reported and skipped, never thrown. */
export function readOne(seed: Seed, packs: readonly string[] = []): PageRead {
  try {
    return readPage(seed, packs);
  } catch (err) {
    return {
      report: {
        seed: seed.name, title: null, url: null, publisher: null, published: null, published_basis: null, kind: null,
        items: 0, dropped_lines: 0, dropped_samples: [], warnings: [`unreadable, skipped: ${(err as Error).message.split('\n')[0]!.slice(0, 200)}`],
      },
      items: [],
      features: NO_FEATURES,
    };
  }
}

const NO_FEATURES = new Uint32Array(0);

/** Reads one page; throws when it cannot be read (the ingest consumer fails such a page at once). */
export function readPage(seed: Seed, packs: readonly string[] = []): PageRead {
  const r = readSeed(seed, { packs });
  return { report: r.report, items: r.items, features: pageFeatures(r.items, catalogueFor(packs)) };
}

/**
 * Read pages → chronology: the pages are fed one by one, in rank order (publication time, then
 * name), to the online merger (`addPage`), the same one a single new page goes through; then ids
 * are given and events ordered newest first.
 */
export function assembleChronology(pages: PageRead[], options: BuildOptions): Build {
  return chronologyOf(mergedOf(mergePages(pages, options.registry)), pages, options);
}

/** What merging gave, wherever its state lives: the events as groups of items, people's ids, the decisions. */
export interface Merged {
  /** Each event's reports' items (the same objects as the pages' items). */
  groups: Item[][];
  /** People's spelling keys → their one actor id (the registry's `actors`). */
  people: Record<string, string>;
  trace: string[];
}

/** A memory store's events. */
export function mergedOf(store: MemoryMergeStore): Merged {
  return {
    groups: [...store.eventIds()].map((e) => store.event(e).reports.map((r) => store.report(r).item)),
    people: store.people.snapshot(),
    trace: store.lines,
  };
}

/** Pages → a store of events: each page through `addPage`, in rank order (publication time, then name). */
export function mergePages(pages: PageRead[], registry: IdRegistry): MemoryMergeStore {
  const store = new MemoryMergeStore(registry);
  // (One id per person across pages and spellings: `addPage` resolves each page's people through
  // the store's `people`, kept in the registry.)
  const ranked = [...pages].sort((a, b) => compareRanks(pageRank(a.report.published, a.report.seed), pageRank(b.report.published, b.report.seed)));
  for (const page of ranked) addPage(store, page);
  return store;
}

/** The merged events → the chronology: emerging topics, ids from the registry, newest first. */
export function chronologyOf(merged: Merged, pages: PageRead[], options: BuildOptions): Build {
  const { pieces, registry } = assemblePieces(merged, pages, options);
  return { chronology: composeChronology(pieces, registry, merged.trace, options), registry };
}

/**
 * What an isolate keeps of its last assembly, so that the next assembles only the windows a change
 * touches. It holds no page's read: pages are named by number (a page replaced is another number),
 * and a page read again from the store gets back the topics its window's assembly gave its items.
 */
export interface Assembly {
  /** Each window's summary (shelf.ts): what the next assembly needs of the windows it keeps. */
  summaries: ReadonlyMap<number, PieceSummary>;
  /**
   * Each window's piece, while held: the static build holds them all; the Worker lets them go once
   * stored (`release`), and reads them back from KV when a request needs them.
   */
  pieces: Map<number, WindowPiece>;
  /** The pages assembled (by number), with their windows. */
  pages: ReadonlyMap<number, number>;
  /** Each event's reports (their numbers, sorted) → its window. */
  groups: ReadonlyMap<string, number>;
  /** The registry it gave (the next assembly must start from it: see `assembleChanged`). */
  registry: IdRegistry;
  /** Each page's items' topics as assembled, by page number: null for an item's topics as read (see `tagOf`). */
  tags: ReadonlyMap<number, ReadonlyArray<TopicRef[] | null>>;
}

/** What changed since an assembly: the windows to assemble again (null: all of them). */
export interface Assembled extends Build {
  assembly: Assembly;
  /** The windows assembled again (null: all of them) and how many pages that read. */
  windows: number[] | null;
  pagesRead: number;
  /** The registered events it gave ids again (those of the windows assembled again; null: every one). */
  again: ReadonlySet<string> | null;
  /** The summaries of the pieces the windows assembled again replaced (none when everything was assembled). */
  replaced: PieceSummary[];
  /** The pieces assembled now. */
  fresh: WindowPiece[];
  /** The merge decisions shown (merged.trace). */
  trace: string[];
}

/** A merged page as assembling knows it before reading it: its number, name and window. */
export interface PageEntry { no: number; seed: string; window: number }

/**
 * Merged events without the pages' reads: each event's reports as numbers, `page number ×
 * PAGE_SLOTS + position` in its page's items (the merge state's report ids). What the Worker reads
 * of every page is this; it reads only the pages an assembly plans to read (`planAssembly`).
 */
export interface MergedRefs {
  pages: PageEntry[];
  /** Each event's report numbers, ascending. */
  groups: ReadonlyArray<readonly number[]>;
  people: Record<string, string>;
  trace: string[];
}

/** What an assembly will do: the windows to assemble again (null: all) and the pages it reads. */
export interface Plan {
  windows: ReadonlySet<number> | null;
  /** Page numbers, ascending. */
  pages: number[];
}

/**
 * The windows a change touches, from the last assembly (`previous`, whose registry must be
 * `registry`): the windows whose emerging topics read a page added or removed (each with its
 * neighbours), and the windows of events that changed (a report joined or parted: their window
 * before and after). Then the pages to read: those windows' and their neighbours' (emerging topics)
 * and the pages of the reports of the events they anchor. Without `previous`: everything.
 */
export function planAssembly(merged: MergedRefs, previous: Assembly | null, registry: IdRegistry): Plan {
  if (!previous || previous.registry !== registry) return { windows: null, pages: merged.pages.map((p) => p.no).sort((a, b) => a - b) };
  const windowOfPage = new Map(merged.pages.map((p) => [p.no, p.window]));
  const anchor = (g: readonly number[]) => anchorOfReports(g, windowOfPage);
  const dirty = new Set<number>();
  for (const p of merged.pages) if (!previous.pages.has(p.no)) for (const c of contextOf(p.window)) dirty.add(c);
  for (const [no, w] of previous.pages) if (!windowOfPage.has(no)) for (const c of contextOf(w)) dirty.add(c);
  const keys = new Set<string>();
  for (const g of merged.groups) {
    const key = groupKey(g);
    keys.add(key);
    if (!previous.groups.has(key)) dirty.add(anchor(g));
  }
  for (const [key, w] of previous.groups) if (!keys.has(key)) dirty.add(w);
  // An event with a report on a page of those windows takes that report's topics, which are
  // tagged again: its window is assembled again too (its own pages' topics come out the same).
  const retagged = new Set(dirty);
  for (const g of merged.groups) if (windowsOfGroup(g, windowOfPage).some((w) => retagged.has(w))) dirty.add(anchor(g));
  const pages = new Set(merged.pages.filter((p) => contextOf(p.window).some((w) => dirty.has(w))).map((p) => p.no));
  for (const g of merged.groups) if (dirty.has(anchor(g))) for (const r of g) pages.add(pageOfReport(r));
  return { windows: dirty, pages: [...pages].sort((a, b) => a - b) };
}

/**
 * Merged events → the chronology, assembling again only the windows `plan` names (the other
 * windows' pieces are kept as they were), from the pages it names, read through `read`. Pages read
 * afresh (a page's items as stored carry their topics as read) get back the topics their own
 * window's assembly gave them, unless their window is tagged again now. Without a plan's windows,
 * everything is assembled, as `chronologyOf` does; both give the same chronology
 * (test/node/pieces.test.ts).
 */
export function assemblePlanned(merged: MergedRefs, plan: Plan, read: (no: number) => PageRead, options: BuildOptions, previous: Assembly | null): Assembled {
  const windowOfPage = new Map(merged.pages.map((p) => [p.no, p.window]));
  const pages = plan.pages.map((no) => {
    const page = read(no);
    const tags = plan.windows && !plan.windows.has(windowOfPage.get(no)!) ? previous?.tags.get(no) : undefined;
    page.items.forEach((item, k) => {
      topicsAsRead(item);
      if (tags?.[k]) item.topics = tags[k];
    });
    return page;
  });
  const itemOf = (r: number) => read(pageOfReport(r)).items[r % PAGE_SLOTS]!;
  const anchor = (g: readonly number[]) => anchorOfReports(g, windowOfPage);
  let fresh: WindowPiece[], registry: IdRegistry, again: Set<string> | null = null;
  const summaries = new Map(previous?.summaries ?? []);
  const pieces = new Map(previous?.pieces ?? []);
  const replaced: PieceSummary[] = [];
  if (!plan.windows) {
    ({ pieces: fresh, registry } = assemblePieces({ ...merged, groups: merged.groups.map((g) => g.map(itemOf)) }, pages, options));
    summaries.clear();
    pieces.clear();
  } else {
    const windows = plan.windows;
    const wanted = merged.groups.filter((g) => windows.has(anchor(g))).map((g) => g.map(itemOf));
    again = new Set<string>();
    for (const w of windows) for (const id of summaries.get(w)?.ids ?? []) again.add(id);
    ({ pieces: fresh, registry } = assemblePieces({ ...merged, groups: wanted }, pages, options, { windows, again }));
    for (const w of windows) {
      const old = summaries.get(w);
      if (old) replaced.push(old);
      summaries.delete(w);
      pieces.delete(w);
    }
  }
  fresh = fresh.filter((piece) => piece.documents.length || piece.events.length);
  for (const piece of fresh) { summaries.set(piece.window, summaryOf(piece)); pieces.set(piece.window, piece); }
  // Each page's items' topics: as tagged now for the pages read, as they were for the others.
  const tags = new Map<number, ReadonlyArray<TopicRef[] | null>>();
  for (const p of merged.pages) {
    const before = previous?.tags.get(p.no);
    if (before && plan.windows && !plan.windows.has(p.window)) tags.set(p.no, before);
  }
  plan.pages.forEach((no, k) => tags.set(no, pages[k]!.items.map(tagOf)));
  const assembly: Assembly = {
    summaries,
    pieces,
    pages: windowOfPage,
    groups: new Map(merged.groups.map((g) => [groupKey(g), anchor(g)])),
    registry,
    tags,
  };
  let chronology: Chronology | null = null;
  return {
    // Composed when asked (the static build, tests): it needs every window's piece held.
    get chronology() {
      if (!chronology) {
        if (pieces.size < summaries.size) throw new Error('the whole chronology needs every piece held');
        chronology = composeChronology([...pieces.values()].sort(oldestWindowFirst), registry, merged.trace, options);
      }
      return chronology;
    },
    registry,
    assembly,
    windows: plan.windows ? [...plan.windows].sort((a, b) => a - b) : null,
    pagesRead: plan.pages.length,
    again,
    replaced,
    fresh,
    trace: merged.trace,
  };
}

/**
 * What a window's stored piece needs beside its summary for an isolate that did not assemble it to
 * take the assembly up (`assemblyFrom`; served-merge.ts `adoptAssembly`): the window's pages by
 * number, its events' report lists (`groupKey`) and its pages' items' topics as assembled
 * (`Assembly.tags`, in `pages` order). Without them a cold isolate — a new one after an eviction or a
 * restart — reads and assembles every page once: seconds of CPU per thousand pages.
 */
export interface WindowFacts {
  pages: number[];
  groups: string[];
  tags: Array<ReadonlyArray<TopicRef[] | null>>;
}

/** The facts of an assembly's `windows`; a window one of whose pages has no tags kept gets none (it is assembled whole instead). */
export function windowFacts(assembly: Assembly, windows: Iterable<number>): Map<number, WindowFacts> {
  const out = new Map<number, WindowFacts>();
  for (const w of windows) out.set(w, { pages: [], groups: [], tags: [] });
  const incomplete = new Set<number>();
  for (const [no, w] of assembly.pages) {
    const facts = out.get(w);
    if (!facts) continue;
    const tags = assembly.tags.get(no);
    if (tags) { facts.pages.push(no); facts.tags.push(tags); } else incomplete.add(w);
  }
  for (const [key, w] of assembly.groups) out.get(w)?.groups.push(key);
  for (const w of incomplete) out.delete(w);
  return out;
}

/**
 * The assembly that stored these windows, taken up from their summaries and facts: what
 * `assemblePlanned` had returned as `assembly`, but holding no piece (they are read when needed).
 * `registry` is the one it gave, its entries read back from the pieces of the windows a build
 * assembles again.
 */
export function assemblyFrom(registry: IdRegistry, windows: ReadonlyMap<number, { summary: PieceSummary; facts: WindowFacts }>): Assembly {
  const summaries = new Map<number, PieceSummary>(), pages = new Map<number, number>(), groups = new Map<string, number>();
  const tags = new Map<number, ReadonlyArray<TopicRef[] | null>>();
  for (const [w, { summary, facts }] of windows) {
    summaries.set(w, summary);
    facts.pages.forEach((no, k) => {
      pages.set(no, w);
      tags.set(no, facts.tags[k]!.map((t) => t && t.map(sharedTopic)));
    });
    for (const key of facts.groups) groups.set(key, w);
  }
  return { summaries, pieces: new Map(), pages, groups, registry, tags };
}

/** Page numbers for pages held in memory (the static build, tests): one per page object, for good. */
const pageNumbers = new WeakMap<PageRead, number>();
let nextPageNumber = 1;
const numberOf = (p: PageRead): number => {
  let no = pageNumbers.get(p);
  if (no === undefined) pageNumbers.set(p, (no = nextPageNumber++));
  return no;
};

/** Merged events over pages in memory, as numbers (see `MergedRefs`). */
export function refsOf(merged: Merged, pages: readonly PageRead[]): MergedRefs {
  const at = new Map<Item, number>();
  for (const p of pages) {
    const no = numberOf(p);
    p.items.forEach((item, k) => at.set(item, no * PAGE_SLOTS + k));
  }
  return {
    pages: pages.map((p) => ({ no: numberOf(p), seed: p.report.seed, window: windowOf(p.report.published) })),
    groups: merged.groups.map((g) => g.map((i) => at.get(i)!).sort((a, b) => a - b)),
    people: merged.people,
    trace: merged.trace,
  };
}

/**
 * `planAssembly` then `assemblePlanned`, over pages in memory: what the static build and the tests
 * run; the Worker runs the same two with the pages it reads between them.
 */
export function assembleChanged(merged: Merged, pages: PageRead[], options: BuildOptions, previous: Assembly | null): Assembled {
  const refs = refsOf(merged, pages);
  const byNo = new Map(pages.map((p) => [numberOf(p), p]));
  return assemblePlanned(refs, planAssembly(refs, previous, options.registry), (no) => byNo.get(no)!, options, previous);
}

/** An event's window from its report numbers: its earliest report's page's (a page not in `windowOfPage` is undated). */
function anchorOfReports(group: readonly number[], windowOfPage: ReadonlyMap<number, number>): number {
  const memo = groupFacts.get(group);
  if (memo?.anchor !== undefined) return memo.anchor;
  let w = Number.POSITIVE_INFINITY;
  for (const r of group) w = Math.min(w, windowOfPage.get(pageOfReport(r)) ?? UNDATED);
  factsOf(group).anchor = w;
  return w;
}

/** An event's reports as one key ("12 4097 8203"): what tells an assembly that the event changed. */
function groupKey(group: readonly number[]): string {
  const facts = factsOf(group);
  return (facts.key ??= group.join(' '));
}

/** The windows of the pages an event's reports stand on, distinct. */
function windowsOfGroup(group: readonly number[], windowOfPage: ReadonlyMap<number, number>): readonly number[] {
  const facts = factsOf(group);
  return (facts.windows ??= [...new Set(group.map((r) => windowOfPage.get(pageOfReport(r)) ?? UNDATED))]);
}

/**
 * What planning works out of an event's report list, once per list: a caller that keeps the lists of
 * unchanged events from one build to the next (the Worker's `MergeRefsCache`) has it worked out only
 * for the events a change touched, so a build's planning does not redo every report. Valid for the
 * list's life: a page number's window never changes.
 */
const groupFacts = new WeakMap<readonly number[], { key?: string; anchor?: number; windows?: readonly number[] }>();
function factsOf(group: readonly number[]): { key?: string; anchor?: number; windows?: readonly number[] } {
  let facts = groupFacts.get(group);
  if (!facts) groupFacts.set(group, (facts = {}));
  return facts;
}

/** Pieces in time order (the undated window, -Infinity, first). */
const oldestWindowFirst = (a: WindowPiece, b: WindowPiece) => (a.window === b.window ? 0 : a.window < b.window ? -1 : 1);


/**
 * One window's share of the chronology (windows.ts): the reports of its pages, and the events
 * anchored in it — the window of their earliest report's page. Stored apart, a window's piece is
 * assembled again only when a page comes in around it.
 */
export interface WindowPiece {
  window: number;
  /** Its pages' reports, by name. */
  documents: SeedReport[];
  /** Its events, newest first. */
  events: ChronoEvent[];
}

/** What a partial assembly assembles again, and what it keeps. */
export interface PartialAssembly {
  /** The windows assembled again. */
  windows: ReadonlySet<number>;
  /** The registered events of those windows (the last assembly's): ids are given again to them only, every other keeps its id. */
  again: ReadonlySet<string>;
}

/**
 * Merged events → the pieces of the windows assembled (every window of `pages` when `partial` is
 * not given): emerging topics, ids from the registry. For a partial assembly, `pages` holds every
 * page of those windows and of their neighbours, and every page of the events they anchor; `merged`
 * holds those events. Only the assembled windows' reports are tagged with emerging topics: the other
 * pages' items keep the topics their own windows' assembly gave them (the Worker keeps its items).
 */
export function assemblePieces(merged: Merged, pages: PageRead[], options: BuildOptions, partial?: PartialAssembly): { pieces: WindowPiece[]; registry: IdRegistry } {
  const byName = [...pages].sort((a, b) => a.report.seed.localeCompare(b.report.seed));
  const windowOfPage = new Map(byName.map((p) => [p.report.seed, windowOf(p.report.published)]));
  const wanted = partial?.windows ?? new Set(windowOfPage.values());
  const topics = addWindowedTopics(byName, windowOfPage, wanted, options.registry.topics ?? {}, options.memo);
  // Each event with its window (its earliest report's page's), in a fixed order (by its smallest
  // report key), so ids never depend on arrival order.
  const anchored = merged.groups
    .map((g) => ({ group: [...g].sort((a, b) => a.seed.localeCompare(b.seed) || a.order - b.order), window: anchorOf(g, windowOfPage), key: smallestKey(g) }))
    .filter((e) => wanted.has(e.window))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const { ids, registry } = assignIds(anchored.map((e) => e.group), options.registry, options.now, partial?.again);
  const pieces = new Map<number, WindowPiece>([...wanted].sort((a, b) => a - b).map((w) => [w, { window: w, documents: [], events: [] }]));
  for (const p of byName) pieces.get(windowOfPage.get(p.report.seed)!)?.documents.push(p.report);
  anchored.forEach((e, k) => pieces.get(e.window)!.events.push(toEvent(e.group, ids[k]!.id, ids[k]!.updated)));
  for (const piece of pieces.values()) piece.events.sort(newestFirst);
  return { pieces: [...pieces.values()], registry: { ...registry, actors: merged.people, topics } };
}

/** An event's window: its earliest report's page's (a page not in `windowOfPage` is undated). */
export function anchorOf(group: readonly Item[], windowOfPage: ReadonlyMap<string, number>): number {
  return Math.min(...group.map((i) => windowOfPage.get(i.seed) ?? UNDATED));
}

const smallestKey = (g: readonly Item[]) => g.reduce((m, i) => (i.key < m ? i.key : m), g[0]!.key);

/** Window pieces → the chronology: their events newest first, catalogues of actors and topics. */
export function composeChronology(pieces: readonly WindowPiece[], registry: IdRegistry, trace: string[], options: BuildOptions): Chronology {
  const documents = pieces.flatMap((p) => p.documents).sort((a, b) => a.seed.localeCompare(b.seed));
  // Newest windows first: each piece's events are in order, so the sort mostly merges long runs.
  const events = [...pieces].sort(oldestWindowFirst).reverse().flatMap((p) => p.events).sort(newestFirst);
  const { updated, actors, topics } = cataloguesOf(pieces.map(summaryOf), options.packs);
  return { seeds_digest: options.digest, updated, documents, events, actors, topics, redirects: registry.redirects, trace };
}

/**
 * What a chronology says of all its pieces, from their summaries alone: the newest change, and the
 * catalogues of actors and topics (the Worker serves them without holding the pieces).
 */
export function cataloguesOf(summaries: readonly PieceSummary[], packs?: readonly string[]): Pick<Chronology, 'updated' | 'actors' | 'topics'> {
  const catalogue = catalogueFor(packs);
  const updated = summaries.reduce((max, s) => (s.updated > max ? s.updated : max), '1970-01-01T00:00:00Z');
  const actors = actorTotals(summaries);
  return { updated, actors: actorCatalogue(actors, catalogue), topics: topicCatalogue(summaries, actors, catalogue) };
}

const compareRanks = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Emerging topics, window by window (windows.ts): a window's reports are tagged with what recurs
 * among its pages and its neighbours'. Windows go in time order, each registering the ids of the
 * topics it found, so a story that runs on keeps its topic id. Only the `wanted` windows are tagged
 * (their items' topics first put back as read); pages in name order, with their windows. Returns
 * the registry's topics.
 */
function addWindowedTopics(pages: PageRead[], windowOfPage: ReadonlyMap<string, number>, wanted: ReadonlySet<number>, known: Readonly<Record<string, string>>, memo?: EmergingMemo): Record<string, string> {
  const byWindow = new Map<number, PageRead[]>();
  for (const p of pages) {
    const w = windowOfPage.get(p.report.seed)!;
    const list = byWindow.get(w);
    if (list) list.push(p); else byWindow.set(w, [p]);
  }
  let registered = { ...known };
  // A report is read with its own window and with each neighbour's (`contextOf`): without a memo
  // kept between builds, one kept for this build works out its phrases once, not once per window
  // that reads it, and lets go of the reports of the windows left behind (it holds a context's only).
  const scoped = memo ?? new EmergingMemo();
  let inContext: ReadonlySet<Item> = new Set();
  for (const w of [...byWindow.keys()].filter((x) => wanted.has(x)).sort((a, b) => a - b)) {
    const read = contextOf(w).flatMap((c) => byWindow.get(c) ?? []);
    const own = new Set(byWindow.get(w)!.flatMap((p) => p.items));
    for (const item of own) item.topics = topicsAsRead(item);
    const items = read.flatMap((p) => p.items);
    if (!memo) {
      const now = new Set(items);
      for (const item of inContext) if (!now.has(item)) scoped.forget(item);
      inContext = now;
    }
    registered = addEmergingTopics(items, phraseStore(read), registered, scoped, (i) => own.has(items[i]!)).known;
  }
  return registered;
}

/**
 * What an assembly keeps of an item's topics (`Assembly.tags`, for every page): null when they are
 * as read, else the topics, each topic one shared object (the Worker keeps them for every page).
 */
function tagOf(item: Item): TopicRef[] | null {
  if (item.topics === topicsAsRead(item)) return null;
  return item.topics.map(sharedTopic);
}
/** One object per topic (id and name) among the topics assemblies keep. */
const sharedTopics = new Map<string, TopicRef>();
function sharedTopic(t: TopicRef): TopicRef {
  const key = `${t.id}\u0000${t.name}`;
  let shared = sharedTopics.get(key);
  if (!shared) sharedTopics.set(key, (shared = t));
  return shared;
}

/**
 * An item's topics as reading gave them, before any emerging topic: remembered the first time its
 * window is tagged, so tagging it again (its window assembled again) starts from them.
 */
const asRead = new WeakMap<Item, TopicRef[]>();
function topicsAsRead(item: Item): TopicRef[] {
  let t = asRead.get(item);
  if (!t) asRead.set(item, (t = item.topics));
  return t;
}

/** Every report's subject phrases (from the packed features), in the order of `pages`; one page's records at a time. */
function phraseStore(pages: PageRead[]): PhraseStore {
  let reports = 0, hashes = 0;
  for (const p of pages) for (const t of unpackFeatures(p.features)) { reports++; hashes += phraseCount(t); }
  const offsets = new Uint32Array(reports + 1);
  const data = new Uint32Array(hashes);
  let i = 0;
  for (const p of pages) {
    for (const t of unpackFeatures(p.features)) {
      offsets[i + 1] = offsets[i]! + phraseCount(t);
      data.set(phrasesOf(t), offsets[i]!);
      i++;
    }
  }
  return { offsets, data };
}

/**
 * The report whose day is the event's: of those dated by their own words to the day (before those
 * dated only by their page), the day most pages give, the earliest on a tie. One act told a day
 * apart in two time zones ("Wednesday" in a wire copy filed across the date line, "Thursday" in the
 * papers of the place it happened and their neighbours) takes the day most outlets give it; a page
 * counts once (a live page repeating a post), and a report dated to its month alone gives no day.
 */
function eventDay(group: readonly Item[]): Item | undefined {
  const dated = group.filter((i) => i.eventDate).sort((a, b) =>
    (a.dateBasis === 'page' ? 1 : 0) - (b.dateBasis === 'page' ? 1 : 0) || a.eventDate!.localeCompare(b.eventDate!));
  const own = dated.filter((i) => i.dateBasis !== 'page' && i.datePrecision !== 'month');
  const pagesOf = new Map<string, Set<string>>();
  for (const i of own) (pagesOf.get(i.eventDate!) ?? pagesOf.set(i.eventDate!, new Set()).get(i.eventDate!)!).add(i.seed);
  let best = dated[0], most = 0;
  for (const i of own) {
    const n = pagesOf.get(i.eventDate!)!.size;
    if (n > most) { best = i; most = n; }
  }
  return best;
}

function toEvent(group: Item[], id: string, updated: string): ChronoEvent {
  const byTime = [...group].sort((a, b) => (a.time ?? '9').localeCompare(b.time ?? '9') || a.seed.localeCompare(b.seed) || a.order - b.order);
  const lead = clearest(group);
  const first = byTime[0]!;
  const summary = lead.body.split('\n\n', 1)[0] || lead.headline;
  const day = eventDay(group);
  return {
    id,
    title: lead.headline,
    summary: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS).replace(/\s+\S*$/, '')} …` : summary,
    event_date: day ? (day.datePrecision === 'month' ? day.eventDate!.slice(0, 7) : day.eventDate) : null,
    date_precision: day?.datePrecision ?? 'day',
    time: first.time,
    time_basis: first.timeBasis,
    scheduled_date: group.map((i) => i.scheduledDate).find((d) => d) ?? null,
    actors: uniteActors(group),
    topics: uniteTopics(group),
    reports: byTime.map(toReport),
    updated,
  };
}

const toReport = (i: Item): EventReport => ({
  seed: i.seed,
  line: i.line,
  headline: i.headline,
  publisher: i.publisher,
  published: i.published,
  url: i.url,
  page_title: i.pageTitle,
  text: i.body,
});

/** The headline that names a principal actor and says what it did; live-blog posts before articles. */
function clearest(group: Item[]): Item {
  const score = (i: Item) => {
    const names = i.actors.filter((a) => a.role === 'principal' && a.kind !== 'country')
      .some((a) => i.headline.includes(a.name.split(' ').at(-1)!)) ? 2 : 0;
    const verb = /\b(says?|said|warns?|calls?|urges?|tells?|rejects?|welcomes?|agrees?|threatens?|discuss(es)?|meets?)\b/i.test(i.headline) ? 1 : 0;
    const len = i.headline.length >= 30 && i.headline.length <= 120 ? 1 : 0;
    return names + verb + len;
  };
  return [...group].sort((a, b) => score(b) - score(a) || a.seed.localeCompare(b.seed) || a.order - b.order)[0]!;
}

/**
 * An event's actors: every actor a report names; principal are those its reports agree on — principal
 * in more than half of them — not whoever a long article names as acting somewhere in its text.
 */
function uniteActors(group: Item[]): ActorRef[] {
  const m = new Map<string, { ref: ActorRef; principal: number }>();
  for (const a of group.flatMap((i) => i.actors)) {
    const prev = m.get(a.id) ?? { ref: a, principal: 0 };
    if (a.role === 'principal') prev.principal++;
    m.set(a.id, prev);
  }
  return [...m.values()]
    .map(({ ref, principal }) => {
      const role: ActorRef['role'] = principal * 2 > group.length ? 'principal' : 'mentioned';
      return ref.role === role ? ref : { ...ref, role };
    })
    .sort((a, b) => (a.role === b.role ? a.id.localeCompare(b.id) : a.role === 'principal' ? -1 : 1));
}

/**
 * An event's topics: every story topic and named subject one of its reports holds, and a broad theme
 * (data/lexicon/themes.json) the reports of two of its pages hold, or any of an event of fewer than
 * this many pages. A theme is filed by a phrase in one report's lead: in an event three outlets or
 * more told, one of them naming a market or a protest in passing (a vote count one outlet leads with
 * the markets' reaction) does not make the event that theme's. A story topic is found by what the
 * story's reports share, so one report's is the event's.
 */
const LONE_THEME_REPORTS = 3;
/** The broad themes' ids, read once. */
let themeIds: ReadonlySet<string> | undefined;
const THEME_IDS = (): ReadonlySet<string> => (themeIds ??= new Set(catalogueFor().topics.filter((t) => t.theme).map((t) => t.id)));

function uniteTopics(group: Item[]): TopicRef[] {
  const m = new Map<string, TopicRef>();
  // Counted by page: two posts of one live page are one outlet's word.
  const held = new Map<string, Set<string>>();
  for (const i of group) for (const t of i.topics) { m.set(t.id, t); (held.get(t.id) ?? held.set(t.id, new Set()).get(t.id)!).add(i.seed); }
  const pages = new Set(group.map((i) => i.seed)).size;
  return [...m.values()].filter((t) => !THEME_IDS().has(t.id) || held.get(t.id)!.size >= 2 || pages < LONE_THEME_REPORTS).sort((a, b) => a.id.localeCompare(b.id));
}

/** `localeCompare`'s order, from one collator (a catalogue sorts thousands of ids). */
const byLocale = new Intl.Collator().compare;

function actorCatalogue(totals: ReturnType<typeof actorTotals>, catalogue: Catalogue): ActorEntry[] {
  const catalogueById = new Map(catalogue.actors.map((a) => [a.id, a]));
  return [...totals.values()]
    .map(({ ref, events: n }) => {
      const c = catalogueById.get(ref.id);
      return { id: ref.id, name: ref.name, kind: ref.kind, aliases: c?.aliases ?? [], affiliation: c?.affiliation ?? null, role: c?.role ?? null, events: n, found_by: c?.source ?? shapeRule(ref.id) ?? 'name shape' };
    })
    .sort((a, b) => b.events - a.events || byLocale(a.id, b.id));
}

function topicCatalogue(parts: readonly PieceSummary[], actors: ReturnType<typeof actorTotals>, catalogue: Catalogue): TopicEntry[] {
  const source = new Map(catalogue.topics.map((t) => [t.id, t.source]));
  const actorNames = new Set([...actors.values()].map(({ ref }) => ref.name));
  return [...topicTotals(parts).values()]
    .map(({ ref, events }) => ({ id: ref.id, name: ref.name, events, found_by: source.get(ref.id) ?? recurrenceRule(ref.name, actorNames) }))
    .sort((a, b) => b.events - a.events || byLocale(a.id, b.id));
}
