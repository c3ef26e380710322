import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/read/fingerprint';
import { keys } from '../../src/store/kv';
import { settled } from '../ingest';

const get = (path: string) => exports.default.fetch(new Request(`http://chronofeed.test${path}`), { redirect: 'manual' } as RequestInit);

type Chron = { events: Array<{ id: string; updated: string; reports: Array<{ seed: string; headline: string }> }> };

describe('event ids through the Worker (registry in KV)', () => {
  it('redirects the id of an event merged into another to the survivor', async () => {
    // A registry from an earlier build in which one of today's events was two: its reports split
    // between two ids. This build merges them: one id survives, the other must redirect to it.
    const kv = (env as { CHRONO_KV: KVNamespace }).CHRONO_KV;
    const fresh = await (await exports.default.fetch('http://chronofeed.test/chronology.json')).json() as Chron;
    const multi = fresh.events.find((e) => e.reports.length >= 2)!;
    const keyOf = (r: { seed: string; headline: string }) => `${r.seed}#${fingerprint(r.headline)}`;
    const [one, ...rest] = multi.reports.map(keyOf).sort();
    // The build that served `fresh` writes its registry after answering (waitUntil): let it land
    // first, or it would overwrite the one put here.
    for (let i = 0; i < 100 && !(await kv.get(keys.registry)); i++) await new Promise((r) => setTimeout(r, 20));
    await kv.put(keys.registry, JSON.stringify({
      version: 1,
      events: { 'older-half-aaaaaa': { reports: [one], updated: '2025-01-01T00:00:00Z' }, 'older-rest-bbbbbb': { reports: rest, updated: '2025-01-01T00:00:00Z' } },
      redirects: {},
    }));
    // A new page changes the digest, so the next request builds with that registry.
    await exports.default.fetch(new Request('http://chronofeed.test/admin/seeds/unrelated.txt', {
      method: 'PUT', body: 'Unrelated page\n\nLocal choir wins prize\n\nThe town choir won the regional prize on Saturday, its conductor Anna Varga said.\n',
      headers: { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}`, 'Content-Type': 'text/plain' },
    }));
    await settled(['unrelated.txt']);
    const chron = await (await get('/chronology.json')).json() as Chron;
    const survivor = chron.events.find((e) => e.reports.some((r) => keyOf(r) === one))!;
    // One report each: the tie goes to the smaller id (see assignIds).
    expect(survivor.id).toBe('older-half-aaaaaa');
    expect(survivor.updated > '2025-01-01T00:00:00Z').toBe(true);
    const redirect = await get('/events/older-rest-bbbbbb');
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('Location')).toBe('/events/older-half-aaaaaa');
    const jsonRedirect = await get('/events/older-rest-bbbbbb.json');
    expect(jsonRedirect.headers.get('Location')).toBe('/events/older-half-aaaaaa.json');
    // Every other event kept its id.
    const before = new Set(fresh.events.filter((e) => e.id !== multi.id).map((e) => e.id));
    const after = new Set(chron.events.map((e) => e.id));
    expect([...before].filter((id) => !after.has(id))).toEqual([]);
  });
});
