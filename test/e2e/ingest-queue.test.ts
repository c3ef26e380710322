import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/http/env';
import { sha256Hex } from '../../src/model/digest';
import { giveUp, INGEST, mergeBatch, mergeStalled, resendLost } from '../../src/queue/ingest';
import { putPage, readPageSetVersion } from '../../src/store/pages';
import { call } from '../call';
import { AUTH, pageStatus, putSeed, settled } from '../ingest';
import { distinctPage } from '../pages';

const e = env as unknown as Env;
const sha = (text: string) => sha256Hex(text);
/** Stores a page as pending without sending its message (as a PUT whose message was lost). */
async function storeOnly(name: string, text: string): Promise<string> {
  const digest = await sha(text);
  expect((await putPage(e.DB, { name, sha256: digest, bytes: text.length, text }, new Date().toISOString())).kind).toBe('created');
  return digest;
}
/** Runs the consumer on one message; returns its ack/retry result. */
async function deliver(body: unknown, over: Partial<Env> = {}, attempts = 1) {
  const batch = createMessageBatch('chronofeed-ingest', [{ id: 'm', timestamp: new Date(), attempts, body }]);
  const ctx = createExecutionContext();
  await mergeBatch(batch, { ...e, ...over } as Env);
  return getQueueResult(batch, ctx);
}
const served = async (name: string) =>
  ((await (await call('/chronology.json')).json()) as { documents: Array<{ seed: string }> }).documents.some((d) => d.seed === name);

describe('ingest through the queue', () => {
  it('serves a page only once it is merged, and says so at its status URL and in /status.json', async () => {
    const digest = await storeOnly('q-pending.txt', distinctPage(61, 1));
    expect((await pageStatus('q-pending.txt')).state).toBe('pending');
    expect(await served('q-pending.txt')).toBe(false);
    const counts = async () => ((await (await call('/status.json')).json()) as { pages: { pending: number; failed: number; total: number } }).pages;
    expect((await counts()).pending).toBeGreaterThanOrEqual(1);
    expect((await deliver({ name: 'q-pending.txt', sha256: digest })).explicitAcks).toEqual(['m']);
    const status = await pageStatus('q-pending.txt');
    expect(status.state).toBe('merged');
    expect(status.merged_at).not.toBeNull();
    expect(status.report!.items).toBeGreaterThan(0);
    expect(await served('q-pending.txt')).toBe(true);
  });

  it('changes nothing when a message is delivered twice, or names content that was replaced since', async () => {
    const digest = await storeOnly('q-twice.txt', distinctPage(62, 1));
    await deliver({ name: 'q-twice.txt', sha256: digest });
    const version = await readPageSetVersion(e.DB);
    const before = await (await call('/chronology.json')).text();
    expect((await deliver({ name: 'q-twice.txt', sha256: digest })).explicitAcks).toEqual(['m']);
    expect((await deliver({ name: 'q-twice.txt', sha256: 'a'.repeat(64) })).explicitAcks).toEqual(['m']);
    expect((await deliver({ name: 'no-such-page.txt', sha256: digest })).explicitAcks).toEqual(['m']);
    expect((await deliver({ not: 'a message' })).explicitAcks).toEqual(['m']);
    expect(await readPageSetVersion(e.DB)).toEqual(version);
    expect(await (await call('/chronology.json')).text()).toBe(before);
  });

  it('retries with backoff when the store fails, then the dead-letter consumer marks the page failed with the reason', async () => {
    const digest = await storeOnly('q-fails.txt', distinctPage(63, 1));
    // A database whose writes in a batch fail (the merge), reads work.
    const failing = new Proxy(e.DB, {
      get(target, prop) {
        if (prop === 'batch') return () => Promise.reject(new Error('D1_ERROR: simulated outage'));
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const result = await deliver({ name: 'q-fails.txt', sha256: digest }, { DB: failing }, 2);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['m']); // (the test pool does not report the delay)
    expect([1, 2, 3, 4, 8].map(INGEST.retryDelayS)).toEqual([2, 4, 8, 16, 60]);
    let status = await pageStatus('q-fails.txt');
    expect(status).toMatchObject({ state: 'pending', attempts: 1, error: 'D1_ERROR: simulated outage' });

    const dead = createMessageBatch('chronofeed-ingest-dead', [{ id: 'd', timestamp: new Date(), attempts: 4, body: { name: 'q-fails.txt', sha256: digest } }]);
    const ctx = createExecutionContext();
    await giveUp(dead, e);
    expect((await getQueueResult(dead, ctx)).explicitAcks).toEqual(['d']);
    status = await pageStatus('q-fails.txt');
    expect(status.state).toBe('failed');
    expect(status.error).toBe('gave up after 4 attempts: D1_ERROR: simulated outage');
    expect(await served('q-fails.txt')).toBe(false);
    expect(((await (await call('/status.json')).json()) as { pages: { failed: number } }).pages.failed).toBeGreaterThanOrEqual(1);

    // The same bytes PUT again: a retry (202), merged this time.
    const again = await putSeed('q-fails.txt', distinctPage(63, 1));
    expect(again.status).toBe(202);
    expect((await again.json() as { outcome: string }).outcome).toBe('retried');
    expect((await settled(['q-fails.txt']))[0]!.state).toBe('merged');
  });

  it('sends again a pending page whose message was lost', async () => {
    await storeOnly('q-lost.txt', distinctPage(64, 1));
    // Every pending page counts as sent long ago for this sweep.
    expect(await resendLost({ ...e, INGEST_RESEND_AFTER_S: '0' } as Env, Date.now() + 60_000)).toBeGreaterThanOrEqual(1);
    expect((await settled(['q-lost.txt']))[0]!.state).toBe('merged');
    expect(await served('q-lost.txt')).toBe(true);
  });

  it('merges waiting pages itself when the queue has stalled, and only then', async () => {
    const minute = 60_000, now = Date.now();
    // Received ten minutes ago, never delivered; the queue delivered another page just now.
    const text = distinctPage(67, 1), digest = await sha(text);
    await putPage(e.DB, { name: 'q-stalled.txt', sha256: digest, bytes: text.length, text }, new Date(now - 10 * minute).toISOString());
    await deliver({ name: 'q-fresh.txt', sha256: await storeOnly('q-fresh.txt', distinctPage(68, 1)) });
    const over = { ...e, INGEST_RESEND_AFTER_S: '30' } as Env;
    // The queue delivered a batch within the last two intervals: it is alive, the page waits for it.
    expect(await mergeStalled(over, now)).toBe(0);
    expect((await pageStatus('q-stalled.txt')).state).toBe('pending');
    // No delivery for two intervals while the page waits: the sweep merges it, as the consumer would.
    expect(await mergeStalled(over, now + 5 * minute)).toBe(1);
    expect(await pageStatus('q-stalled.txt')).toMatchObject({ state: 'merged', attempts: 0 });
    // Once stalled, a page that waited one interval is merged too, not two.
    const late = distinctPage(69, 1);
    await putPage(e.DB, { name: 'q-late.txt', sha256: await sha(late), bytes: late.length, text: late }, new Date(now + 5 * minute - 45_000).toISOString());
    expect(await mergeStalled(over, now + 5 * minute)).toBe(0); // nothing waited two intervals any more: not stalled
    await putPage(e.DB, { name: 'q-old.txt', sha256: await sha(distinctPage(70, 1)), bytes: 1, text: distinctPage(70, 1) }, new Date(now - 9 * minute).toISOString());
    expect(await mergeStalled(over, now + 5 * minute)).toBe(2); // stalled again: the old page and the one that waited 45 s
    expect(await served('q-stalled.txt')).toBe(true);
    // Its message, delivered late, changes nothing.
    const version = await readPageSetVersion(e.DB);
    expect((await deliver({ name: 'q-stalled.txt', sha256: digest })).explicitAcks).toEqual(['m']);
    expect(await readPageSetVersion(e.DB)).toEqual(version);
  });

  it('keeps serving a page’s merged content while its replacement waits, and when the replacement fails', async () => {
    const first = distinctPage(66, 1), second = distinctPage(66, 2);
    const firstSha = await storeOnly('q-replaced.txt', first);
    await deliver({ name: 'q-replaced.txt', sha256: firstSha });
    const titles = async () => ((await (await call('/chronology.json')).json()) as { events: Array<{ title: string; reports: Array<{ seed: string }> }> })
      .events.filter((ev) => ev.reports.some((r) => r.seed === 'q-replaced.txt')).map((ev) => ev.title).sort();
    const served = await titles();
    expect(served.length).toBeGreaterThan(0);
    // The replacement is stored, not merged: the first content is still what is served.
    const secondSha = await sha(second);
    expect((await putPage(e.DB, { name: 'q-replaced.txt', sha256: secondSha, bytes: second.length, text: second }, new Date().toISOString())).kind).toBe('replaced');
    expect(await pageStatus('q-replaced.txt')).toMatchObject({ state: 'pending', served_sha256: firstSha });
    expect(await titles()).toEqual(served);
    // It fails: still the first content.
    const dead = createMessageBatch('chronofeed-ingest-dead', [{ id: 'd', timestamp: new Date(), attempts: 4, body: { name: 'q-replaced.txt', sha256: secondSha } }]);
    await giveUp(dead, e);
    expect((await pageStatus('q-replaced.txt')).state).toBe('failed');
    expect(await titles()).toEqual(served);
    // Sent again and merged: the second content is served.
    expect((await putSeed('q-replaced.txt', second)).status).toBe(202);
    expect((await settled(['q-replaced.txt']))[0]).toMatchObject({ state: 'merged', served_sha256: secondSha });
    expect(await titles()).not.toEqual(served);
  });

  it('answers a PUT with 202 and a status URL, before the page is merged', async () => {
    const res = await putSeed('q-status.txt', distinctPage(65, 1));
    expect(res.status).toBe(202);
    expect(res.headers.get('Location')).toBe('/admin/seeds/q-status.txt');
    expect(await res.json()).toMatchObject({ name: 'q-status.txt', outcome: 'created', state: 'pending', status: '/admin/seeds/q-status.txt' });
    expect((await settled(['q-status.txt']))[0]!.state).toBe('merged');
    expect((await call('/admin/seeds/q-missing.txt', { headers: AUTH })).status).toBe(404);
  });
});
