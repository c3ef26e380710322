import { EmergingMemo } from '../chronology/emerging-topics';
import { type Assembled, assemblyFrom, assemblePlanned, type Assembly, type BuildOptions, type PageRead, planAssembly, readOne } from '../chronology/build';
import { BUNDLED_SEEDS, CODE_VERSION } from '../generated/seeds';
import { sha256Hex } from '../model/digest';
import { seedsDigest } from '../pipeline';
import { withTimeout } from './bounded';
import { MergeRefsCache, type MergedPage, PageReads, readMergeRefs, type SyncPlan, syncMergeState } from './merge-state';
import { D1_TIMEOUT_MS, type PageSetVersion, readServedPage } from './pages';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { keys, kvGetLarge } from './kv';
import { type PieceRef, readFacts, readPiece, readSummaries, type StoredRegistry, type StoredSummary } from './pieces';
import { UNDATED } from '../chronology/windows';

/**
 * What the Worker serves, merged: the bundled seeds and every served page added through the API,
 * brought into the merge state in D1 one page at a time (merge-state.ts), then assembled into the
 * chronology. The Queue consumer syncs after each batch it marks merged; a build syncs first too,
 * which is a no-op unless the consumer has not run (bundled seeds on a first start or after a
 * deploy, a consumer that failed to sync).
 */

const BUNDLED_NAMES = new Set(BUNDLED_SEEDS.map((s) => s.name));

let bundledDigest: Promise<string> | null = null;
/** The bundled seeds' digest (their `seeds_digest` alone): fixed for the life of the code, computed once per isolate. */
export function bundledSeedsDigest(): Promise<string> {
  return (bundledDigest ??= seedsDigest(BUNDLED_SEEDS));
}

let bundled: Promise<Array<{ name: string; sha256: string }>> | null = null;
/** The bundled seeds' hashes: fixed for the life of the code, computed once per isolate. */
export function bundledHashes(): Promise<Array<{ name: string; sha256: string }>> {
  return (bundled ??= Promise.all(BUNDLED_SEEDS.map(async (s) => ({ name: s.name, sha256: await sha256Hex(new TextEncoder().encode(s.text)) }))));
}

/**
 * The sync that brings the merge state to the pages served now: the bundled seeds and every page
 * whose content is served (`pages.served_sha256`). It reads the changes the state has not caught up
 * with (`merge_due`, written with each change: migrations/0008_merge_due.sql), each beside what is
 * served and what is merged under its name, and the bundled seeds as merged: one batch, one
 * snapshot. What a sync reads is the changes since the last, not the archive.
 */
export async function servedPlan(db: D1Database): Promise<SyncPlan> {
  const hashes = await bundledHashes();
  const names = JSON.stringify(hashes.map((h) => h.name));
  const [due, merged] = await withTimeout(db.batch([
    // By `pages_served` and `merge_pages_by_name`: the rows hold texts and reads a lookup would walk through.
    db.prepare(`SELECT d.id, d.name, p.served_sha256 AS served, m.sha256 AS merged, m.page_no, m.items FROM merge_due d
      LEFT JOIN pages p INDEXED BY pages_served ON p.name = d.name
      LEFT JOIN merge_pages m INDEXED BY merge_pages_by_name ON m.name = d.name ORDER BY d.id`),
    // The bundled seeds as merged (a deploy may have changed them).
    db.prepare('SELECT name, sha256, page_no, items FROM merge_pages INDEXED BY merge_pages_by_name WHERE name IN (SELECT value FROM json_each(?1))').bind(names),
  ]), D1_TIMEOUT_MS, 'D1 plan merge sync');
  const bundledAs = new Map((merged!.results as Array<MergedPage & { name: string; sha256: string }>).map((r) => [r.name, r]));
  const byName = new Map(BUNDLED_SEEDS.map((s) => [s.name, s]));
  const settled: number[] = [];
  const plan: SyncPlan = {
    removals: [],
    additions: hashes.flatMap((h) => {
      const m = bundledAs.get(h.name);
      return m?.sha256 === h.sha256 ? [] : [{ page: { ...h, seed: () => byName.get(h.name)! }, replaces: m ?? null }];
    }),
    settled,
  };
  type Due = { id: number; name: string; served: string | null; merged: string | null; page_no: number | null; items: number | null };
  for (const d of due!.results as Due[]) {
    const held = d.page_no === null ? null : { page_no: d.page_no, items: d.items! };
    if (BUNDLED_NAMES.has(d.name) || d.served === d.merged || (d.served === null && !held)) settled.push(d.id);
    else if (d.served === null) plan.removals.push({ ...held!, due: d.id });
    else {
      const sha256 = d.served;
      plan.additions.push({
        page: {
          name: d.name, sha256,
          seed: async () => {
            const seed = await readServedPage(db, d.name, sha256);
            if (!seed) throw new Error(`page ${d.name} changed while it was merged`);
            return seed;
          },
        },
        replaces: held,
        due: d.id,
      });
    }
  }
  return plan;
}

/**
 * Brings the merge state to the pages served now (the page set at version `of` or newer), read with
 * `packs`; `read` holds pages already read by the caller (name@sha256 → read), which are not read again.
 */
export function syncServed(db: D1Database, kv: KVNamespace, packs: readonly string[], of: PageSetVersion, read?: ReadonlyMap<string, PageRead>) {
  return syncMergeState(db, servedPlan, { code: CODE_VERSION, packs: packs.join(',') }, (seed, sha256) => read?.get(`${seed.name}@${sha256}`) ?? readOne(seed, packs), of,
    // A deployment that kept people's ids in its registry only (before the merge state) keeps them.
    async () => {
      const text = await kvGetLarge(kv, keys.registry);
      return parseRegistry(text ? JSON.parse(text) : null).actors ?? {};
    });
}

/**
 * A build: the merge state brought to the pages, then assembled (emerging topics, ids, order); with
 * the `seeds_digest` of what it assembled (`addedPagesDigest`).
 */
export type BuildStep = (env: { DB: D1Database; CHRONO_KV: KVNamespace }, of: PageSetVersion, options: Omit<BuildOptions, 'digest'>) => Promise<Assembled & { digest: string }>;

/** This isolate's unpacked page reads: the last READ_CACHE_PAGES a build read (merge-state.ts). */
const reads = new PageReads();
/** The merge decisions of the pages merged last, by page number (what a version's `trace` shows). */
const traces = new Map<number, string[]>();
/** And what finding emerging topics worked out from each of their reports (kept while their items are). */
const emergingMemo = new EmergingMemo();
/**
 * This isolate's last assembly, and the stamp of the registry it wrote: a build that reads that
 * registry back assembles only the windows its change touches (build.ts `planAssembly`); one that
 * reads another isolate's registry assembles everything.
 */
interface LastAssembly { assembly: Assembly; stamp: string; stored?: Map<number, PieceRef> }
let last: LastAssembly | null = null;

/**
 * An entry of the id registry this isolate no longer holds (see `releaseRegistryEntries`): its id
 * is still taken, its reports are in its window's stored piece.
 */
const RELEASED: IdRegistry['events'][string] = Object.freeze({ reports: Object.freeze([]) as unknown as string[], updated: '' });
/** `registryHeld`'s count, and the state of `last` it counted (forgotten when entries are let go or read back). */
let held: { of: LastAssembly; counts: { ids: number; entries: number } } | null = null;

/**
 * Once a build's pieces are stored (chronology-source.ts), the isolate lets go of its registry's
 * entries — every event's report keys, the largest thing that grew with the archive (about 1 KiB a
 * page) — and keeps each id as taken. Each piece stores its events' entries: the next build reads
 * back those of the windows it assembles again (`restoreEntries`), the only ones ids are given from.
 * Only the last assembly's own registry is let go (`stamp`): a build that ended after a newer one
 * began must not empty the newer one's entries before its pieces are written.
 */
export function releaseRegistryEntries(stamp: string | undefined, stored: readonly PieceRef[]): void {
  if (!last || last.stamp !== stamp) return;
  last.stored = new Map(stored.map((r) => [r.window ?? UNDATED, r]));
  const events = last.assembly.registry.events;
  let ids = 0;
  for (const id in events) { events[id] = RELEASED; ids++; }
  held = { of: last, counts: { ids, entries: 0 } };
}

/** Whether a registry holds entries let go (an isolate's own, read back only through its pieces). */
const holdsReleased = (registry: IdRegistry): boolean => {
  for (const id in registry.events) if (registry.events[id] === RELEASED) return true;
  return false;
};

/**
 * The ids this isolate's registry holds, and how many of them with their entries (/status.json):
 * counted once per registry state (a release, a restore or a new assembly), not per request — a
 * monitor polling /status.json would otherwise walk every id of the archive each time.
 */
export function registryHeld(): { ids: number; entries: number } {
  if (!last) return { ids: 0, entries: 0 };
  if (held?.of === last) return held.counts;
  const events = last.assembly.registry.events;
  let ids = 0, entries = 0;
  for (const id in events) { ids++; if (events[id] !== RELEASED) entries++; }
  held = { of: last, counts: { ids, entries } };
  return held.counts;
}

/**
 * The entries of the windows a plan assembles again, read back from their stored pieces into the
 * registry (held pieces cost no read). A piece that cannot be read fails the build (the last
 * version stays served, the next build tries again): deriving its window's ids again could change them.
 */
async function restoreEntries(kv: KVNamespace, assembly: Assembly, windows: ReadonlySet<number>): Promise<void> {
  const events = assembly.registry.events;
  const wanted = [...windows].filter((w) => assembly.summaries.get(w)?.ids.some((id) => events[id] === RELEASED));
  if (wanted.length) held = null;
  await Promise.all(wanted.map(async (w) => {
    const ref = last?.stored?.get(w);
    const piece = ref ? await readPiece(kv, ref) : null;
    if (!piece) throw new Error(`id registry: the piece of window ${w} could not be read back`);
    for (const id of assembly.summaries.get(w)!.ids) {
      if (events[id] !== RELEASED) continue;
      const entry = piece.ids[id];
      if (entry) events[id] = entry; else delete events[id];
    }
  }));
  // (Again: a /status.json answered while the pieces were read may have counted the entries half restored.)
  if (wanted.length) held = null;
}

/**
 * A cold isolate (a new one, after an eviction, a restart or a deploy of the same code) takes up the
 * assembly that wrote the stored registry — from its pieces' summaries and window facts (build.ts
 * `WindowFacts`) — as its own last assembly: the next build assembles only the windows its change
 * touches, and reads back the registry's entries from those windows' pieces alone
 * (`restoreEntries`), as the isolate that wrote it would. Null (the build then assembles
 * everything, as before) when the registry names no pieces, a piece was stored by other code (no
 * facts, or another code version's key) or a summary or facts cannot be read. The summaries are returned in the pieces' order.
 */
export async function adoptAssembly(kv: KVNamespace, stored: StoredRegistry): Promise<{ registry: IdRegistry; summaries: StoredSummary[] } | null> {
  const { pieces: refs, ...rest } = stored;
  // Pieces another code wrote (a deploy that changed the code) are read and assembled afresh, never kept.
  const own = keys.piecePrefix(CODE_VERSION);
  if (!refs?.length || !rest.stamp || refs.some((r) => !r.facts || !r.key.startsWith(own))) return null;
  const [summaries, facts] = await Promise.all([readSummaries(kv, CODE_VERSION, refs), readFacts(kv, refs)]);
  if (!summaries || !facts) return null;
  // Every id is taken; each entry is read back from its piece when its window is assembled again.
  const events: IdRegistry['events'] = {};
  for (const s of summaries) for (const id of s.ids) events[id] = RELEASED;
  const registry: IdRegistry = { ...rest, events };
  const windows = new Map(refs.map((r, k) => [r.window ?? UNDATED, { summary: { ...summaries[k]!, window: r.window ?? UNDATED }, facts: facts[k]! }]));
  last = { assembly: assemblyFrom(registry, windows), stamp: rest.stamp, stored: new Map(refs.map((r) => [r.window ?? UNDATED, r])) };
  held = null;
  return { registry, summaries };
}

/** The merged pages and events this isolate read last (each build reads only what changed since). */
const refs = new MergeRefsCache();

export const buildFromMergeState: BuildStep = async ({ DB, CHRONO_KV }, of, options) => {
  const t0 = Date.now();
  await syncServed(DB, CHRONO_KV, options.packs ?? [], of);
  const t1 = Date.now();
  // The registry this isolate's last assembly gave (the same stamp): that assembly can go on.
  const own = ownRegistry(options.registry.stamp);
  const previous = own ? last!.assembly : null;
  const registry = own ?? options.registry;
  // A registry whose entries were let go is only ever assembled on as its own (a newer build of
  // this isolate took over since it was chosen): ids given from it whole would not be the ones it had.
  if (!own && holdsReleased(registry)) throw new Error('id registry: this isolate\'s last assembly changed while the build began');
  // The list and the pages' reads are two reads: a page merged away in between is read again.
  for (let attempt = 1; ; attempt++) {
    const merged = await readMergeRefs(DB, traces, false, refs);
    const digest = await addedPagesDigest(refs, options.packs ?? []);
    const plan = planAssembly(merged, previous, registry);
    if (previous && plan.windows) await restoreEntries(CHRONO_KV, previous, plan.windows);
    const read = await reads.load(DB, plan.pages);
    const t2 = Date.now();
    if (!read) {
      if (attempt < 3) continue;
      throw new Error('merge state: pages kept changing while they were read');
    }
    const built = assemblePlanned(merged, plan, (no) => read.get(no)!, { ...options, digest, registry, memo: emergingMemo }, previous);
    reads.trim();
    const stamp = crypto.randomUUID();
    built.registry.stamp = stamp;
    // (The stored pieces of the windows kept as they were still hold their entries.)
    last = { assembly: built.assembly, stamp, stored: last?.stored };
    assembled.push(built.windows ? built.windows.length : 'all');
    if (assembled.length > 20) assembled.shift();
    Object.assign(lastBuildMs, { sync: t1 - t0, read: t2 - t1, assemble: Date.now() - t2 });
    // (Not a spread: an assembly's `chronology` is a getter that needs every piece held.)
    return Object.assign(built, { digest });
  }
};

/**
 * The chronology's `seeds_digest` in the Worker: SHA-256 over the bundled seeds' digest, the packs and
 * the sum (mod 2^256) of SHA-256 over each added page's name and content hash (the bundled seeds'
 * digest alone when there are neither). A sum, not a list: kept up to date page by page as pages
 * come and go (`contributions`), so a build hashes the pages that changed, not every page.
 */
async function addedPagesDigest(held: MergeRefsCache, packs: readonly string[]): Promise<string> {
  const bundled = await bundledSeedsDigest();
  for (const page of held.pages.values()) {
    if (BUNDLED_NAMES.has(page.seed) || contributions.has(page.no)) continue;
    const c = BigInt(`0x${await sha256Hex(new TextEncoder().encode(`${page.seed}\n${page.sha256}`))}`);
    contributions.set(page.no, c);
    pagesSum = (pagesSum + c) & SUM_MASK;
  }
  if (contributions.size > held.pages.size - BUNDLED_NAMES.size) {
    for (const [no, c] of contributions) if (!held.pages.has(no)) { contributions.delete(no); pagesSum = (pagesSum - c) & SUM_MASK; }
  }
  if (!contributions.size && !packs.length) return bundled;
  return `sha256:${await sha256Hex(new TextEncoder().encode(`${bundled}\n${packs.join(',')}\n${pagesSum.toString(16)}`))}`;
}
/** Each added page's share of the digest's sum, by page number (a number names one content for good), and the sum. */
const contributions = new Map<number, bigint>();
let pagesSum = 0n;
const SUM_MASK = (1n << 256n) - 1n;

/** Forgets this isolate's last assembly: the next build assembles everything (its pieces could not be stored). */
export const forgetAssembly = (): void => { last = null; };

/** The registry this isolate's last assembly gave, whole, when `stamp` is its stamp (see `last`). */
export const ownRegistry = (stamp: string | undefined): IdRegistry | null => (last && stamp === last.stamp ? last.assembly.registry : null);

/**
 * Where this isolate's last build spent its time, ms (/status.json): the merge state synced, its
 * changes and the planned pages read, the windows assembled; then (chronology-source.ts) the pieces
 * served and digested, and stored. Wall time: a figure that grows with the archive shows here first.
 */
export const lastBuildMs: Record<string, number> = {};

/** The windows the last builds of this isolate assembled again (`all`: a whole assembly), for /status.json. */
export const assembled: Array<number | 'all'> = [];
