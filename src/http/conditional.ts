import { createMiddleware } from 'hono/factory';

/**
 * If-Modified-Since → 304 (RFC 9110 §13.1.3). Hono's etag middleware answers If-None-Match; per
 * §13.2.2 a request carrying If-None-Match is judged by it alone, so this one steps aside then.
 */
export function ifModifiedSince() {
  return createMiddleware(async function ifModifiedSince(c, next) {
    await next();
    const since = c.req.header('If-Modified-Since');
    if (!since || c.req.header('If-None-Match') || c.res.status !== 200) return;
    if (!['GET', 'HEAD'].includes(c.req.method)) return;
    const lastModified = c.res.headers.get('Last-Modified');
    const s = Date.parse(since);
    if (!lastModified || Number.isNaN(s) || Date.parse(lastModified) > s) return;
    const headers = new Headers();
    for (const h of ['Cache-Control', 'Content-Location', 'Date', 'ETag', 'Expires', 'Vary', 'Last-Modified', 'Access-Control-Allow-Origin', 'X-Cache', 'X-Chronofeed-Stale']) {
      const v = c.res.headers.get(h);
      if (v) headers.set(h, v);
    }
    c.res = new Response(null, { status: 304, headers });
  });
}
