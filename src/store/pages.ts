import type { Seed } from '../model/types';
import { withTimeout } from './bounded';

/**
 * Pages added through the ingest API, in D1 (`migrations/0001_pages.sql`). The only code that touches
 * D1: it takes the binding as an argument. Every change is one `db.batch()` (one transaction) that
 * writes the page's own row and bumps `page_set.generation`; nothing reads a shared value, changes
 * it and writes it back, so concurrent writers cannot erase each other's pages.
 */

/**
 * How long one D1 call may take. Above KV's bound: a write goes to the database's primary, which
 * may be far from this location. A write that times out may still commit; a PUT repeated with the
 * same body is a no-op, so retrying is safe.
 */
export const D1_TIMEOUT_MS = 3000;

/** The version of the page set: changes with every committed PUT or DELETE that changes a page. */
export interface PageSetVersion {
  generation: number;
  /** Random per database (set by the migration): a recreated database is a new version line. */
  epoch: string;
}

/** Where a page is on its way into the chronology (see `migrations/0003_ingest_state.sql`). */
export type PageState = 'pending' | 'merged' | 'failed';

export interface PageMeta {
  name: string;
  sha256: string;
  bytes: number;
  /** RFC 3339: when this content was first received (kept on an identical re-PUT). */
  received_at: string;
  /** RFC 3339 of the last replacement with changed content, or null. */
  updated_at: string | null;
  /** pending: stored, not yet merged (not served); merged: served; failed: given up, with `error`. */
  state: PageState;
  /** Deliveries of the current content that failed so far. */
  attempts: number;
  /** The last failure's reason, or null. */
  error: string | null;
  /** RFC 3339: when the current content was merged, or null. */
  merged_at: string | null;
  /** SHA-256 of the content served (the last merged), or null: never merged yet. */
  served_sha256: string | null;
}

export type PutOutcome =
  /** created: a new name; replaced: new content; retried: the same content again after it failed. */
  | { kind: 'created' | 'replaced' | 'retried' | 'unchanged' }
  /** The same bytes are stored under another name (`pages.sha256` is UNIQUE). */
  | { kind: 'duplicate'; of: string };

const bounded = <T>(p: Promise<T>, what: string) => withTimeout(p, D1_TIMEOUT_MS, `D1 ${what}`);

/** One tiny read per request: the page set's version, never the pages. */
export async function readPageSetVersion(db: D1Database): Promise<PageSetVersion> {
  const row = await bounded(db.prepare('SELECT generation, epoch FROM page_set WHERE id = 1').first<PageSetVersion>(), 'read version');
  if (!row) throw new Error('page_set has no row: apply the D1 migrations');
  return row;
}

/**
 * The generation counts changes of what is served: the merged content of each page (`served_*`).
 * So it moves when a page is merged (`markMerged`) and when a served page is deleted, never when a
 * page only waits (pending) or fails: a replacement waits while the content before it is served.
 */
/**
 * Stores a page as pending, in one transaction, unless the same name already holds the same bytes
 * (and they did not fail: the same bytes again are then a retry). RETURNING tells the cases apart:
 * no row (identical re-PUT, nothing changed), else by the dates it set. `received_at` is renewed
 * only when the content changes.
 */
export async function putPage(db: D1Database, page: { name: string; sha256: string; bytes: number; text: string }, now: string): Promise<PutOutcome> {
  try {
    const [upsert] = await bounded(db.batch([
      db.prepare(`INSERT INTO pages (name, sha256, bytes, text, received_at, updated_at, state, attempts, error, sent_at, merged_at, report)
        VALUES (?1, ?2, ?3, ?4, ?5, NULL, 'pending', 0, NULL, ?5, NULL, NULL)
        ON CONFLICT (name) DO UPDATE SET
          received_at = CASE WHEN pages.sha256 <> excluded.sha256 THEN excluded.received_at ELSE pages.received_at END,
          updated_at = CASE WHEN pages.sha256 <> excluded.sha256 THEN excluded.received_at ELSE pages.updated_at END,
          sha256 = excluded.sha256, bytes = excluded.bytes, text = excluded.text,
          state = 'pending', attempts = 0, error = NULL, sent_at = excluded.sent_at, merged_at = NULL, report = NULL
        WHERE pages.sha256 <> excluded.sha256 OR pages.state = 'failed'
        RETURNING received_at, updated_at`).bind(page.name, page.sha256, page.bytes, page.text, now),
    ]), 'put page');
    const row = (upsert?.results as Array<{ received_at: string; updated_at: string | null }> | undefined)?.[0];
    if (!row) return { kind: 'unchanged' };
    return { kind: row.updated_at === now ? 'replaced' : row.received_at === now && row.updated_at === null ? 'created' : 'retried' };
  } catch (err) {
    // The whole batch rolled back. A concurrent PUT may have stored these bytes first: name it.
    if (!/UNIQUE constraint failed: pages\.sha256/.test(String((err as Error).message))) throw err;
    const holder = await findPageBySha(db, page.sha256);
    if (holder && holder !== page.name) return { kind: 'duplicate', of: holder };
    throw err;
  }
}

/** Deletes a page (and bumps the generation if it was served), in one transaction. False when there was no such page. */
export async function deletePage(db: D1Database, name: string): Promise<boolean> {
  const [, , deleted] = await bounded(db.batch([
    db.prepare('UPDATE page_set SET generation = generation + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM pages WHERE name = ?1 AND served_text IS NOT NULL)').bind(name),
    // The merge state must take the page out (migrations/0008_merge_due.sql).
    db.prepare(`INSERT OR REPLACE INTO merge_due (name, sha256) SELECT ?1, '' WHERE EXISTS (SELECT 1 FROM pages WHERE name = ?1 AND served_sha256 IS NOT NULL)`).bind(name),
    db.prepare('DELETE FROM pages WHERE name = ?1 RETURNING name').bind(name),
  ]), 'delete page');
  return (deleted?.results.length ?? 0) > 0;
}

/** The name holding these bytes, or null. */
export async function findPageBySha(db: D1Database, sha256: string): Promise<string | null> {
  const row = await bounded(db.prepare('SELECT name FROM pages WHERE sha256 = ?1').bind(sha256).first<{ name: string }>(), 'find page');
  return row?.name ?? null;
}

/** Every page's metadata and report (JSON text, once merged), by name (no texts). */
export async function listPages(db: D1Database): Promise<Array<PageMeta & { report: string | null }>> {
  const { results } = await bounded(db.prepare(`SELECT ${META}, report FROM pages ORDER BY name`).all<PageMeta & { report: string | null }>(), 'list pages');
  return results;
}

const META = 'name, sha256, bytes, received_at, updated_at, state, attempts, error, merged_at, served_sha256';

/** One page's metadata and, once merged, its report (JSON text); null when there is no such page. */
export async function pageStatus(db: D1Database, name: string): Promise<(PageMeta & { report: string | null }) | null> {
  return bounded(db.prepare(`SELECT ${META}, report FROM pages WHERE name = ?1`).bind(name).first<PageMeta & { report: string | null }>(), 'page status');
}

/** How many pages are stored, and how many of them wait or failed (for /status.json). */
export async function pageCounts(db: D1Database): Promise<{ total: number; pending: number; failed: number }> {
  const row = await bounded(db.prepare(`SELECT count(*) AS total, coalesce(sum(state = 'pending'), 0) AS pending,
    coalesce(sum(state = 'failed'), 0) AS failed FROM pages`).first<{ total: number; pending: number; failed: number }>(), 'count pages');
  return row ?? { total: 0, pending: 0, failed: 0 };
}

/** A served page's text, if it still serves that content (null: replaced or deleted since). */
export async function readServedPage(db: D1Database, name: string, sha256: string): Promise<Seed | null> {
  const row = await bounded(db.prepare('SELECT served_text AS text, served_received_at AS received_at FROM pages WHERE name = ?1 AND served_sha256 = ?2')
    .bind(name, sha256).first<{ text: string; received_at: string }>(), 'read served page');
  return row ? { name, text: row.text, received: row.received_at } : null;
}

/** A page the queue asks to merge, as stored now. */
export interface StoredPage {
  name: string;
  sha256: string;
  state: PageState;
  text: string;
  received_at: string;
  attempts: number;
}

/** The stored rows of these names (absent names: deleted since). */
export async function readStoredPages(db: D1Database, names: readonly string[]): Promise<StoredPage[]> {
  if (!names.length) return [];
  const marks = names.map((_, k) => `?${k + 1}`).join(', ');
  const { results } = await bounded(db.prepare(`SELECT name, sha256, state, text, received_at, attempts FROM pages WHERE name IN (${marks})`)
    .bind(...names).all<StoredPage>(), 'read pages');
  return results;
}

/**
 * Marks pages merged, with their reports, in one transaction; each only if it still holds the content
 * that was merged and is still pending (a page replaced or deleted meanwhile is left alone). The
 * generation moves once per page merged. Returns the names merged now.
 */
export async function markMerged(db: D1Database, pages: ReadonlyArray<{ name: string; sha256: string; report: string }>, now: string): Promise<string[]> {
  if (!pages.length) return [];
  const results = await bounded(db.batch(pages.flatMap((p) => [
    db.prepare(`UPDATE page_set SET generation = generation + 1 WHERE id = 1
      AND EXISTS (SELECT 1 FROM pages WHERE name = ?1 AND sha256 = ?2 AND state = 'pending')`).bind(p.name, p.sha256),
    // The merge state must merge this content (migrations/0008_merge_due.sql).
    db.prepare(`INSERT OR REPLACE INTO merge_due (name, sha256) SELECT ?1, ?2
      WHERE EXISTS (SELECT 1 FROM pages WHERE name = ?1 AND sha256 = ?2 AND state = 'pending')`).bind(p.name, p.sha256),
    db.prepare(`UPDATE pages SET state = 'merged', merged_at = ?3, report = ?4, error = NULL,
        served_sha256 = sha256, served_text = text, served_received_at = received_at
      WHERE name = ?1 AND sha256 = ?2 AND state = 'pending' RETURNING name`).bind(p.name, p.sha256, now, p.report),
  ])), 'mark merged');
  return results.flatMap((r) => (r.results as Array<{ name?: string }>).flatMap((x) => (x.name ? [x.name] : [])));
}

/** Counts a failed delivery of a pending page and keeps its reason; returns the attempts so far (0: not pending). */
export async function recordFailure(db: D1Database, name: string, sha256: string, error: string): Promise<number> {
  const row = await bounded(db.prepare(`UPDATE pages SET attempts = attempts + 1, error = ?3
    WHERE name = ?1 AND sha256 = ?2 AND state = 'pending' RETURNING attempts`).bind(name, sha256, error).first<{ attempts: number }>(), 'record failure');
  return row?.attempts ?? 0;
}

/** Gives up on a pending page: `failed`, with its reason (it is never served until PUT again). */
export async function markFailed(db: D1Database, name: string, sha256: string, error: string): Promise<boolean> {
  const row = await bounded(db.prepare(`UPDATE pages SET state = 'failed', error = ?3
    WHERE name = ?1 AND sha256 = ?2 AND state = 'pending' RETURNING name`).bind(name, sha256, error).first(), 'mark failed');
  return row !== null;
}

/** Pending pages last sent before `before` (RFC 3339), oldest first, at most `limit`. */
export async function pendingSentBefore(db: D1Database, before: string, limit: number): Promise<Array<{ name: string; sha256: string }>> {
  const { results } = await bounded(db.prepare(`SELECT name, sha256 FROM pages WHERE state = 'pending' AND (sent_at IS NULL OR sent_at < ?1)
    ORDER BY sent_at LIMIT ?2`).bind(before, limit).all<{ name: string; sha256: string }>(), 'read pending');
  return results;
}

/** Notes that the queue delivered a batch now (`stalledPending` reads it). */
export async function markDelivered(db: D1Database, now: string): Promise<void> {
  await bounded(db.prepare('INSERT INTO ingest_queue (id, delivered_at) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET delivered_at = excluded.delivered_at')
    .bind(now).run(), 'mark delivered');
}

/**
 * Pending pages the queue has stalled on: the queue has delivered no batch since `before` (RFC 3339)
 * while a page received before it still waits; then every pending page received before
 * `waitedSince`. Oldest first, at most `limit`.
 */
export async function stalledPending(db: D1Database, before: string, waitedSince: string, limit: number): Promise<Array<{ name: string; sha256: string; attempts: number }>> {
  const { results } = await bounded(db.prepare(`SELECT name, sha256, attempts FROM pages WHERE state = 'pending' AND received_at < ?2
      AND EXISTS (SELECT 1 FROM pages WHERE state = 'pending' AND received_at < ?1)
      AND NOT EXISTS (SELECT 1 FROM ingest_queue WHERE delivered_at >= ?1)
    ORDER BY received_at LIMIT ?3`).bind(before, waitedSince, limit).all<{ name: string; sha256: string; attempts: number }>(), 'read stalled');
  return results;
}

/** Notes that these pages' current contents were sent to the queue now. */
export async function markSent(db: D1Database, pages: ReadonlyArray<{ name: string; sha256: string }>, now: string): Promise<void> {
  if (!pages.length) return;
  await bounded(db.batch(pages.map((p) => db.prepare("UPDATE pages SET sent_at = ?3 WHERE name = ?1 AND sha256 = ?2 AND state = 'pending'")
    .bind(p.name, p.sha256, now))), 'mark sent');
}
