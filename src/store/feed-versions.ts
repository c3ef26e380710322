import { withTimeout } from './bounded';
import { D1_TIMEOUT_MS, type PageSetVersion } from './pages';

/**
 * Per-feed versions in D1 (`migrations/0004_feed_versions.sql`; what a version is: render/feed-versions.ts).
 */

const bounded = <T>(p: Promise<T>, what: string) => withTimeout(p, D1_TIMEOUT_MS, `D1 ${what}`);

export interface FeedRow extends PageSetVersion {
  /** The page-set version (cache-key form) whose build wrote the feed versions, or null. */
  feeds_built: string | null;
  /** This feed's version, or null when it has none. */
  version: string | null;
}

/** One read for a request: the page-set version and one feed's version with it. */
export async function readFeedRow(db: D1Database, feed: string): Promise<FeedRow> {
  const row = await bounded(db.prepare(`SELECT generation, epoch, feeds_built,
    (SELECT version FROM feed_versions WHERE feed = ?1) AS version FROM page_set WHERE id = 1`).bind(feed).first<FeedRow>(), 'read feed version');
  if (!row) throw new Error('page_set has no row: apply the D1 migrations');
  return row;
}

/**
 * Records the feed versions of the chronology built at `built` (its page-set version; `key` its
 * cache-key form): only the rows that changed are written, feeds gone are deleted, in one
 * transaction, and only while the page set is still at that version (a slower build of an older
 * version writes nothing). With `only`, `versions` holds those feeds' versions alone, and no other
 * feed's row is read or touched. Returns how many rows were written and deleted.
 */
export async function writeFeedVersions(db: D1Database, built: PageSetVersion, key: string, versions: ReadonlyMap<string, string>, only?: ReadonlySet<string>): Promise<{ written: number; deleted: number }> {
  // With `only` (the feeds a change can touch), only their rows are read, and only they may go.
  const { results } = await bounded((only
    ? db.prepare('SELECT feed, version FROM feed_versions WHERE feed IN (SELECT value FROM json_each(?1))').bind(JSON.stringify([...only]))
    : db.prepare('SELECT feed, version FROM feed_versions')).all<{ feed: string; version: string }>(), 'read feed versions');
  const stored = new Map(results.map((r) => [r.feed, r.version]));
  const changed = [...versions].filter(([feed, v]) => stored.get(feed) !== v);
  const gone = [...stored.keys()].filter((feed) => !versions.has(feed));
  // The page set is still at the built version: ?1 its generation, ?2 its epoch.
  const atBuilt = '(SELECT generation FROM page_set WHERE id = 1) = ?1 AND (SELECT epoch FROM page_set WHERE id = 1) = ?2';
  const { generation, epoch } = built;
  await bounded(db.batch([
    ...changed.map(([feed, v]) => db.prepare(`INSERT INTO feed_versions (feed, version) SELECT ?3, ?4 WHERE ${atBuilt}
      ON CONFLICT (feed) DO UPDATE SET version = excluded.version`).bind(generation, epoch, feed, v)),
    ...gone.map((feed) => db.prepare(`DELETE FROM feed_versions WHERE feed = ?3 AND ${atBuilt}`).bind(generation, epoch, feed)),
    db.prepare(`UPDATE page_set SET feeds_built = ?3 WHERE id = 1 AND ${atBuilt}`).bind(generation, epoch, key),
  ]), 'write feed versions');
  return { written: changed.length, deleted: gone.length };
}
