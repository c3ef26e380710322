import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const BASE = 'http://chronofeed.test';
const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

describe('feeds', () => {
  for (const [path, type] of [
    ['/feed.rss', 'application/rss+xml; charset=utf-8'],
    ['/feed.atom', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
  ] as const) {
    it(`${path} has its registered type, validators, CORS and caching headers`, async () => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(type);
      expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]+"$/);
      expect(res.headers.get('Last-Modified')).toMatch(/GMT$/);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    });
  }

  it('gives the same bytes to two identical requests (no "now" in the output)', async () => {
    const a = await (await get('/feed.atom')).text();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await (await get('/feed.atom')).text();
    expect(b).toBe(a);
  });

  it('answers If-None-Match and If-Modified-Since with 304 and no body', async () => {
    const first = await get('/feed.rss');
    const etag = first.headers.get('ETag')!;
    const lm = first.headers.get('Last-Modified')!;
    const byTag = await get('/feed.rss', { headers: { 'If-None-Match': etag } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect(byTag.headers.get('ETag')).toBe(etag);
    const byDate = await get('/feed.rss', { headers: { 'If-Modified-Since': lm } });
    expect(byDate.status).toBe(304);
    const older = await get('/feed.rss', { headers: { 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' } });
    expect(older.status).toBe(200);
  });

  it('judges If-None-Match alone when both are sent (RFC 9110 13.2.2)', async () => {
    const first = await get('/feed.rss');
    const res = await get('/feed.rss', { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': first.headers.get('Last-Modified')! } });
    expect(res.status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/feed.json', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/feed\+json/);
    expect(await res.text()).toBe('');
  });

  it('pages with limit and before, and the pages join up without gaps or repeats', async () => {
    const all = JSON.parse(await (await get('/feed.json?limit=500')).text()).items.map((i: { id: string }) => i.id);
    const p1 = JSON.parse(await (await get('/feed.json?limit=7')).text());
    expect(p1.items).toHaveLength(7);
    const p2 = JSON.parse(await (await exports.default.fetch(p1.next_url)).text());
    expect([...p1.items, ...p2.items].map((i: { id: string }) => i.id)).toEqual(all.slice(0, 14));
  });

  it('rejects malformed parameters with a problem+json 400', async () => {
    for (const q of ['limit=0', 'limit=501', 'limit=abc', 'before=NOT_AN_ID', 'include=everything', 'before=no-such-event-1']) {
      const res = await get(`/feed.atom?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
      const body = await res.json() as { status: number; title: string; detail: string };
      expect(body.status).toBe(400);
      expect(body.detail).not.toMatch(/at .*\.ts|node_modules|\/work\//);
    }
  });

  it('says X-Cache: miss the first time a body is rendered and hit after', async () => {
    const path = '/topics.json';
    const first = await get(path);
    const second = await get(path);
    expect([first.headers.get('X-Cache'), second.headers.get('X-Cache')]).toEqual(['miss', 'hit']);
  });
});

describe('actor and topic feeds', () => {
  it('lists actors and topics sorted by event count, each with its feed URLs', async () => {
    const actors = (await (await get('/actors.json')).json() as { actors: Array<{ id: string; events: number; feeds: { atom: string } }> }).actors;
    expect(actors.length).toBeGreaterThan(10);
    for (let i = 1; i < actors.length; i++) expect(actors[i - 1]!.events).toBeGreaterThanOrEqual(actors[i]!.events);
    expect(actors[0]!.feeds.atom).toBe(`${BASE}/actors/${actors[0]!.id}/feed.atom`);
    const topics = (await (await get('/topics.json')).json() as { topics: Array<{ id: string }> }).topics;
    expect(topics.map((t) => t.id)).toContain('nord-stream-2');
  });

  it('serves an actor feed titled with the actor’s name, holding events where the actor is principal', async () => {
    const res = await get('/actors/sergey-lavrov/feed.json');
    expect(res.status).toBe(200);
    const feed = await res.json() as { title: string; items: Array<{ id: string }> };
    expect(feed.title).toBe('chronofeed — Sergey Lavrov');
    expect(feed.items.length).toBeGreaterThan(2);
    const chron = await (await get('/chronology.json')).json() as { events: Array<{ id: string; actors: Array<{ id: string; role: string }> }> };
    for (const item of feed.items) {
      const e = chron.events.find((x) => item.id.endsWith(`/events/${x.id}`))!;
      expect(e.actors.some((a) => a.id === 'sergey-lavrov' && a.role === 'principal')).toBe(true);
    }
  });

  it('adds the events that only mention the actor with include=mentions', async () => {
    const principal = (await (await get('/actors/vladimir-putin/feed.json?limit=500')).json() as { items: unknown[] }).items.length;
    const all = (await (await get('/actors/vladimir-putin/feed.json?limit=500&include=mentions')).json() as { items: unknown[] }).items.length;
    expect(all).toBeGreaterThan(principal);
  });

  it('serves a topic feed', async () => {
    const res = await get('/topics/nord-stream-2/feed.rss');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>chronofeed — Nord Stream 2</title>');
  });

  it('answers unknown actors and topics with a problem+json 404', async () => {
    for (const p of ['/actors/nobody-at-all/feed.rss', '/topics/no-such-topic/feed.json']) {
      const res = await get(p);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    }
  });
});

describe('events, chronology, status, index', () => {
  it('/chronology.json follows the contract, with lines pointing at headlines', async () => {
    const c = await (await get('/chronology.json')).json() as {
      seeds_digest: string; documents: Array<{ seed: string; kind: string; items: number }>;
      events: Array<{ id: string; event_date: string | null; time_basis: string; reports: Array<{ seed: string; line: number; headline: string }> }>;
    };
    expect(c.seeds_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c.documents).toHaveLength(5);
    expect(c.events.length).toBeGreaterThan(50);
    for (const e of c.events) {
      expect(['stated', 'estimated', 'day']).toContain(e.time_basis);
      for (const r of e.reports) expect(r.line).toBeGreaterThan(0);
    }
  });

  it('serves each event as an HTML permalink and as JSON', async () => {
    const feed = await (await get('/feed.json?limit=1')).json() as { items: Array<{ id: string; url: string }> };
    const url = new URL(feed.items[0]!.url);
    const html = await get(url.pathname);
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    const json = await get(`${url.pathname}.json`);
    expect(json.status).toBe(200);
    expect((await json.json() as { id: string }).id).toBe(url.pathname.split('/').pop());
  });

  it('answers an unknown event id with a problem+json 404', async () => {
    const res = await get('/events/never-was-an-event-000000');
    expect(res.status).toBe(404);
    expect((await res.json() as { title: string }).title).toBe('Unknown event');
  });

  it('serves an index with autodiscovery links for the three main feeds', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(html).toContain('<link rel="alternate" type="application/feed+json"');
  });

  it('reports digest, build time, per-seed reports and cache state in /status.json', async () => {
    const s = await (await get('/status.json')).json() as {
      seeds_digest: string; built_at: string; documents_total: number; documents: Array<{ published: string | null; items: number; dropped_lines: number; warnings: string[] }>; cache: { chronology: string };
    };
    expect(s.seeds_digest).toMatch(/^sha256:/);
    expect(s.documents.every((d) => typeof d.dropped_lines === 'number')).toBe(true);
    // Every page counted, the newest listed first.
    expect(s.documents_total).toBe(s.documents.length);
    const published = s.documents.map((d) => d.published ?? '');
    expect(published).toEqual([...published].sort().reverse());
    expect(['memory', 'kv', 'built', 'fallback']).toContain(s.cache.chronology);
  });

  it('answers an unknown path with a problem+json 404', async () => {
    const res = await get('/nothing/here');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
  });
});
