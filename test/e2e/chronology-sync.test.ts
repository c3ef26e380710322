import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { settled } from '../ingest';

type Event = { id: string; updated: string; reports: Array<{ seed: string }>; actors: Array<{ id: string }> };
type Page = { seeds_digest: string; updated: string; documents: Array<{ seed: string }>; events: Event[]; actors: Array<{ id: string }>; topics: unknown[]; next_url: string | null; since?: string; deleted?: Array<{ id: string; deleted_at: string }>; redirects?: unknown[] };

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };
const json = async (path: string) => {
  const res = await call(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as Page;
};
const pathOf = (url: string) => { const u = new URL(url); return `${u.pathname}${u.search}`; };
const PAGE = 'Harbour sync news\n\nPort of Lindqvist opens night berth\n\nThe port authority of Lindqvist opened its night berth on Tuesday March 7 2023, its director Mara Quist said.\n';

describe('/chronology.json in pages', () => {
  it('stays whole without parameters (the contract) and pages with limit and before, joining without gaps', async () => {
    const whole = await json('/chronology.json');
    expect(whole.next_url).toBeUndefined();
    const ids: string[] = [];
    let path: string | null = '/chronology.json?limit=7';
    for (let n = 0; path && n < 100; n++) {
      const p: Page = await json(path);
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['seeds_digest', 'updated', 'documents', 'events', 'actors', 'topics']));
      expect(p.events.length).toBeLessThanOrEqual(7);
      // A page carries the documents, actors and topics its events refer to, no more.
      const seeds = new Set(p.events.flatMap((e) => e.reports.map((r) => r.seed)));
      expect(p.documents.every((d) => seeds.has(d.seed))).toBe(true);
      expect(p.actors.every((a) => p.events.some((e) => e.actors.some((x) => x.id === a.id)))).toBe(true);
      ids.push(...p.events.map((e) => e.id));
      path = p.next_url ? pathOf(p.next_url) : null;
    }
    expect(ids).toEqual(whole.events.map((e) => e.id));
  });

  it('is never stored when paged: a page is rendered per request, the whole is cached', async () => {
    expect((await call('/chronology.json?limit=50')).headers.get('X-Cache')).toBe('bypass');
    await call('/chronology.json');
    expect((await call('/chronology.json')).headers.get('X-Cache')).toBe('hit');
  });

  it('refuses a since that names no instant, and feeds do not take since', async () => {
    for (const q of ['since=yesterday', 'since=2026-01-01', 'since=2026-01-01T00:00:00', 'since=2026-13-01T00:00:00Z']) {
      expect((await call(`/chronology.json?${q}`)).status, q).toBe(400);
    }
    expect((await call('/feed.json?since=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await call('/chronology.json?since=2026-01-01T01:00:00%2B01:00')).status).toBe(200);
  });
});

describe('a newsroom sync with since', () => {
  it('lists the events changed since then, oldest change first, each with its updated', async () => {
    const all = await json('/chronology.json?since=2000-01-01T00:00:00Z&limit=500');
    const whole = await json('/chronology.json');
    expect(all.events.map((e) => e.id).sort()).toEqual(whole.events.map((e) => e.id).sort());
    for (let i = 1; i < all.events.length; i++) expect(all.events[i - 1]!.updated <= all.events[i]!.updated).toBe(true);
    expect(all.since).toBe('2000-01-01T00:00:00.000Z');
    expect((await json('/chronology.json?since=2999-01-01T00:00:00Z')).events).toEqual([]);
  });

  it('shows a page added after the sync point, and its events as tombstones once the page is deleted', async () => {
    await json('/chronology.json');
    const t0 = new Date().toISOString();
    const put = await call('/admin/seeds/sync-page.txt', { method: 'PUT', body: PAGE, headers: { ...AUTH, 'Content-Type': 'text/plain' } });
    expect(put.status).toBe(202);
    await settled(['sync-page.txt']);
    const added = await json(`/chronology.json?since=${t0}`);
    const mine = added.events.filter((e) => e.reports.some((r) => r.seed === 'sync-page.txt'));
    expect(mine.length).toBeGreaterThan(0);
    expect(added.events.every((e) => e.updated >= t0)).toBe(true);
    expect(added.documents.some((d) => d.seed === 'sync-page.txt')).toBe(true);

    const t1 = new Date().toISOString();
    expect((await call('/admin/seeds/sync-page.txt', { method: 'DELETE', headers: AUTH })).status).toBe(204);
    let deleted: string[] = [];
    // The build that drops the events records them after answering (waitUntil): poll briefly.
    for (let i = 0; i < 50 && !mine.every((e) => deleted.includes(e.id)); i++) {
      deleted = ((await json(`/chronology.json?since=${t1}`)).deleted ?? []).map((d) => d.id);
      if (!mine.every((e) => deleted.includes(e.id))) await new Promise((r) => setTimeout(r, 50));
    }
    expect(deleted).toEqual(expect.arrayContaining(mine.map((e) => e.id)));
    expect((await json(`/chronology.json?since=${t1}`)).events.some((e) => e.reports.some((r) => r.seed === 'sync-page.txt'))).toBe(false);
  });
});
