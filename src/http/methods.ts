import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { problem } from './problem';
import { ROUTE_PARAMS } from './query';

/** What every public path answers (OPTIONS: CORS preflight). */
export const PUBLIC_METHODS = 'GET, HEAD, OPTIONS';

/**
 * A known public path asked with another method (`POST /feed.json`) is a 405 with `Allow`
 * (RFC 9110 §15.5.6), not a 404: the resource exists, the method does not. Unknown paths stay 404s;
 * `/admin` answers for its own methods.
 */
export const methodGate = createMiddleware<AppEnv>(async function methodGate(c, next) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || /^\/admin(?:\/|$)/.test(c.req.path)) return next();
  if (!ROUTE_PARAMS.some((r) => r.route.test(c.req.path))) return next();
  const res = problem(c, 405, 'Method not allowed', `${c.req.path} answers ${PUBLIC_METHODS}; ${c.req.method.slice(0, 20)} is not one of them.`);
  res.headers.set('Allow', PUBLIC_METHODS);
  return res;
});
