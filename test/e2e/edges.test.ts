import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { BUNDLED_SEEDS } from '../../src/generated/seeds';
import { call } from '../call';
import { settled } from '../ingest';
import { distinctPage } from '../pages';

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };
const put = (name: string, body: string, type = 'text/plain; charset=utf-8') =>
  call(`/admin/seeds/${name}`, { method: 'PUT', body, headers: { ...AUTH, 'Content-Type': type } });
const kvKeys = async () => (await env.CHRONO_KV.list()).keys.map((k) => k.name);

describe('cache keys the Worker controls', () => {
  it('refuses 20 requests with unknown parameters with a 400 naming the parameter, and writes no KV key', async () => {
    const before = await kvKeys();
    for (let n = 0; n < 20; n++) {
      const path = ['/feed.json', '/chronology.json', '/actors.json', '/', '/topics/nord-stream-2/feed.rss'][n % 5]!;
      const res = await call(`${path}?utm_source=${n}`);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
      expect((await res.json() as { detail: string }).detail).toContain('"utm_source"');
    }
    expect(await kvKeys()).toEqual(before);
  });

  it('refuses include on feeds other than actor feeds, and a repeated parameter', async () => {
    expect((await call('/feed.json?include=mentions')).status).toBe(400);
    expect((await call('/feed.json?limit=5&limit=6')).status).toBe(400);
    expect((await call('/actors/sergey-lavrov/feed.json?include=mentions')).status).toBe(200);
  });

  it('refuses a 2,000-character query with a 400', async () => {
    const res = await call(`/feed.json?before=${'a'.repeat(1993)}`);
    expect(res.status).toBe(400);
    expect((await res.json() as { title: string }).title).toBe('Query too long');
  });

  it('keeps every KV key short whatever the request, and gives cached output a TTL', async () => {
    await call('/actors/sergey-lavrov/feed.atom?include=mentions');
    await call('/chronology.json');
    const { keys } = await env.CHRONO_KV.list();
    expect(Math.max(...keys.map((k) => k.name.length))).toBeLessThan(120);
    for (const k of keys.filter((x) => /^(body|chronology):/.test(x.name))) expect(k.expiration, k.name).toBeGreaterThan(Date.now() / 1000);
  });

  it('caches one variant per route: the default first page', async () => {
    expect((await call('/feed.rss?limit=50')).headers.get('X-Cache')).toMatch(/miss|hit|shared/); // 50 is the default, dropped
    expect((await call('/feed.rss?limit=7')).headers.get('X-Cache')).toBe('bypass');
  });
});

describe('strict edges of the ingest API', () => {
  it('answers text/plain-evil and charset=utf-8x with 415, and takes the spellings of UTF-8 text/plain', async () => {
    expect((await put('evil.txt', distinctPage(1, 1), 'text/plain-evil')).status).toBe(415);
    expect((await put('evil.txt', distinctPage(1, 1), 'text/plain; charset=utf-8x')).status).toBe(415);
    expect((await put('evil.txt', distinctPage(1, 1), 'text/plain; charset=latin1')).status).toBe(415);
    expect((await put('ok-1.txt', distinctPage(1, 1), 'Text/Plain; Charset="UTF-8"')).status).toBe(202);
    expect((await put('ok-2.txt', distinctPage(1, 2), 'text/plain')).status).toBe(202);
    expect((await put('ok-3.txt', distinctPage(1, 3), 'text/plain ; charset=utf-8')).status).toBe(202); // OWS before ";" (RFC 9110 §5.6.6)
  });

  it('answers a bundled seed’s name with 409', async () => {
    const res = await put(BUNDLED_SEEDS[0]!.name, distinctPage(2, 1));
    expect(res.status).toBe(409);
    expect((await call(`/admin/seeds/${BUNDLED_SEEDS[0]!.name}`, { method: 'DELETE', headers: AUTH })).status).toBe(409);
  });

  it('answers the same page under a second name with 409 naming the first, and an identical re-PUT with 200 and no change', async () => {
    const page = distinctPage(3, 1);
    expect((await put('first.txt', page)).status).toBe(202);
    await settled(['first.txt']);
    const listed = async () => (await (await call('/admin/seeds', { headers: AUTH })).json() as { added: Array<{ name: string; received_at: string; updated_at: string | null }> }).added;
    const first = (await listed()).find((p) => p.name === 'first.txt')!;
    const dup = await put('second.txt', page);
    expect(dup.status).toBe(409);
    expect((await dup.json() as { detail: string }).detail).toContain('"first.txt"');
    const again = await put('first.txt', page);
    expect(again.status).toBe(200);
    expect((await again.json() as { outcome: string }).outcome).toBe('unchanged');
    expect((await listed()).find((p) => p.name === 'first.txt')).toEqual(first);
    // A bundled seed's text under a new name is a duplicate too.
    expect((await put('copy-of-bundled.txt', BUNDLED_SEEDS[1]!.text)).status).toBe(409);
    // Changed content renews received_at and sets updated_at.
    await new Promise((r) => setTimeout(r, 5));
    const changed = await put('first.txt', distinctPage(3, 2));
    expect(changed.status).toBe(202);
    expect((await changed.json() as { outcome: string }).outcome).toBe('replaced');
    const now = (await listed()).find((p) => p.name === 'first.txt')!;
    expect(now.received_at > first.received_at).toBe(true);
    expect(now.updated_at).toBe(now.received_at);
  });

  it('checks front matter and answers a malformed block with a 400 naming the line', async () => {
    const ok = `---\nurl: https://www.example.com/news/1\npublished: 2022-01-27T11:54:00Z\npublisher: Example News\n---\n${distinctPage(4, 1)}`;
    expect((await put('front-ok.txt', ok)).status).toBe(202);
    for (const [body, line] of [
      [`---\nurl: https://www.example.com/a\npublished: 27 January 2022\n---\n${distinctPage(4, 2)}`, 3],
      [`---\nurl: ftp://example.com/a\n---\n${distinctPage(4, 3)}`, 2],
      [`---\nauthor: Someone\n---\n${distinctPage(4, 4)}`, 2],
      [`---\ntitle: Never closed\n${distinctPage(4, 5)}`, 1],
    ] as const) {
      const res = await put('front-bad.txt', body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect((await res.json() as { detail: string }).detail).toContain(`line ${line}:`);
    }
  });
});

describe('CORS and status', () => {
  it('answers a cross-origin preflight on /admin without Access-Control-Allow-Origin; feeds keep *', async () => {
    const pre = await call('/admin/seeds/x', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' } });
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const put2 = await call('/admin/seeds/x', { method: 'PUT', body: 'x', headers: { ...AUTH, Origin: 'https://evil.example', 'Content-Type': 'text/plain' } });
    expect(put2.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const feed = await call('/feed.json', { headers: { Origin: 'https://reader.example' } });
    expect(feed.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers a preflight from ADMIN_CORS_ORIGIN, and only from it, when that origin is configured', async () => {
    const app = createApp();
    const configured = { ...env, ADMIN_CORS_ORIGIN: 'https://newsroom.example' };
    const preflight = (origin: string) => app.fetch(new Request('http://chronofeed.test/admin/seeds/x', {
      method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' },
    }), configured, createExecutionContext());
    expect((await preflight('https://newsroom.example')).headers.get('Access-Control-Allow-Origin')).toBe('https://newsroom.example');
    expect((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('shows no raw error text in /status.json without the admin token', async () => {
    const body = JSON.stringify(await (await call('/status.json')).json());
    expect(body).not.toMatch(/D1_ERROR|timed out|KV unavailable|TypeError/);
    const admin = await (await call('/status.json', { headers: AUTH })).json() as { cache: { kv: object } };
    expect(admin.cache.kv).toHaveProperty('lastError');
  });
});
