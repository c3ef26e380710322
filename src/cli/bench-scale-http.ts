/**
 * npm run bench:scale [-- --sizes 100,300,1000]
 *
 * Issue 13's figures, measured the way a newsroom grows the service: generated pages (the seeds'
 * shapes, corpus-generator.ts) PUT one by one through the ingest API of the real Worker bundle
 * (`wrangler deploy --dry-run`) in Miniflare — the engine `npm start` runs — with KV, D1 and the
 * ingest queues persisted to a temporary folder, 127.0.0.1 only. At each size:
 *  - ingest: wall and workerd CPU per page while the pages of the step were PUT and merged (the
 *    queue takes up to 50 a batch: the chronology is built once per batch);
 *  - one more page: a single PUT then waiting until it is merged, wall and workerd CPU (median of 3):
 *    what one page costs at this size, the figure that must stay flat;
 *  - feeds: the first /feed.json after the change (a miss) and the next (a hit), and an actor feed;
 *  - the Worker isolate's JavaScript heap (through workerd's inspector): once the one more page is
 *    merged and served, and the peak sampled every 100 ms while it was merged — what the platform's
 *    128 MB per isolate bounds — then what is live after a full collection (a heap snapshot makes
 *    one; `--heap-snapshots DIR` keeps them) — and how many times workerd replaced the isolate (its id in /status.json);
 *  - workerd memory (RSS now and peak: the isolate plus miniflare's simulators, an upper bound);
 *  - KV and D1 on disk per page (the simulators' folders), and the largest KV value;
 *  - any 5xx.
 * CPU is the workerd process's (user + system, /proc): includes the KV, D1 and queue simulators.
 * `WORKERD_LOG=<file> npm run bench:scale` keeps workerd's output (the Worker's console) in that file.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';
import { cpuMs, freePort, inspectWorker, rssMiB, startMiniflare } from './workerd-process';

const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
const SIZES = process.argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100, 300, 1000];
/** Single pages timed at each size (median reported). */
const ONE_MORE = 3;
/** `--heap-snapshots DIR`: the isolate's heap snapshot at each size, for Chrome's DevTools (Memory). */
const SNAPSHOTS = process.argv.includes('--heap-snapshots') ? process.argv[process.argv.indexOf('--heap-snapshots') + 1] ?? null : null;
/** `--cpu-profiles DIR`: the isolate's CPU profile while the one more pages were merged, at each size (a `.cpuprofile`). */
const PROFILES = process.argv.includes('--cpu-profiles') ? process.argv[process.argv.indexOf('--cpu-profiles') + 1] ?? null : null;
/**
 * `--allocations DIR`: the isolate's sampled allocations (collected ones counted too) while the one
 * more pages were merged, at each size (a `.heapprofile`): where the heap's peak comes from.
 */
const ALLOCATIONS = process.argv.includes('--allocations') ? process.argv[process.argv.indexOf('--allocations') + 1] ?? null : null;
/** `--keep`: the temporary folder (bundle, KV, D1) is kept and named at the end, for a look afterwards. */
const KEEP = process.argv.includes('--keep');
/**
 * `--restart`: at each size, once the warm figures are taken, workerd is stopped and started again
 * on the same stored KV and D1 (a deploy or an eviction: a cold isolate), and the first requests and
 * the first page added are timed, with the isolate's peak heap while that page was merged. The first
 * /feed.json finds the body stored before the restart (same origin); another origin's is a miss, the
 * chronology composed from KV by the cold isolate (what a new version's first request costs there).
 */
const RESTART = process.argv.includes('--restart');
/** The limits issue 13 names. */
const TARGET = { feedMs: 50, kvValueBytes: 2 ** 20 };
const TOKEN = 'bench-scale-token';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

/**
 * Bytes of every file under a folder, and the largest value: the largest file under a `blobs`
 * folder (where the simulator keeps each value; its SQLite index and write-ahead log are not values).
 */
function folderBytes(dir: string): { total: number; largest: number } {
  let total = 0, largest = 0;
  const walk = (d: string, blobs: boolean) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, blobs || e.name === 'blobs');
      else { const n = statSync(p).size; total += n; if (blobs && n > largest) largest = n; }
    }
  };
  try { walk(dir, false); } catch { /* not created yet */ }
  return { total, largest };
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`sizes: ${SIZES.join(', ')} pages added through PUT /admin/seeds/{name}, the queue merging them; 127.0.0.1 only\n`);

const work = mkdtempSync(join(tmpdir(), 'chronofeed-bench-scale-'));
const bundle = join(work, 'bundle');
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', bundle], { stdio: 'pipe' });
const kvDir = join(work, 'kv'), d1Dir = join(work, 'd1');
const inspectorPort = await freePort();
const options: Parameters<typeof startMiniflare>[0] = {
  // One port for every start: a restarted workerd serves the same origin, so a body stored before it is found again.
  port: await freePort(),
  inspectorPort,
  inspectorHost: '127.0.0.1',
  modules: true,
  scriptPath: join(bundle, 'index.js'),
  modulesRoot: bundle,
  compatibilityFlags: ['nodejs_compat'],
  kvNamespaces: ['CHRONO_KV'],
  kvPersist: kvDir,
  d1Databases: ['DB'],
  d1Persist: d1Dir,
  // As wrangler.toml declares them.
  queueProducers: { INGEST_QUEUE: 'chronofeed-ingest' },
  queueConsumers: {
    'chronofeed-ingest': { maxBatchSize: 50, maxBatchTimeout: 1, maxRetries: 3, deadLetterQueue: 'chronofeed-ingest-dead' },
    'chronofeed-ingest-dead': { maxBatchSize: 10, maxBatchTimeout: 1 },
  },
  // A stalled local queue (README, Ingest) is swept after two resend intervals: 10 s here, not 30,
  // so a stall costs the bench 20 s, not a minute per 50 pages.
  bindings: { SITE_TITLE: 'chronofeed', DATA_PACKS: 'russia-ukraine-2022', ADMIN_TOKEN: TOKEN, INGEST_RESEND_AFTER_S: '10' },
};
let { mf, url, pid } = await startMiniflare(options);

let fiveXX = 0, socketRetries = 0;
/** Per size: where the Worker's last build spent its time (/status.json `cache.last_build_ms`). */
const phases: string[] = [];
/** The isolates that answered /status.json: more than one means workerd replaced the Worker's isolate. */
const isolates = new Set<string>();
let inspector = await inspectWorker(inspectorPort);
/** The isolate's heap (MiB); the inspector is connected again when the isolate was replaced. */
async function heap(): Promise<number> {
  return inspecting((i) => i.heap().then((h) => h.used));
}
/** The isolate's live heap after a full collection (MiB); the snapshot saved under `--heap-snapshots DIR` when given. */
async function liveHeap(size: number): Promise<number> {
  if (!SNAPSHOTS) return inspecting((i) => i.live());
  const file = createWriteStream(join(SNAPSHOTS, `isolate-${size}.heapsnapshot`));
  try {
    return await inspecting((i) => i.live((chunk) => file.write(chunk)));
  } finally {
    await new Promise((r) => file.end(r));
  }
}
async function inspecting<T>(f: (i: Awaited<ReturnType<typeof inspectWorker>>) => Promise<T>): Promise<T> {
  try {
    return await f(inspector);
  } catch {
    inspector.close();
    inspector = await inspectWorker(inspectorPort);
    return f(inspector);
  }
}
/**
 * fetch, once more when a kept-alive connection was closed by the server as it was reused (the
 * usual keep-alive race, counted and reported; not an answer of the Worker).
 */
async function fetchOnce(input: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (err) {
    if (!['UND_ERR_SOCKET', 'ECONNRESET'].includes((err as { cause?: { code?: string } }).cause?.code ?? '')) throw err;
    socketRetries++;
    return fetch(input, init);
  }
}
async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; cache: string | null; body: string }> {
  const t0 = performance.now();
  const res = await fetchOnce(new URL(path, url), { headers });
  const body = await res.text();
  if (res.status >= 500) fiveXX++;
  // How long the request waited for its chronology, and where it came from (with-chronology.ts's Server-Timing).
  const waited = /chronology;dur=(\d+);desc="(\w+)"/.exec(res.headers.get('Server-Timing') ?? '');
  const cache = `${res.headers.get('X-Cache')}${waited && waited[2] !== 'none' ? `, chronology ${waited[2]} ${waited[1]} ms` : ''}`;
  return { status: res.status, ms: performance.now() - t0, cache, body };
}
async function put(name: string, text: string): Promise<void> {
  const res = await fetchOnce(new URL(`/admin/seeds/${name}`, url), { method: 'PUT', body: text, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain; charset=utf-8' } });
  await res.arrayBuffer();
  if (res.status >= 500) fiveXX++;
  if (res.status !== 202) throw new Error(`PUT ${name}: ${res.status}`);
}
/** Waits until no page is pending: bounded by 10 minutes, or a second per page waited for if more. */
async function settled(pages = 0): Promise<void> {
  for (let i = 0; i < 4 * Math.max(600, pages); i++) {
    const { body, status } = await get('/status.json');
    const parsed = status === 200 ? JSON.parse(body) as { pages: { pending: number }; cache: { isolate?: string } } : null;
    if (parsed?.cache.isolate) isolates.add(parsed.cache.isolate);
    if (parsed?.pages.pending === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`pages still pending after ${Math.max(600, pages)} s`);
}

/** Pages added so far (the bundled seeds not counted). */
let added = 0;
/** Stops workerd, starts it again on the same stores, and times a cold isolate's first requests and first page. */
async function afterRestart(page: { name: string; text: string }): Promise<string> {
  inspector.close();
  await mf.dispose();
  ({ mf, url, pid } = await startMiniflare(options));
  inspector = await inspectWorker(inspectorPort);
  // The body stored before the restart (a hit from KV), then another origin's (a miss: the chronology composed from KV).
  const feed = await get('/feed.json');
  const t0miss = performance.now();
  const missRes = await mf.dispatchFetch(`http://cold-${added}.bench/feed.json`, { headers: { 'Accept-Encoding': 'gzip' } });
  await missRes.arrayBuffer();
  const coldMiss = { ms: performance.now() - t0miss, timing: /chronology;dur=(\d+);desc="(\w+)"/.exec(missRes.headers.get('Server-Timing') ?? '') };
  const actors = JSON.parse((await get('/actors.json')).body) as Array<{ id: string }> | { actors: Array<{ id: string }> };
  const actorId = (Array.isArray(actors) ? actors : actors.actors)[0]?.id;
  const actor = actorId ? await get(`/actors/${actorId}/feed.json`) : null;
  let peakHeap = 0, sampling = true;
  const sampler = (async () => { while (sampling) { peakHeap = Math.max(peakHeap, await heap().catch(() => 0)); await new Promise((r) => setTimeout(r, 100)); } })();
  const t0 = performance.now(), c0 = cpuMs(pid);
  await put(page.name, page.text);
  await settled();
  const wall = performance.now() - t0, cpu = cpuMs(pid) - c0;
  sampling = false;
  await sampler;
  const live = await inspecting((i) => i.live());
  const status = JSON.parse((await get('/status.json')).body) as { cache: { windows_assembled?: Array<number | 'all'>; builds_adopting_stored_assembly?: number } };
  const windows = `${status.cache.windows_assembled?.at(-1) ?? '?'}${status.cache.builds_adopting_stored_assembly ? ', stored assembly taken up' : ''}`;
  return `| ${added} | ${feed.ms.toFixed(0)} ms (${feed.cache}) | ${coldMiss.ms.toFixed(0)} ms${coldMiss.timing ? ` (chronology ${coldMiss.timing[2]} ${coldMiss.timing[1]} ms)` : ''} | ${actor ? `${actor.ms.toFixed(0)} ms (${actor.cache})` : '—'} | ${wall.toFixed(0)} ms / ${cpu.toFixed(0)} ms (windows assembled: ${windows}) | ${peakHeap.toFixed(0)} / ${live.toFixed(0)} MiB | ${fiveXX} |`;
}

try {
  const db = await mf.getD1Database('DB');
  for (const m of await readD1Migrations('migrations')) for (const q of m.queries) await db.prepare(q).run();
  await get('/feed.json'); // the bundled seeds' chronology, built once
  const seeds = readSeedDir('seeds');
  const pages = [...generateCorpus(seeds, Math.max(...SIZES) + (ONE_MORE + Number(RESTART)) * SIZES.length, { dated: true })];
  const coldRows: string[] = [];
  let disk0 = { kv: folderBytes(kvDir).total, d1: folderBytes(d1Dir).total };

  console.log('| pages | ingest per page: wall / CPU | one more page: wall / CPU | /feed.json miss / hit | actor feed | isolate heap after / peak / live | isolates | workerd RSS now / peak | on disk per page: KV / D1 | largest KV value | 5xx |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const size of SIZES) {
    const step = size - added;
    const t0 = performance.now(), c0 = cpuMs(pid);
    for (; added < size; added++) await put(pages[added]!.name, pages[added]!.text);
    await settled(step);
    const ingestWall = (performance.now() - t0) / step, ingestCpu = (cpuMs(pid) - c0) / step;

    const one: Array<{ wall: number; cpu: number }> = [];
    let peakHeap = 0, sampling = true;
    const stopProfile = PROFILES ? await inspecting((i) => i.profile()) : null;
    const stopAllocations = ALLOCATIONS ? await inspecting((i) => i.allocations()) : null;
    const sampler = (async () => { while (sampling) { peakHeap = Math.max(peakHeap, await heap().catch(() => 0)); await new Promise((r) => setTimeout(r, 100)); } })();
    for (let k = 0; k < ONE_MORE; k++, added++) {
      const t1 = performance.now(), c1 = cpuMs(pid);
      await put(pages[added]!.name, pages[added]!.text);
      await settled();
      one.push({ wall: performance.now() - t1, cpu: cpuMs(pid) - c1 });
    }
    sampling = false;
    await sampler;
    if (stopProfile) writeFileSync(join(PROFILES!, `isolate-${added}.cpuprofile`), JSON.stringify(await stopProfile()));
    if (stopAllocations) writeFileSync(join(ALLOCATIONS!, `isolate-${added}.heapprofile`), JSON.stringify(await stopAllocations()));
    const heapAfter = await heap();
    // The feeds before the live heap's full collection, which may drop compiled code the feeds would then compile again.
    const stopFeedProfile = PROFILES ? await inspecting((i) => i.profile()) : null;
    const miss = await get('/feed.json');
    const hit = await get('/feed.json');
    // A second miss (another origin: another body key) with the pieces the first one read now in the isolate: render and store alone.
    const t2 = performance.now();
    await (await mf.dispatchFetch(`http://again-${added}.bench/feed.json`, { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
    const missAgain = performance.now() - t2;
    const actors = JSON.parse((await get('/actors.json')).body) as Array<{ id: string }> | { actors: Array<{ id: string }> };
    const actorId = (Array.isArray(actors) ? actors : actors.actors)[0]?.id;
    const actor = actorId ? await get(`/actors/${actorId}/feed.json`) : null;
    if (stopFeedProfile) writeFileSync(join(PROFILES!, `feeds-${added}.cpuprofile`), JSON.stringify(await stopFeedProfile()));
    const heapLive = await liveHeap(added);
    const status = JSON.parse((await get('/status.json')).body) as { cache: { last_build_ms?: Record<string, number>; windows_assembled?: unknown[]; last_merge?: { pages?: number; sync_ms?: number } } };
    const m = status.cache.last_merge;
    phases.push(`${added} pages: last merge ${m?.pages ?? '?'} page(s) in ${m?.sync_ms ?? '?'} ms; last build ${Object.entries(status.cache.last_build_ms ?? {}).map(([k, v]) => `${k} ${v} ms`).join(', ')}; windows assembled by the last builds: ${JSON.stringify(status.cache.windows_assembled?.slice(-4))}`);
    const mem = rssMiB(pid);
    const kv = folderBytes(kvDir), d1 = folderBytes(d1Dir);
    const perPage = (now: number, before: number) => `${((now - before) / 1024 / Math.max(1, added - (size - step))).toFixed(0)} KiB`;
    console.log(`| ${added} | ${ingestWall.toFixed(0)} ms / ${ingestCpu.toFixed(0)} ms | ${median(one.map((o) => o.wall)).toFixed(0)} ms / ${median(one.map((o) => o.cpu)).toFixed(0)} ms | ${miss.ms.toFixed(0)} ms (${miss.cache}; another origin's miss then ${missAgain.toFixed(0)} ms) / ${hit.ms.toFixed(1)} ms (${hit.cache}) | ${actor ? `${actor.ms.toFixed(0)} ms (${actor.cache})` : '—'} | ${heapAfter.toFixed(0)} / ${peakHeap.toFixed(0)} / ${heapLive.toFixed(0)} MiB | ${isolates.size} | ${mem.now} / ${mem.peak} MiB | ${perPage(kv.total, disk0.kv)} / ${perPage(d1.total, disk0.d1)} | ${mib(kv.largest)}${kv.largest > TARGET.kvValueBytes ? ' (over 1 MiB)' : ''} | ${fiveXX} |`);
    disk0 = { kv: kv.total, d1: d1.total };
    if (RESTART) coldRows.push(await afterRestart(pages[added++]!));
  }
  if (RESTART) {
    console.log('\nAfter a restart of workerd on the same KV and D1 (a cold isolate):\n');
    console.log('| pages | first /feed.json | first miss (another origin) | first actor feed | first page added: wall / CPU | isolate heap peak while merging it / live after | 5xx so far |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of coldRows) console.log(row);
  }
  console.log(`\n${phases.join('\n')}`);
  if (socketRetries) console.log(`\n${socketRetries} requests sent again after the server closed a kept-alive connection as it was reused`);
  console.log(`\ntargets (issue 13): one more page flat from 1,000 to 10,000 (within 2×), isolate memory well under 128 MB, feeds < ${TARGET.feedMs} ms, no KV value over 1 MiB, no 5xx.`);
} finally {
  inspector.close();
  await mf.dispose();
  if (KEEP) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
