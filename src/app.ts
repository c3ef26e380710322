import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { admin } from './http/admin';
import { corsByRoute } from './http/admin-auth';
import { catalogue } from './http/catalogue';
import { ifModifiedSince } from './http/conditional';
import type { AppEnv } from './http/env';
import { events, STYLE_NONCE } from './http/events';
import { feeds } from './http/feeds';
import { problem } from './http/problem';
import { queryGate } from './http/query';
import { status } from './http/status';
import { withChronology } from './http/with-chronology';

/** Builds the Hono app: middleware, routers, notFound, onError. Nothing else. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: [`'nonce-${STYLE_NONCE}'`], imgSrc: ["'self'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
  }));
  app.use('*', corsByRoute);
  // Admin first: it writes, answers with its own JSON, and must not pass through the feed caches.
  app.route('/', admin);
  // The query is judged before anything is read from a cache (query.ts).
  app.use('*', queryGate);
  app.use('*', ifModifiedSince());
  app.use('*', etag());
  app.use('*', withChronology);
  app.route('/', status);
  app.route('/', catalogue);
  app.route('/', feeds);
  app.route('/', events);
  app.notFound((c) => problem(c, 404, 'Not found', `Nothing is served at ${new URL(c.req.url).pathname}. See / for the feeds.`));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      // Thrown by Hono's own middleware (bearer-auth: 401 with its WWW-Authenticate header).
      const res = problem(c, err.status, err.status === 401 ? 'Unauthorized' : 'Request refused', err.message || 'The request was refused.');
      const challenge = err.getResponse().headers.get('WWW-Authenticate');
      if (challenge) res.headers.set('WWW-Authenticate', challenge);
      return res;
    }
    console.error('unhandled', err);
    return problem(c, 500, 'Internal error', 'The request could not be served; the error was logged.');
  });
  return app;
}
