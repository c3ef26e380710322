import { ActorIdentities } from './actor-identity';
import type { EventState } from './event-state';
import type { MergeReport } from './merge-report';
import { PostingIndex } from './posting-index';
import { emptyRegistry, type IdRegistry } from './registry';

/**
 * Where the online merger keeps its state: reports, events, postings (the index that finds
 * candidates), components (which reports can ever affect each other), and ids with redirects.
 *
 * Every read the merger makes for one page is of the page's own keys (`postings`) and of the
 * reports, events and components those name: its neighbourhood. So a store over a database (D1
 * behind a Queue consumer, see issue 13) loads that neighbourhood in a few batched queries before
 * `addPage` runs, and writes back what it changed; `MemoryMergeStore` below is the static build's,
 * the tests' and, for now, the Worker's full build. Calls are synchronous on purpose: the merger
 * scores in memory and never waits on I/O in the middle of a decision.
 */
export interface MergeStore {
  /** Adds a report (not yet placed in any event); returns its id. */
  addReport(report: MergeReport): number;
  report(id: number): MergeReport;
  /** The event a report is in, or -1 while it is not placed (it is then no one's candidate). */
  eventOf(report: number): number;
  setEventOf(report: number, event: number): void;

  /** Takes a report out for good (its page was deleted or replaced): unplaced, unfiled, in no component's members. */
  removeReport(id: number): void;

  /** Files a report under an index key on its day (day NaN: undated). */
  post(key: number, day: number, report: number): void;
  /** Calls `f` with each report filed under a key on a day (removed ones are not). */
  postings(key: number, day: number, f: (report: number) => void): void;

  addEvent(state: EventState): number;
  event(id: number): EventState;
  putEvent(id: number, state: EventState): void;
  deleteEvent(id: number): void;
  /** Live event ids. */
  eventIds(): Iterable<number>;

  /**
   * Components: reports joined by a candidate link, directly or through others. No decision about
   * one report ever reads another component, so a page that arrives late replays only its own.
   */
  component(report: number): number;
  /** Joins the components of two reports; returns the root of the result. */
  join(a: number, b: number): number;
  /** The reports of a component (by its root). */
  members(root: number): readonly number[];
  /** The largest rank of a component's reports (by its root). */
  lastRank(root: number): string;

  /** Ids and redirects of the events (see `assignIds`). */
  registry: IdRegistry;
  /** One id per person across pages and spellings (kept in the registry's `actors`). */
  readonly people: ActorIdentities;
  /** Merge decisions, for /status.json. */
  trace(line: string): void;
}

/** Merge decisions kept for /status.json; a huge corpus does not need every one. */
const MAX_TRACE = 5000;

/**
 * How many of the latest reports keep what their getters read from their text (`MergeReport.forget`).
 * A new report is compared with the reports of its day and the days beside it, which in a build fed
 * in time order are among the last few thousand; an older one is read again only when a late page
 * reaches it. Without this bound the memos held ~21 MiB per 1,000 generated pages (350 MiB at
 * 10,000: the static build's heap). 5,000 reports keep ~6 MiB of them.
 */
export const MERGE_MEMO_REPORTS = 5000;

/** The in-memory store: arrays indexed by report id, maps for events and postings. */
export class MemoryMergeStore implements MergeStore {
  private readonly reports: MergeReport[] = [];
  /** Reports before this one have forgotten their memos. */
  private remembered = 0;
  private readonly placed: number[] = [];
  private readonly parent: number[] = [];
  /** Components of two or more reports (a lone report is its own, with its own rank). */
  private readonly groups = new Map<number, { members: number[]; last: string }>();
  private readonly index = new PostingIndex();
  private readonly removed = new Set<number>();
  private readonly events = new Map<number, EventState>();
  private nextEvent = 0;
  readonly lines: string[] = [];
  registry: IdRegistry;
  readonly people: ActorIdentities;

  constructor(registry: IdRegistry = emptyRegistry(), private readonly memoReports: number = MERGE_MEMO_REPORTS) {
    this.registry = registry;
    this.people = new ActorIdentities(registry.actors);
  }

  addReport(report: MergeReport): number {
    const id = this.reports.length;
    this.reports.push(report);
    while (this.remembered < this.reports.length - this.memoReports) this.reports[this.remembered++]!.forget();
    this.placed.push(-1);
    this.parent.push(id);
    return id;
  }
  report(id: number): MergeReport { return this.reports[id]!; }
  eventOf(report: number): number { return this.placed[report]!; }
  setEventOf(report: number, event: number): void { this.placed[report] = event; }
  removeReport(id: number): void {
    this.removed.add(id);
    this.placed[id] = -1;
    const group = this.groups.get(this.component(id));
    if (group) group.members = group.members.filter((m) => m !== id);
  }

  post(key: number, day: number, report: number): void {
    this.index.add(postingKey(key, day), report);
  }
  postings(key: number, day: number, f: (report: number) => void): void {
    if (!this.removed.size) this.index.each(postingKey(key, day), f);
    else this.index.each(postingKey(key, day), (r) => { if (!this.removed.has(r)) f(r); });
  }

  addEvent(state: EventState): number {
    const id = this.nextEvent++;
    this.events.set(id, state);
    return id;
  }
  event(id: number): EventState { return this.events.get(id)!; }
  putEvent(id: number, state: EventState): void { this.events.set(id, state); }
  deleteEvent(id: number): void { this.events.delete(id); }
  eventIds(): Iterable<number> { return this.events.keys(); }

  component(report: number): number {
    let r = report;
    while (this.parent[r] !== r) { this.parent[r] = this.parent[this.parent[r]!]!; r = this.parent[r]!; }
    return r;
  }
  join(a: number, b: number): number {
    let ra = this.component(a), rb = this.component(b);
    if (ra === rb) return ra;
    let ga = this.group(ra), gb = this.group(rb);
    // The smaller component's members move: each report moves O(log n) times in all.
    if (ga.members.length < gb.members.length) { [ra, rb] = [rb, ra]; [ga, gb] = [gb, ga]; }
    this.parent[rb] = ra;
    for (const m of gb.members) ga.members.push(m);
    if (gb.last > ga.last) ga.last = gb.last;
    this.groups.delete(rb);
    this.groups.set(ra, ga);
    return ra;
  }
  members(root: number): readonly number[] { return this.groups.get(root)?.members ?? [root]; }
  lastRank(root: number): string { return this.groups.get(root)?.last ?? this.reports[root]!.rank; }
  private group(root: number): { members: number[]; last: string } {
    return this.groups.get(root) ?? { members: [root], last: this.reports[root]!.rank };
  }

  trace(line: string): void {
    if (this.lines.length < MAX_TRACE) this.lines.push(line);
    else if (this.lines.length === MAX_TRACE) this.lines.push(`… trace cut at ${MAX_TRACE} lines`);
  }
}

/** One 32-bit number per (key, day); a rare collision only adds a candidate, which `linked` then tests. */
export const postingKey = (key: number, day: number): number => (key ^ Math.imul(day === day ? day + 1 : 0, 0x9e3779b1)) >>> 0;
