import type { Context } from 'hono';
import { CODE_VERSION } from '../generated/seeds';
import { keys, kvGet, kvPut } from '../store/kv';
import type { AppEnv } from './env';

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

export interface BodyOptions {
  type: string;
  /** RFC 3339: the newest change in what the body shows (its Last-Modified). */
  lastModified: string;
  render: () => string;
}

/**
 * Serves a rendered body from KV when it is there (`X-Cache: hit`), else renders it and stores it
 * (`X-Cache: miss`). The key holds the seeds digest, the origin and the request's path and query,
 * everything that changes the bytes. Written lazily, only what is requested, never rewritten on a read.
 */
export async function cachedBody(c: Context<AppEnv>, o: BodyOptions): Promise<Response> {
  const url = new URL(c.req.url);
  const variant = `${await shortHash(c.get('origin'))}:${url.pathname}${canonicalQuery(url)}`;
  const key = keys.body(CODE_VERSION, c.get('digest'), variant);
  let body = await kvGet(c.env.CHRONO_KV, key);
  const hit = body !== null;
  if (body === null) {
    body = o.render();
    await kvPut(c.env.CHRONO_KV, key, body);
  }
  return c.body(body, 200, {
    'Content-Type': o.type,
    'Last-Modified': new Date(o.lastModified).toUTCString(),
    'Cache-Control': CACHE_CONTROL,
    'X-Cache': hit ? 'hit' : 'miss',
  });
}

function canonicalQuery(url: URL): string {
  const p = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b));
  return p.length ? `?${new URLSearchParams(p).toString()}` : '';
}

async function shortHash(s: string): Promise<string> {
  const h = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
  return [...h.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
