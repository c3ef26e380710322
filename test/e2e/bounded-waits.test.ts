import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import { chronologies } from '../../src/http/chronology-source';
import { BUILD_WAIT_MS } from '../../src/http/deadlines';
import { buildFromMergeState, type BuildStep } from '../../src/store/served-merge';
import { call } from '../call';
import { settled } from '../ingest';
import { distinctPage } from '../pages';

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };

/**
 * A build that takes longer than any request may wait (every request is a separate workerd request),
 * and than a burst of 200 takes in the test pool: the queue consumer starts it when the page is
 * merged, before the burst.
 */
const SLOW_BUILD_MS = BUILD_WAIT_MS + 8000;
/** The wait these tests configure, so the suite stays quick; the bound checked is the documented one. */
const TEST_WAIT_MS = 500;
const slowPipeline: BuildStep = async (...args) => {
  await new Promise((r) => setTimeout(r, SLOW_BUILD_MS));
  return buildFromMergeState(...args);
};

const PATHS = ['/feed.json', '/feed.atom', '/feed.rss', '/actors/sergey-lavrov/feed.json', '/topics.json'];
/** The bound checked: the tests' shorter wait, and room for a busy isolate. */
const BOUND_MS = TEST_WAIT_MS + 1000;

/**
 * 200 concurrent feed requests; each one's status, time waited for the chronology in the Worker
 * (Server-Timing), stale mark and X-Cache. The time is the Worker's: the test pool dispatches a burst
 * of `exports.default.fetch` calls with delays of its own (seconds for 200), which the same burst
 * over HTTP against `npm start` does not show (README, Tests).
 */
async function burst(): Promise<Array<{ path: string; status: number; ms: number; stale: boolean; cache: string | null }>> {
  return Promise.all(Array.from({ length: 200 }, async (_, i) => {
    const path = PATHS[i % PATHS.length]!;
    const res = await call(path);
    const ms = Number(/dur=(\d+)/.exec(res.headers.get('Server-Timing') ?? '')?.[1] ?? NaN);
    return { path, status: res.status, ms, stale: res.headers.get('X-Chronofeed-Stale') === '1', cache: res.headers.get('X-Cache') };
  }));
}

async function untilFresh(check: (chron: { documents: Array<{ seed: string }> }) => boolean): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const res = await call('/chronology.json');
    // Always read the body: an unread response holds one of the test's few connections open.
    const body = await res.text();
    if (res.status === 200 && !res.headers.get('X-Chronofeed-Stale') && check(JSON.parse(body))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('never fresh');
}

let restore: (() => void) | null = null;
afterEach(() => { restore?.(); restore = null; });

describe('requests during a rebuild', () => {
  it('answers 200 concurrent feed requests within the deadline, stale, with no 5xx, during a rebuild and right after a DELETE', async () => {
    expect((await call('/feed.json')).status).toBe(200); // a last good chronology in this isolate
    restore = chronologies.configure({ pipeline: slowPipeline, waitMs: TEST_WAIT_MS });

    const put = await call('/admin/seeds/slow-build.txt', { method: 'PUT', body: distinctPage(99, 1), headers: { ...AUTH, 'Content-Type': 'text/plain' } });
    expect(put.status).toBe(202); // stored as pending
    await settled(['slow-build.txt']); // merged: the page set moved on, its chronology is building
    const during = await burst();
    expect(during.filter((r) => r.status >= 500)).toEqual([]);
    expect(during.every((r) => r.status === 200)).toBe(true);
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(BOUND_MS);
    expect(during.filter((r) => r.stale).length).toBeGreaterThan(0);
    await untilFresh((c) => c.documents.some((d) => d.seed === 'slow-build.txt'));

    expect((await call('/admin/seeds/slow-build.txt', { method: 'DELETE', headers: AUTH })).status).toBe(204);
    const afterDelete = await burst();
    expect(afterDelete.filter((r) => r.status >= 500)).toEqual([]);
    expect(afterDelete.every((r) => r.status === 200)).toBe(true);
    expect(Math.max(...afterDelete.map((r) => r.ms))).toBeLessThan(BOUND_MS);
    expect(afterDelete.filter((r) => r.stale).length).toBeGreaterThan(0);
    await untilFresh((c) => !c.documents.some((d) => d.seed === 'slow-build.txt'));
  }, 60_000);

  it('answers within the deadline when a build never ends, and serves the last good chronology marked stale', async () => {
    expect((await call('/feed.json')).status).toBe(200);
    restore = chronologies.configure({ pipeline: (() => new Promise(() => {})) as unknown as BuildStep, waitMs: TEST_WAIT_MS, abandonMs: 2000 });
    expect((await call('/admin/seeds/never-built.txt', { method: 'PUT', body: distinctPage(98, 1), headers: { ...AUTH, 'Content-Type': 'text/plain' } })).status).toBe(202);
    await settled(['never-built.txt']);
    const t0 = Date.now();
    const res = await call('/feed.rss');
    await res.text();
    expect(Date.now() - t0).toBeLessThan(BUILD_WAIT_MS);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Chronofeed-Stale')).toBe('1');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    chronologies.configure({ pipeline: buildFromMergeState }); // builds work again (afterEach restores the rest)
    await new Promise((r) => setTimeout(r, 2100)); // the lost build is abandoned; the next request builds
    await untilFresh((c) => c.documents.some((d) => d.seed === 'never-built.txt'));
  }, 30_000);
});

describe('one render per body', () => {
  it('renders and writes each body once when 200 requests miss it at the same time', async () => {
    const put = await call('/admin/seeds/render-once.txt', { method: 'PUT', body: distinctPage(97, 1), headers: { ...AUTH, 'Content-Type': 'text/plain' } });
    expect(put.status).toBe(202);
    await settled(['render-once.txt']);
    await untilFresh((c) => c.documents.some((d) => d.seed === 'render-once.txt'));
    const all = (await burst()).filter(() => true);
    expect(all.every((r) => r.status === 200 && !r.stale)).toBe(true);
    for (const path of PATHS) {
      // The new page names no one of the actor feed: its version, and its stored body, stay (feed-versions.ts).
      expect(all.filter((r) => r.path === path && r.cache === 'miss'), path).toHaveLength(path.startsWith('/actors/') ? 0 : 1);
    }
  }, 60_000); // waits for builds of the merge state after the abandoned one above: 29 s on a loaded 2-core machine
});
