import type { Context } from 'hono';
import { CODE_VERSION } from '../generated/seeds';
import { CACHED_OUTPUT_TTL_S, keys, kvGet, kvPut } from '../store/kv';
import type { AppEnv } from './env';
import { DEFAULT_LIMIT, type RequestQuery } from './query';

/** Registered media types, all with charset=utf-8. */
export const MEDIA = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  plainJson: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

/**
 * Feed pollers: Miniflux waits max(<ttl>, max-age, Expires). 5 minutes at the edge and in
 * browsers, with the RSS <ttl> of 15 minutes as the readers' pace.
 */
export const CACHE_CONTROL = 'public, max-age=300';

/**
 * Which variants are kept in KV: each route's first page at the default size (what feed readers
 * poll), `include=mentions` included. A page further back (`before`) or another `limit` is rendered
 * from the in-memory chronology on each request and never written, so the KV writes one change can
 * cause are bounded by the number of routes, not by what clients put in the query.
 */
export function isCachedVariant(q: RequestQuery): boolean {
  return q.before === null && q.limit === DEFAULT_LIMIT;
}

export interface BodyOptions {
  type: string;
  /** RFC 3339: the newest change in what the body shows (its Last-Modified). */
  lastModified: string;
  render: () => string;
}

/**
 * Bodies rendered by this isolate whose KV write has not settled yet: a request that misses KV
 * meanwhile takes the body from here (`X-Cache: shared`) instead of rendering and writing it again.
 * Rendering is synchronous, so no two requests can both decide to render one key.
 */
const writing = new Map<string, string>();
/** Keys this isolate has written lately: a miss on one of them raced its write, and is read once more. */
const written = new Set<string>();
const WRITTEN_REMEMBERED = 1024;

/**
 * Serves a body from KV (`X-Cache: hit`), from a render in progress (`shared`), or renders it and
 * stores it (`miss`); variants that are not cached are rendered (`bypass`). The key holds the code
 * version, the page-set version and a hash of origin, path and canonical query — everything that
 * changes the bytes, in bounded length. Written once per key, with a TTL, never on a hit.
 */
export async function cachedBody(c: Context<AppEnv>, o: BodyOptions): Promise<Response> {
  const q = c.get('query');
  const { body, cache } = isCachedVariant(q) ? await renderOnce(c.env.CHRONO_KV, await bodyKey(c), o.render) : { body: o.render(), cache: 'bypass' };
  return c.body(body, 200, {
    'Content-Type': o.type,
    'Last-Modified': new Date(o.lastModified).toUTCString(),
    'Cache-Control': CACHE_CONTROL,
    'X-Cache': cache,
  });
}

async function renderOnce(kv: KVNamespace, key: string, render: () => string): Promise<{ body: string; cache: string }> {
  const shared = writing.get(key);
  if (shared !== undefined) return { body: shared, cache: 'shared' };
  let body = await kvGet(kv, key);
  if (body === null) {
    const late = writing.get(key);
    if (late !== undefined) return { body: late, cache: 'shared' };
    if (written.has(key)) body = await kvGet(kv, key);
  }
  if (body !== null) return { body, cache: 'hit' };
  body = render();
  writing.set(key, body);
  try {
    if (await kvPut(kv, key, body, CACHED_OUTPUT_TTL_S)) {
      written.add(key);
      if (written.size > WRITTEN_REMEMBERED) written.delete(written.values().next().value!);
    }
  } finally {
    writing.delete(key);
  }
  return { body, cache: 'miss' };
}

async function bodyKey(c: Context<AppEnv>): Promise<string> {
  const variant = `${c.get('origin')}\n${new URL(c.req.url).pathname}\n${c.get('query').canonical}`;
  const h = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(variant)));
  return keys.body(CODE_VERSION, c.get('version'), [...h.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(''));
}
