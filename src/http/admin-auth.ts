import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { cors } from 'hono/cors';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * Who may use /admin. Bearer token from the ADMIN_TOKEN secret (compared in constant time); without a
 * configured token the routes answer 404 as if they did not exist. No CORS headers unless
 * ADMIN_CORS_ORIGIN names the one origin whose pages may call the API from a browser.
 */
export const adminEnabled: MiddlewareHandler<AppEnv> = async function adminEnabled(c, next) {
  if (!c.env.ADMIN_TOKEN) return problem(c, 404, 'Not found', 'The admin API is off: no ADMIN_TOKEN is configured.');
  return bearerAuth({
    token: c.env.ADMIN_TOKEN,
    noAuthenticationHeader: { message: 'Authentication required', wwwAuthenticateHeader: 'Bearer realm="chronofeed-admin"' },
    invalidToken: { message: 'Invalid token' },
    invalidAuthenticationHeader: { message: 'Invalid authentication header' },
  })(c as never, next);
};

/** True when the request carries the admin token (used where admins see more, e.g. /status.json). */
export async function callerIsAdmin(c: Context<AppEnv>): Promise<boolean> {
  const token = c.env.ADMIN_TOKEN;
  const sent = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(c.req.header('Authorization') ?? '')?.[1];
  return Boolean(token && sent && (await timingSafeEqual(sent, token)));
}

/** Response headers a page on another origin may read from the feeds. */
const EXPOSED = ['ETag', 'Last-Modified', 'X-Cache', 'X-Chronofeed-Stale', 'Retry-After'];

/** Feeds are public (`*`); the admin API only for ADMIN_CORS_ORIGIN, when it is set. */
const publicCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: EXPOSED });

/** What `publicCors` puts on a GET or HEAD response, for responses built before it runs (cache-first.ts). */
export const PUBLIC_CORS_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Expose-Headers', EXPOSED.join(',')],
];

export const corsByRoute: MiddlewareHandler<AppEnv> = async function corsByRoute(c, next) {
  if (!/^\/admin(?:\/|$)/.test(c.req.path)) return publicCors(c, next);
  const allowed = c.env.ADMIN_CORS_ORIGIN;
  if (!allowed) return next();
  return cors({
    origin: (origin) => (origin === allowed ? origin : null),
    allowMethods: ['GET', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
  })(c, next);
};
