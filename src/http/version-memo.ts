import { readVersion, type VersionRead } from './chronology-source';
import type { Env } from './env';

/**
 * How long an isolate serves from the page-set version it last read (one D1 row) before reading it
 * again: at most one D1 read per second per isolate under load, instead of one per request. A change
 * committed through this isolate is seen at once (`forgetPageSetVersion`); one committed through
 * another isolate within this long (a second, well under the feeds' 300 s max-age). Only the cache-
 * first path uses it; `/status.json`, the admin API and builds read the version afresh.
 */
export const VERSION_FRESH_MS = 1000;

/**
 * Settled reads only, by the D1 binding they came from: a request never awaits another request's
 * I/O (workerd would not settle it once that request is gone). Failed reads are not kept.
 */
const memo = new WeakMap<D1Database, { at: number; version: string }>();

/** The page-set version for a request: this isolate's recent read, or one D1 read. */
export async function recentPageSetVersion(env: Env): Promise<VersionRead> {
  const kept = memo.get(env.DB);
  if (kept && Date.now() - kept.at < VERSION_FRESH_MS) return { version: kept.version };
  const read = await readVersion(env);
  if ('version' in read) memo.set(env.DB, { at: Date.now(), version: read.version });
  return read;
}

/** After this isolate commits a change of pages: its next request reads the version again. */
export function forgetPageSetVersion(env: Env): void {
  memo.delete(env.DB);
}
