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

export interface PageMeta {
  name: string;
  sha256: string;
  bytes: number;
  /** RFC 3339: when this content was first received (kept on an identical re-PUT). */
  received_at: string;
  /** RFC 3339 of the last replacement with changed content, or null. */
  updated_at: string | null;
}

export type PutOutcome =
  | { kind: 'created' | 'replaced' | 'unchanged' }
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
 * Stores a page in one transaction: bumps the generation unless the same name already holds the same
 * bytes, then inserts or replaces the row. RETURNING tells the three cases apart: no row (identical
 * re-PUT, nothing changed), `updated_at` null (created), set (replaced). `received_at` is renewed
 * only when the content changes.
 */
export async function putPage(db: D1Database, page: { name: string; sha256: string; bytes: number; text: string }, now: string): Promise<PutOutcome> {
  try {
    const [, upsert] = await bounded(db.batch([
      db.prepare('UPDATE page_set SET generation = generation + 1 WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM pages WHERE name = ?1 AND sha256 = ?2)')
        .bind(page.name, page.sha256),
      db.prepare(`INSERT INTO pages (name, sha256, bytes, text, received_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, NULL)
        ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes, text = excluded.text,
          received_at = excluded.received_at, updated_at = excluded.received_at
        WHERE pages.sha256 <> excluded.sha256
        RETURNING updated_at`).bind(page.name, page.sha256, page.bytes, page.text, now),
    ]), 'put page');
    const row = (upsert?.results as Array<{ updated_at: string | null }> | undefined)?.[0];
    return { kind: !row ? 'unchanged' : row.updated_at === null ? 'created' : 'replaced' };
  } catch (err) {
    // The whole batch rolled back. A concurrent PUT may have stored these bytes first: name it.
    if (!/UNIQUE constraint failed: pages\.sha256/.test(String((err as Error).message))) throw err;
    const holder = await findPageBySha(db, page.sha256);
    if (holder && holder !== page.name) return { kind: 'duplicate', of: holder };
    throw err;
  }
}

/** Deletes a page and bumps the generation, in one transaction. False when there was no such page. */
export async function deletePage(db: D1Database, name: string): Promise<boolean> {
  const [, deleted] = await bounded(db.batch([
    db.prepare('UPDATE page_set SET generation = generation + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM pages WHERE name = ?1)').bind(name),
    db.prepare('DELETE FROM pages WHERE name = ?1 RETURNING name').bind(name),
  ]), 'delete page');
  return (deleted?.results.length ?? 0) > 0;
}

/** The name holding these bytes, or null. */
export async function findPageBySha(db: D1Database, sha256: string): Promise<string | null> {
  const row = await bounded(db.prepare('SELECT name FROM pages WHERE sha256 = ?1').bind(sha256).first<{ name: string }>(), 'find page');
  return row?.name ?? null;
}

/** Every page's metadata, by name (no texts). */
export async function listPages(db: D1Database): Promise<PageMeta[]> {
  const { results } = await bounded(db.prepare('SELECT name, sha256, bytes, received_at, updated_at FROM pages ORDER BY name').all<PageMeta>(), 'list pages');
  return results;
}

/**
 * Every page with its text, for a build only. One batch, so the version and the rows come from one
 * snapshot of the database.
 */
export async function readPagesForBuild(db: D1Database): Promise<{ version: PageSetVersion; seeds: Seed[]; hashes: Array<{ name: string; sha256: string }> }> {
  const [version, pages] = await bounded(db.batch([
    db.prepare('SELECT generation, epoch FROM page_set WHERE id = 1'),
    db.prepare('SELECT name, sha256, text, received_at FROM pages ORDER BY name'),
  ]), 'read pages');
  const rows = (pages?.results ?? []) as Array<{ name: string; sha256: string; text: string; received_at: string }>;
  const v = (version?.results as PageSetVersion[] | undefined)?.[0];
  if (!v) throw new Error('page_set has no row: apply the D1 migrations');
  return {
    version: v,
    seeds: rows.map((r) => ({ name: r.name, text: r.text, received: r.received_at })),
    hashes: rows.map((r) => ({ name: r.name, sha256: r.sha256 })),
  };
}
