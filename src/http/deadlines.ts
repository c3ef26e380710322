/**
 * How long a request may wait, in one place. Every wait is bounded: a request is answered (fresh,
 * stale, or 503) after at most D1_TIMEOUT_MS (page-set version) + BUILD_WAIT_MS (chronology) +
 * 2 × KV_TIMEOUT_MS (body read and write), about 10 s in the worst case and a few milliseconds when
 * the chronology is in memory.
 */

/**
 * How long a request waits for the chronology of the current page set (a build or a KV read started by
 * this or another request). Long enough for a build of a few hundred pages; short enough that a feed
 * reader never sees a hung connection. After it the request is served the last good chronology,
 * marked stale, or — when this isolate has none yet — a 503 with Retry-After.
 */
export const BUILD_WAIT_MS = 4000;

/** Retry-After on that 503: about when the build that was running should be done. */
export const RETRY_AFTER_S = 5;

/**
 * A build still pending after this long is taken as lost: workerd never settles a promise whose I/O
 * belonged to a request that is gone, so without this every later request would wait on it for ever.
 * The next request starts a new build. Above the 30 s a paid-plan request may spend on CPU.
 */
export const BUILD_ABANDON_MS = 60_000;

/** Marks a response served from an older chronology than the current page set's (value "1"). */
export const STALE_HEADER = 'X-Chronofeed-Stale';
