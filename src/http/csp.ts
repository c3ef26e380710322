import type { MiddlewareHandler } from 'hono';
import { styleHash } from '../render/html';
import type { AppEnv } from './env';

/**
 * The security headers of every response, in one place, with a Content-Security-Policy that allows
 * exactly the pages' one inline style block, by its SHA-256 (CSP Level 2 hash source) — not by a
 * nonce: bodies are cached (KV, the edge, browsers), and a nonce in a cached body would be one value
 * for every response. The pages carry no script, so `default-src 'none'` stands for everything else.
 * The other headers are those of Hono's `secureHeaders` defaults that a browser of today still
 * reads (resources loadable cross-origin: feeds are public). Left out, as no current browser acts on
 * them and every response paid for them: `X-XSS-Protection: 0` (the filter it turns off is gone),
 * `X-Download-Options` (Internet Explorer 8), `X-Permitted-Cross-Domain-Policies` (Flash and old
 * Acrobat), `X-DNS-Prefetch-Control` (a browser resolving ahead the hosts of the reports'
 * links, its default, learns nothing the page does not already show) and `Origin-Agent-Cluster: ?1` (Chromium's default since 2022; other browsers
 * ignore it). One list, so the cache-first path can put them on a hit in one go.
 */
export type HeaderList = ReadonlyArray<readonly [string, string]>;

let list: HeaderList | null = null;
let building: Promise<HeaderList> | null = null;

/** The list (the style's hash is computed once per isolate). */
export async function securityHeaderList(): Promise<HeaderList> {
  if (list) return list;
  building ??= styleHash().then((hash) => (list = [
    ['Content-Security-Policy', `default-src 'none'; style-src ${hash}; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'cross-origin'],
    ['Referrer-Policy', 'no-referrer'],
    ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'SAMEORIGIN'],
  ]), (err) => { building = null; throw err; });
  return building;
}

/** Middleware: sets the list on the response (over any the handler set). */
export const securityHeaders: MiddlewareHandler<AppEnv> = async function securityHeaders(c, next) {
  const headers = await securityHeaderList();
  await next();
  for (const [name, value] of headers) c.res.headers.set(name, value);
};
