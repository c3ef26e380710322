import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An RFC 9457 problem response. `detail` says what was wrong with the request in words a client can
 * act on; it never carries a stack trace or an internal path.
 */
export function problem(c: Context, status: ContentfulStatusCode, title: string, detail: string): Response {
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail, instance: new URL(c.req.url).pathname }), status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
