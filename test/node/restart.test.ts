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

function start(): Miniflare {
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
    bindings: { ADMIN_TOKEN: 'restart-token', SITE_TITLE: 'chronofeed' },
  });
}

describe('a Worker restart', () => {
  before(() => {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', bundle], { stdio: 'pipe' });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('keeps pages added through the API, their events and every event id', async () => {
    const first = start();
    // The migrations, applied once to the persisted database (as `wrangler d1 migrations apply` would).
    const db = await first.getD1Database('DB');
    for (const m of await readD1Migrations('migrations')) for (const q of m.queries) await db.prepare(q).run();
    const put = await first.dispatchFetch('http://local.test/admin/seeds/harbour.txt', {
      method: 'PUT', body: page, headers: { Authorization: 'Bearer restart-token', 'Content-Type': 'text/plain; charset=utf-8' },
    });
    assert.equal(put.status, 201);
    const before = await (await first.dispatchFetch('http://local.test/chronology.json')).json() as { events: Array<{ id: string; title: string }> };
    assert.ok(before.events.some((e) => e.title === 'Port authority offers 4 percent raise'));
    await first.dispose();

    const second = start();
    try {
      const listed = await (await second.dispatchFetch('http://local.test/admin/seeds', { headers: { Authorization: 'Bearer restart-token' } })).json() as { added: Array<{ name: string }> };
      assert.deepEqual(listed.added.map((a) => a.name), ['harbour.txt']);
      const after = await (await second.dispatchFetch('http://local.test/chronology.json')).json() as { events: Array<{ id: string }> };
      assert.deepEqual(after.events.map((e) => e.id).sort(), before.events.map((e) => e.id).sort());
      const status = await (await second.dispatchFetch('http://local.test/status.json')).json() as { cache: { builds_in_this_isolate: number } };
      assert.equal(status.cache.builds_in_this_isolate, 0, 'the new isolate serves the chronology persisted in KV, without rebuilding');
    } finally {
      await second.dispose();
    }
  });
});
