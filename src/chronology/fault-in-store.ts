import type { ActorIdentities } from './actor-identity';
import type { EventState } from './event-state';
import type { MergeReport } from './merge-report';
import { type MergeStore, postingKey } from './merge-store';
import { emptyRegistry, type IdRegistry } from './registry';

/**
 * A merge store over rows a database holds, loaded as the merger asks for them.
 *
 * The merger's calls are synchronous (it never waits on I/O in the middle of a decision), so a read
 * of a row that is not loaded yet throws `Missing` and the store notes the row (`missed()`). The caller
 * (`mergeWithFaults`) loads them and runs the step again on a fresh store over the larger snapshot:
 * writes go to an overlay that a failed attempt drops, so a step is either run whole or not at all.
 * A page's step reads its neighbourhood (its index keys' postings, the reports they name, their
 * events and components): a few rounds of batched loads, whatever the size of the corpus.
 *
 * Report ids carry their page: `page × PAGE_SLOTS + position`, so a report is found by loading its
 * page, with no table of reports to consult first.
 */
export const PAGE_SLOTS = 4096;
export const pageOfReport = (id: number): number => Math.floor(id / PAGE_SLOTS);

/** What a store row says of a report: its event (-1: not placed) and the root of its component. */
export interface ReportState { event: number; comp: number }
export interface Group { members: number[]; last: string }

/** Rows loaded so far. A key present with `null` is known to have no row. */
export interface Snapshot {
  /** Page number → its reports, in page order (null: no such page). */
  pages: Map<number, readonly MergeReport[] | null>;
  reports: Map<number, ReportState | null>;
  /** Posting key (`postingKey(key, day)`) → reports filed under it. */
  postings: Map<number, readonly number[]>;
  events: Map<number, EventState | null>;
  groups: Map<number, Group | null>;
  /** The next event id to give. */
  nextEvent: number;
}

export const emptySnapshot = (nextEvent = 0): Snapshot => ({
  pages: new Map(), reports: new Map(), postings: new Map(), events: new Map(), groups: new Map(), nextEvent,
});

/** Thrown when a step reads a row that is not loaded and cannot go on without it (what it asked for: `missed()`). */
export class Missing extends Error {
  override name = 'Missing';
  constructor() { super('rows not loaded'); }
}
export interface Wanted { pages: Set<number>; reports: Set<number>; postings: Set<number>; events: Set<number>; groups: Set<number> }
export const nothingWanted = (): Wanted => ({ pages: new Set(), reports: new Set(), postings: new Set(), events: new Set(), groups: new Set() });

/** What a step changed, to be written back in one transaction. */
export interface Changes {
  events: Map<number, EventState | null>;
  /** Reports whose event changed (the new page's included). */
  eventOf: Map<number, number>;
  /** Reports whose component root changed (the new page's included). */
  compOf: Map<number, number>;
  groups: Map<number, Group | null>;
  /** [posting key, report] filed. */
  posted: Array<[number, number]>;
  removed: Set<number>;
  nextEvent: number;
  trace: string[];
}

export class FaultInStore implements MergeStore {
  registry: IdRegistry = emptyRegistry();
  private readonly over: Changes;
  private readonly postedByKey = new Map<number, number[]>();
  /** Rows asked for and not loaded: thrown together once the step cannot go on. */
  private readonly wanted = nothingWanted();

  /** The new pages' reports, by page number; reports added go to the last page begun. */
  private readonly newPages = new Map<number, MergeReport[]>();
  private current: MergeReport[] | null = null;
  private currentNo = -1;
  /** Where each new page's trace lines begin. */
  readonly traceStarts = new Map<number, number>();

  constructor(
    private readonly base: Snapshot,
    /** One id per person: resolved before the step (see `mergeResolvedPage`). */
    readonly people: ActorIdentities,
    /** New pages are numbered from here on (their reports' ids follow from it): every stored page is below. */
    private readonly firstNewPage = Infinity,
  ) {
    this.over = { events: new Map(), eventOf: new Map(), compOf: new Map(), groups: new Map(), posted: [], removed: new Set(), nextEvent: base.nextEvent, trace: [] };
  }

  /** The step's writes. */
  changes(): Changes { return this.over; }
  /** Rows the step read that were not loaded: its outcome is not to be used. */
  missed(): Wanted | null {
    const w = this.wanted;
    return w.pages.size + w.reports.size + w.postings.size + w.events.size + w.groups.size ? w : null;
  }

  /** The reports added from now on are page `no`'s (numbered from `firstNewPage` up). */
  beginPage(no: number): void {
    if (no < this.firstNewPage || this.newPages.has(no)) throw new Error(`page ${no} is not a new page number`);
    this.current = [];
    this.currentNo = no;
    this.newPages.set(no, this.current);
    this.traceStarts.set(no, this.over.trace.length);
  }

  addReport(report: MergeReport): number {
    if (!this.current) throw new Error('no new page begun');
    if (this.current.length >= PAGE_SLOTS) throw new Error(`a page holds at most ${PAGE_SLOTS} reports`);
    const id = this.currentNo * PAGE_SLOTS + this.current.length;
    this.current.push(report);
    this.over.eventOf.set(id, -1);
    this.over.compOf.set(id, id);
    return id;
  }

  report(id: number): MergeReport {
    const page = pageOfReport(id);
    if (page >= this.firstNewPage) return this.newPages.get(page)![id % PAGE_SLOTS]!;
    const reports = this.base.pages.get(page);
    if (reports === undefined) this.miss('pages', page);
    if (!reports || !reports[id % PAGE_SLOTS]) throw new Error(`report ${id} is in no stored page`);
    return reports[id % PAGE_SLOTS]!;
  }

  eventOf(report: number): number {
    return this.over.eventOf.get(report) ?? this.state(report).event;
  }
  setEventOf(report: number, event: number): void { this.over.eventOf.set(report, event); }

  removeReport(id: number): void {
    this.over.removed.add(id);
    this.over.eventOf.set(id, -1);
    const root = this.component(id);
    const group = this.group(root);
    if (group.members.includes(id)) this.putGroup(root, { members: group.members.filter((m) => m !== id), last: group.last });
  }

  post(key: number, day: number, report: number): void {
    const k = postingKey(key, day);
    this.over.posted.push([k, report]);
    const list = this.postedByKey.get(k);
    if (list) list.push(report);
    else this.postedByKey.set(k, [report]);
  }
  postings(key: number, day: number, f: (report: number) => void): void {
    const k = postingKey(key, day);
    const stored = this.base.postings.get(k);
    // Not loaded: noted, and the step goes on as if none were filed (its outcome is then dropped).
    // A replay reads the postings of every report of a component: one round loads them all.
    if (stored === undefined) this.wanted.postings.add(k);
    else for (const r of stored) if (!this.over.removed.has(r)) f(r);
    for (const r of this.postedByKey.get(k) ?? []) f(r);
  }

  addEvent(state: EventState): number {
    const id = this.over.nextEvent++;
    this.over.events.set(id, state);
    return id;
  }
  event(id: number): EventState {
    const over = this.over.events.get(id);
    if (over) return over;
    if (over === null) throw new Error(`event ${id} was deleted`);
    const stored = this.base.events.get(id);
    if (stored === undefined) this.miss('events', id);
    if (!stored) throw new Error(`event ${id} has no row`);
    return stored;
  }
  putEvent(id: number, state: EventState): void { this.over.events.set(id, state); }
  deleteEvent(id: number): void { this.over.events.set(id, null); }
  eventIds(): Iterable<number> { throw new Error('a fault-in store lists no events: assemble from the stored rows'); }

  component(report: number): number {
    return this.over.compOf.get(report) ?? this.state(report).comp;
  }
  /** Roots are kept flat (every member names its root), so joining moves the smaller component's members. */
  join(a: number, b: number): number {
    let ra = this.component(a), rb = this.component(b);
    if (ra === rb) return ra;
    let ga = this.group(ra), gb = this.group(rb);
    if (ga.members.length < gb.members.length) { [ra, rb] = [rb, ra]; [ga, gb] = [gb, ga]; }
    for (const m of gb.members) this.over.compOf.set(m, ra);
    this.putGroup(ra, { members: [...ga.members, ...gb.members], last: gb.last > ga.last ? gb.last : ga.last });
    this.putGroup(rb, null);
    return ra;
  }
  /**
   * A component's reports. Only a replay asks (a late page's, a removal's), and it reads every
   * member's row and page: those not loaded are asked for together, one round (a page in time order
   * never loads its components' members).
   */
  members(root: number): readonly number[] {
    const { members } = this.group(root);
    let missing = false;
    for (const m of members) {
      const page = pageOfReport(m);
      if (page >= this.firstNewPage) continue;
      if (this.base.reports.get(m) === undefined) { this.wanted.reports.add(m); missing = true; }
      if (this.base.pages.get(page) === undefined) { this.wanted.pages.add(page); missing = true; }
    }
    if (missing) throw new Missing();
    return members;
  }
  lastRank(root: number): string { return this.group(root).last; }

  trace(line: string): void { this.over.trace.push(line); }

  private group(root: number): Group {
    const over = this.over.groups.get(root);
    if (over) return over;
    // A report of the new page has no row: its component is itself until joined.
    const stored = over === null || pageOfReport(root) >= this.firstNewPage ? null : this.base.groups.get(root);
    if (stored === undefined) this.miss('groups', root);
    return stored ?? { members: [root], last: this.report(root).rank };
  }
  private putGroup(root: number, g: Group | null): void {
    // A component of one report needs no row.
    this.over.groups.set(root, g && g.members.length === 1 && g.members[0] === root ? null : g);
  }

  private state(report: number): ReportState {
    const s = this.base.reports.get(report);
    if (s === undefined) this.miss('reports', report);
    if (!s) throw new Error(`report ${report} has no state row`);
    return s;
  }

  /** Notes a row asked for and stops the step: a step cannot go on without what it reads. */
  private miss(kind: keyof Wanted, key: number): never {
    this.wanted[kind].add(key);
    throw new Missing();
  }
}

/** How a database gives the rows a step asked for (each call: one or a few batched queries). */
export interface RowSource {
  load(wanted: Wanted, into: Snapshot): Promise<void>;
}

/** Rounds of loading one step may take before it is given up as looping (each round loads new rows). */
export const MAX_FAULT_ROUNDS = 64;

/**
 * Runs `step` over a fresh store on `snapshot` until it reads only loaded rows, loading what each
 * attempt asked for in between; returns the store of the attempt that ran whole, with its changes.
 * `prefetch` rows are loaded first (the page's own postings: every step reads them).
 */
export async function mergeWithFaults(
  snapshot: Snapshot, source: RowSource, makeStore: (s: Snapshot) => FaultInStore, step: (store: FaultInStore) => void, prefetch?: Wanted,
): Promise<{ store: FaultInStore; rounds: number }> {
  if (prefetch) await source.load(prefetch, snapshot);
  for (let rounds = 1; rounds <= MAX_FAULT_ROUNDS; rounds++) {
    const store = makeStore(snapshot);
    try {
      step(store);
    } catch (err) {
      // A step that read what was not loaded may fail in any way: only a step that missed nothing fails for real.
      if (!store.missed()) throw err;
    }
    const missed = store.missed();
    if (!missed) return { store, rounds };
    await source.load(missed, snapshot);
  }
  throw new Error(`a merge step still asked for rows after ${MAX_FAULT_ROUNDS} rounds of loading`);
}
