import { EmergingMemo } from '../chronology/emerging-topics';
import { type Assembled, assemblePlanned, type Assembly, type BuildOptions, type PageRead, planAssembly, readOne } from '../chronology/build';
import { BUNDLED_SEEDS, CODE_VERSION } from '../generated/seeds';
import { sha256Hex } from '../model/digest';
import { type DesiredPage, PageReads, readMergeRefs, syncMergeState } from './merge-state';
import { type PageSetVersion, readServedPage } from './pages';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { keys, kvGetLarge } from './kv';

/**
 * What the Worker serves, merged: the bundled seeds and every served page added through the API,
 * brought into the merge state in D1 one page at a time (merge-state.ts), then assembled into the
 * chronology. The Queue consumer syncs after each batch it marks merged; a build syncs first too,
 * which is a no-op unless the consumer has not run (bundled seeds on a first start or after a
 * deploy, a consumer that failed to sync).
 */

let bundled: Promise<Array<{ name: string; sha256: string }>> | null = null;
/** The bundled seeds' hashes: fixed for the life of the code, computed once per isolate. */
function bundledHashes(): Promise<Array<{ name: string; sha256: string }>> {
  return (bundled ??= Promise.all(BUNDLED_SEEDS.map(async (s) => ({ name: s.name, sha256: await sha256Hex(new TextEncoder().encode(s.text)) }))));
}

/** The pages to hold: bundled seeds, then the served pages (`added`: names and hashes of the page set read). */
export async function desiredPages(db: D1Database, added: ReadonlyArray<{ name: string; sha256: string }>): Promise<DesiredPage[]> {
  const byName = new Map(BUNDLED_SEEDS.map((s) => [s.name, s]));
  return [
    ...(await bundledHashes()).map((h) => ({ ...h, seed: () => byName.get(h.name)! })),
    ...added.map((h) => ({
      ...h,
      seed: async () => {
        const seed = await readServedPage(db, h.name, h.sha256);
        if (!seed) throw new Error(`page ${h.name} changed while it was merged`);
        return seed;
      },
    })),
  ];
}

/**
 * Brings the merge state to `desired` (the page set at version `of`), read with `packs`; `read`
 * holds pages already read by the caller (name@sha256 → read), which are not read again.
 */
export function syncServed(db: D1Database, kv: KVNamespace, desired: readonly DesiredPage[], packs: readonly string[], of: PageSetVersion, read?: ReadonlyMap<string, PageRead>) {
  const sha = new Map(desired.map((d) => [d.name, d.sha256]));
  return syncMergeState(db, desired, { code: CODE_VERSION, packs: packs.join(',') }, (seed) => read?.get(`${seed.name}@${sha.get(seed.name)}`) ?? readOne(seed, packs), of,
    // A deployment that kept people's ids in its registry only (before the merge state) keeps them.
    async () => {
      const text = await kvGetLarge(kv, keys.registry);
      return parseRegistry(text ? JSON.parse(text) : null).actors ?? {};
    });
}

/** A build: the merge state brought to the pages, then assembled (emerging topics, ids, order). */
export type BuildStep = (env: { DB: D1Database; CHRONO_KV: KVNamespace }, pages: ServedPages, options: BuildOptions) => Promise<Assembled>;

/** The served page set at one version: names and hashes. */
export interface ServedPages { version: PageSetVersion; hashes: ReadonlyArray<{ name: string; sha256: string }> }

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

export const buildFromMergeState: BuildStep = async ({ DB, CHRONO_KV }, pages, options) => {
  await syncServed(DB, CHRONO_KV, await desiredPages(DB, pages.hashes), options.packs ?? [], pages.version);
  // The registry this isolate's last assembly gave (the same stamp): that assembly can go on.
  const own = ownRegistry(options.registry.stamp);
  const previous = own ? last!.assembly : null;
  const registry = own ?? options.registry;
  // The list and the pages' reads are two reads: a page merged away in between is read again.
  for (let attempt = 1; ; attempt++) {
    const merged = await readMergeRefs(DB, traces, false);
    const plan = planAssembly(merged, previous, registry);
    const read = await reads.load(DB, plan.pages);
    if (!read) {
      if (attempt < 3) continue;
      throw new Error('merge state: pages kept changing while they were read');
    }
    const built = assemblePlanned(merged, plan, (no) => read.get(no)!, { ...options, registry, memo: emergingMemo }, previous);
    reads.trim();
    const stamp = crypto.randomUUID();
    built.registry.stamp = stamp;
    last = { assembly: built.assembly, stamp };
    assembled.push(built.windows ? built.windows.length : 'all');
    if (assembled.length > 20) assembled.shift();
    return built;
  }
};

/** Forgets this isolate's last assembly: the next build assembles everything (its pieces could not be stored). */
export const forgetAssembly = (): void => { last = null; };

/** The registry this isolate's last assembly gave, whole, when `stamp` is its stamp (see `last`). */
export const ownRegistry = (stamp: string | undefined): IdRegistry | null => (last && stamp === last.stamp ? last.assembly.registry : null);

/** The windows the last builds of this isolate assembled again (`all`: a whole assembly), for /status.json. */
export const assembled: Array<number | 'all'> = [];
