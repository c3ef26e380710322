import { createMiddleware } from 'hono/factory';
import { kvGetBody } from '../store/kv';
import { PUBLIC_CORS_HEADERS } from './admin-auth';
import { bodyKey, isCachedVariant, UNSTORED_PATHS } from './cached-body';
import { type HeaderList, securityHeaderList } from './csp';
import type { AppEnv } from './env';
import { parseQuery } from './query';
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

/**
 * The app's first middleware. A GET or HEAD for a stored variant (its query judged as the query gate
 * would) takes the page-set version (this isolate's read of the last second, else one D1 row: the
 * only read of it this request makes, see version-memo.ts), then reads its body from KV with its
 * metadata (one KV read), and on a hit answers from those two reads alone — no chronology, no feed
 * view, no render, no hash of the body, the bytes streamed as stored, every header set at once. A
 * miss goes on with the query, the version it read (`versionRead`) and the key it missed
 * (`missedKey`), so none is read or judged twice; anything else goes on untouched.
 */
export const cacheFirst = createMiddleware<AppEnv>(async function cacheFirst(c, next) {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const parsed = parseQuery(new URL(c.req.url));
  if (!parsed || !('query' in parsed)) return next(); // refused or no route: answered downstream
  c.set('query', parsed.query);
  if (!isCachedVariant(parsed.query) || UNSTORED_PATHS.test(c.req.path)) return next();
  // An actor's or topic's feed is keyed by its own version (render/feed-versions.ts), read with the page set's.
  const feed = feedOfPath(c.req.path);
  const { read, bodyVersion } = feed ? await recentFeedVersion(c.env, feed) : { read: await recentPageSetVersion(c.env), bodyVersion: null };
  c.set('versionRead', read);
  if ('error' in read) return next();
  if (feed && !bodyVersion) return next(); // its build is not done: wait for it as any request
  const key = await bodyKey(c, bodyVersion ?? read.version);
  const stored = await kvGetBody(c.env.CHRONO_KV, key);
  if (!stored) {
    c.set('missedKey', key);
    return next();
  }
  c.set('source', 'kv-body');
  return sendBody(c, stored.meta, stored.stream, 'hit', hitHeaders ?? (await headersOfHit()));
});
