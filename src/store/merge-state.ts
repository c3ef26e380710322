import { ActorIdentities, blocksOf, identityBlock } from '../chronology/actor-identity';
import type { MergedRefs, PageEntry, PageRead } from '../chronology/build';
import { windowOf } from '../chronology/windows';
import type { EventState } from '../chronology/event-state';
import {
  type Changes, emptySnapshot, FaultInStore, mergeWithFaults, nothingWanted, PAGE_SLOTS, pageOfReport,
  type RowSource, type Snapshot, type Wanted,
} from '../chronology/fault-in-store';
import { pageRank, publishedOfRank } from '../chronology/merge-report';
import { mergeReportsOf, mergeResolvedPage, postingKeysOf, removePage } from '../chronology/merger';
import type { Item, Seed } from '../model/types';
import { withTimeout } from './bounded';
import { gunzipText, gzip } from './gzip';
import { D1_TIMEOUT_MS, type PageSetVersion } from './pages';

/**
 * The online merger's state in D1 (`migrations/0005_merge_state.sql`): the rows a page's step
 * reads (`D1Rows`, loaded as the fault-in store asks), the step's writes (one transaction, guarded
 * by the state's version), and `syncMergeState`, which brings the state to a set of pages one page
 * at a time. The Queue consumer runs it after each batch; a build runs it too, and finds nothing to
 * do unless the consumer has not run yet (bundled seeds on a first start, after a deploy).
 */

const bounded = <T>(p: Promise<T>, what: string) => withTimeout(p, D1_TIMEOUT_MS, `D1 ${what}`);

/** What read the stored pages: another reader (a deploy) or other data packs read them afresh. */
export interface ReaderIdentity { code: string; packs: string }

interface Meta extends ReaderIdentity { version: number; next_page: number; next_event: number }

/** A page the state should hold: name, content hash, and the page (read only if it is not held yet). */
export interface DesiredPage { name: string; sha256: string; seed: () => Seed | Promise<Seed> }

export interface SyncOutcome {
  added: number; removed: number; replaced: number; loadRounds: number; conflicts: number; skipped: boolean;
  /** Reports placed again because a page arrived late or left (the merger's `replaying N reports` lines), and ms merging vs writing. */
  replayed: number; mergeMs: number; writeMs: number;
}

/** Steps written over another writer's (the version moved under a step): the sync starts again, at most this often. */
const MAX_CONFLICTS = 8;
/**
 * New pages per step. A step is one neighbourhood load and one transaction, so a queue batch of 50
 * costs a few round trips per ten pages; a step that is written over redoes at most this many.
 */
const PAGES_PER_STEP = 10;
/** Merge decisions kept per page (the trace of /status.json). */
const TRACE_PER_PAGE = 200;
/** Passes of one load over reports, events and components (each pass loads what the last one named). */
const LOAD_PASSES = 3;
/** Ids per `IN (json_each(…))` list: one bound parameter, but a statement's size is bounded (100 KB). */
const IDS_PER_QUERY = 5000;

/**
 * Brings the merge state to `desired`: pages gone or replaced are taken out, new ones merged, each
 * one step (read its neighbourhood, merge, write back in one transaction). `read` reads a page (the
 * same pure reader as every build). Concurrent syncs are safe: a step written over another writer's
 * is not written, and the sync starts again from what was written.
 */
export async function syncMergeState(
  db: D1Database, desired: Desired, reader: ReaderIdentity, readPage: (seed: Seed, sha256: string) => PageRead,
  of?: PageSetVersion, knownPeople?: () => Promise<Readonly<Record<string, string>>>,
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { added: 0, removed: 0, replaced: 0, loadRounds: 0, conflicts: 0, skipped: false, replayed: 0, mergeMs: 0, writeMs: 0 };
  // Never backwards: a sync for a page set older than one another sync set out to reach is not run.
  if (of && !(await claimTarget(db, of))) return { ...outcome, skipped: true };
  if (knownPeople) await seedPeople(db, knownPeople);
  // Each page is read once per sync; a step resolves people in its own copy (a step written over is done again).
  const reads = new Map<string, PageRead>();
  const read = (seed: Seed, sha256: string): PageRead => {
    const key = `${seed.name}@${sha256}`;
    let page = reads.get(key);
    if (!page) { page = readPage(seed, sha256); reads.set(key, page); }
    return structuredClone(page);
  };
  const plan = typeof desired === 'function' ? desired : (d: D1Database) => planAgainst(d, desired);
  for (let planned = 0; ;) {
    const result = await trySync(db, plan, reader, read, outcome);
    if (result === 'done') return outcome;
    planned = Math.max(planned, result.planned);
    // The other writer made progress (its step was written): what is left is less. Wait a little, at random, and go on.
    if (++outcome.conflicts > MAX_CONFLICTS + planned) throw new Error(`merge state: ${outcome.conflicts} steps were written over by another writer`);
    if (outcome.conflicts % MAX_CONFLICTS === 0) console.warn(`merge state: ${outcome.conflicts} steps written over by another writer so far; going on`);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

/** What a sync must do: pages to merge (new, or replacing the merged page named) and merged pages to take out. */
export interface SyncPlan {
  additions: Array<{ page: DesiredPage; replaces: MergedPage | null; due?: number }>;
  removals: Array<MergedPage & { due?: number }>;
  /**
   * The changes this plan settles (`merge_due` ids, see served-merge.ts): each addition's and
   * removal's `due` is cleared by the step that merges it; these, already merged, at once.
   */
  settled?: number[];
}

/** A merged page as a sync takes it out: its number and how many reports it holds. */
export interface MergedPage { page_no: number; items: number }

/**
 * What a sync brings the merge state to: the pages wanted, compared with every merged page
 * (`planAgainst`: tests, small sets), or a planner that asks the database for the difference only
 * (the Worker's, served-merge.ts: what it reads per change does not grow with the archive).
 */
export type Desired = readonly DesiredPage[] | ((db: D1Database) => Promise<SyncPlan>);

/** The plan that brings the merge state to `desired`, from every merged page's name and hash. */
async function planAgainst(db: D1Database, desired: readonly DesiredPage[]): Promise<SyncPlan> {
  const merged = new Map((await bounded(db.prepare('SELECT page_no, name, sha256, items FROM merge_pages').all<MergedPage & { name: string; sha256: string }>(), 'read merged pages')).results.map((r) => [r.name, r]));
  const wanted = new Map(desired.map((d) => [d.name, d]));
  return {
    removals: [...merged.values()].filter((m) => !wanted.has(m.name)),
    additions: desired.flatMap((d) => {
      const m = merged.get(d.name);
      return m?.sha256 === d.sha256 ? [] : [{ page: d, replaces: m ?? null }];
    }),
  };
}

async function trySync(db: D1Database, plan: (db: D1Database) => Promise<SyncPlan>, reader: ReaderIdentity, read: (seed: Seed, sha256: string) => PageRead, outcome: SyncOutcome): Promise<'done' | { planned: number }> {
  let meta = await readMeta(db);
  if (meta.code !== reader.code || meta.packs !== reader.packs) {
    if (!(await wipe(db, meta, reader))) return { planned: 0 };
    meta = await readMeta(db);
  }
  const { additions: wanted, removals, settled } = await plan(db);
  // (By id: a change that came in since has another id, and stays due.)
  if (settled?.length) await bounded(db.prepare('DELETE FROM merge_due WHERE id IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(settled)).run(), 'settle merge changes');
  const additions: Array<{ page: PageRead; sha256: string; replaces: MergedPage | null; due?: number }> = [];
  for (const a of wanted) additions.push({ page: read(await a.page.seed(), a.page.sha256), sha256: a.page.sha256, replaces: a.replaces, due: a.due });
  // Pages in rank order (publication time, then name): news arrives in time order, and a page
  // merged after the later pages of its story replays them.
  additions.sort((a, b) => (rankOf(a.page) < rankOf(b.page) ? -1 : rankOf(a.page) > rankOf(b.page) ? 1 : 0));
  // A few pages per step: one transaction and one neighbourhood load for all of them (a queue batch
  // costs a few round trips per step, not per page). Pages gone go with the first step.
  const steps: Step[] = [];
  for (let k = 0; k < Math.max(additions.length, removals.length ? 1 : 0); k += PAGES_PER_STEP) {
    const adds = additions.slice(k, k + PAGES_PER_STEP);
    steps.push({
      remove: [...(k === 0 ? removals : []), ...adds.flatMap((a) => (a.replaces ? [a.replaces] : []))],
      add: adds.map((a) => ({ page: a.page, sha256: a.sha256 })),
      due: [...(k === 0 ? removals : []), ...adds].flatMap((x) => (x.due === undefined ? [] : [x.due])),
    });
  }
  for (const s of steps) {
    const next = await step(db, meta, s, outcome);
    if (!next) return { planned: additions.length + removals.length };
    meta = next;
  }
  outcome.removed += removals.length;
  outcome.replaced += additions.filter((a) => a.replaces).length;
  outcome.added += additions.filter((a) => !a.replaces).length;
  return 'done';
}

const rankOf = (p: PageRead) => pageRank(p.report.published, p.report.seed);

interface Step {
  remove: MergedPage[];
  add: Array<{ page: PageRead; sha256: string }>;
  /** The changes (`merge_due` ids) the step settles. */
  due: number[];
}

/** Pages in, pages out, in one transaction (a replacement is one step: the page never drops out between its versions). */
async function step(db: D1Database, meta: Meta, op: Step, outcome: SyncOutcome): Promise<Meta | null> {
  const rows = new D1Rows(db);
  const pages = op.add.map((a) => a.page);
  // People first: one id per person, read from the blocks the pages name, resolved once, in rank order.
  const known = pages.length ? await readPeople(db, new Set(pages.flatMap((p) => [...blocksOf(p.items)]))) : {};
  const people = new ActorIdentities(known);
  for (const p of pages) people.resolvePage(p.items);
  const removedIds = op.remove.flatMap((r) => Array.from({ length: r.items }, (_, k) => r.page_no * PAGE_SLOTS + k));
  const prefetch = nothingWanted();
  for (const p of pages) for (const r of mergeReportsOf(p)) for (const k of postingKeysOf(r)) prefetch.postings.add(k);
  for (const id of removedIds) prefetch.reports.add(id);
  const first = meta.next_page;
  const t0 = Date.now();
  const { store, rounds } = await mergeWithFaults(emptySnapshot(meta.next_event), rows, (s) => new FaultInStore(s, people, first), (store) => {
    if (removedIds.length) removePage(store, removedIds);
    pages.forEach((p, k) => { store.beginPage(first + k); mergeResolvedPage(store, p); });
  }, prefetch);
  outcome.loadRounds += rounds;
  const c = store.changes();
  for (const line of c.trace) outcome.replayed += Number(/^replaying (\d+) reports/.exec(line)?.[1] ?? 0);
  const t1 = Date.now();
  outcome.mergeMs += t1 - t0;
  const traceOf = (k: number) => c.trace.slice(store.traceStarts.get(first + k)!, k + 1 < pages.length ? store.traceStarts.get(first + k + 1)! : c.trace.length);
  const ok = await writeStep(db, meta, {
    removed: op.remove,
    added: pages.map((p, k) => ({ page_no: first + k, name: p.report.seed, sha256: op.add[k]!.sha256, rank: rankOf(p), items: p.items.length, read: packRead(p), trace: traceOf(k) })),
    changes: c,
    people: Object.entries(people.snapshot()).filter(([key]) => !(key in known)),
    due: op.due,
  });
  outcome.writeMs += Date.now() - t1;
  if (!ok) return null;
  return { ...meta, version: meta.version + 1, next_page: first + pages.length, next_event: c.nextEvent };
}

/** Records `of` as the page set syncs now reach for, unless a newer one is (same epoch); true when this sync may run. */
async function claimTarget(db: D1Database, of: PageSetVersion): Promise<boolean> {
  const row = await bounded(db.prepare(`UPDATE merge_meta SET target_epoch = ?1, target_generation = ?2
    WHERE id = 1 AND (target_epoch != ?1 OR target_generation <= ?2) RETURNING id`).bind(of.epoch, of.generation).first(), 'claim merge target');
  return row !== null;
}

async function readMeta(db: D1Database): Promise<Meta> {
  const meta = await bounded(db.prepare('SELECT version, next_page, next_event, code, packs FROM merge_meta WHERE id = 1').first<Meta>(), 'read merge meta');
  if (!meta) throw new Error('merge_meta has no row: apply the D1 migrations');
  return meta;
}

/**
 * People's ids come before the merge state: a deployment that kept them in its id registry (KV)
 * gives them to an empty `merge_people`, so actor ids, and their feeds' URLs, survive the move.
 */
async function seedPeople(db: D1Database, known: () => Promise<Readonly<Record<string, string>>>): Promise<void> {
  if (await bounded(db.prepare('SELECT 1 AS one FROM merge_people LIMIT 1').first(), 'read people')) return;
  const statements = insertPeople(db, Object.entries(await known()), 'true');
  if (statements.length) await bounded(db.batch(statements), 'seed people');
}

/**
 * Another reader or other packs: every merged page goes, to be merged afresh (page numbers go on
 * counting: a number names one read for good). People's ids stay: an actor's feed URL outlives a deploy.
 */
async function wipe(db: D1Database, meta: Meta, reader: ReaderIdentity): Promise<boolean> {
  const guard = 'AND (SELECT version FROM merge_meta WHERE id = 1) = ?1';
  const results = await bounded(db.batch([
    // Every page is taken out: builds holding the list learn it from `merge_removed`.
    db.prepare(`INSERT OR REPLACE INTO merge_removed (page_no, seq) SELECT page_no, ?1 + 1 FROM merge_pages WHERE true ${guard}`).bind(meta.version),
    ...['merge_pages', 'merge_reports', 'merge_postings', 'merge_events', 'merge_groups']
      .map((t) => db.prepare(`DELETE FROM ${t} WHERE true ${guard}`).bind(meta.version)),
    // Every served page is due again (migrations/0008_merge_due.sql).
    db.prepare(`INSERT OR REPLACE INTO merge_due (name, sha256) SELECT name, served_sha256 FROM pages WHERE served_sha256 IS NOT NULL ${guard}`).bind(meta.version),
    db.prepare('UPDATE merge_meta SET version = version + 1, code = ?2, packs = ?3, epoch = lower(hex(randomblob(8))) WHERE id = 1 AND version = ?1')
      .bind(meta.version, reader.code, reader.packs),
  ]), 'wipe merge state');
  return results.at(-1)!.meta.changes === 1;
}

async function readPeople(db: D1Database, blocks: Set<string>): Promise<Record<string, string>> {
  if (!blocks.size) return {};
  const { results } = await bounded(db.prepare('SELECT key, id FROM merge_people WHERE block IN (SELECT value FROM json_each(?1)) ORDER BY key')
    .bind(JSON.stringify([...blocks])).all<{ key: string; id: string }>(), 'read people');
  return Object.fromEntries(results.map((r) => [r.key, r.id]));
}

interface StepWrite {
  removed: Array<{ page_no: number; items: number }>;
  added: Array<{ page_no: number; name: string; sha256: string; rank: string; items: number; read: string; trace: string[] }>;
  changes: Changes;
  people: Array<[string, string]>;
  due: number[];
}

/**
 * A step's writes, in one transaction, each only while the state is at the version the step read
 * (`?1`); the last moves the version. Returns false when another writer came first (nothing written).
 */
async function writeStep(db: D1Database, meta: Meta, w: StepWrite): Promise<boolean> {
  const G = '(SELECT version FROM merge_meta WHERE id = 1) = ?1';
  const v = meta.version;
  const { changes: c } = w;
  const statements: D1PreparedStatement[] = [];
  // Every row written now carries the version this step writes (`seq`, read by `MergeRefsCache`).
  const seq = v + 1;
  for (const r of w.removed) {
    const lo = r.page_no * PAGE_SLOTS, hi = lo + PAGE_SLOTS - 1;
    statements.push(
      db.prepare(`INSERT OR REPLACE INTO merge_removed (page_no, seq) SELECT ?2, ?3 WHERE ${G}`).bind(v, r.page_no, seq),
      db.prepare(`DELETE FROM merge_pages WHERE page_no = ?2 AND ${G}`).bind(v, r.page_no),
      db.prepare(`DELETE FROM merge_reports WHERE id BETWEEN ?2 AND ?3 AND ${G}`).bind(v, lo, hi),
      db.prepare(`DELETE FROM merge_postings WHERE report BETWEEN ?2 AND ?3 AND ${G}`).bind(v, lo, hi),
    );
  }
  for (const a of w.added) {
    statements.push(db.prepare(`INSERT INTO merge_pages (page_no, name, sha256, rank, items, read, trace, seq) SELECT ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE ${G}`)
      .bind(v, a.page_no, a.name, a.sha256, a.rank, a.items, a.read, JSON.stringify(a.trace.slice(0, TRACE_PER_PAGE)), seq));
  }
  const touched = new Set([...c.eventOf.keys(), ...c.compOf.keys()]);
  const reportRows = [...touched].filter((id) => !c.removed.has(id)).map((id) => [id, c.eventOf.get(id) ?? null, c.compOf.get(id) ?? null]);
  const json = (rows: unknown[]) => JSON.stringify(rows);
  for (const part of chunks(reportRows)) {
    statements.push(db.prepare(`INSERT INTO merge_reports (id, event, comp, seq) SELECT ${col(0)}, ${col(1)}, ${col(2)}, ?3 FROM json_each(?2) WHERE ${G}
      ON CONFLICT (id) DO UPDATE SET event = coalesce(excluded.event, event), comp = coalesce(excluded.comp, comp), seq = excluded.seq`).bind(v, json(part), seq));
  }
  for (const part of chunks(c.posted.filter(([, r]) => !c.removed.has(r)))) {
    statements.push(db.prepare(`INSERT INTO merge_postings (k, report) SELECT ${col(0)}, ${col(1)} FROM json_each(?2) WHERE ${G} ON CONFLICT DO NOTHING`).bind(v, json(part)));
  }
  const putEvents = [...c.events].filter(([, e]) => e).map(([id, e]) => [id, packEvent(e!)]);
  const goneEvents = [...c.events].filter(([, e]) => !e).map(([id]) => id);
  for (const part of chunks(putEvents)) {
    statements.push(db.prepare(`INSERT INTO merge_events (id, state) SELECT ${col(0)}, ${col(1)} FROM json_each(?2) WHERE ${G}
      ON CONFLICT (id) DO UPDATE SET state = excluded.state`).bind(v, json(part)));
  }
  for (const part of chunks(goneEvents)) statements.push(db.prepare(`DELETE FROM merge_events WHERE id IN (SELECT value FROM json_each(?2)) AND ${G}`).bind(v, json(part)));
  const putGroups = [...c.groups].filter(([, g]) => g).map(([root, g]) => [root, JSON.stringify(g!.members), g!.last]);
  const goneGroups = [...c.groups].filter(([, g]) => !g).map(([root]) => root);
  for (const part of chunks(putGroups)) {
    statements.push(db.prepare(`INSERT INTO merge_groups (root, members, last) SELECT ${col(0)}, ${col(1)}, ${col(2)} FROM json_each(?2) WHERE ${G}
      ON CONFLICT (root) DO UPDATE SET members = excluded.members, last = excluded.last`).bind(v, json(part)));
  }
  for (const part of chunks(goneGroups)) statements.push(db.prepare(`DELETE FROM merge_groups WHERE root IN (SELECT value FROM json_each(?2)) AND ${G}`).bind(v, json(part)));
  statements.push(...insertPeople(db, w.people, G, v));
  if (w.due.length) statements.push(db.prepare(`DELETE FROM merge_due WHERE id IN (SELECT value FROM json_each(?2)) AND ${G}`).bind(v, json(w.due)));
  if (w.removed.length) statements.push(db.prepare(`DELETE FROM merge_removed WHERE seq <= ?2 AND ${G}`).bind(v, seq - REMOVALS_KEPT));
  statements.push(db.prepare(`UPDATE merge_meta SET version = version + 1, next_page = ?2, next_event = ?3,
    epoch = CASE WHEN version = 0 OR epoch = '' THEN lower(hex(randomblob(8))) ELSE epoch END WHERE id = 1 AND version = ?1`)
    .bind(v, meta.next_page + w.added.length, c.nextEvent));
  const results = await bounded(db.batch(statements), 'write merge step');
  return results.at(-1)!.meta.changes === 1;
}

/** The rows of the merge state, loaded as a step asks: each round also loads what those rows name (a neighbourhood in one or two rounds). */
export class D1Rows implements RowSource {
  constructor(private readonly db: D1Database) {}

  async load(w: Wanted, s: Snapshot): Promise<void> {
    const reports = new Set(w.reports), pages = new Set(w.pages), events = new Set(w.events), groups = new Set(w.groups);
    const keys = [...w.postings].filter((k) => !s.postings.has(k));
    for (const part of chunksOf(keys)) {
      const rows = await this.all<{ k: number; report: number }>('SELECT k, report FROM merge_postings WHERE k IN (SELECT value FROM json_each(?1))', part, 'read postings');
      const found = new Map<number, number[]>(part.map((k) => [k, []]));
      for (const r of rows) { found.get(r.k)!.push(r.report); reports.add(r.report); }
      for (const [k, list] of found) s.postings.set(k, list);
    }
    // Reports, their events (and their events' reports' pages) and components: what deciding reads.
    for (let pass = 0; pass < LOAD_PASSES; pass++) {
      const rIds = [...reports].filter((r) => !s.reports.has(r));
      const eIds = [...events].filter((e) => !s.events.has(e));
      const gIds = [...groups].filter((g) => !s.groups.has(g));
      if (!rIds.length && !eIds.length && !gIds.length) break;
      for (const part of chunksOf(rIds)) {
        const rows = await this.all<{ id: number; event: number; comp: number }>('SELECT id, event, comp FROM merge_reports WHERE id IN (SELECT value FROM json_each(?1))', part, 'read reports');
        for (const id of part) s.reports.set(id, null);
        for (const r of rows) {
          s.reports.set(r.id, { event: r.event, comp: r.comp });
          if (r.event >= 0) events.add(r.event);
          groups.add(r.comp);
        }
      }
      for (const part of chunksOf(eIds)) {
        const rows = await this.all<{ id: number; state: string }>('SELECT id, state FROM merge_events WHERE id IN (SELECT value FROM json_each(?1))', part, 'read events');
        for (const id of part) s.events.set(id, null);
        for (const r of rows) {
          const e = unpackEvent(r.state);
          s.events.set(r.id, e);
          for (const m of e.reports) pages.add(pageOfReport(m));
        }
      }
      for (const part of chunksOf(gIds)) {
        const rows = await this.all<{ root: number; members: string; last: string }>('SELECT root, members, last FROM merge_groups WHERE root IN (SELECT value FROM json_each(?1))', part, 'read groups');
        for (const root of part) s.groups.set(root, null);
        // Not the members' rows: a page in time order reads a component's last rank and its list
        // only (to join it); only a late page's replay reads its members, and faults them in.
        for (const r of rows) s.groups.set(r.root, { members: JSON.parse(r.members) as number[], last: r.last });
      }
    }
    for (const r of reports) pages.add(pageOfReport(r));
    for (const part of chunksOf([...pages].filter((p) => !s.pages.has(p)))) {
      const rows = await this.all<{ page_no: number; read: string }>('SELECT page_no, read FROM merge_pages WHERE page_no IN (SELECT value FROM json_each(?1))', part, 'read pages');
      for (const p of part) s.pages.set(p, null);
      for (const r of rows) s.pages.set(r.page_no, mergeReportsOf(unpackRead(r.read)));
    }
  }

  private async all<T>(sql: string, ids: number[], what: string): Promise<T[]> {
    return (await bounded(this.db.prepare(sql).bind(JSON.stringify(ids)).all<T>(), what)).results;
  }
}

/** Lists cut to fit one statement: ids `IDS_PER_QUERY` at a time, rows (several values each) a fifth of that. */
function chunks<T>(list: T[], size = IDS_PER_QUERY / 5): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < list.length; k += size) out.push(list.slice(k, k + size));
  return out;
}
const chunksOf = (ids: number[]) => chunks(ids, IDS_PER_QUERY);

/** Column k of a `json_each` row (each row a JSON array). */
const col = (k: number) => `json_extract(value, '$[${k}]')`;

/** Inserts people's spelling keys with their ids (`rows`: [key, id]), while `where` holds (it may read `version` as ?1). */
const insertPeople = (db: D1Database, rows: ReadonlyArray<readonly [string, string]>, where: string, version: number | null = null): D1PreparedStatement[] =>
  chunks(rows.map(([key, id]) => [key, id, identityBlock(key)])).map((part) =>
    db.prepare(`INSERT INTO merge_people (key, id, block) SELECT ${col(0)}, ${col(1)}, ${col(2)} FROM json_each(?2) WHERE ${where} ON CONFLICT DO NOTHING`)
      .bind(version, JSON.stringify(part)));

/** Everything merged (tests): every page's read, every event's reports, every person's id. */
export interface StoredMerge {
  pages: PageRead[];
  groups: Item[][];
  people: Record<string, string>;
  trace: string[];
}

/**
 * The merge decisions a served chronology shows (`trace`, in /status.json): those of the pages
 * merged last. Every page's decisions stay in `merge_pages`; showing them all would make every
 * version's stored chronology grow with the archive.
 */
export const SERVED_TRACE_PAGES = 100;

/** Everything merged, every page read (tests; a build reads `readMergeRefs` and only the pages it plans to). */
export async function readStoredMerge(db: D1Database): Promise<StoredMerge> {
  const merged = await readMergeRefs(db);
  const read = await new PageReads(0).load(db, merged.pages.map((p) => p.no));
  if (!read) throw new Error('merge state: pages changed while they were read');
  return {
    pages: [...read.values()],
    groups: merged.groups.map((g) => g.map((r) => read.get(pageOfReport(r))!.items[r % PAGE_SLOTS]!)),
    people: merged.people,
    trace: merged.trace,
  };
}

/**
 * What a build reads of every page: the merged pages (number, name, window), every event's report
 * numbers and (`withPeople`) people's ids, and the merge decisions of the pages merged last (`traces`: kept by
 * page number, a page number's decisions never change). `held`: the pages and events this isolate
 * read last time, brought up to date with the rows written since (`MergeRefsCache`); without it,
 * everything is read. Page reads are read apart, only those an assembly plans to read (`PageReads`).
 */
export async function readMergeRefs(db: D1Database, traces: Map<number, string[]> = new Map(), withPeople = true, held = new MergeRefsCache()): Promise<MergedRefs> {
  await held.refresh(db);
  const nos = [...held.pages.keys()];
  const last = nos.slice(-SERVED_TRACE_PAGES);
  const keep = new Set(last);
  for (const no of traces.keys()) if (!keep.has(no)) traces.delete(no);
  const missing = last.filter((no) => !traces.has(no));
  if (missing.length) {
    const { results } = await bounded(db.prepare('SELECT page_no, trace FROM merge_pages WHERE page_no IN (SELECT value FROM json_each(?1))')
      .bind(JSON.stringify(missing)).all<{ page_no: number; trace: string }>(), 'read merge traces');
    for (const r of results) traces.set(r.page_no, JSON.parse(r.trace) as string[]);
  }
  // (People's ids live in D1 for the merge, which reads them by block; a build needs them only to
  // show them, and the Worker's does not: it reads none.)
  const people = withPeople
    ? (await bounded(db.prepare('SELECT key, id FROM merge_people ORDER BY key').all<{ key: string; id: string }>(), 'read people')).results
    : [];
  return {
    pages: [...held.pages.values()],
    groups: held.groups(),
    people: Object.fromEntries(people.map((r) => [r.key, r.id])),
    trace: last.flatMap((no) => traces.get(no) ?? []),
  };
}

/** Versions `merge_removed` keeps a page's removal for: a cache that last read the state longer ago reads it whole. */
export const REMOVALS_KEPT = 10_000;

/** A merged page as `MergeRefsCache` holds it: what assembling knows of it before reading it, its content hash and its report count. */
export interface HeldPage extends PageEntry { sha256: string; items: number }

/**
 * The merged pages and every event's reports, held by an isolate from one build to the next and
 * brought up to date from the rows written since the version it last read (`seq`, `merge_removed`):
 * per change of pages a build reads what changed, not the archive (issue 13). The first read, or one
 * after more than REMOVALS_KEPT versions, reads everything. The version and the rows it reads come
 * from one batch, one transaction: never half a step.
 */
export class MergeRefsCache {
  /** The merge state's version this holds (-1: nothing read yet), and which state (`merge_meta.epoch`). */
  private seq = -1;
  private epoch = '';
  /** Merged pages by number, ascending (numbers only grow, and rows are read in their order). */
  readonly pages = new Map<number, HeldPage>();
  /** Each report's event (reports in no event are not held). */
  private readonly eventOf = new Map<number, number>();
  /**
   * Each event's reports, ascending, events by ascending id (ids only grow: a new event comes
   * last). An unchanged event keeps its list from one refresh to the next, so what planning works
   * out of it is worked out once (build.ts `groupFacts`); a changed one gets a new list.
   */
  private readonly members = new Map<number, readonly number[]>();
  /** The highest event id in `members` (so far). */
  private lastEvent = Number.NEGATIVE_INFINITY;

  async refresh(db: D1Database): Promise<void> {
    if (this.seq >= 0) {
      const [meta, pages, reports, removed, count] = await bounded(db.batch([
        db.prepare('SELECT version, epoch FROM merge_meta WHERE id = 1'),
        // By the `seq` indexes: a row's `seq` is stored after its read and trace, which a scan would walk through.
        db.prepare(`SELECT ${PAGE_COLUMNS} FROM merge_pages INDEXED BY merge_pages_by_seq WHERE seq > ?1`).bind(this.seq),
        db.prepare('SELECT id, event FROM merge_reports INDEXED BY merge_reports_by_seq WHERE seq > ?1').bind(this.seq),
        db.prepare('SELECT page_no FROM merge_removed WHERE seq > ?1').bind(this.seq),
        db.prepare('SELECT count(*) AS n, coalesce(max(page_no), -1) AS last FROM merge_pages'),
      ]), 'read merge state changes');
      const { version, epoch } = stateOf(meta);
      if (epoch === this.epoch && version >= this.seq && version - this.seq < REMOVALS_KEPT) {
        const touched = new Set<number>();
        /** Reports that came into an event they were not in. */
        const joined: Array<[number, number]> = [];
        const move = (id: number, event: number | null) => {
          const was = this.eventOf.get(id);
          if (was === event) return;
          if (was !== undefined) touched.add(was);
          if (event === null) this.eventOf.delete(id);
          else { this.eventOf.set(id, event); touched.add(event); joined.push([id, event]); }
        };
        for (const { page_no } of removed!.results as Array<{ page_no: number }>) {
          const page = this.pages.get(page_no);
          if (!page) continue;
          for (let k = 0; k < page.items; k++) move(page_no * PAGE_SLOTS + k, null);
          this.pages.delete(page_no);
        }
        this.addPages((pages!.results as PageRow[]).sort((a, b) => a.page_no - b.page_no));
        for (const r of reports!.results as Array<{ id: number; event: number | null }>) move(r.id, r.event);
        this.regroup(touched, joined);
        this.seq = version;
        // The pages held must be the pages merged: not so when the database is another (restored,
        // recreated under the same isolate): then everything is read again.
        const { n, last } = (count!.results as Array<{ n: number; last: number }>)[0]!;
        if (this.pages.size === n && (n === 0 || [...this.pages.keys()].at(-1) === last)) return;
        console.warn(`merge state: ${this.pages.size} pages held, ${n} merged; reading everything again`);
      }
    }
    const [meta, pages, reports] = await bounded(db.batch([
      db.prepare('SELECT version, epoch FROM merge_meta WHERE id = 1'),
      db.prepare(`SELECT ${PAGE_COLUMNS} FROM merge_pages ORDER BY page_no`),
      db.prepare('SELECT id, event FROM merge_reports WHERE event IS NOT NULL'),
    ]), 'read merge state');
    this.pages.clear();
    this.eventOf.clear();
    this.members.clear();
    this.lastEvent = Number.NEGATIVE_INFINITY;
    this.addPages(pages!.results as PageRow[]);
    for (const r of reports!.results as Array<{ id: number; event: number }>) this.eventOf.set(r.id, r.event);
    this.regroup(new Set(this.eventOf.values()), []);
    ({ version: this.seq, epoch: this.epoch } = stateOf(meta));
  }

  /** Each event's report numbers, ascending, events in the order of their ids. */
  groups(): Array<readonly number[]> {
    return [...this.members.values()];
  }

  /**
   * The lists of the events `touched` made again: the reports each held that are still in it, and
   * those `joined` (report, event); from one pass over every report when many events are touched.
   */
  private regroup(touched: ReadonlySet<number>, joined: ReadonlyArray<readonly [number, number]>): void {
    if (!touched.size) return;
    const lists = new Map<number, number[]>([...touched].sort((a, b) => a - b).map((e) => [e, []]));
    if (touched.size > this.members.size / 4) {
      for (const [id, event] of this.eventOf) lists.get(event)?.push(id);
    } else {
      // Each touched event's reports: those it held still in it, and those that joined it.
      for (const [e, list] of lists) for (const id of this.members.get(e) ?? []) if (this.eventOf.get(id) === e) list.push(id);
      for (const [id, event] of joined) lists.get(event)!.push(id);
    }
    const added: Array<[number, number[]]> = [];
    for (const [e, list] of lists) {
      list.sort((a, b) => a - b);
      if (!list.length) this.members.delete(e);
      else if (this.members.has(e)) this.members.set(e, list);
      else added.push([e, list]);
    }
    // New events after the others, in the order of their ids; an id lower than the last held puts the whole map back in order.
    for (const [e, list] of added) this.members.set(e, list);
    if (added.length && added[0]![0] < this.lastEvent) {
      const ordered = [...this.members].sort((a, b) => a[0] - b[0]);
      this.members.clear();
      for (const [e, list] of ordered) this.members.set(e, list);
    }
    if (added.length) this.lastEvent = Math.max(this.lastEvent, added.at(-1)![0]);
  }

  private addPages(rows: readonly PageRow[]): void {
    for (const r of rows) this.pages.set(r.page_no, { no: r.page_no, seed: r.name, window: windowOf(publishedOfRank(r.rank)), sha256: r.sha256, items: r.items });
  }
}

const PAGE_COLUMNS = 'page_no, name, sha256, rank, items';
interface PageRow { page_no: number; name: string; sha256: string; rank: string; items: number }

function stateOf(meta: D1Result | undefined): { version: number; epoch: string } {
  const row = (meta?.results as Array<{ version: number; epoch: string }> | undefined)?.[0];
  if (!row) throw new Error('merge_meta has no row: apply the D1 migrations');
  return row;
}

/**
 * Pages' reads by number, unpacked from `merge_pages` as an assembly asks for them, the last
 * READ_CACHE_PAGES used kept: builds after a change read mostly the same windows' pages, and an
 * isolate never holds every page (a page number names one content for good: an entry never goes
 * stale).
 */
export class PageReads {
  private readonly cache = new Map<number, PageRead>();
  constructor(private readonly max = READ_CACHE_PAGES) {}

  /** The reads of `nos`; null when one of them is no longer merged (merged away since it was listed). */
  async load(db: D1Database, nos: readonly number[]): Promise<Map<number, PageRead> | null> {
    const out = new Map<number, PageRead>();
    for (const no of nos) {
      const page = this.cache.get(no);
      if (page) { this.cache.delete(no); this.cache.set(no, page); out.set(no, page); }
    }
    for (const part of chunksOf(nos.filter((no) => !out.has(no)))) {
      const { results } = await bounded(db.prepare('SELECT page_no, read FROM merge_pages WHERE page_no IN (SELECT value FROM json_each(?1))')
        .bind(JSON.stringify(part)).all<{ page_no: number; read: string }>(), 'read merged pages');
      for (const r of results) { const page = unpackRead(r.read); out.set(r.page_no, page); this.cache.set(r.page_no, page); }
    }
    return out.size === nos.length ? out : null;
  }

  /** Lets go of the least recently used beyond the bound (after a build: during one, all it reads are held). */
  trim(): void {
    for (const no of this.cache.keys()) { if (this.cache.size <= this.max) break; this.cache.delete(no); }
  }

  get size(): number { return this.cache.size; }
}

/**
 * How many pages' reads an isolate keeps between builds: about the pages a build after a change
 * reads (the windows it assembles again and their neighbours: seven weeks of a steady newsroom's
 * pages), so the next build in the same weeks unpacks only what is new.
 */
export const READ_CACHE_PAGES = 200;

/** A page's read as stored: JSON (features as base64), gzip, base64. */
export function packRead(page: PageRead): string {
  const json = JSON.stringify({ report: page.report, items: page.items, features: toBase64(new Uint8Array(page.features.buffer, page.features.byteOffset, page.features.byteLength)) });
  return toBase64(gzip(json));
}

export function unpackRead(text: string): PageRead {
  const o = JSON.parse(gunzipText([fromBase64(text)])) as { report: PageRead['report']; items: Item[]; features: string };
  const bytes = fromBase64(o.features);
  return { report: o.report, items: o.items, features: new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
}

function packEvent(e: EventState): string {
  return JSON.stringify({ ...e, quotes: Array.from(e.quotes) });
}
function unpackEvent(text: string): EventState {
  const o = JSON.parse(text) as Omit<EventState, 'quotes'> & { quotes: number[] };
  return { ...o, quotes: Uint32Array.from(o.quotes) };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(s);
}
function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}
