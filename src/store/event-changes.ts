import { withTimeout } from './bounded';
import { D1_TIMEOUT_MS } from './pages';

/**
 * Ids that stopped being events, for incremental syncs (`migrations/0002_event_changes.sql`): the
 * only code that touches those tables. Written once per build that changes them, read by `since`.
 */
export interface IdChanges {
  /** Ids no longer events, with when (RFC 3339). */
  deleted: Array<{ id: string; deleted_at: string }>;
  /** Merged-away ids, the event they now redirect to, and since when. */
  redirects: Array<{ id: string; to: string; since: string }>;
}

/** Statements per batch: D1 runs a batch as one transaction; a few hundred keeps each one short. */
const BATCH = 200;

/** Records a build's id changes. Idempotent: a second build of the same version writes the same rows. */
export async function recordIdChanges(db: D1Database, changes: IdChanges): Promise<void> {
  const statements = [
    ...changes.deleted.map((d) => db.prepare(`INSERT INTO event_tombstones (id, deleted_at) VALUES (?1, ?2)
      ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at WHERE excluded.deleted_at > event_tombstones.deleted_at`).bind(d.id, d.deleted_at)),
    ...changes.redirects.map((r) => db.prepare(`INSERT INTO event_redirects (id, to_id, since) VALUES (?1, ?2, ?3)
      ON CONFLICT (id) DO UPDATE SET to_id = excluded.to_id, since = excluded.since WHERE event_redirects.to_id <> excluded.to_id`).bind(r.id, r.to, r.since)),
  ];
  for (let i = 0; i < statements.length; i += BATCH) {
    await withTimeout(db.batch(statements.slice(i, i + BATCH)), D1_TIMEOUT_MS, 'D1 record id changes');
  }
}

/** The id changes at or after `since` (RFC 3339 UTC), oldest first, through the time indexes. */
export async function readIdChangesSince(db: D1Database, since: string): Promise<IdChanges> {
  const [deleted, redirects] = await withTimeout(db.batch([
    db.prepare('SELECT id, deleted_at FROM event_tombstones WHERE deleted_at >= ?1 ORDER BY deleted_at, id').bind(since),
    db.prepare('SELECT id, to_id AS "to", since FROM event_redirects WHERE since >= ?1 ORDER BY since, id').bind(since),
  ]), D1_TIMEOUT_MS, 'D1 read id changes');
  return {
    deleted: (deleted?.results ?? []) as IdChanges['deleted'],
    redirects: (redirects?.results ?? []) as IdChanges['redirects'],
  };
}
