import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import page from '../fixtures/liveblog-captions.txt?raw';
import { settled } from '../ingest';

const BASE = 'http://chronofeed.test';
const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };
const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));
const put = (name: string, body: BodyInit, headers: Record<string, string> = {}) =>
  call(`/admin/seeds/${name}`, { method: 'PUT', body, headers: { ...AUTH, 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

describe('the ingest API', () => {
  it('refuses requests without a token or with a wrong one (401)', async () => {
    expect((await call('/admin/seeds')).status).toBe(401);
    expect((await call('/admin/seeds', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('adds a page: its events appear in the main, actor and topic feeds, on a new digest, rendered afresh', async () => {
    const before = await call('/feed.json?limit=500');
    await call('/feed.json'); // now cached (the first page at the default size is the cached variant)
    const digestBefore = (await (await call('/status.json')).json() as { seeds_digest: string }).seeds_digest;

    const res = await put('harbour-live.txt', page);
    expect(res.status).toBe(202);
    expect(res.headers.get('Location')).toBe('/admin/seeds/harbour-live.txt');
    const body = await res.json() as { state: string; status: string };
    expect(body).toMatchObject({ state: 'pending', status: '/admin/seeds/harbour-live.txt' });
    // The queue consumer merges it; its status then says so, with the page's report.
    const [merged] = await settled(['harbour-live.txt']);
    expect(merged!.state).toBe('merged');
    expect(merged!.report!.kind).toBe('liveblog');
    expect(merged!.report!.items).toBeGreaterThan(2);
    expect((await (await call('/status.json')).json() as { seeds_digest: string }).seeds_digest).not.toBe(digestBefore);

    expect((await call('/feed.json')).headers.get('X-Cache')).toBe('miss');
    const after = await call('/feed.json?limit=500');
    expect(after.headers.get('X-Cache')).toBe('bypass'); // other sizes are rendered, never stored
    const items = (await after.json() as { items: Array<{ title: string }> }).items.map((i) => i.title);
    expect(items).toContain('Port authority offers 4 percent raise');
    expect((await before.json() as { items: unknown[] }).items.length).toBeLessThan(items.length);

    const actor = await (await call('/actors/marta-quintela/feed.json')).json() as { items: Array<{ title: string }> };
    expect(actor.items.map((i) => i.title)).toContain('Union rejects offer as ‘insulting’');

    const listed = await (await call('/admin/seeds', { headers: AUTH })).json() as { added: Array<{ name: string; report: { items: number } }> };
    expect(listed.added.map((a) => a.name)).toEqual(['harbour-live.txt']);

    // Deleting it removes its events again.
    expect((await call('/admin/seeds/harbour-live.txt', { method: 'DELETE', headers: AUTH })).status).toBe(204);
    const gone = (await (await call('/feed.json?limit=500')).json() as { items: Array<{ title: string }> }).items.map((i) => i.title);
    expect(gone).not.toContain('Port authority offers 4 percent raise');
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const digest = async () => (await (await call('/status.json')).json() as { seeds_digest: string }).seeds_digest;
    const d0 = await digest();
    expect((await put('empty.txt', '   \n')).status).toBe(400);
    expect((await put('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))).status).toBe(400);
    expect((await put('page.txt', 'text', { 'Content-Type': 'application/octet-stream' })).status).toBe(415);
    expect((await put('..%2Fetc%2Fpasswd', 'text')).status).toBeGreaterThanOrEqual(400);
    expect((await put('a'.repeat(101), 'text')).status).toBe(400);
    expect((await put('big.txt', 'x'.repeat(2 * 1024 * 1024 + 1))).status).toBe(413);
    const bad = await put('empty.txt', '');
    expect(bad.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(await digest()).toBe(d0);
  });

  it('keeps feeds valid when a hostile page is added', async () => {
    const hostile = '\uFEFFHeadline with ]]> and </script>\r\n\r\nA body line with \u0001 control chars, <b>tags</b> & ]]> said the official on Monday.\r\n';
    expect((await put('hostile.txt', hostile)).status).toBe(202);
    await settled(['hostile.txt']);
    for (const p of ['/feed.rss', '/feed.atom', '/']) {
      const res = await call(p);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain('<b>tags</b>');
      expect(text).not.toMatch(/[\u0001]/);
    }
    // JSON Feed: title and summary are plain text; only content_html is HTML, and it is escaped.
    const json = await (await call('/feed.json?limit=500')).json() as { items: Array<{ content_html: string }> };
    expect(json.items.some((i) => i.content_html.includes('&lt;b&gt;tags&lt;/b&gt;'))).toBe(true);
    expect(json.items.every((i) => !i.content_html.includes('<b>tags</b>'))).toBe(true);
    await call('/admin/seeds/hostile.txt', { method: 'DELETE', headers: AUTH });
  });
});
