import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { admin } from './http/admin';
import { corsByRoute } from './http/admin-auth';
import { lookupState, storedResponse } from './http/cache-first';
import { catalogue } from './http/catalogue';
import { PieceUnavailable } from './http/chronology-source';
import { RETRY_AFTER_S } from './http/deadlines';
import type { AppEnv, Env } from './http/env';
import { securityHeaders } from './http/csp';
import { events } from './http/events';
import { ingestSweep } from './http/ingest-sweep';
import { feeds } from './http/feeds';
import { methodGate } from './http/methods';
import { pages } from './http/pages';
import { problem } from './http/problem';
import { queryGate } from './http/query';
import { status } from './http/status';
import { subscriptions } from './http/subscriptions';
import { websubPing } from './http/websub';
import { withChronology } from './http/with-chronology';

/** The Worker's fetch: a stored body first, else the app. */
export interface App {
  fetch(request: Request, env: Env, ctx?: ExecutionContext): Promise<Response>;
}

/**
 * A stored body is answered first, before the app, from one KV read (`storedResponse`,
 * cache-first.ts): no router, no middleware, no chronology; the response carries the headers
 * securityHeaders and corsByRoute would add. Everything else goes to the Hono app, with what that
 * lookup learned. Every body carries its ETag and Last-Modified, computed once when rendered, and
 * answers conditional requests itself (representation.ts): no middleware hashes a body.
 */
export function createApp(): App {
  const app = honoApp();
  return {
    async fetch(request, env, ctx) {
      // The lookup never throws by design (every read in it is bounded and caught); were it to, the
      // app still answers, as for any miss.
      const stored = await storedResponse(request, env).catch((err: unknown) => (console.error('stored body lookup', err), null));
      return stored ?? app.fetch(request, env, ctx);
    },
  };
}

/** Builds the Hono app: middleware, routers, notFound, onError. Nothing else. */
function honoApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', lookupState);
  app.use('*', securityHeaders);
  app.use('*', corsByRoute);
  app.use('*', methodGate);
  // Pages whose queue message was lost are sent again, after the response (ingest-sweep.ts).
  app.use('*', ingestSweep);
  // Admin first: it writes, answers with its own JSON, and must not pass through the feed caches.
  app.route('/', admin);
  // The query is judged before anything is read from a cache (query.ts).
  app.use('*', queryGate);
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
    if (err instanceof PieceUnavailable) {
      // A piece of the version served could not be read (KV failing, or swept under an old version).
      const res = problem(c, 503, 'Chronology not ready', 'Part of the chronology could not be read just now. Try again shortly.');
      res.headers.set('Retry-After', String(RETRY_AFTER_S));
      return res;
    }
    console.error('unhandled', err);
    return problem(c, 500, 'Internal error', 'The request could not be served; the error was logged.');
  });
  return app;
}
