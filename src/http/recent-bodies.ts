import { type BodyMeta, kvGetBody, type StoredBody } from '../store/kv';

/**
 * Rendered bodies this isolate has read or written lately, by body key, so that a hit on a feed a
 * reader polls costs no KV read.
 *
 * Why it is safe: a body key names one body for good — the variant's hash and the version of the
 * pages (or of the feed) it was rendered from (cached-body.ts `bodyKey`) — so a kept copy is the
 * bytes KV holds under that key or would hold again if the key expired and were rendered anew. A
 * change of pages changes the version, hence the key; nothing kept is ever served for a newer one.
 *
 * Bounded by bytes: the isolate's heap has to stay well under the platform's 128 MB with a large
 * archive (issue 13), and a body larger than one share of the bound (a whole `/chronology.json`) is
 * not kept. The least recently served goes first.
 */
export const RECENT_BODIES_BYTES = 2 * 1024 * 1024;
/** The largest body kept: an eighth of the bound, so a few large bodies never push out all the feeds. */
export const RECENT_BODY_MAX_BYTES = RECENT_BODIES_BYTES / 8;

export interface RecentBody {
  meta: BodyMeta;
  gzip: Uint8Array;
}
/**
 * What an entry costs besides its bytes, counted against the bound: its metadata, the map's entry,
 * and its key (two bytes a character), so many small bodies (empty feeds) stay within it too.
 */
const ENTRY_OVERHEAD_BYTES = 512;
const costOf = (key: string, body: RecentBody): number => body.gzip.byteLength + ENTRY_OVERHEAD_BYTES + key.length * 2;

const bodies = new Map<string, RecentBody>();
let bytes = 0;

/** The body kept under `key`, now the most recently served, or undefined. */
export function recentBody(key: string): RecentBody | undefined {
  const body = bodies.get(key);
  if (body === undefined) return undefined;
  bodies.delete(key);
  bodies.set(key, body);
  return body;
}

/** Keeps a body read from or written to KV under `key` (bodies over RECENT_BODY_MAX_BYTES are not kept). */
export function keepBody(key: string, body: RecentBody): void {
  if (body.gzip.byteLength > RECENT_BODY_MAX_BYTES) return;
  const old = bodies.get(key);
  if (old) bytes -= costOf(key, old);
  bodies.delete(key);
  bodies.set(key, body);
  bytes += costOf(key, body);
  for (const [k, b] of bodies) {
    if (bytes <= RECENT_BODIES_BYTES) break;
    bodies.delete(k);
    bytes -= costOf(k, b);
  }
}

/** Bodies kept and what they cost against the bound, in bytes (for `/status.json` and the tests). */
export function recentBodiesHeld(): { bodies: number; bytes: number } {
  return { bodies: bodies.size, bytes };
}

/** Forgets every kept body: what a new isolate starts with (test hook, through `forgetIsolate`). */
export function forgetRecentBodies(): void {
  bodies.clear();
  bytes = 0;
}

/**
 * The body stored under `key`: this isolate's copy, else one KV read (a body it may keep read whole
 * and kept for the next hit; a larger one streamed), else null.
 */
export async function storedBody(kv: KVNamespace, key: string): Promise<StoredBody | null> {
  const kept = recentBody(key);
  if (kept) return kept;
  const stored = await kvGetBody(kv, key, RECENT_BODY_MAX_BYTES);
  if (stored && stored.gzip instanceof Uint8Array) keepBody(key, { meta: stored.meta, gzip: stored.gzip });
  return stored;
}
