import { createMiddleware } from 'hono/factory';
import { resendLost } from '../queue/ingest';
import type { AppEnv } from './env';
import { waitUntilOf } from './with-chronology';

/**
 * Middleware: after the response, sends again pending pages whose message may have been lost (see
 * `resendLost`: at most one D1 read per isolate per interval; cache hits never get here). So a page
 * stored just before a restart is merged once any request reaches the new isolate.
 */
export const ingestSweep = createMiddleware<AppEnv>(async function ingestSweep(c, next) {
  await next();
  waitUntilOf(c)?.(resendLost(c.env));
});
