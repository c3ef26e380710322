import { createMiddleware } from 'hono/factory';
import { PUBLIC_CORS_HEADERS } from './admin-auth';
import { bodyKeyOf, isCachedVariant, originOf, UNSTORED_PATHS, variantHash } from './cached-body';
import type { VersionRead } from './chronology-source';
import { type HeaderList, securityHeaderList } from './csp';
import type { AppEnv, Env } from './env';
import { parseQuery, type RequestQuery } from './query';
import { storedBody } from './recent-bodies';
import { sendBody } from './representation';
import { recentFeedVersion, recentPageSetVersion } from './version-memo';
import { feedOfPath } from '../render/feed-versions';

/** Every header a hit carries besides its own: what securityHeaders and corsByRoute would add. */
let hitHeaders: HeaderList | null = null;
async function headersOfHit(): Promise<HeaderList> {
  return (hitHeaders ??= [
    ...(await securityHeaderList()),
    ...PUBLIC_CORS_HEADERS,
    // Same header as a request that waited for a chronology (with-chronology.ts): a hit needs none.
    ['Server-Timing', 'chronology;dur=0;desc="none"'],
  ]);
}

/** What the lookup learned about a request it did not answer: the app reads none of it twice. */
interface Lookup {
  query: RequestQuery;
  /** The page-set version read (once per request). */
  versionRead?: VersionRead;
  /** The body key looked up and not found. */
  missedKey?: string;
}

/** By request object: the app's `lookupState` middleware takes it over (the same Request reaches Hono). */
const lookups = new WeakMap<Request, Lookup>();

/**
 * Runs before the app, outside Hono (src/app.ts): a GET or HEAD for a stored variant (its query
 * judged as the query gate would) takes the page-set version (this isolate's read of the last second,
 * else one D1 row: the only read of it this request makes, see version-memo.ts), then takes its body
 * with its metadata (this isolate's copy, recent-bodies.ts, else one KV read), and on a hit answers from those two reads alone — no
 * router, no middleware, no chronology, no render, no hash of the body; the bytes streamed as stored,
 * every header set at once. Anything else is null: the app serves it, with what was learned here.
 */
export async function storedResponse(req: Request, env: Env): Promise<Response | null> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const variant = storedVariants.get(variantMemoKey(req, env)) ?? (await storedVariant(req, env));
  if (!variant) return null; // refused, no route, or not a stored variant: answered by the app
  const { query, feed, hash } = variant;
  const miss = (lookup: Omit<Lookup, 'query'> = {}) => (lookups.set(req, { query, ...lookup }), null);
  // An actor's or topic's feed is keyed by its own version (render/feed-versions.ts), read with the page set's.
  const { read, bodyVersion } = feed ? await recentFeedVersion(env, feed) : { read: await recentPageSetVersion(env), bodyVersion: null };
  if ('error' in read) return miss({ versionRead: read });
  if (feed && !bodyVersion) return miss({ versionRead: read }); // its build is not done: wait for it as any request
  const key = bodyKeyOf(hash, bodyVersion ?? read.version);
  const stored = await storedBody(env.CHRONO_KV, key);
  if (!stored) return miss({ versionRead: read, missedKey: key });
  return sendBody(req, stored.meta, stored.gzip, 'hit', hitHeaders ?? (await headersOfHit()));
}

/** A stored variant's query (frozen: shared by its requests), feed and hash. */
interface StoredVariant { query: RequestQuery; feed: string | null; hash: string }

/**
 * Stored variants by request URL: a hit on a URL this isolate has seen parses no URL or query and
 * hashes nothing. Only URLs that passed the query gate and name a stored variant are kept, with the
 * BASE_URL they were hashed with (the origin is the request's unless it is set). Bounded (the oldest
 * goes first).
 */
const storedVariants = new Map<string, StoredVariant>();
const STORED_VARIANTS_REMEMBERED = 4096;
const variantMemoKey = (req: Request, env: Env): string => (env.BASE_URL ? `${env.BASE_URL} ${req.url}` : req.url);

/** A request's stored variant, or null (the lookup's state set for the app when it has a query). */
async function storedVariant(req: Request, env: Env): Promise<StoredVariant | null> {
  const url = new URL(req.url);
  const parsed = parseQuery(url);
  if (!parsed || !('query' in parsed)) return null;
  const query = Object.freeze(parsed.query);
  if (!isCachedVariant(query) || UNSTORED_PATHS.test(url.pathname)) return (lookups.set(req, { query }), null);
  const variant: StoredVariant = { query, feed: feedOfPath(url.pathname), hash: await variantHash(originOf(req.url, env), url.pathname, query) };
  storedVariants.set(variantMemoKey(req, env), variant);
  if (storedVariants.size > STORED_VARIANTS_REMEMBERED) storedVariants.delete(storedVariants.keys().next().value!);
  return variant;
}

/** The app's first middleware: what `storedResponse` learned, as the request's variables. */
export const lookupState = createMiddleware<AppEnv>(async function lookupState(c, next) {
  const lookup = lookups.get(c.req.raw);
  if (lookup) {
    c.set('query', lookup.query);
    if (lookup.versionRead) c.set('versionRead', lookup.versionRead);
    if (lookup.missedKey) c.set('missedKey', lookup.missedKey);
  }
  return next();
});
