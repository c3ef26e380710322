/// <reference types="vite/client" />
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { mergedOf, mergePages, type PageRead, readOne } from '../../src/chronology/build';
import { BUNDLED_SEEDS } from '../../src/generated/seeds';
import { sha256Hex } from '../../src/model/digest';
import type { Seed } from '../../src/model/types';
import { type DesiredPage, MergeRefsCache, readMergeRefs, readStoredMerge, syncMergeState } from '../../src/store/merge-state';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * The merge state in D1 (issue 13): pages merged one step at a time over the fault-in store give
 * the same events as the static build over the memory store, whatever order they arrive in, and a
 * page taken out or replaced leaves what a build without it (or with its new version) gives.
 */
const texts = import.meta.glob('../fixtures/shapes/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixtures: Seed[] = Object.entries(texts).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));
const all: Seed[] = [...BUNDLED_SEEDS, ...fixtures];

/** Events as sets of report keys, canonical. */
const canon = (groups: Array<Array<{ key: string }>>): string[] => groups.map((g) => g.map((i) => i.key).sort().join(' + ')).sort();
const expected = (seeds: Seed[]) => canon(mergedOf(mergePages(seeds.map((s) => readOne(s)), { version: 1, events: {}, redirects: {} })).groups);

async function desired(seeds: Seed[]): Promise<DesiredPage[]> {
  return Promise.all(seeds.map(async (s) => ({ name: s.name, sha256: await sha256Hex(new TextEncoder().encode(s.text)), seed: () => s })));
}

let run = 0;
/** A reader identity of its own per test: the state starts empty. */
const reader = () => ({ code: `test-${++run}-${Date.now()}`, packs: '' });
const read = (s: Seed): PageRead => readOne(s);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s / 2 ** 32; };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

describe('the merge state in D1', () => {
  it(`merges ${all.length} pages, added a few at a time in two random orders, into the events of the static build`, async () => {
    const want = expected(all);
    expect(want.some((g) => g.includes(' + '))).toBe(true);
    for (const order of [1, 2]) {
      const r = reader();
      const pages = shuffled(all, order);
      let rounds = 0;
      // Three pages per sync: late pages (ranked before pages already merged) replay their components.
      for (let k = 3; k < pages.length + 3; k += 3) rounds += (await syncMergeState(env.DB, await desired(pages.slice(0, k)), r, read)).loadRounds;
      expect(canon((await readStoredMerge(env.DB)).groups), `order ${order}`).toEqual(want);
      // A step loads its neighbourhood in a few rounds, not row by row.
      expect(rounds / all.length).toBeLessThan(2.5);
    }
  });

  it('takes a deleted page out and a replaced page\'s old version with it', async () => {
    const r = reader();
    await syncMergeState(env.DB, await desired(all), r, read);
    // The seed page that shares most events with others goes; one fixture is replaced by a shorter version.
    const kept = all.filter((s) => s !== BUNDLED_SEEDS[0]);
    const edited = kept.map((s) => (s === fixtures[0] ? { ...s, text: s.text.split('\n').slice(0, 12).join('\n') } : s));
    const outcome = await syncMergeState(env.DB, await desired(edited), r, read);
    expect(outcome).toMatchObject({ removed: 1, replaced: 1, added: 0 });
    expect(canon((await readStoredMerge(env.DB)).groups)).toEqual(expected(edited));
    // Nothing to do the second time.
    expect(await syncMergeState(env.DB, await desired(edited), r, read)).toMatchObject({ removed: 0, replaced: 0, added: 0 });
  });

  it('keeps the people ids an earlier registry gave, and keeps them when the state is merged afresh after a deploy', async () => {
    const full = mergedOf(mergePages(all.map((s) => readOne(s)), { version: 1, events: {}, redirects: {} }));
    const [key, id] = Object.entries(full.people).find(([k, v]) => k.includes(' ') && v !== 'kept-id')!;
    await env.DB.prepare('DELETE FROM merge_people').run();
    await syncMergeState(env.DB, await desired(all), reader(), read, undefined, async () => ({ [key]: 'kept-id' }));
    const stored = await readStoredMerge(env.DB);
    expect(stored.people[key]).toBe('kept-id');
    expect(stored.groups.flat().some((i) => i.actors.some((a) => a.id === 'kept-id'))).toBe(true);
    expect(stored.groups.flat().some((i) => i.actors.some((a) => a.id === id))).toBe(false);
    // A new code version: every page merged afresh, people's ids as they were.
    await syncMergeState(env.DB, await desired(all), reader(), read);
    expect((await readStoredMerge(env.DB)).people[key]).toBe('kept-id');
  });

  it('brings a held list of pages and events up to date from the rows written since, to what a whole read gives', async () => {
    const r = reader();
    const held = new MergeRefsCache();
    const whole = async () => { const m = await readMergeRefs(env.DB); return { pages: m.pages.map((p) => [p.no, p.seed, p.window]), groups: m.groups }; };
    const fromHeld = async () => { const m = await readMergeRefs(env.DB, new Map(), true, held); return { pages: m.pages.map((p) => [p.no, p.seed, p.window]), groups: m.groups }; };
    await syncMergeState(env.DB, await desired(all.slice(0, 8)), r, read);
    expect(await fromHeld()).toEqual(await whole());
    // Pages added (events they join change), one taken out, one replaced: each a change the held list reads as rows since.
    await syncMergeState(env.DB, await desired(all.slice(0, 20)), r, read);
    expect(await fromHeld()).toEqual(await whole());
    const edited = all.slice(1, 20).map((s) => (s === fixtures[2] ? { ...s, text: s.text.split('\n').slice(0, 14).join('\n') } : s));
    await syncMergeState(env.DB, await desired(edited), r, read);
    const after = await fromHeld();
    expect(after).toEqual(await whole());
    expect(after.pages.some(([, seed]) => seed === all[0]!.name)).toBe(false);
    // Merged afresh by another reader (a deploy): every page taken out and merged again under new numbers.
    await syncMergeState(env.DB, await desired(edited), reader(), read);
    expect(await fromHeld()).toEqual(await whole());
  });

  it('writes nothing over another writer: two syncs at once give the events of one', async () => {
    const r = reader();
    const ds = await desired(all);
    await Promise.all([syncMergeState(env.DB, ds, r, read), syncMergeState(env.DB, ds, r, read)]);
    const stored = await readStoredMerge(env.DB);
    expect(stored.pages.length).toBe(all.length);
    expect(canon(stored.groups)).toEqual(expected(all));
  });
});
