import { createMiddleware } from 'hono/factory';
import { sweepIngest } from '../queue/ingest';
import type { AppEnv } from './env';
import { waitUntilOf } from './with-chronology';

/**
 * Middleware: after the response, sends again pending pages whose message may have been lost, and
 * merges the oldest waiting pages itself when the queue has stalled (see `sweepIngest`: at most one
 * look per isolate per interval; cache hits never get here). So a page stored just before a restart
 * is merged once any request reaches the new isolate, and a queue that stops delivering holds
 * nothing up for long.
 */
export const ingestSweep = createMiddleware<AppEnv>(async function ingestSweep(c, next) {
  await next();
  waitUntilOf(c)?.(sweepIngest(c.env));
});
