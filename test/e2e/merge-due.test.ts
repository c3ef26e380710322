/// <reference types="vite/client" />
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/model/digest';
import { syncMergeState } from '../../src/store/merge-state';
import { deletePage, markMerged, putPage, readPageSetVersion } from '../../src/store/pages';
import { servedPlan, syncServed } from '../../src/store/served-merge';
import { readOne } from '../../src/chronology/build';
import { CODE_VERSION } from '../../src/generated/seeds';

/**
 * The sync's difference from the changes, not from every page (issue 13; migrations/0008_merge_due.sql):
 * each change of what is served (a page merged by the queue, a served page deleted) is recorded with
 * it, the sync's plan names exactly those, and a sync clears exactly the changes it merged — a change
 * that comes in while a sync runs stays due.
 */
const texts = import.meta.glob('../fixtures/shapes/s0[1-4]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const pages = Object.entries(texts).map(([path, text]) => ({ name: `due-${path.split('/').at(-1)!}`, text }));

async function serve(name: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const sha256 = await sha256Hex(bytes);
  await putPage(env.DB, { name, sha256, bytes: bytes.byteLength, text }, new Date().toISOString());
  expect(await markMerged(env.DB, [{ name, sha256, report: '{}' }], new Date().toISOString())).toEqual([name]);
  return sha256;
}

const sync = async () => syncServed(env.DB, env.CHRONO_KV, [], await readPageSetVersion(env.DB));
const due = async () => (await env.DB.prepare('SELECT name, sha256 FROM merge_due ORDER BY name').all<{ name: string; sha256: string }>()).results;
const named = async () => {
  const plan = await servedPlan(env.DB);
  return { added: plan.additions.map((a) => a.page.name).sort(), removed: plan.removals.length, replacing: plan.additions.filter((a) => a.replaces).length };
};

describe('the changes the merge state has not caught up with', () => {
  it('plans the pages that changed, and nothing once they are merged', async () => {
    await sync();
    expect(await named()).toEqual({ added: [], removed: 0, replacing: 0 });
    const [a, b, c] = pages;
    for (const p of [a!, b!, c!]) await serve(p.name, p.text);
    expect((await due()).map((d) => d.name)).toEqual([a!.name, b!.name, c!.name].sort());
    expect(await named()).toEqual({ added: [a!.name, b!.name, c!.name].sort(), removed: 0, replacing: 0 });
    const outcome = await sync();
    expect(outcome.added).toBe(3);
    expect(await due()).toEqual([]);
    expect(await named()).toEqual({ added: [], removed: 0, replacing: 0 });

    // A new content of one page: one replacement; a deleted page: one removal.
    await serve(a!.name, `${a!.text}\n\nOne more paragraph of the updated page.`);
    expect(await deletePage(env.DB, b!.name)).toBe(true);
    expect(await named()).toEqual({ added: [a!.name], removed: 1, replacing: 1 });
    const again = await sync();
    expect([again.replaced, again.removed]).toEqual([1, 1]);
    expect(await due()).toEqual([]);
  });

  it('keeps due a change that came in while a sync merged the one before it', async () => {
    await sync();
    const d = pages[3]!;
    await serve(d.name, d.text);
    // The page changes again once the sync has read its first content, before the sync writes it.
    let second = '';
    const plan = await servedPlan(env.DB);
    const first = plan.additions[0]!.page;
    plan.additions[0]!.page = { ...first, seed: async () => {
      const seed = await first.seed();
      second = await serve(d.name, `${d.text}\n\nA later paragraph.`);
      return seed;
    } };
    await syncMergeState(env.DB, async () => plan, { code: CODE_VERSION, packs: '' }, (seed) => readOne(seed));
    expect(second).not.toBe('');
    expect(await due()).toEqual([{ name: d.name, sha256: second }]);
    expect(await named()).toEqual({ added: [d.name], removed: 0, replacing: 1 });
    await sync();
    expect(await due()).toEqual([]);
  });

  it('makes every served page due again when the state is merged afresh (another reader)', async () => {
    await sync();
    const served = (await env.DB.prepare('SELECT count(*) AS n FROM pages WHERE served_sha256 IS NOT NULL').first<{ n: number }>())!.n;
    expect(served).toBeGreaterThan(0);
    await syncMergeState(env.DB, [], { code: 'another-reader', packs: '' }, (seed) => readOne(seed));
    expect((await due()).length).toBe(served);
    await sync();
    expect(await due()).toEqual([]);
    expect(await named()).toEqual({ added: [], removed: 0, replacing: 0 });
  });
});
