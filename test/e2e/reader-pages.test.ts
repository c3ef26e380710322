import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { settled } from '../ingest';
import htmlPage from '../fixtures/html/harbour-live.html?raw';

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };
const text = async (path: string) => { const r = await call(path); expect(r.status, path).toBe(200); return r.text(); };
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">/g)].map((m) => ({ type: m[1], href: m[2]!.replace(/&amp;/g, '&') }));

describe('rough edges', () => {
  it('keeps CORS, validators and Cache-Control on a 304 (If-None-Match and If-Modified-Since)', async () => {
    const first = await call('/feed.atom');
    const conditions: Array<Record<string, string>> = [{ 'If-None-Match': first.headers.get('ETag')! }, { 'If-Modified-Since': first.headers.get('Last-Modified')! }];
    for (const headers of conditions) {
      const res = await call('/feed.atom', { headers });
      expect(res.status).toBe(304);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('ETag')).toBe(first.headers.get('ETag'));
      expect(res.headers.get('Last-Modified')).toBe(first.headers.get('Last-Modified'));
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    }
  });

  it('answers a wrong method on a known path with 405 and Allow, and an unknown path with 404', async () => {
    for (const [method, path] of [['POST', '/feed.json'], ['PUT', '/actors/sergey-lavrov/feed.atom'], ['DELETE', '/events/x'], ['POST', '/timeline'], ['POST', '/calendar.ics']]) {
      const res = await call(path!, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    }
    expect((await call('/nothing-here', { method: 'POST' })).status).toBe(404);
  });

  it('writes "1 event" and "1 report", never "1 events" or "report(s)"', async () => {
    const pages = [await text('/'), await text('/timeline'), await text('/actors/sergey-lavrov')];
    for (const html of pages) {
      expect(html).not.toMatch(/\b1 (events|reports)\b|report\(s\)/);
      expect(html).toMatch(/\b\d+ reports?\b/);
    }
    expect(pages.join('')).toMatch(/\b1 report\b/);
  });

  it('counts in /actors.json the events each actor feed serves', async () => {
    const { actors } = await (await call('/actors.json')).json() as { actors: Array<{ id: string; events: number }> };
    for (const id of ['russia', 'ukraine', 'united-states', 'sergey-lavrov', 'nato']) {
      const feed = await (await call(`/actors/${id}/feed.json?limit=500`)).json() as { items: unknown[] };
      expect(actors.find((a) => a.id === id)!.events, id).toBe(feed.items.length);
    }
  });

  it('allows the pages’ one style by its SHA-256 in the CSP, with no nonce', async () => {
    for (const path of ['/', '/timeline', '/actors/russia']) {
      const res = await call(path);
      const csp = res.headers.get('Content-Security-Policy')!;
      expect(csp).not.toMatch(/nonce/);
      const style = /<style>([^<]*)<\/style>/.exec(await res.text())![1]!;
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style)));
      expect(csp).toContain(`style-src 'sha256-${btoa(String.fromCharCode(...digest))}'`);
      expect(csp).toContain("default-src 'none'");
    }
  });

  it('titles each feed distinctly: site, then actor or topic, then its variant', async () => {
    const title = async (path: string) => (await (await call(path)).json() as { title: string }).title;
    expect(await title('/feed.json')).toBe('chronofeed');
    expect(await title('/actors/sergey-lavrov/feed.json')).toBe('chronofeed — Sergey Lavrov');
    expect(await title('/actors/sergey-lavrov/feed.json?include=mentions')).toBe('chronofeed — Sergey Lavrov (with mentions)');
    expect(await title('/topics/nord-stream-2/feed.json')).toBe('chronofeed — Nord Stream 2');
    expect(await title('/feed.json?filter=gas')).toBe('chronofeed (with “gas”)');
  });

  it('reads an HTML page sent to the ingest API: entities decoded, one line per paragraph and heading, items found', async () => {
    const res = await call('/admin/seeds/harbour-live.html.txt', { method: 'PUT', body: htmlPage, headers: { ...AUTH, 'Content-Type': 'text/plain; charset=utf-8' } });
    expect(res.status).toBe(202);
    const report = (await settled(['harbour-live.html.txt']))[0]!.report!;
    expect(report.kind).toBe('liveblog');
    expect(report.items).toBeGreaterThanOrEqual(4);
    const feed = await (await call('/feed.json?outlet=Coastline%20News&limit=500')).json() as { items: Array<{ id: string; title: string; content_html: string }> };
    const titles = feed.items.map((i) => i.title);
    expect(titles).toContain('Union rejects offer as ‘insulting’');
    expect(titles).toContain('Port authority offers 4 percent raise');
    const all = feed.items.map((i) => i.content_html).join('');
    expect(all).toContain('Tomás Ferreira');
    expect(all).not.toMatch(/&(?:aacute|rsquo|ldquo|nbsp|#8220|#x201D);/);
    expect(all).toContain('&lt;script&gt; stays text');
    // Its event page: the outlet, the page's title linked to its URL, when it was published.
    const page = await text(new URL(feed.items.find((i) => i.title.startsWith('Union rejects'))!.id).pathname);
    expect(page).toContain('<h3>Coastline News</h3>');
    expect(page).toContain('<a href="https://coastline.example.org/live/2023/03/09/harbour-strike" rel="noopener noreferrer">Live: Harbour strike enters third day as unions and port authority trade blame</a>');
    expect(page).toMatch(/published <time datetime="2023-03-09/);
    expect(page).toMatch(/<h1>Union rejects offer as ‘insulting’<\/h1><p class="meta"><time datetime="2023-03-09">Thursday 9 March 2023<\/time>/);
    expect((await call('/admin/seeds/harbour-live.html.txt', { method: 'DELETE', headers: AUTH })).status).toBe(204);
  });
});

describe('pages a journalist uses', () => {
  it('shows a timeline grouped by day, paged with a cursor that joins up', async () => {
    const first = await text('/timeline');
    expect(first).toMatch(/<html lang="en">/);
    expect(first).toMatch(/<h2><time datetime="2022-\d\d-\d\d">\w+day \d+ \w+ 2022<\/time><\/h2>/);
    const next = /<a href="(\/timeline\?before=[^"]+)" rel="next">/.exec(first)![1]!;
    const second = await text(next);
    const ids = (html: string) => [...html.matchAll(/<h3><a href="\/events\/([^"]+)">/g)].map((m) => m[1]);
    const a = ids(first);
    const b = ids(second);
    expect(a.length).toBe(50);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const all = (await (await call('/feed.json?limit=500')).json() as { items: Array<{ id: string }> }).items.map((i) => i.id.split('/').pop());
    expect([...a, ...b]).toEqual(all.slice(0, a.length + b.length));
  });

  it('filters the timeline by actor, topic, outlet and words, and links the feeds that hold the same events', async () => {
    const html = await text('/timeline?actor=russia&filter=Nord%20Stream|SWIFT');
    expect(html).toMatch(/<h1>Timeline: events by Russia, with “nord stream” or “swift”<\/h1>/);
    const titles = [...html.matchAll(/<h3><a href="\/events\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(titles.length).toBeGreaterThan(0);
    const feed = await (await call('/actors/russia/feed.json?filter=nord%20stream|swift&limit=500')).json() as { items: unknown[] };
    expect(titles.length).toBe(feed.items.length);
    expect(alternates(html)).toContainEqual({ type: 'application/atom+xml', href: '/actors/russia/feed.atom?filter=nord+stream|swift' });
    const byOutlet = await text('/timeline?outlet=cnn');
    expect(byOutlet).toMatch(/reported by cnn/);
    expect((await text('/timeline?topic=nord-stream-2')).match(/<h3><a href="\/events\//g)!.length)
      .toBe((await (await call('/topics/nord-stream-2/feed.json?limit=500')).json() as { items: unknown[] }).items.length);
    expect((await call('/timeline?actor=nobody-at-all')).status).toBe(404);
    expect((await call('/timeline?q=gas')).status).toBe(400);
  });

  it('has a page per actor with its events, its feeds and autodiscovery, and related actors', async () => {
    const html = await text('/actors/sergey-lavrov');
    expect(html).toContain('<h1>Sergey Lavrov</h1>');
    expect(alternates(html).map((l) => l.href)).toEqual(['/actors/sergey-lavrov/feed.atom', '/actors/sergey-lavrov/feed.rss', '/actors/sergey-lavrov/feed.json']);
    expect(html).toContain('<h2>Related actors</h2>');
    expect(html).toMatch(/<a href="\/actors\/[a-z-]+">[^<]+<\/a> <small>\(\d+ shared events?\)<\/small>/);
    expect((await call('/actors/nobody-at-all')).status).toBe(404);
  });

  it('has a page per topic with its events and feeds', async () => {
    const html = await text('/topics/nord-stream-2');
    expect(html).toContain('<h1>Nord Stream 2</h1>');
    expect(alternates(html).map((l) => l.href)).toContain('/topics/nord-stream-2/feed.atom');
    expect(html).toContain('href="/topics/nord-stream-2/calendar.ics"');
  });

  it('shows on an event page its day, its actors and topics linked to their pages, and every report', async () => {
    const chron = await (await call('/chronology.json')).json() as { events: Array<{ id: string; reports: Array<{ publisher: string }>; topics: Array<{ id: string }> }> };
    const e = chron.events.find((x) => x.reports.length > 1 && x.topics.length)!;
    const html = await text(`/events/${e.id}`);
    for (const r of e.reports) expect(html).toContain(`<h3>${r.publisher}</h3>`);
    expect(html).toContain(`href="/topics/${e.topics[0]!.id}"`);
    expect(html).toContain(`${e.reports.length} reports`);
    expect(alternates(html).length).toBeGreaterThan(0);
  });

  it('carries <link rel="alternate"> on every HTML page, and lang, a viewport and labelled form fields', async () => {
    for (const path of ['/', '/timeline', '/timeline?topic=nord-stream-2', '/actors/russia', '/topics/nord-stream-2']) {
      const html = await text(path);
      expect(alternates(html).length, path).toBeGreaterThan(0);
      expect(html).toContain('<meta name="viewport"');
      for (const m of html.matchAll(/<(input|select)\b[^>]*>/g)) expect(html.slice(Math.max(0, m.index! - 120), m.index)).toMatch(/<label>[^<]*$/);
    }
  });

  it('links the OPML and the calendar from /', async () => {
    const html = await text('/');
    expect(html).toContain('href="/feeds.opml"');
    expect(html).toContain('href="/calendar.ics"');
    expect(html).toContain('href="/actors/russia"');
  });
});
