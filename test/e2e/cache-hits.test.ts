import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { Env } from '../../src/http/env';
import { sha256Hex } from '../../src/model/digest';
import { acceptsGzip } from '../../src/http/representation';
import { mergeBatch } from '../../src/queue/ingest';
import type { BodyMeta } from '../../src/store/kv';
import { putPage } from '../../src/store/pages';
import { VERSION_FRESH_MS } from '../../src/http/version-memo';
import { forgetIsolate } from '../../src/http/chronology-source';
import { recentBodiesHeld } from '../../src/http/recent-bodies';

const BASE = 'http://chronofeed.test';
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { headers }));
  const body = new Uint8Array(await res.arrayBuffer());
  return { res, body };
};

describe('a cache hit', () => {
  it('is answered from one KV read, with no chronology loaded (Server-Timing says none was needed)', async () => {
    await get('/feed.json');
    const { res } = await get('/feed.json');
    expect(res.headers.get('X-Cache')).toBe('hit');
    expect(res.headers.get('Server-Timing')).toBe('chronology;dur=0;desc="none"');
  });

  it('carries the same headers as a miss, security and CORS included (it is built before the app and its middleware run)', async () => {
    const names = (r: Response) => [...r.headers.keys()].filter((k) => !['x-cache', 'server-timing', 'content-length'].includes(k)).sort();
    const miss = (await get('/topics/nord-stream-2/feed.atom')).res;
    const hit = (await get('/topics/nord-stream-2/feed.atom')).res;
    expect(hit.headers.get('X-Cache')).toBe('hit');
    expect(names(hit)).toEqual(names(miss));
    for (const h of names(miss)) expect(hit.headers.get(h), h).toBe(miss.headers.get(h));
  });

  for (const file of ['feed.rss', 'feed.atom', 'feed.json']) {
    it(`serves /${file} as stored gzip bytes when the client takes gzip, and the same bytes inflated when not`, async () => {
      await get(`/${file}`);
      const gz = await get(`/${file}`, { 'Accept-Encoding': 'gzip, br' });
      const plain = await get(`/${file}`);
      expect(gz.res.headers.get('Content-Encoding')).toBe('gzip');
      expect(gz.res.headers.get('Vary')).toBe('Accept-Encoding');
      expect(plain.res.headers.get('Content-Encoding')).toBeNull();
      expect(plain.res.headers.get('Vary')).toBe('Accept-Encoding');
      // The test's fetch inflates a gzip response as a client would: the bytes are the same.
      expect(gz.body).toEqual(plain.body);
      const tag = plain.res.headers.get('ETag')!;
      expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(gz.res.headers.get('ETag')).toBe(`${tag.slice(0, -1)}-gzip"`);
    });
  }

  it('keeps the body in KV as gzip bytes with its type, ETag and Last-Modified as metadata', async () => {
    const { res } = await get('/feed.atom');
    const { keys } = await env.CHRONO_KV.list<BodyMeta>({ prefix: 'body:v3:' });
    const entry = keys.find((k) => k.metadata?.tag === res.headers.get('ETag')!.slice(1, -1));
    expect(entry).toBeTruthy();
    expect(entry!.metadata).toMatchObject({ type: 'application/atom+xml; charset=utf-8', modified: res.headers.get('Last-Modified'), coding: 'gzip' });
    const stored = new Uint8Array((await env.CHRONO_KV.get(entry!.name, 'arrayBuffer'))!);
    expect([stored[0], stored[1]]).toEqual([0x1f, 0x8b]);
  });

  it('answers 304 from the metadata alone, keeping CORS, ETag, Last-Modified and Vary', async () => {
    const first = (await get('/feed.json')).res;
    const tag = first.headers.get('ETag')!;
    for (const headers of <Array<Record<string, string>>>[
      { 'If-None-Match': tag },
      { 'If-None-Match': `W/${tag.slice(0, -1)}-gzip"`, 'Accept-Encoding': 'gzip' },
      { 'If-None-Match': `"other", ${tag}` },
      { 'If-Modified-Since': first.headers.get('Last-Modified')! },
    ]) {
      const { res, body } = await get('/feed.json', headers);
      expect(res.status, JSON.stringify(headers)).toBe(304);
      expect(body.length).toBe(0);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}(-gzip)?"$/);
      expect(res.headers.get('Last-Modified')).toBe(first.headers.get('Last-Modified'));
      expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    }
    expect((await get('/feed.json', { 'If-None-Match': '"other"', 'If-Modified-Since': first.headers.get('Last-Modified')! })).res.status).toBe(200);
  });

  it('judges the client\'s own Accept-Encoding where the platform rewrote the header (cf.clientAcceptEncoding)', async () => {
    await get('/feed.rss');
    // What Cloudflare and wrangler dev hand the Worker for a client that sent no Accept-Encoding.
    const rewritten = (client: string) => exports.default.fetch(new Request(`${BASE}/feed.rss`, { headers: { 'Accept-Encoding': 'br, gzip' }, cf: { clientAcceptEncoding: client } } as RequestInit));
    const plain = await rewritten('');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect((await plain.text()).startsWith('<?xml')).toBe(true);
    const gz = await rewritten('gzip, deflate');
    await gz.arrayBuffer();
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
  });

  it('compresses variants that are never stored too', async () => {
    const { res } = await get('/feed.atom?limit=3', { 'Accept-Encoding': 'gzip' });
    expect(res.headers.get('X-Cache')).toBe('bypass');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
  });
});

describe("the isolate's copy of a stored body", () => {
  const digest = async (b: Uint8Array) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', b))].join(',');
  /** The test's KV with a count of body reads. */
  function countingKv(): { kv: KVNamespace; reads: () => number } {
    let n = 0;
    const kv = new Proxy(env.CHRONO_KV, {
      get(target, prop) {
        if (prop === 'getWithMetadata') return (key: string, o: unknown) => { if (key.startsWith('body:')) n++; return target.getWithMetadata(key, o as never); };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return { kv, reads: () => n };
  }

  it('answers a repeated hit with no KV read, with the bytes and headers of the first', async () => {
    forgetIsolate();
    const app = createApp();
    const { kv, reads } = countingKv();
    const e = { ...env, CHRONO_KV: kv } as Env;
    const fetchFeed = async (headers: Record<string, string> = {}) => {
      const res = await app.fetch(new Request(`${BASE}/feed.atom`, { headers }), e);
      return { res, body: new Uint8Array(await res.arrayBuffer()) };
    };
    await (await exports.default.fetch(new Request(`${BASE}/feed.atom`))).arrayBuffer(); // stored by another isolate's request
    forgetIsolate();
    const first = await fetchFeed({ 'Accept-Encoding': 'gzip' });
    expect(first.res.headers.get('X-Cache')).toBe('hit');
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0); // read from KV once
    const again = await fetchFeed({ 'Accept-Encoding': 'gzip' });
    const plain = await fetchFeed();
    expect(reads()).toBe(afterFirst); // then from the isolate's copy
    expect(again.res.headers.get('X-Cache')).toBe('hit');
    expect(await digest(again.body)).toBe(await digest(first.body));
    const inflated = new Uint8Array(await new Response(new Blob([first.body]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    expect(await digest(plain.body)).toBe(await digest(inflated)); // inflated for a client without gzip
    for (const h of ['ETag', 'Last-Modified', 'Content-Type', 'Content-Encoding', 'Cache-Control', 'Vary']) expect(again.res.headers.get(h), h).toBe(first.res.headers.get(h));
    expect(recentBodiesHeld().bodies).toBeGreaterThan(0);
  });

  it('keeps the body a miss rendered and stored, so the next hit reads nothing', async () => {
    forgetIsolate();
    const app = createApp();
    const { kv, reads } = countingKv();
    const e = { ...env, CHRONO_KV: kv } as Env;
    const path = `/actors/ukraine/feed.json`;
    const miss = await app.fetch(new Request(`${BASE}${path}?limit=50`), e);
    await miss.arrayBuffer();
    expect(miss.headers.get('X-Cache')).toBe('miss'); // rendered here, then stored and kept
    const before = reads();
    const hit = await app.fetch(new Request(`${BASE}${path}?limit=50`), e);
    await hit.arrayBuffer();
    expect(hit.headers.get('X-Cache')).toBe('hit');
    expect(reads()).toBe(before);
  });
});

describe('the page-set version', () => {
  /** The test's D1 with a count of page-set version reads. */
  function countingDb(): { db: D1Database; reads: () => number } {
    let n = 0;
    const db = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'prepare') return (sql: string) => { if (/FROM page_set/.test(sql) && !/FROM pages/.test(sql)) n++; return target.prepare(sql); };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return { db, reads: () => n };
  }

  it('is read at most once per request, and once a second at most by a busy isolate', async () => {
    const app = createApp();
    const { db, reads } = countingDb();
    const e = { ...env, DB: db } as Env;
    const fetchFeed = async () => {
      const res = await app.fetch(new Request(`${BASE}/topics/nord-stream-2/feed.rss`), e);
      await res.arrayBuffer();
      return res.headers.get('X-Cache');
    };
    expect(await fetchFeed()).toBe('miss');
    expect(reads()).toBe(1);
    expect(await fetchFeed()).toBe('hit');
    expect(reads()).toBe(1); // within VERSION_FRESH_MS: this isolate's read is reused
    await new Promise((r) => setTimeout(r, VERSION_FRESH_MS + 50));
    expect(await fetchFeed()).toBe('hit');
    expect(reads()).toBe(2);
  });

  it('is read afresh after this isolate merges a page', async () => {
    const app = createApp();
    const e = { ...env } as Env;
    const chronology = async () => (await (await app.fetch(new Request(`${BASE}/chronology.json`), e)).json()) as { documents: Array<{ seed: string }> };
    expect((await chronology()).documents.some((d) => d.seed === 'fresh-version.txt')).toBe(false);
    // Stored as pending without a message, then merged by the consumer in this isolate.
    const text = 'Harbour news\n\nFerry line reopens\n\nThe island ferry line reopened on Tuesday, its operator Island Lines said.\n';
    const sha256 = await sha256Hex(text);
    expect((await putPage(e.DB, { name: 'fresh-version.txt', sha256, bytes: text.length, text }, new Date().toISOString())).kind).toBe('created');
    expect((await chronology()).documents.some((d) => d.seed === 'fresh-version.txt')).toBe(false); // pending: not served
    const batch = createMessageBatch('chronofeed-ingest', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: { name: 'fresh-version.txt', sha256 } }]);
    const ctx = createExecutionContext();
    await mergeBatch(batch, e);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m1']);
    expect((await chronology()).documents.some((d) => d.seed === 'fresh-version.txt')).toBe(true); // well within VERSION_FRESH_MS
  });
});

describe('Accept-Encoding (RFC 9110 12.5.3)', () => {
  it('takes gzip when it is listed, or * is, with a q-value above 0', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
  });
  it('does not take it when absent, refused, or left to identity', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });
});
