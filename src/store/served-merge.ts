import { EmergingMemo } from '../chronology/emerging-topics';
import { type Assembled, assemblePlanned, type Assembly, type BuildOptions, type PageRead, planAssembly, readOne } from '../chronology/build';
import { BUNDLED_SEEDS, CODE_VERSION } from '../generated/seeds';
import { sha256Hex } from '../model/digest';
import { seedsDigest } from '../pipeline';
import { withTimeout } from './bounded';
import { MergeRefsCache, type MergedPage, PageReads, readMergeRefs, type SyncPlan, syncMergeState } from './merge-state';
import { D1_TIMEOUT_MS, type PageSetVersion, readServedPage } from './pages';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { keys, kvGetLarge } from './kv';

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
 * whose content is served (`pages.served_sha256`). D1 gives the difference only (pages to merge,
 * merged pages to take out), one batch, one snapshot: a sync reads what changed, not the archive.
 */
export async function servedPlan(db: D1Database): Promise<SyncPlan> {
  const hashes = await bundledHashes();
  const names = JSON.stringify(hashes.map((h) => h.name));
  const [changed, gone, merged] = await withTimeout(db.batch([
    // Served pages not merged, or merged with another content.
    // By `pages_served` and `merge_pages_by_name`: the rows hold texts and reads a scan would walk through.
    db.prepare(`SELECT p.name, p.served_sha256 AS sha256, m.page_no, m.items FROM pages p INDEXED BY pages_served LEFT JOIN merge_pages m INDEXED BY merge_pages_by_name ON m.name = p.name
      WHERE p.served_sha256 IS NOT NULL AND (m.page_no IS NULL OR m.sha256 != p.served_sha256)`),
    // Merged pages no longer served (deleted), bundled seeds apart.
    db.prepare(`SELECT m.page_no, m.items FROM merge_pages m INDEXED BY merge_pages_by_name WHERE m.name NOT IN (SELECT value FROM json_each(?1))
      AND NOT EXISTS (SELECT 1 FROM pages p INDEXED BY pages_served WHERE p.name = m.name AND p.served_sha256 IS NOT NULL)`).bind(names),
    // The bundled seeds as merged (a deploy may have changed them).
    db.prepare('SELECT name, sha256, page_no, items FROM merge_pages INDEXED BY merge_pages_by_name WHERE name IN (SELECT value FROM json_each(?1))').bind(names),
  ]), D1_TIMEOUT_MS, 'D1 plan merge sync');
  const bundledAs = new Map((merged!.results as Array<MergedPage & { name: string; sha256: string }>).map((r) => [r.name, r]));
  const byName = new Map(BUNDLED_SEEDS.map((s) => [s.name, s]));
  const served = changed!.results as Array<{ name: string; sha256: string; page_no: number | null; items: number | null }>;
  return {
    removals: gone!.results as MergedPage[],
    additions: [
      ...hashes.flatMap((h) => {
        const m = bundledAs.get(h.name);
        return m?.sha256 === h.sha256 ? [] : [{ page: { ...h, seed: () => byName.get(h.name)! }, replaces: m ?? null }];
      }),
      ...served.map((r) => ({
        page: {
          name: r.name, sha256: r.sha256,
          seed: async () => {
            const seed = await readServedPage(db, r.name, r.sha256);
            if (!seed) throw new Error(`page ${r.name} changed while it was merged`);
            return seed;
          },
        },
        replaces: r.page_no === null ? null : { page_no: r.page_no, items: r.items! },
      })),
    ],
  };
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
let last: { assembly: Assembly; stamp: string } | null = null;

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
  // The list and the pages' reads are two reads: a page merged away in between is read again.
  for (let attempt = 1; ; attempt++) {
    const merged = await readMergeRefs(DB, traces, false, refs);
    const digest = await addedPagesDigest(refs, options.packs ?? []);
    const plan = planAssembly(merged, previous, registry);
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
    last = { assembly: built.assembly, stamp };
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
