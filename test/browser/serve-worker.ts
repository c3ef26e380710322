/**
 * Serves the Worker for the browser tests: the real bundle (`wrangler deploy --dry-run`) in Miniflare
 * on 127.0.0.1 at a free port, with its D1 migrations applied; prints `listening <url>` once ready and
 * stops on SIGTERM. Started and stopped (by PID) by test/browser/pages.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { Miniflare } from 'miniflare';

const work = mkdtempSync(join(tmpdir(), 'chronofeed-browser-'));
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', work], { stdio: 'pipe' });
const mf = new Miniflare({
  modules: true,
  scriptPath: join(work, 'index.js'),
  modulesRoot: work,
  compatibilityDate: '2026-04-01',
  compatibilityFlags: ['nodejs_compat'],
  kvNamespaces: ['CHRONO_KV'],
  d1Databases: ['DB'],
  queueProducers: { INGEST_QUEUE: 'chronofeed-ingest' },
  queueConsumers: { 'chronofeed-ingest': { maxBatchSize: 10, maxBatchTimeout: 1 } },
  bindings: { SITE_TITLE: 'chronofeed', DATA_PACKS: 'russia-ukraine-2022' },
  host: '127.0.0.1',
  port: 0,
});
const url = await mf.ready;
const db = await mf.getD1Database('DB');
for (const m of await readD1Migrations('migrations')) for (const q of m.queries) await db.prepare(q).run();
// The first build of a fresh instance may outlive a request's wait (503, Retry-After): ready once it answers.
for (let i = 0; i < 60; i++) {
  const res = await fetch(new URL('/feed.json', url));
  await res.arrayBuffer();
  if (res.status === 200) break;
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(`listening ${url.origin}`);

const stop = async () => {
  await mf.dispose();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
