import { createMiddleware } from 'hono/factory';
import { STYLE_NONCE } from './events';

/**
 * The security headers of every response, in one place: a strict CSP (no script; the one inline style
 * by nonce), no framing, no referrer, no MIME sniffing, resources loadable cross-origin (feeds are
 * public), HSTS. The same values Hono's `secureHeaders` gave with this project's options, as one
 * constant list, so the cache-first path can build a hit's headers in one go.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', `default-src 'none'; style-src 'nonce-${STYLE_NONCE}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** Middleware: sets SECURITY_HEADERS on the response (over any the handler set). */
export const securityHeaders = createMiddleware(async function securityHeaders(c, next) {
  await next();
  for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
});
