import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { settled } from '../ingest';
import { distinctPage } from '../pages';

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };
const put = (name: string, body: string) =>
  call(`/admin/seeds/${name}`, { method: 'PUT', body, headers: { ...AUTH, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Sends `names.length` PUTs, `width` at a time (Infinity: all at once); returns their statuses. */
async function putAll(names: string[], run: number, width: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < names.length; i += Math.min(width, names.length)) {
    const slice = names.slice(i, i + Math.min(width, names.length));
    statuses.push(...await Promise.all(slice.map((name, j) => put(name, distinctPage(run, i + j)).then((r) => r.status))));
  }
  return statuses;
}

/** The chronology once no build is pending (bounded: a stale answer is retried a few times). */
async function freshChronology(): Promise<{ documents: Array<{ seed: string }> }> {
  for (let i = 0; i < 40; i++) {
    const res = await call('/chronology.json');
    const body = await res.text(); // read even when stale: an unread response holds a connection
    if (res.status === 200 && !res.headers.get('X-Chronofeed-Stale')) return JSON.parse(body);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the chronology stayed stale');
}

describe('pages sent concurrently', () => {
  for (const [label, width] of [['all at once', Infinity], ['8 at a time', 8]] as const) {
    it(`keeps all 50 pages sent ${label}, three runs in a row`, async () => {
      for (let run = 1; run <= 3; run++) {
        const names = Array.from({ length: 50 }, (_, n) => `conc-${label.replace(/\W/g, '')}-${run}-${n}.txt`);
        const statuses = await putAll(names, run * 10 + (width === 8 ? 1 : 0), width);
        expect(statuses.filter((s) => s === 202), `run ${run}`).toHaveLength(50);
        expect((await settled(names, 90_000)).filter((p) => p.state !== 'merged'), `run ${run}`).toEqual([]);
        const listed = await (await call('/admin/seeds', { headers: AUTH })).json() as { added: Array<{ name: string }> };
        expect(names.filter((n) => !listed.added.some((a) => a.name === n)), `lost from /admin/seeds, run ${run}`).toEqual([]);
        const chron = await freshChronology();
        expect(names.filter((n) => !chron.documents.some((d) => d.seed === n)), `lost from /chronology.json, run ${run}`).toEqual([]);
      }
    }, 240_000);
  }
});
