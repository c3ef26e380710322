import { parsePacks } from '../read/catalogue';
import { type PageRead, readPage } from '../chronology/build';
import type { Env } from '../http/env';
import { forgetPageSetVersion } from '../http/version-memo';
import { withTimeout } from '../store/bounded';
import { markDelivered, markFailed, markMerged, markSent, pageStatus, pendingSentBefore, readPageSetVersion, readStoredPages, recordFailure, stalledPending } from '../store/pages';
import { syncServed } from '../store/served-merge';

/**
 * Ingest through a Queue (issue 13). `PUT /admin/seeds/{name}` stores the page as `pending` and sends
 * an `IngestMessage`; this consumer merges it: the page is read (the same pure reader as every
 * build), marked `merged` with its report, and from then on served — the page-set generation moves,
 * so every feed it touches is rendered afresh, from the chronology the next request builds.
 *
 * Idempotent: a message names the content it was sent for (`sha256`); a page that no longer holds
 * that content (replaced, deleted) or is no longer pending (merged, failed) is acknowledged and left
 * alone, so a duplicate delivery changes nothing. A failure (D1 unavailable) is retried with backoff;
 * after the queue's `max_retries` the message goes to the dead-letter queue, whose consumer
 * (`giveUp`) marks the page `failed` with the last reason. A page that cannot be read at all fails at
 * once: reading is deterministic, a retry would fail the same way.
 *
 * Nothing is lost: the row is the truth, the message only a nudge. A pending page whose message was
 * lost (a local queue forgets its messages on a restart) is sent again by `resendLost`, from requests.
 * A queue that has stalled — no batch delivered for two resend intervals while pages wait — does not
 * hold the pages up: the same sweep merges the oldest of them itself (`mergeStalled`), through this consumer.
 */

/** This isolate's last batch merged into the events (/status.json): how many pages, how long the merge state's sync took, when. */
export const lastMerge: { pages?: number; sync_ms?: number; replayed?: number; at?: string } = {};

/** The message a PUT sends: which page, which content. */
export interface IngestMessage {
  name: string;
  sha256: string;
}

export const INGEST = {
  /** Seconds before a failed delivery is tried again: 2, 4, 8 … at most 60. */
  retryDelayS: (attempt: number) => Math.min(60, 2 ** Math.max(1, attempt)),
  /**
   * A pending page last sent longer ago than this is sent again (default; the `INGEST_RESEND_AFTER_S`
   * var overrides it): long enough that a busy queue is not flooded with duplicates, short enough
   * that a page whose message was lost waits at most about a minute.
   */
  resendAfterS: 30,
  /** Pages sent again per sweep, at most (the oldest first). */
  resendBatch: 100,
  /** Deliveries of one content, at most: 1 + the queue's max_retries (wrangler.toml). A page re-sent after that fails. */
  maxAttempts: 4,
  /** How long sending to the queue may take (a PUT's message, a sweep's batch): a send that hangs is given up; the row stays pending and is sent again. */
  sendTimeoutMs: 3000,
  /**
   * A queue that delivered no batch for this many resend intervals while a page received before them
   * still waits has stalled; the sweep then merges the pages that waited one interval (messages re-sent twice and not delivered). Seen locally:
   * Miniflare's broker stops delivering for good when its log call after a batch loses its connection
   * (mended at install, scripts/patch-miniflare.mjs; this stays the net for any other stall). A batch that outlives this (a deploy's first
   * sync of every page) only has the sweep help with it: the rows' checks make that safe.
   */
  stalledAfterIntervals: 2,
  /** Pages a sweep merges itself from a stalled queue at a time (the oldest first; a queue's batch). */
  stalledBatch: 50,
  /**
   * Batches one sweep merges, at most (while a full batch still waits): a stalled queue under a
   * newsroom's burst catches up at 200 pages a sweep; the rest wait for the next sweep. A batch takes
   * 1–3 s of CPU, well within a request's waitUntil.
   */
  stalledBatches: 4,
} as const;

/** The queue name of the sweep's own batches (`mergeStalled`): not deliveries of the queue. */
const SWEPT = 'sweep';

export function parseMessage(body: unknown): IngestMessage | null {
  if (typeof body !== 'object' || body === null) return null;
  const { name, sha256 } = body as Record<string, unknown>;
  return typeof name === 'string' && typeof sha256 === 'string' ? { name, sha256 } : null;
}

/** The queue consumer of `chronofeed-ingest`. */
export async function mergeBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  await mergeMessages(batch, env);
}

/** The consumer's work on a batch (the queue's, or the sweep's own: `mergeStalled`); returns the names merged now. */
async function mergeMessages(batch: MessageBatch<unknown>, env: Env): Promise<string[]> {
  // The queue is alive (the sweep's own batches are not deliveries). A failure to note it costs nothing but a sweep's extra work.
  if (batch.queue !== SWEPT) await markDelivered(env.DB, new Date().toISOString()).catch(() => {});
  const messages = batch.messages.flatMap((msg) => {
    const body = parseMessage(msg.body);
    if (!body) {
      console.error('ingest: malformed message dropped', msg.id);
      msg.ack();
      return [];
    }
    return [{ msg, body }];
  });
  if (!messages.length) return [];
  const retryAll = (err: unknown) => {
    console.error('ingest: retrying', err);
    for (const { msg } of messages) msg.retry({ delaySeconds: INGEST.retryDelayS(msg.attempts) });
  };

  let rows;
  try {
    rows = new Map((await readStoredPages(env.DB, [...new Set(messages.map((m) => m.body.name))])).map((r) => [r.name, r]));
  } catch (err) {
    retryAll(err);
    return [];
  }
  const packs = parsePacks(env.DATA_PACKS).packs;
  const toMerge: Array<{ name: string; sha256: string; report: string; msg: Message }> = [];
  /** Pages read here, handed to the merge (read once). */
  const read = new Map<string, PageRead>();
  for (const { msg, body } of messages) {
    const row = rows.get(body.name);
    // Replaced, deleted, already merged or failed, or a second message for the same content in this batch.
    if (!row || row.sha256 !== body.sha256 || row.state !== 'pending' || toMerge.some((m) => m.name === body.name)) {
      msg.ack();
      continue;
    }
    try {
      if (row.attempts >= INGEST.maxAttempts) throw new GiveUp(`gave up after ${row.attempts} attempts`);
      const page = readPage({ name: row.name, text: row.text, received: row.received_at }, packs);
      read.set(`${row.name}@${row.sha256}`, page);
      toMerge.push({ name: row.name, sha256: row.sha256, report: JSON.stringify(page.report), msg });
    } catch (err) {
      const reason = err instanceof GiveUp ? err.message : `unreadable: ${firstLine(err)}`;
      try {
        await markFailed(env.DB, row.name, row.sha256, reason);
        msg.ack();
      } catch (dbErr) {
        msg.retry({ delaySeconds: INGEST.retryDelayS(msg.attempts) });
        console.error('ingest: could not mark failed', dbErr);
      }
    }
  }
  if (!toMerge.length) return [];
  let merged: string[];
  try {
    merged = await markMerged(env.DB, toMerge, new Date().toISOString());
  } catch (err) {
    console.error('ingest: merge failed, retrying', err);
    for (const m of toMerge) {
      await recordFailure(env.DB, m.name, m.sha256, firstLine(err)).catch(() => 0);
      m.msg.retry({ delaySeconds: INGEST.retryDelayS(m.msg.attempts) });
    }
    return [];
  }
  for (const m of toMerge) m.msg.ack();
  forgetPageSetVersion(env);
  // Into the events: the merge state in D1 is brought to the pages served now, one page per step
  // (store/served-merge.ts). A failure here loses nothing: the pages are served, and the next build
  // syncs the state first.
  const started = Date.now();
  try {
    const sync = await syncServed(env.DB, env.CHRONO_KV, packs, await readPageSetVersion(env.DB), read);
    // One line per batch (Workers Logs, `wrangler tail`): what it merged, and how long the sync took
    // (a time that grows, or conflicts with builds syncing at once, show here first).
    Object.assign(lastMerge, { pages: merged.length, sync_ms: Date.now() - started, replayed: sync.replayed, at: new Date().toISOString() });
    console.log(`ingest: ${merged.length} page(s) merged; merge state ${sync.skipped ? 'already newer' : `+${sync.added} -${sync.removed} ~${sync.replaced}`}, ${sync.conflicts} conflict(s), ${sync.loadRounds} load round(s), ${sync.replayed} report(s) replayed, merging ${sync.mergeMs} ms, writing ${sync.writeMs} ms, ${Date.now() - started} ms`);
  } catch (err) {
    console.error(`ingest: merge state not synced after ${Date.now() - started} ms (the next build syncs it)`, err);
  }
  // The chronology that holds them is built by the first request that needs it (bounded waits,
  // chronology-source.ts), not here: a consumer invocation that waited on a build in its waitUntil
  // held the local queue's only delivery slot (Miniflare dispatches the next batch only when one ends).
  // No sweep from here either: nothing may hold this invocation open (requests sweep: ingest-sweep.ts).
  return merged;
}

/** The consumer of the dead-letter queue: the page is marked failed, with the last failure's reason. */
export async function giveUp(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const msg of batch.messages) {
    const body = parseMessage(msg.body);
    if (!body) { msg.ack(); continue; }
    try {
      const row = await pageStatus(env.DB, body.name);
      if (row && row.sha256 === body.sha256 && row.state === 'pending') {
        await markFailed(env.DB, body.name, body.sha256, `gave up after ${Math.max(row.attempts, msg.attempts)} attempts: ${row.error ?? 'unknown error'}`);
      }
      msg.ack();
    } catch (err) {
      console.error('ingest: dead letter', err);
      msg.retry();
    }
  }
}

/** When this isolate last looked for lost messages (ms since the epoch). */
let lastSweep = 0;
/** The merge of a stalled queue this isolate's sweep is running, if any. */
let sweeping: Promise<number> | null = null;

/**
 * The sweep requests run after they are answered (http/ingest-sweep.ts): lost messages sent again,
 * then, when the queue has stalled, its oldest pages merged here. At most once per resend interval
 * per isolate. Never throws.
 */
export async function sweepIngest(env: Env, now = Date.now()): Promise<{ resent: number; merged: number }> {
  const afterS = resendAfterS(env);
  if (now - lastSweep < afterS * 1000 && lastSweep !== 0) return { resent: 0, merged: 0 };
  lastSweep = now;
  const resent = await resendLost(env, now);
  // One sweep merges at a time per isolate: a second, started an interval later while the first
  // still merges, would read and merge the same waiting pages again beside it (seen near 10,000
  // pages: batches of 50 then took 15–30 s instead of 1).
  if (sweeping) return { resent, merged: 0 };
  sweeping = mergeStalled(env, now);
  try {
    return { resent, merged: await sweeping };
  } finally {
    sweeping = null;
  }
}

/**
 * Merges the oldest pages of a stalled queue (see `INGEST.stalledAfterIntervals`) as if the queue had
 * delivered them: the same consumer, whose checks make a later delivery of their messages a no-op.
 * Returns how many it merged. Never throws.
 */
export async function mergeStalled(env: Env, now = Date.now()): Promise<number> {
  try {
    const interval = resendAfterS(env) * 1000;
    const before = new Date(now - INGEST.stalledAfterIntervals * interval).toISOString();
    // Once the queue has stalled, every page that has waited one interval (its message re-sent) is
    // merged: the queue will not deliver it either.
    let merged = 0;
    for (let round = 0; round < INGEST.stalledBatches; round++) {
      const stalled = await stalledPending(env.DB, before, new Date(now - interval).toISOString(), INGEST.stalledBatch);
      if (!stalled.length) break;
      console.warn(`ingest: the queue has delivered nothing since ${before}; the sweep merges ${stalled.length} waiting page(s) itself`);
      merged += (await mergeMessages(sweptBatch(stalled), env)).length;
      if (stalled.length < INGEST.stalledBatch) break;
    }
    return merged;
  } catch (err) {
    console.error('ingest: merging a stalled queue', err);
    return 0;
  }
}

/** A batch as the queue would deliver it, for pages the sweep merges itself: acks and retries are the rows' business. */
function sweptBatch(pages: ReadonlyArray<{ name: string; sha256: string; attempts: number }>): MessageBatch<IngestMessage> {
  const messages = pages.map((p): Message<IngestMessage> => ({
    id: `sweep:${p.name}`, timestamp: new Date(), attempts: p.attempts + 1, body: { name: p.name, sha256: p.sha256 },
    ack() {}, retry() {},
  }));
  return { queue: SWEPT, messages, metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } }, ackAll() {}, retryAll() {} };
}

/** Sends again the pending pages last sent before the resend interval (their message may have been lost). Never throws. */
export async function resendLost(env: Env, now = Date.now()): Promise<number> {
  const afterS = resendAfterS(env);
  try {
    const lost = await pendingSentBefore(env.DB, new Date(now - afterS * 1000).toISOString(), INGEST.resendBatch);
    if (!lost.length) return 0;
    await withTimeout(env.INGEST_QUEUE.sendBatch(lost.map((p) => ({ body: p satisfies IngestMessage }))), INGEST.sendTimeoutMs, 'queue send');
    await markSent(env.DB, lost, new Date(now).toISOString());
    return lost.length;
  } catch (err) {
    console.error('ingest: resend', err);
    return 0;
  }
}

function resendAfterS(env: Env): number {
  const v = Number(env.INGEST_RESEND_AFTER_S);
  return env.INGEST_RESEND_AFTER_S !== undefined && Number.isFinite(v) && v >= 0 ? v : INGEST.resendAfterS;
}

class GiveUp extends Error {}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
