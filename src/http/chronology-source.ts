import { CODE_VERSION } from '../generated/seeds';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { seedsDigest } from '../pipeline';
import { adoptAssembly, buildFromMergeState, bundledSeedsDigest, forgetAssembly, lastBuildMs, ownRegistry, releaseRegistryEntries, type BuildStep } from '../store/served-merge';
import { cataloguesOf, windowFacts } from '../chronology/build';
import { type Served, servedFrom } from '../chronology/served';
import { type PieceSummary, type Shelved, summaryOf } from '../chronology/shelf';
import type { WindowPiece } from '../chronology/build';
import { UNDATED } from '../chronology/windows';
import { forgetPieces, type PieceRef, readPiece, readStoredRegistry, readSummaries, slimRegistry, type StoredChronology, type StoredSummary, sweepPieces, wholeRegistry, writePieces } from '../store/pieces';
import { catalogueFor, parsePacks } from '../read/catalogue';
import { TimeoutError, withTimeout } from '../store/bounded';
import { type IdChanges, recordIdChanges } from '../store/event-changes';
import { CACHED_OUTPUT_TTL_S, keys, kvGetLarge, kvPutLarge } from '../store/kv';
import { writeFeedVersions } from '../store/feed-versions';
import { readPageSetVersion, type PageSetVersion } from '../store/pages';
import { feedsOf, feedVersions, pieceFeedDigests } from '../render/feed-versions';
import { BUILD_ABANDON_MS, BUILD_WAIT_MS } from './deadlines';
import type { Env } from './env';
import { forgetRecentBodies } from './recent-bodies';

/**
 * Resolves the chronology a request is served from:
 *   page-set version (one tiny D1 read) → this isolate's memory → KV (`chronology:v4:…`: the
 *   version's window pieces, pieces.ts) → a build.
 * One build per isolate per version (single flight), and builds run one after another (the id
 * registry they read and write stays consistent). No request waits without a bound: after
 * `waitMs` it gets the last good chronology, marked stale, or ChronologyUnavailable (→ 503).
 */
export interface Slot {
  /** The page-set version it was built from: `<bundled digest>.<epoch>.<generation>`. */
  version: string;
  /** SHA-256 over the bundled seeds and the added pages' names and hashes (`seeds_digest`). */
  digest: string;
  /** What is served: catalogues and the shelf of window pieces (chronology/served.ts). */
  served: Served;
  builtAt: string;
}

export type Source = 'memory' | 'kv' | 'built' | 'fallback';
/** Why an older chronology is served: the build outlived the wait, it threw, or D1 was unreadable. */
export type StaleReason = 'build-pending' | 'build-failed' | 'store-unavailable';
export interface Loaded { slot: Slot; source: Source; stale: StaleReason | null }

/** Thrown when nothing can be served yet: no chronology in this isolate and none ready in time. */
export class ChronologyUnavailable extends Error {
  override name = 'ChronologyUnavailable';
  constructor(readonly reason: StaleReason) { super(`no chronology ready (${reason})`); }
}

/** A request's `ctx.waitUntil`: keeps work it started alive after it is answered. */
export type WaitUntil = (p: Promise<unknown>) => void;

export interface SourceOptions {
  /** The build step; tests replace it (one that throws, one that never ends). */
  pipeline: BuildStep;
  /** See BUILD_WAIT_MS. */
  waitMs: number;
  /** See BUILD_ABANDON_MS. */
  abandonMs: number;
}

export interface BuildStats {
  builds: number;
  /** Builds that took up the assembly that wrote the stored registry (a cold isolate: served-merge.ts `adoptAssembly`). */
  adopted: number;
  lastGood: Slot | null;
  lastFailure: null | { version: string; reason: StaleReason; error: string; at: string };
}

/** The shelf of this isolate's last stored version, by window: its next build keeps the windows it does not assemble again. */
let ownShelf = new Map<number, ShelfEntry>();

/** Forgets what this isolate assembled, held and stored (tests: a cold isolate, as after an eviction or a restart). */
export function forgetIsolate(): void {
  forgetAssembly();
  forgetPieces();
  forgetRecentBodies();
  ownShelf = new Map();
}

/** Versions whose chronology stays in memory (consecutive versions often share one chronology). */
const MEMORY_VERSIONS = 4;


/** The bundled-seeds-and-packs part of versions, by packs (see versionBase). */
const packParts = new Map<string, Promise<string>>();

/**
 * The cache-key form of a page-set version: bounded length, changes with the bundled seeds, the data
 * packs read with (they change the chronology as much as the pages do), and any added page.
 */
export async function versionKey(v: PageSetVersion, packs: readonly string[]): Promise<string> {
  return `${await versionBase(packs)}.${v.epoch.slice(0, 16)}.${v.generation}`;
}

/**
 * The version part of a per-feed body key (render/feed-versions.ts): the bundled seeds and packs, then
 * the feed's own version in place of the page set's.
 */
export async function feedBodyVersion(packs: readonly string[], feedVersion: string): Promise<string> {
  return `${await versionBase(packs)}.f.${feedVersion}`;
}

/** The bundled-seeds-and-packs part of a version: fixed for the life of the code, computed once per packs. */
function versionBase(packs: readonly string[]): Promise<string> {
  const name = packs.join(',');
  let part = packParts.get(name);
  if (!part) {
    part = (async () => {
      const base = (await bundledSeedsDigest()).slice('sha256:'.length, 'sha256:'.length + 16);
      return packs.length ? (await seedsDigest([{ name: 'bundled', text: base }, { name: 'packs', text: name }])).slice(7, 23) : base;
    })();
    packParts.set(name, part);
  }
  return part;
}

/** The outcome of the one page-set version read a request makes (cache-first.ts, then load). */
export type VersionRead = { version: string } | { error: unknown };

/** Reads the page-set version (one D1 row) in its cache-key form; never throws. */
export async function readVersion(env: Env): Promise<VersionRead> {
  try {
    return { version: await versionKey(await readPageSetVersion(env.DB), parsePacks(env.DATA_PACKS).packs) };
  } catch (error) {
    return { error };
  }
}

export interface ChronologySource {
  /** `read`: the version this request has already read (a request reads it once); read here otherwise. */
  load(env: Env, waitUntil?: WaitUntil, read?: VersionRead): Promise<Loaded>;
  readonly stats: BuildStats;
  /** Replaces options (tests); returns a function that restores the previous ones. */
  configure(o: Partial<SourceOptions>): () => void;
}

export function createChronologySource(initial: Partial<SourceOptions> = {}): ChronologySource {
  let options: SourceOptions = { pipeline: buildFromMergeState, waitMs: BUILD_WAIT_MS, abandonMs: BUILD_ABANDON_MS, ...initial };
  const ready = new Map<string, Slot>();
  const inflight = new Map<string, { promise: Promise<{ slot: Slot; source: Source }>; startedAt: number }>();
  /** The last build queued, and since when: the next one starts after it (or once it is abandoned). */
  let buildQueue: { done: Promise<unknown>; since: number } = { done: Promise.resolve(), since: 0 };
  const stats: BuildStats = { builds: 0, adopted: 0, lastGood: null, lastFailure: null };

  function remember(version: string, slot: Slot): void {
    ready.delete(version);
    ready.set(version, slot);
    while (ready.size > MEMORY_VERSIONS) ready.delete(ready.keys().next().value!);
    stats.lastGood = slot;
  }

  function fallback(reason: StaleReason): Loaded {
    if (stats.lastGood) return { slot: stats.lastGood, source: 'fallback', stale: reason };
    throw new ChronologyUnavailable(reason);
  }

  function fail(version: string, reason: StaleReason, err: unknown): Loaded {
    stats.lastFailure = { version, reason, error: safeMessage(err), at: new Date().toISOString() };
    return fallback(reason);
  }

  /**
   * Builds one at a time, each after the previous one's KV writes (the registry it reads must be the
   * last one written); a build that never ends frees the queue after `abandonMs`.
   */
  function queuedBuild(env: Env, waitUntil?: WaitUntil): Promise<Slot> {
    // Judged by age, not by a timer: a timer set in the request that queued a lost build would be
    // lost with that request.
    const previous = Date.now() - buildQueue.since > options.abandonMs ? Promise.resolve() : buildQueue.done;
    const run = previous.then(() => build(env, waitUntil));
    buildQueue = { done: run.then((r) => r.persisted).catch(() => {}), since: Date.now() };
    return run.then((r) => r.slot);
  }

  async function build(env: Env, waitUntil?: WaitUntil): Promise<{ slot: Slot; persisted: Promise<unknown> }> {
    // Rows and version from one snapshot: the chronology is filed under the version it really shows,
    // so requests for the versions a burst of PUTs skipped reuse it instead of building again.
    const pageSet = await readPageSetVersion(env.DB);
    const packs = parsePacks(env.DATA_PACKS).packs;
    const version = await versionKey(pageSet, packs);
    const done = ready.get(version);
    if (done) return { slot: done, persisted: Promise.resolve() };
    stats.builds++;
    const stored = readStoredRegistry(await kvGetLarge(env.CHRONO_KV, keys.registry));
    // This isolate's own last registry needs no reading back: its last assembly holds it whole. An
    // isolate that has none takes up the assembly that wrote the stored one, its pieces served as
    // stored (served-merge.ts `adoptAssembly`); failing that, it reads every piece's entries back.
    let registry = ownRegistry(stored.stamp);
    if (!registry) {
      const adopted = await adoptAssembly(env.CHRONO_KV, stored);
      if (adopted) {
        ownShelf = new Map(stored.pieces!.map((ref, k) => { const e = storedEntry(env, ref, adopted.summaries[k]!); return [e.summary.window, e]; }));
        stats.adopted++;
      }
      registry = adopted?.registry ?? (await wholeRegistry(env.CHRONO_KV, stored)).registry;
    }
    const builtAt = new Date().toISOString();
    const result = await options.pipeline(env, pageSet, { registry, now: builtAt, packs });
    const served0 = Date.now();
    const digest = result.digest;
    // Served at once from the pieces assembled now (held until stored) and, for the windows kept as
    // they were, from this isolate's last version's shelf; the pieces are stored after the answer.
    const affiliation = affiliationOf(packs);
    const kept = result.windows ? ownShelf : new Map<number, ShelfEntry>();
    const fresh = await Promise.all(result.fresh.map(async (piece) => heldEntry(env, piece, await pieceFeedDigests(piece, (id) => affiliation.get(id)))));
    const byWindow = new Map([...kept].filter(([w]) => result.assembly.summaries.has(w)));
    for (const e of fresh) byWindow.set(e.summary.window, e);
    const shelf = [...byWindow.keys()].sort((a, b) => a - b).map((w) => byWindow.get(w)!);
    const served = servedFrom({ seeds_digest: digest, ...cataloguesOf(shelf.map((e) => e.summary), packs), redirects: result.registry.redirects, trace: result.trace }, shelf);
    const slot: Slot = { version, digest, served, builtAt };
    lastBuildMs.serve = Date.now() - served0;
    remember(version, slot);
    // Per change of pages: the pieces of the windows assembled again, the version's list of pieces
    // (expires: superseded versions go) and the registry. Requests do not wait for them; the
    // request that started the build keeps them alive (waitUntil).
    const changes = idChanges(registry, result.registry, builtAt, result.again);
    const persisted = (async () => {
      const persist0 = Date.now();
      // With each piece assembled now, what a cold isolate needs to take this assembly up (`adoptAssembly`).
      const facts = windowFacts(result.assembly, result.fresh.map((piece) => piece.window));
      const refs = await writePieces(env.CHRONO_KV, CODE_VERSION, shelf.map((e) => e.held ?? e.ref!), result.registry, async (piece) => fresh.find((e) => e.held === piece)!.feeds!, facts);
      if (refs) {
        // Stored: the isolate lets the pieces go (pieces.ts keeps the last used) and reads them back when asked.
        shelf.forEach((e, k) => { e.ref = refs[k]!; e.held = null; });
        result.assembly.pieces.clear();
        ownShelf = new Map(shelf.map((e) => [e.summary.window, e]));
        const chronology: StoredChronology = { version, digest, builtAt, redirects: result.registry.redirects, trace: result.trace, pieces: refs };
        await kvPutLarge(env.CHRONO_KV, keys.chronology(CODE_VERSION, version), JSON.stringify(chronology), CACHED_OUTPUT_TTL_S);
        await kvPutLarge(env.CHRONO_KV, keys.registry, JSON.stringify(slimRegistry(result.registry, refs)));
        // Its entries are in the pieces now: the isolate keeps the ids alone (served-merge.ts).
        releaseRegistryEntries(result.registry.stamp, refs);
        await sweepPieces(env.CHRONO_KV, CODE_VERSION, refs);
      } else {
        // Not stored (KV failing): this version is served from memory, and the next build assembles everything.
        forgetAssembly();
        ownShelf = new Map();
      }
      // The actor and topic feeds' versions: their stored bodies stay hits where nothing changed.
      // After a change assembled window by window, only the feeds of the pieces it replaced and assembled can change.
      const touched = result.windows ? feedsOf([...result.replaced, ...result.fresh.map(summaryOf)], (id) => affiliation.get(id)) : undefined;
      await writeFeedVersions(env.DB, pageSet, version, await feedVersions(served, touched), touched).catch((err) => console.error('feed versions', err));
      // For newsroom syncs (`since`): ids that stopped being events. A failure loses only that record.
      if (changes.deleted.length || changes.redirects.length) {
        await recordIdChanges(env.DB, changes).catch((err) => console.error('record id changes', err));
      }
      lastBuildMs.persist = Date.now() - persist0;
    })();
    waitUntil?.(persisted);
    return { slot, persisted };
  }

  function start(env: Env, version: string, waitUntil?: WaitUntil) {
    const promise = (async () => {
      const cached = await kvGetLarge(env.CHRONO_KV, keys.chronology(CODE_VERSION, version));
      const slot = cached ? await composeStored(env, JSON.parse(cached) as StoredChronology) : null;
      if (slot?.version === version) return { slot, source: 'kv' as const };
      return { slot: await queuedBuild(env, waitUntil), source: 'built' as const };
    })();
    const entry = { promise, startedAt: Date.now() };
    inflight.set(version, entry);
    promise.then((r) => remember(version, r.slot), () => {})
      .finally(() => { if (inflight.get(version) === entry) inflight.delete(version); });
    return entry;
  }

  async function load(env: Env, waitUntil?: WaitUntil, read?: VersionRead): Promise<Loaded> {
    const current = read ?? (await readVersion(env));
    if ('error' in current) return fail('unknown', 'store-unavailable', current.error);
    const version = current.version;
    const inMemory = ready.get(version);
    if (inMemory) return { slot: inMemory, source: 'memory', stale: null };
    let entry = inflight.get(version);
    if (entry && Date.now() - entry.startedAt > options.abandonMs) entry = undefined;
    if (!entry) {
      entry = start(env, version, waitUntil);
      // The build outlives this request if the request is answered first (stale or 503).
      waitUntil?.(entry.promise.catch(() => {}));
    }
    try {
      // Our own timer: the shared promise may belong to another request's I/O (see BUILD_ABANDON_MS).
      const { slot, source } = await withTimeout(entry.promise, options.waitMs, 'build');
      return { slot, source, stale: null };
    } catch (err) {
      if (err instanceof TimeoutError) return fallback('build-pending');
      return fail(version, 'build-failed', err);
    }
  }

  return {
    load,
    stats,
    configure(o) {
      const before = options;
      options = { ...options, ...o };
      return () => { options = before; };
    },
  };
}

/** Each actor's body (catalogue affiliation), by packs. */
function affiliationOf(packs: readonly string[]): Map<string, string | null> {
  return new Map(catalogueFor(packs).actors.map((a) => [a.id, a.affiliation]));
}

/** A stored summary as the shelf holds it (the undated window is null in JSON). */
const asSummary = (s: StoredSummary): PieceSummary => ({ ...s, window: s.window ?? UNDATED });

/** A piece on the served shelf: held in memory until stored, then read back from KV (pieces.ts) when asked. */
interface ShelfEntry extends Shelved {
  held: WindowPiece | null;
  ref: PieceRef | null;
}

function heldEntry(env: Env, piece: WindowPiece, feeds: Record<string, string>): ShelfEntry {
  const entry: ShelfEntry = { summary: summaryOf(piece), feeds, held: piece, ref: null, load: () => loadEntry(env, entry) };
  return entry;
}

function storedEntry(env: Env, ref: PieceRef, summary: StoredSummary): ShelfEntry {
  const entry: ShelfEntry = { summary: asSummary(summary), feeds: summary.feeds, held: null, ref, load: () => loadEntry(env, entry) };
  return entry;
}

async function loadEntry(env: Env, entry: ShelfEntry): Promise<WindowPiece> {
  if (entry.held) return entry.held;
  const p = await readPiece(env.CHRONO_KV, entry.ref!);
  if (!p) throw new PieceUnavailable(entry.ref!.key);
  return p.piece;
}

/** A piece of the version served could not be read from KV (swept, or KV failing): the request is answered 503. */
export class PieceUnavailable extends Error {
  override name = 'PieceUnavailable';
  constructor(key: string) { super(`piece ${key.split(':').pop()} unavailable`); }
}

/** A version's served chronology from its stored list of pieces; null when a summary cannot be read. */
async function composeStored(env: Env, stored: StoredChronology): Promise<Slot | null> {
  const summaries = await readSummaries(env.CHRONO_KV, CODE_VERSION, stored.pieces);
  if (!summaries) return null;
  const packs = parsePacks(env.DATA_PACKS).packs;
  const shelf = stored.pieces.map((ref, k) => storedEntry(env, ref, summaries[k]!));
  const served = servedFrom({ seeds_digest: stored.digest, ...cataloguesOf(shelf.map((e) => e.summary), packs), redirects: stored.redirects, trace: stored.trace }, shelf);
  return { version: stored.version, digest: stored.digest, served, builtAt: stored.builtAt };
}

/**
 * What a build changed about ids, from the registry before and after it: ids that are neither events
 * nor redirects any more (deleted), and redirects that are new or point elsewhere now. Only the
 * events given ids again (`again`; null: every one) can have gone.
 */
function idChanges(before: IdRegistry, after: IdRegistry, at: string, again: ReadonlySet<string> | null): IdChanges {
  const deleted = (again ? [...again] : Object.keys(before.events)).filter((id) => !after.events[id] && !after.redirects[id]).map((id) => ({ id, deleted_at: at }));
  const redirects = Object.entries(after.redirects).filter(([id, to]) => before.redirects[id] !== to).map(([id, to]) => ({ id, to, since: at }));
  return { deleted, redirects };
}

/** First line, paths masked, bounded: kept for /status.json (shown in full to the admin only). */
function safeMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/\/[\w./-]+/g, '…').slice(0, 200);
}

/** The Worker's source: one per isolate, like the memory it holds. */
export const chronologies = createChronologySource();
