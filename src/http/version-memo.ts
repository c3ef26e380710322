import { parsePacks } from '../read/catalogue';
import { readFeedRow } from '../store/feed-versions';
import { feedBodyVersion, readVersion, versionKey, type VersionRead } from './chronology-source';
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
  feedMemo.delete(env.DB);
}

/** What a request for a per-feed body reads: the page-set version, and the feed's body version when its build is done. */
export interface FeedRead {
  read: VersionRead;
  /** The version part of the feed's body key, or null: no build of the current version has written it yet. */
  bodyVersion: string | null;
}

/** Per feed, like `memo` (bounded: the oldest goes first). */
const feedMemo = new WeakMap<D1Database, Map<string, { at: number; value: FeedRead }>>();
const FEEDS_REMEMBERED = 1024;

/**
 * For an actor's or a topic's feed: the page-set version and the feed's own version in one D1 read
 * (or this isolate's read of the last VERSION_FRESH_MS). The feed's version counts only if the build
 * of the page-set version read has written it; otherwise null, and the request waits for that build
 * as any other.
 */
export async function recentFeedVersion(env: Env, feed: string): Promise<FeedRead> {
  let feeds = feedMemo.get(env.DB);
  const kept = feeds?.get(feed);
  if (kept && Date.now() - kept.at < VERSION_FRESH_MS) return kept.value;
  let value: FeedRead;
  try {
    const row = await readFeedRow(env.DB, feed);
    const packs = parsePacks(env.DATA_PACKS).packs;
    const version = await versionKey(row, packs);
    const bodyVersion = row.feeds_built === version && row.version ? await feedBodyVersion(packs, row.version) : null;
    value = { read: { version }, bodyVersion };
  } catch (error) {
    return { read: { error }, bodyVersion: null };
  }
  if (!feeds) feedMemo.set(env.DB, (feeds = new Map()));
  feeds.delete(feed);
  feeds.set(feed, { at: Date.now(), value });
  if (feeds.size > FEEDS_REMEMBERED) feeds.delete(feeds.keys().next().value!);
  return value;
}
