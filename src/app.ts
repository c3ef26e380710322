import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { admin } from './http/admin';
import { corsByRoute } from './http/admin-auth';
import { catalogue } from './http/catalogue';
import { ifModifiedSince } from './http/conditional';
import type { AppEnv } from './http/env';
import { securityHeaders } from './http/csp';
import { events } from './http/events';
import { feeds } from './http/feeds';
import { methodGate } from './http/methods';
import { pages } from './http/pages';
import { problem } from './http/problem';
import { queryGate } from './http/query';
import { status } from './http/status';
import { subscriptions } from './http/subscriptions';
import { websubPing } from './http/websub';
import { withChronology } from './http/with-chronology';

/** Builds the Hono app: middleware, routers, notFound, onError. Nothing else. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('*', corsByRoute);
  app.use('*', methodGate);
  // Admin first: it writes, answers with its own JSON, and must not pass through the feed caches.
  app.route('/', admin);
  // The query is judged before anything is read from a cache (query.ts).
  app.use('*', queryGate);
  app.use('*', ifModifiedSince());
  // A 304 keeps what a cache and a cross-origin reader need (RFC 9110 §15.4.5: the validators and
  // Cache-Control; CORS, or the browser hides the 304 from the page that asked).
  app.use('*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'last-modified', 'access-control-allow-origin', 'access-control-expose-headers', 'x-cache', 'x-chronofeed-stale'] }));
  app.use('*', withChronology);
  app.use('*', websubPing);
  app.route('/', status);
  app.route('/', catalogue);
  app.route('/', feeds);
  app.route('/', events);
  app.route('/', pages);
  app.route('/', subscriptions);
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
