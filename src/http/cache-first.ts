import { createMiddleware } from 'hono/factory';
import { kvGetBody } from '../store/kv';
import { bodyKey, isCachedVariant, UNSTORED_PATHS } from './cached-body';
import type { AppEnv } from './env';
import { sendBody } from './representation';
import { recentPageSetVersion } from './version-memo';

/**
 * Middleware, after the query gate and before the chronology: a request for a stored variant takes
 * the page-set version (this isolate's read of the last second, else one D1 row: the only read of it
 * this request makes, see version-memo.ts), then reads its body from KV
 * with its metadata (one KV read), and on a hit answers from those two reads alone — no chronology,
 * no feed view, no render, no hash of the body, the bytes streamed as stored. A miss goes on with
 * the version it read (`versionRead`) and the key it missed (`missedKey`), so neither is read twice.
 */
export const cacheFirst = createMiddleware<AppEnv>(async function cacheFirst(c, next) {
  const q = c.get('query');
  if (!q || !isCachedVariant(q) || UNSTORED_PATHS.test(c.req.path)) return next();
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const read = await recentPageSetVersion(c.env);
  c.set('versionRead', read);
  if ('error' in read) return next();
  const key = await bodyKey(c, read.version);
  const stored = await kvGetBody(c.env.CHRONO_KV, key);
  if (!stored) {
    c.set('missedKey', key);
    return next();
  }
  c.set('source', 'kv-body');
  const res = sendBody(c, stored.meta, stored.stream, 'hit');
  // Same header as a request that waited for a chronology (with-chronology.ts): this one needed none.
  res.headers.set('Server-Timing', 'chronology;dur=0;desc="none"');
  return res;
});
