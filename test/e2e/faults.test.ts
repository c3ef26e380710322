import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ChronologyUnavailable, createChronologySource } from '../../src/http/chronology-source';
import { documentsOf, eventsFor } from '../../src/chronology/served';
import type { Env } from '../../src/http/env';
import type { BuildStep } from '../../src/store/served-merge';
import { kvHealth } from '../../src/store/kv';
import { markMerged, putPage } from '../../src/store/pages';

/** An in-memory KV namespace whose calls can be made to fail or hang. */
function fakeKv(mode: 'ok' | 'throw' | 'hang'): KVNamespace {
  const data = new Map<string, { value: unknown; metadata: unknown }>();
  const act = <T>(f: () => T): Promise<T> =>
    mode === 'throw' ? Promise.reject(new Error('KV unavailable')) : mode === 'hang' ? new Promise<T>(() => {}) : Promise.resolve(f());
  return {
    get: (k: string) => act(() => data.get(k)?.value ?? null),
    getWithMetadata: (k: string) => act(() => data.get(k) ?? { value: null, metadata: null }),
    put: (k: string, v: unknown, o?: { metadata?: unknown }) => act(() => { data.set(k, { value: v, metadata: o?.metadata ?? null }); }),
    delete: (k: string) => act(() => { data.delete(k); }),
  } as unknown as KVNamespace;
}

/** A D1 database whose every call throws (the page store unreachable). */
const brokenDb = { prepare: () => { throw new Error('D1_ERROR: internal error at /srv/d1/primary'); }, batch: () => Promise.reject(new Error('D1 down')) } as unknown as D1Database;

const page = (n: number) => `Council votes on harbour plan ${n}\n\nUpdates for Friday March 10\n\nCouncil approves harbour plan ${n}\n\nThe city council approved the harbour plan on Friday, its chair Lena Berg said.\n\nMayor opens new bridge ${n}\n\nMayor Ines Cardoso opened the bridge on Thursday, her office said.\n\nFerries resume ${n}\n\nFerry operator Island Lines said services resumed on Wednesday.\n`;

/** Adds a page to the test's D1 and merges it (as the queue consumer does), so the page set has a version no earlier build has seen. */
async function addPage(name: string, n: number): Promise<void> {
  const sha256 = `${name}-${n}`.padEnd(64, '0');
  await putPage(env.DB, { name, sha256, bytes: 1, text: page(n) }, '2026-01-01T00:00:00Z');
  expect(await markMerged(env.DB, [{ name, sha256, report: '{}' }], '2026-01-01T00:00:01Z')).toEqual([name]);
}

const never = (() => new Promise(() => {})) as unknown as BuildStep;

describe('KV faults degrade to building in memory', () => {
  it('serves the chronology when every KV call throws', async () => {
    const before = kvHealth.readErrors;
    const { slot } = await createChronologySource().load({ CHRONO_KV: fakeKv('throw'), DB: env.DB } as Env);
    expect(slot.served.events).toBeGreaterThan(50);
    expect(kvHealth.readErrors).toBeGreaterThan(before);
  });

  it('serves the chronology when KV calls hang (bounded by the KV timeout, writes not awaited)', async () => {
    const { slot, stale } = await createChronologySource().load({ CHRONO_KV: fakeKv('hang'), DB: env.DB } as Env);
    expect(stale).toBeNull();
    expect(slot.served.events).toBeGreaterThan(50);
  }, 20_000);
});

describe('a burst of requests after a change', () => {
  it('builds once per isolate, not once per request', async () => {
    await addPage('burst.txt', 1);
    const source = createChronologySource();
    const e = { CHRONO_KV: fakeKv('ok'), DB: env.DB } as Env;
    const all = await Promise.all(Array.from({ length: 25 }, () => source.load(e)));
    expect(source.stats.builds).toBe(1);
    expect(new Set(all.map((r) => r.slot.version)).size).toBe(1);
    expect((await eventsFor(all[0]!.slot.served, {})).events.some((ev) => /harbour plan 1$/.test(ev.title))).toBe(true);
    expect((await documentsOf(all[0]!.slot.served, null)).find((d) => d.seed === 'burst.txt')).toBeTruthy();
  });
});

describe('a rebuild that throws', () => {
  it('leaves the last good chronology in service, marked stale, and says why', async () => {
    const source = createChronologySource();
    const e = { CHRONO_KV: fakeKv('ok'), DB: env.DB } as Env;
    const good = await source.load(e);
    await addPage('bad.txt', 3);
    source.configure({ pipeline: (() => { throw new Error('parser exploded'); }) as unknown as BuildStep });
    const after = await source.load(e);
    expect(after.source).toBe('fallback');
    expect(after.stale).toBe('build-failed');
    expect(after.slot.version).toBe(good.slot.version);
    expect(source.stats.lastFailure?.error).toMatch(/parser exploded/);
    expect(source.stats.lastFailure?.version).not.toBe(good.slot.version);
  });

  it('serves the last good chronology, marked stale, when D1 cannot be read', async () => {
    const source = createChronologySource();
    await source.load({ CHRONO_KV: fakeKv('ok'), DB: env.DB } as Env);
    const after = await source.load({ CHRONO_KV: fakeKv('ok'), DB: brokenDb } as Env);
    expect(after.stale).toBe('store-unavailable');
    expect(after.slot.served.events).toBeGreaterThan(50);
  });
});

describe('a build that never ends', () => {
  it('answers within the deadline: ChronologyUnavailable when nothing was built before', async () => {
    const source = createChronologySource({ pipeline: never, waitMs: 300 });
    const t0 = Date.now();
    await expect(source.load({ CHRONO_KV: fakeKv('ok'), DB: env.DB } as Env)).rejects.toBeInstanceOf(ChronologyUnavailable);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('answers within the deadline with the last good chronology, marked stale, and starts again once it is abandoned', async () => {
    const source = createChronologySource({ waitMs: 300, abandonMs: 600 });
    const e = { CHRONO_KV: fakeKv('ok'), DB: env.DB } as Env;
    const good = await source.load(e);
    await addPage('hangs.txt', 4);
    const restore = source.configure({ pipeline: never });
    const t0 = Date.now();
    const waits = await Promise.all(Array.from({ length: 20 }, () => source.load(e)));
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(waits.every((w) => w.stale === 'build-pending' && w.slot.version === good.slot.version)).toBe(true);
    restore();
    await new Promise((r) => setTimeout(r, 700));
    const fresh = await source.load(e);
    expect(fresh.stale).toBeNull();
    expect((await documentsOf(fresh.slot.served, null)).some((d) => d.seed === 'hangs.txt')).toBe(true);
  }, 10_000);
});
