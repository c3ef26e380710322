import { describe, expect, it } from 'vitest';
import { buildStats, loadChronology } from '../../src/http/chronology-source';
import type { Env } from '../../src/http/env';
import { runPipeline } from '../../src/pipeline';
import { keys, kvHealth } from '../../src/store/kv';

/** An in-memory KV namespace whose calls can be made to fail or hang. */
function fakeKv(mode: 'ok' | 'throw' | 'hang', initial: Record<string, string> = {}): KVNamespace {
  const data = new Map(Object.entries(initial));
  const act = <T>(f: () => T): Promise<T> =>
    mode === 'throw' ? Promise.reject(new Error('KV unavailable')) : mode === 'hang' ? new Promise<T>(() => {}) : Promise.resolve(f());
  return {
    get: (k: string) => act(() => data.get(k) ?? null),
    put: (k: string, v: string) => act(() => { data.set(k, v); }),
    delete: (k: string) => act(() => { data.delete(k); }),
  } as unknown as KVNamespace;
}

/** A KV holding one added page, so the seeds digest is one no earlier test has built. */
function kvWithPage(name: string, text: string): KVNamespace {
  return fakeKv('ok', {
    [keys.seedIndex]: JSON.stringify({ [name]: { sha256: `${name}-${text.length}`, bytes: text.length, stored: '2026-01-01T00:00:00Z' } }),
    [keys.seed(name)]: text,
  });
}

const page = (n: number) => `Council votes on harbour plan ${n}\n\nUpdates for Friday March 10\n\nCouncil approves harbour plan ${n}\n\nThe city council approved the harbour plan on Friday, its chair Lena Berg said.\n\nMayor opens new bridge ${n}\n\nMayor Ines Cardoso opened the bridge on Thursday, her office said.\n\nFerries resume ${n}\n\nFerry operator Island Lines said services resumed on Wednesday.\n`;

describe('KV faults degrade to building in memory', () => {
  it('serves the chronology when every KV call throws', async () => {
    const before = kvHealth.readErrors;
    const { slot } = await loadChronology({ CHRONO_KV: fakeKv('throw') } as Env);
    expect(slot.chron.events.length).toBeGreaterThan(50);
    expect(kvHealth.readErrors).toBeGreaterThan(before);
  });

  it('serves the chronology when KV calls hang (bounded by the KV timeout)', async () => {
    const { slot } = await loadChronology({ CHRONO_KV: fakeKv('hang') } as Env);
    expect(slot.chron.events.length).toBeGreaterThan(50);
  }, 20_000);
});

describe('a burst of requests after a change', () => {
  it('builds once per isolate, not once per request', async () => {
    const env = { CHRONO_KV: kvWithPage('burst.txt', page(1)) } as Env;
    const builds = buildStats.builds;
    const all = await Promise.all(Array.from({ length: 25 }, () => loadChronology(env)));
    expect(buildStats.builds - builds).toBe(1);
    expect(new Set(all.map((r) => r.slot.digest)).size).toBe(1);
    expect(all[0]!.slot.chron.events.some((e) => /harbour plan 1$/.test(e.title))).toBe(true);
  });
});

describe('a rebuild that throws', () => {
  it('leaves the last good chronology in service and says why', async () => {
    const good = await loadChronology({ CHRONO_KV: kvWithPage('good.txt', page(2)) } as Env);
    const broken = { pipeline: (() => { throw new Error('parser exploded'); }) as unknown as typeof runPipeline };
    const after = await loadChronology({ CHRONO_KV: kvWithPage('bad.txt', page(3)) } as Env, broken);
    expect(after.source).toBe('fallback');
    expect(after.slot.digest).toBe(good.slot.digest);
    expect(buildStats.lastFailure?.error).toMatch(/parser exploded/);
    expect(buildStats.lastFailure?.digest).not.toBe(good.slot.digest);
  });

  it('ignores a damaged seed index instead of failing', async () => {
    const kv = fakeKv('ok', { [keys.seedIndex]: '{"x": null, "y": {"sha256": 5}}' });
    const { slot, source } = await loadChronology({ CHRONO_KV: kv } as Env);
    expect(source).not.toBe('fallback');
    expect(slot.chron.events.length).toBeGreaterThan(50);
  });
});
