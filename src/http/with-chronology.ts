import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type ChronologySource, ChronologyUnavailable, chronologies, type WaitUntil } from './chronology-source';
import { RETRY_AFTER_S, STALE_HEADER } from './deadlines';
import type { AppEnv } from './env';
import { originOf } from './cached-body';
import { problem } from './problem';

/**
 * Middleware: puts the chronology, its version and the public origin on the context. A response
 * served from an older chronology than the page set's current one carries `X-Chronofeed-Stale: 1`
 * and `Cache-Control: no-cache` (a cache revalidates it next time); with nothing to serve yet, 503
 * with Retry-After.
 */
export function chronologyFrom(source: ChronologySource) {
  return createMiddleware<AppEnv>(async function withChronology(c, next) {
    let loaded;
    const started = Date.now();
    try {
      loaded = await source.load(c.env, waitUntilOf(c), c.get('versionRead'));
    } catch (err) {
      if (!(err instanceof ChronologyUnavailable)) throw err;
      const res = problem(c, 503, 'Chronology not ready', 'The feeds are being rebuilt and nothing older is at hand in this instance. Try again shortly.');
      res.headers.set('Retry-After', String(RETRY_AFTER_S));
      res.headers.set('Server-Timing', `chronology;dur=${Date.now() - started};desc="unavailable"`);
      return res;
    }
    c.set('served', loaded.slot.served);
    c.set('version', loaded.slot.version);
    c.set('source', loaded.source);
    c.set('stale', loaded.stale);
    c.set('origin', originOf(c.req.url, c.env));
    c.set('siteTitle', c.env.SITE_TITLE || 'chronofeed');
    const waited = Date.now() - started;
    await next();
    // How long this request waited for its chronology (RFC-less but widely read: Server-Timing).
    c.res.headers.set('Server-Timing', `chronology;dur=${waited};desc="${loaded.source}"`);
    if (loaded.stale && c.res.status < 400) {
      c.res.headers.set(STALE_HEADER, '1');
      c.res.headers.set('Cache-Control', 'no-cache');
    }
  });
}

/** The Worker's middleware, over the isolate's one source. */
export const withChronology = chronologyFrom(chronologies);

/** The request's waitUntil, when it has an execution context (tests may call without one). */
export function waitUntilOf(c: Context): WaitUntil | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}
