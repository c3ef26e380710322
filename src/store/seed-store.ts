import type { Seed } from '../model/types';
import { keys, kvGet } from './kv';

/** Pages added through the admin API: name → content hash, size and when they were stored. */
export type SeedIndex = Record<string, { sha256: string; bytes: number; stored: string }>;

/** One KV read per request: the index, not the pages. */
export async function readSeedIndex(kv: KVNamespace): Promise<SeedIndex> {
  const text = await kvGet(kv, keys.seedIndex);
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    // Keep only well-formed entries: a damaged index must not take the feeds down.
    const index: SeedIndex = {};
    for (const [name, e] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = e as SeedIndex[string] | null;
      if (entry && typeof entry.sha256 === 'string' && typeof entry.bytes === 'number' && typeof entry.stored === 'string') index[name] = entry;
    }
    return index;
  } catch {
    return {};
  }
}

/** The texts of the added pages, read only when a build needs them. A page KV cannot give is left out. */
export async function addedSeeds(kv: KVNamespace, index: SeedIndex): Promise<Seed[]> {
  const out: Seed[] = [];
  for (const name of Object.keys(index).sort()) {
    const text = await kvGet(kv, keys.seed(name));
    if (text !== null) out.push({ name, text });
  }
  return out;
}
