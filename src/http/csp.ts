import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { styleHash } from '../render/html';
import type { AppEnv } from './env';

/**
 * Security headers with a Content-Security-Policy that allows exactly the pages' one inline style
 * block, by its SHA-256 (CSP Level 2 hash source) — not by a nonce: bodies are cached (KV, the
 * edge, browsers), and a nonce in a cached body would be one value for every response. The pages
 * carry no script, so `default-src 'none'` stands for everything else.
 */
let headers: Promise<MiddlewareHandler> | null = null;

function build(): Promise<MiddlewareHandler> {
  return styleHash().then((hash) => secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: [hash], imgSrc: ["'self'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
  }));
}

export const securityHeaders: MiddlewareHandler<AppEnv> = async function securityHeaders(c, next) {
  return (await (headers ??= build()))(c, next);
};
