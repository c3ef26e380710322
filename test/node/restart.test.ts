/**
 * Runs in Node (node --test): a real Worker bundle (wrangler deploy --dry-run) in Miniflare, stopped
 * and started again over the same persisted KV and D1, as a Worker restart in production.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { Miniflare } from 'miniflare';

const work = mkdtempSync(join(tmpdir(), 'chronofeed-restart-'));
const bundle = join(work, 'bundle');
const state = join(work, 'kv');
const d1State = join(work, 'd1');
const page = readFileSync('test/fixtures/liveblog-captions.txt', 'utf8');

/** The queues as wrangler.toml declares them; `consume: false` starts an instance whose messages are never taken. */
function start(consume = true): Miniflare {
  return new Miniflare({
    modules: true,
    scriptPath: join(bundle, 'index.js'),
    modulesRoot: bundle,
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    kvNamespaces: ['CHRONO_KV'],
    kvPersist: state,
    d1Databases: ['DB'],
    d1Persist: d1State,
    queueProducers: { INGEST_QUEUE: 'chronofeed-ingest' },
    queueConsumers: consume ? {
      'chronofeed-ingest': { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 3, deadLetterQueue: 'chronofeed-ingest-dead' },
      'chronofeed-ingest-dead': { maxBatchSize: 10, maxBatchTimeout: 1 },
    } : {},
    // Pending pages are sent again at the first sweep of a new isolate (the default waits 30 s).
    bindings: { ADMIN_TOKEN: 'restart-token', SITE_TITLE: 'chronofeed', INGEST_RESEND_AFTER_S: '0' },
  });
}

const ADMIN = { Authorization: 'Bearer restart-token' };

/** The page's state, once it is no longer pending (bounded). */
async function settledState(mf: Miniflare, name: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { state } = await (await mf.dispatchFetch(`http://local.test/admin/seeds/${name}`, { headers: ADMIN })).json() as { state: string };
    if (state !== 'pending') return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  return 'pending';
}

describe('a Worker restart', () => {
  before(() => {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', bundle], { stdio: 'pipe' });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('merges a page stored before the restart whose message was lost, then keeps it, its events and every event id', async () => {
    // Stored, not merged: this instance takes no messages, and its queue is gone with it.
    const first = start(false);
    // The migrations, applied once to the persisted database (as `wrangler d1 migrations apply` would).
    const db = await first.getD1Database('DB');
    for (const m of await readD1Migrations('migrations')) for (const q of m.queries) await db.prepare(q).run();
    const put = await first.dispatchFetch('http://local.test/admin/seeds/harbour.txt', {
      method: 'PUT', body: page, headers: { ...ADMIN, 'Content-Type': 'text/plain; charset=utf-8' },
    });
    assert.equal(put.status, 202);
    await first.dispose();

    // After the restart: the first request's sweep sends it again, and the consumer merges it.
    const second = start();
    let before: { events: Array<{ id: string; title: string }> };
    try {
      const status = await (await second.dispatchFetch('http://local.test/status.json')).json() as { pages: { pending: number } };
      assert.equal(status.pages.pending, 1, 'stored and still pending after the restart');
      assert.equal(await settledState(second, 'harbour.txt'), 'merged');
      before = await (await second.dispatchFetch('http://local.test/chronology.json')).json() as typeof before;
      assert.ok(before.events.some((e) => e.title === 'Port authority offers 4 percent raise'));
      // Its build's writes (pieces, the version's list, feed versions last) are done before it stops.
      const { version } = await (await second.dispatchFetch('http://local.test/status.json')).json() as { version: string };
      const db2 = await second.getD1Database('DB');
      for (let i = 0; i < 200 && (await db2.prepare('SELECT feeds_built FROM page_set').first<{ feeds_built: string }>())?.feeds_built !== version; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await second.dispose();
    }

    // Restarted after the merge: nothing to do, the same events and ids, served from KV.
    const third = start();
    try {
      const listed = await (await third.dispatchFetch('http://local.test/admin/seeds', { headers: ADMIN })).json() as { added: Array<{ name: string; state: string }> };
      assert.deepEqual(listed.added.map((a) => [a.name, a.state]), [['harbour.txt', 'merged']]);
      const after = await (await third.dispatchFetch('http://local.test/chronology.json')).json() as { events: Array<{ id: string }> };
      assert.deepEqual(after.events.map((e) => e.id).sort(), before.events.map((e) => e.id).sort());
      const status = await (await third.dispatchFetch('http://local.test/status.json')).json() as { cache: { builds_in_this_isolate: number } };
      assert.equal(status.cache.builds_in_this_isolate, 0, 'the new isolate serves the chronology persisted in KV, without rebuilding');
    } finally {
      await third.dispose();
    }
  });
});
