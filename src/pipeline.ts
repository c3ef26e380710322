import { buildChronology, type Build } from './chronology/build';
import type { IdRegistry } from './chronology/registry';
import { sha256Hex } from './model/digest';
import type { Seed } from './model/types';

/**
 * The whole story, in order:
 *   seeds ──digest──▶ key of everything cached for this set of pages
 *   seeds ──read────▶ per page: facts, items, report         (src/read/)
 *   items ──merge───▶ events, ids from the registry, order   (src/chronology/)
 *   events ─render──▶ RSS, Atom, JSON Feed, HTML             (src/render/)
 * Pure: no Workers API. The Worker (src/http/) and the CLI (src/cli/) both call it.
 */
export async function seedsDigest(seeds: readonly Seed[]): Promise<string> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  // In code-unit order of the names: the same bytes whatever the locale.
  for (const s of [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Length-prefixed so that no two seed sets hash the same bytes.
    const name = enc.encode(s.name);
    const text = enc.encode(s.text);
    parts.push(enc.encode(`${name.length}:`), name, enc.encode(`${text.length}:`), text);
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return `sha256:${await sha256Hex(all)}`;
}

/** `digest` defaults to seedsDigest(seeds); the Worker passes the digest it already computed. */
export async function runPipeline(seeds: readonly Seed[], registry: IdRegistry, now: string, digest?: string, packs: readonly string[] = []): Promise<Build> {
  return buildChronology(seeds, { registry, now, digest: digest ?? (await seedsDigest(seeds)), packs });
}
