import { createMiddleware } from 'hono/factory';
import { BUNDLED_SEEDS, CODE_VERSION } from '../generated/seeds';
import { parseRegistry } from '../chronology/registry';
import type { Chronology, Seed } from '../model/types';
import { runPipeline, seedsDigest } from '../pipeline';
import { parsePacks } from '../read/catalogue';
import { keys, kvGet, kvPut } from '../store/kv';
import { addedSeeds, readSeedIndex, type SeedIndex } from '../store/seed-store';
import type { AppEnv, Env } from './env';

/**
 * Resolves the chronology every request is served from:
 *   digest of the current seeds (bundled + added through the API)
 *   → this isolate's memory → KV (`chronology:v1:<digest>`) → a build.
 * A burst of requests after a change shares one build per isolate (single flight). A build that
 * throws leaves the last good chronology in service, and /status.json says why.
 */
interface Slot { digest: string; chron: Chronology; builtAt: string }

const memory = new Map<string, Promise<Slot>>();
/** Chronologies kept in memory per isolate: the live one and the one before. */
const MEMORY_SLOTS = 2;

export const buildStats = {
  builds: 0,
  lastGood: null as Slot | null,
  lastFailure: null as null | { digest: string; error: string; at: string },
};

let bundledDigest: Promise<string> | null = null;

/** Digest of the seed set: the bundled seeds' SHA-256, extended by the added pages' hashes. */
export async function currentDigest(index: SeedIndex, packs: readonly string[] = []): Promise<string> {
  bundledDigest ??= seedsDigest(BUNDLED_SEEDS);
  const base = await bundledDigest;
  const added = Object.entries(index).sort(([a], [b]) => a.localeCompare(b));
  // The packs read with change the chronology as much as the pages do: they are part of its key.
  if (!added.length && !packs.length) return base;
  return seedsDigest([{ name: 'bundled', text: base }, { name: 'packs', text: packs.join(',') }, ...added.map(([name, e]) => ({ name: `added/${name}`, text: e.sha256 }))]);
}

/** The build step, replaceable in tests (a build that throws, a build that is slow). */
export interface SourceDeps {
  pipeline: typeof runPipeline;
}
const defaultDeps: SourceDeps = { pipeline: runPipeline };

export async function loadChronology(env: Env, deps: SourceDeps = defaultDeps): Promise<{ slot: Slot; source: AppEnvSource }> {
  let digest = 'unknown';
  try {
    const index = await readSeedIndex(env.CHRONO_KV);
    digest = await currentDigest(index, parsePacks(env.DATA_PACKS).packs);
    return await fromMemoryKvOrBuild(env, digest, index, deps);
  } catch (err) {
    // Nothing taken down: whatever failed, the last good chronology stays in service.
    buildStats.lastFailure = { digest, error: safeMessage(err), at: new Date().toISOString() };
    return fallback(digest);
  }
}

async function fromMemoryKvOrBuild(env: Env, digest: string, index: SeedIndex, deps: SourceDeps): Promise<{ slot: Slot; source: AppEnvSource }> {
  const inMemory = memory.get(digest);
  if (inMemory) return { slot: await inMemory, source: 'memory' };
  let source: AppEnvSource = 'kv';
  const pending = (async (): Promise<Slot> => {
    const cached = await kvGet(env.CHRONO_KV, keys.chronology(CODE_VERSION, digest));
    if (cached) {
      const slot = JSON.parse(cached) as Slot;
      if (slot.digest === digest) return slot;
    }
    source = 'built';
    return build(env, digest, index, deps);
  })();
  memory.set(digest, pending);
  while (memory.size > MEMORY_SLOTS) memory.delete(memory.keys().next().value!);
  try {
    const slot = await pending;
    buildStats.lastGood = slot;
    return { slot, source };
  } catch (err) {
    memory.delete(digest);
    throw err;
  }
}

type AppEnvSource = 'kv' | 'built' | 'memory' | 'fallback';

async function build(env: Env, digest: string, index: SeedIndex, deps: SourceDeps): Promise<Slot> {
  buildStats.builds++;
  const seeds: Seed[] = [...BUNDLED_SEEDS, ...(await addedSeeds(env.CHRONO_KV, index))];
  const registryText = await kvGet(env.CHRONO_KV, keys.registry);
  const registry = parseRegistry(registryText ? JSON.parse(registryText) : null);
  const builtAt = new Date().toISOString();
  const result = await deps.pipeline(seeds, registry, builtAt, digest, parsePacks(env.DATA_PACKS).packs);
  const slot: Slot = { digest, chron: result.chronology, builtAt };
  // Two writes per change of seeds: the chronology and the id registry.
  await kvPut(env.CHRONO_KV, keys.chronology(CODE_VERSION, digest), JSON.stringify(slot));
  await kvPut(env.CHRONO_KV, keys.registry, JSON.stringify(result.registry));
  return slot;
}

function fallback(digest: string): { slot: Slot; source: 'fallback' } {
  if (buildStats.lastGood) return { slot: buildStats.lastGood, source: 'fallback' };
  throw new Error(`no chronology could be built for ${digest}`);
}

function safeMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/\/[\w./-]+/g, '…').slice(0, 200);
}

/** Middleware: puts the chronology, its digest and the public origin on the context. */
export const withChronology = createMiddleware<AppEnv>(async function withChronology(c, next) {
  const { slot, source } = await loadChronology(c.env);
  c.set('chron', slot.chron);
  c.set('digest', slot.digest);
  c.set('source', source);
  c.set('origin', c.env.BASE_URL ? new URL(c.env.BASE_URL).origin : new URL(c.req.url).origin);
  c.set('siteTitle', c.env.SITE_TITLE || 'chronofeed');
  await next();
});
