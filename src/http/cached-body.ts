import type { Context } from 'hono';
import { CODE_VERSION } from '../generated/seeds';
import { sha256Hex } from '../model/digest';
import { parsePacks } from '../read/catalogue';
import { feedOfPath, feedVersion } from '../render/feed-versions';
import { feedBodyVersion } from './chronology-source';
import { CACHED_OUTPUT_TTL_S, keys, kvPutBody, MAX_KV_VALUE_BYTES, type BodyMeta } from '../store/kv';
import type { AppEnv, Env } from './env';
import { DEFAULT_LIMIT, type RequestQuery } from './query';
import { keepBody, storedBody } from './recent-bodies';
import { type CacheState, prepareBody, type PreparedBody, sendBody } from './representation';

export { CACHE_CONTROL } from './representation';

/** Registered media types, all with charset=utf-8. */
export const MEDIA = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  plainJson: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

/**
 * Which variants are kept in KV: each route's first page at the default size (what feed readers
 * poll), `include=mentions` included, and `/chronology.json` whole. A page further back, a `since` sync (`before`) or another `limit` is rendered
 * from the in-memory chronology on each request and never written, so the KV writes one change can
 * cause are bounded by the number of routes, not by what clients put in the query.
 */
export function isCachedVariant(q: RequestQuery): boolean {
  return q.before === null && q.limit === DEFAULT_LIMIT && q.since === null && !q.paged;
}

/** Routes never stored (live state): a request for them never looks in KV. */
export const UNSTORED_PATHS = /^\/status\.json$/;

export interface BodyOptions {
  type: string;
  /** RFC 3339: the newest change in what the body shows (its Last-Modified). */
  lastModified: string;
  /** The body, rendered only when it is not stored (it may read the pieces it shows first). */
  render: () => string | Promise<string>;
}

/**
 * Bodies rendered by this isolate whose KV write has not settled yet: a request that misses KV
 * meanwhile takes the body from here (`X-Cache: shared`) instead of rendering and writing it again.
 * The decision to render and the entry here are made with no await between them, so no two requests
 * of an isolate render one key.
 */
const writing = new Map<string, Promise<PreparedBody>>();
/** Keys this isolate has written lately: a miss on one of them raced its write, and is read once more. */
const written = new Set<string>();
const WRITTEN_REMEMBERED = 1024;

/**
 * Serves a body from KV (`X-Cache: hit`), from a render in progress (`shared`), or renders it and
 * stores it (`miss`); variants that are not cached are rendered (`bypass`). The key holds the code
 * version, the page-set version and a hash of origin, path and canonical query — everything that
 * changes the bytes, in bounded length. Written once per key, with a TTL, never on a hit. Most hits
 * never get here: `storedResponse` (cache-first.ts) answers them before the app runs.
 */
export async function cachedBody(c: Context<AppEnv>, o: BodyOptions): Promise<Response> {
  if (!isCachedVariant(c.get('query'))) {
    const body = await prepareBody(await o.render(), o.type, o.lastModified);
    return sendBody(c.req.raw, body.meta, body.gzip, 'bypass');
  }
  const path = new URL(c.req.url).pathname;
  const key = await bodyKey(originOf(c.req.url, c.env), path, c.get('query'), await bodyVersionOf(c, path));
  const { meta, gzip, cache } = await renderOnce(c, key, o);
  return sendBody(c.req.raw, meta, gzip, cache);
}

/**
 * The version part of this request's body key: for an actor's or topic's feed its own version (so
 * a change of pages that leaves the feed as it was leaves its bodies hits), else the page set's.
 */
async function bodyVersionOf(c: Context<AppEnv>, path: string): Promise<string> {
  const feed = feedOfPath(path);
  const v = feed ? await feedVersion(c.get('served'), feed) : null;
  return v ? feedBodyVersion(parsePacks(c.env.DATA_PACKS).packs, v) : c.get('version');
}

async function renderOnce(c: Context<AppEnv>, key: string, o: BodyOptions): Promise<{ meta: BodyMeta; gzip: Uint8Array | ReadableStream<Uint8Array>; cache: CacheState }> {
  const kv = c.env.CHRONO_KV;
  const shared = writing.get(key);
  if (shared !== undefined) return { ...(await shared), cache: 'shared' };
  // storedResponse has just read this key and missed; read again only if this isolate wrote it lately.
  if (c.get('missedKey') !== key || written.has(key)) {
    const stored = await storedBody(kv, key);
    if (stored) return { meta: stored.meta, gzip: stored.gzip, cache: 'hit' };
    const late = writing.get(key);
    if (late !== undefined) return { ...(await late), cache: 'shared' };
  }
  const prepared = (async () => prepareBody(await o.render(), o.type, o.lastModified))();
  writing.set(key, prepared);
  try {
    const body = await prepared;
    // A body over KV's value size this code allows (the whole /chronology.json of a large corpus) is rendered, never stored.
    if (body.gzip.byteLength > MAX_KV_VALUE_BYTES) return { ...body, cache: 'bypass' };
    if (await kvPutBody(kv, key, body.gzip, body.meta, CACHED_OUTPUT_TTL_S)) {
      keepBody(key, body);
      written.add(key);
      if (written.size > WRITTEN_REMEMBERED) written.delete(written.values().next().value!);
    }
    return { ...body, cache: 'miss' };
  } finally {
    writing.delete(key);
  }
}

/** The origin of permalinks and feed links: BASE_URL, else the request's. */
export function originOf(requestUrl: string, env: Pick<Env, 'BASE_URL'>): string {
  if (env.BASE_URL) return new URL(env.BASE_URL).origin;
  // A request's URL is serialised by the runtime (lower-case host, no default port): its origin is
  // everything before the path's first slash, with no URL to parse.
  return requestUrl.slice(0, requestUrl.indexOf('/', requestUrl.indexOf('//') + 2));
}

/**
 * Variant hashes this isolate has computed: a hit then costs no digest. Bounded (the oldest goes
 * first); every variant that reaches here passed the query gate, so the set is the routes' own.
 */
const variantHashes = new Map<string, string>();
const VARIANT_HASHES_REMEMBERED = 4096;

/** A variant's hash: of origin, path (as the URL gives it) and canonical query; a string when this isolate has it already. */
export function variantHash(origin: string, path: string, query: RequestQuery): string | Promise<string> {
  const variant = `${origin}\n${path}\n${query.canonical}`;
  const hash = variantHashes.get(variant);
  if (hash !== undefined) return hash;
  return sha256Hex(variant, 16).then((h) => {
    variantHashes.set(variant, h);
    if (variantHashes.size > VARIANT_HASHES_REMEMBERED) variantHashes.delete(variantHashes.keys().next().value!);
    return h;
  });
}

/** The KV key of a body at a version (see `variantHash`). */
export const bodyKeyOf = (hash: string, version: string): string => keys.body(CODE_VERSION, version, hash);

/** The KV key of a body at a version: a hash of origin, path (as the URL gives it) and canonical query. */
export async function bodyKey(origin: string, path: string, query: RequestQuery, version: string): Promise<string> {
  return bodyKeyOf(await variantHash(origin, path, query), version);
}
