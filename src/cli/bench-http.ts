/**
 * npm run bench:http [-- --seconds 8 --rounds 3 --connections 8 --misses 60 --cpu-profiles DIR]
 *
 * Cache hits and misses in workerd, side by side with a trivial Worker, in one run:
 *  - chronofeed: the Worker bundle (`wrangler deploy --dry-run`) in Miniflare with KV and D1;
 *  - the yardstick: bench/trivial/worker.js, one KV read of the same bytes, in a second Miniflare.
 * Miniflare is the engine wrangler 4.86.0 runs (its exact dependency, the same workerd binary); the
 * bench talks to both straight on 127.0.0.1, without wrangler's dev proxy, whose own limits would
 * hide the Workers' (README, Tests). Load from autocannon, bounded in time and connections, one
 * target at a time, the two alternated over rounds; medians reported.
 *
 * CPU is the workerd process's own (user + system, /proc), divided by the requests it served: an
 * upper bound of the Worker's CPU, since it includes miniflare's KV and D1 simulators in the same
 * process. A miss is a real one: each request names another origin, so its body key is new (feed
 * view, render, hash, gzip, KV write), at concurrency 1, after WARM_MISSES uncounted ones of its kind.
 *
 * `--cpu-profiles DIR` (needs `--experimental-websocket` on Node 20, as the npm script gives): the
 * chronofeed isolate's CPU profile over one more hit run (`hits.cpuprofile`) and over each kind of
 * miss (`miss-feed.json.cpuprofile` …), through workerd's inspector, for Chrome's DevTools. The
 * profiler's sampling slows the isolate: those runs are not in the figures above them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { cpuMs, freePort, inspectWorker, startMiniflare } from './workerd-process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 6);
const ROUNDS = arg('rounds', 5);
const CONNECTIONS = arg('connections', 8);
const MISSES = arg('misses', 60);
/** Misses of each kind made, not counted, before the counted ones (the isolate's code compiled by then). */
const WARM_MISSES = 10;
const PROFILES = process.argv.includes('--cpu-profiles') ? process.argv[process.argv.indexOf('--cpu-profiles') + 1] ?? null : null;
/** The targets of issue 13. */
const TARGET_RATIO = 0.9;
const TARGET_MISS_CPU_MS = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wranglerVersion = JSON.parse(readFileSync('node_modules/wrangler/package.json', 'utf8')) as { version: string; dependencies: Record<string, string> };
const miniflareVersion = (JSON.parse(readFileSync('node_modules/miniflare/package.json', 'utf8')) as { version: string }).version;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`wrangler ${wranglerVersion.version} (miniflare ${wranglerVersion.dependencies.miniflare}); running miniflare ${miniflareVersion}`);
console.log(`load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, 127.0.0.1 only\n`);

const work = mkdtempSync(join(tmpdir(), 'chronofeed-bench-http-'));
const bundle = join(work, 'bundle');
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', bundle], { stdio: 'pipe' });

const inspectorPort = PROFILES ? await freePort() : undefined;
const chronofeed = await startMiniflare({
  ...(inspectorPort ? { inspectorPort, inspectorHost: '127.0.0.1' } : {}),
  modules: true,
  scriptPath: join(bundle, 'index.js'),
  modulesRoot: bundle,
  compatibilityFlags: ['nodejs_compat'],
  kvNamespaces: ['CHRONO_KV'],
  kvPersist: join(work, 'kv'),
  d1Databases: ['DB'],
  d1Persist: join(work, 'd1'),
  bindings: { SITE_TITLE: 'chronofeed', DATA_PACKS: 'russia-ukraine-2022' },
});
let trivial!: Awaited<ReturnType<typeof startMiniflare>>;

try {
  const db = await chronofeed.mf.getD1Database('DB');
  for (const m of await readD1Migrations('migrations')) for (const q of m.queries) await db.prepare(q).run();

  /** One request over real HTTP, body as sent (no inflating). */
  const raw = (base: URL, path: string, headers: Record<string, string> = {}) => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });

  // Warm chronofeed (the build) and store the body; check what goes over the wire. Miniflare, like
  // Cloudflare's edge, hands the Worker `Accept-Encoding: br, gzip` whatever the client sent.
  await raw(chronofeed.url, '/feed.json');
  const gzip = await raw(chronofeed.url, '/feed.json', { 'Accept-Encoding': 'gzip' });
  if (gzip.headers['x-cache'] !== 'hit') throw new Error('chronofeed did not serve /feed.json from KV');
  if (gzip.headers['content-encoding'] !== 'gzip') throw new Error('/feed.json was not sent gzipped');
  const identity = gunzipSync(gzip.body); // throws unless the body is gzip, once
  JSON.parse(identity.toString('utf8'));
  // The trivial Worker, with the same date and flags as chronofeed's wrangler.toml (nodejs_compat changes
  // what every request costs) and, for its second route, the headers of chronofeed's hit.
  const same = Object.entries(gzip.headers).filter(([k]) => !['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)).map(([k, v]) => [k, String(v)]);
  trivial = await startMiniflare({ modules: true, scriptPath: 'bench/trivial/worker.js', compatibilityFlags: ['nodejs_compat'], kvNamespaces: ['KV'], kvPersist: join(work, 'trivial-kv'), bindings: { SAME_HEADERS: JSON.stringify(same) } });
  const kv = await trivial.mf.getKVNamespace('KV');
  const ab = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  await kv.put('identity', ab(identity));
  await kv.put('gzip', ab(gzip.body));
  const check = await raw(trivial.url, '/', { 'Accept-Encoding': 'gzip' });
  if (!check.body.equals(gzip.body)) throw new Error('the trivial Worker does not send the same bytes');
  console.log(`/feed.json: ${identity.length} bytes, ${gzip.body.length} gzipped (${(100 * gzip.body.length / identity.length).toFixed(0)} %), sent gzipped by both Workers\n`);

  // Throughput, hits: alternate the two targets, round by round, per encoding.
  console.log('GET /feed.json with Accept-Encoding: gzip, against:\n');
  console.log('| yardstick | chronofeed hit, req/s (p50 / p99 ms, CPU per req) | trivial Worker, req/s (p50 / p99 ms, CPU per req) | throughput ratio (median of rounds) | CPU per request, trivial ÷ chronofeed |');
  console.log('| --- | --- | --- | --- | --- |');
  const ratios: Record<string, number> = {};
  for (const [label, trivialPath] of [['trivial Worker, its own two headers', '/'], ['trivial Worker, the same headers as the hit', '/same-headers']] as const) {
    const headers = { 'Accept-Encoding': 'gzip' };
    const runs: Record<'chronofeed' | 'trivial', Array<{ rps: number; p50: number; p99: number; cpu: number; bad: number }>> = { chronofeed: [], trivial: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? (['trivial', 'chronofeed'] as const) : (['chronofeed', 'trivial'] as const);
      for (const name of order) {
        const t = name === 'chronofeed' ? { ...chronofeed, url: new URL('/feed.json', chronofeed.url) } : { ...trivial, url: new URL(trivialPath, trivial.url) };
        const cpu0 = cpuMs(t.pid);
        const res = await autocannon({ url: t.url.toString(), connections: CONNECTIONS, duration: SECONDS, headers: { ...headers } });
        const cpu = (cpuMs(t.pid) - cpu0) / Math.max(1, res.requests.total);
        runs[name].push({ rps: res.requests.average, p50: res.latency.p50, p99: res.latency.p99, cpu, bad: res.non2xx + res.errors + res.timeouts });
      }
    }
    const cell = (xs: typeof runs.trivial) => `${median(xs.map((x) => x.rps)).toFixed(0)} (${median(xs.map((x) => x.p50))} / ${median(xs.map((x) => x.p99))} ms, ${median(xs.map((x) => x.cpu)).toFixed(2)} ms)${xs.some((x) => x.bad) ? `, ${xs.reduce((s, x) => s + x.bad, 0)} non-2xx/errors` : ''}`;
    // Each round's two runs are back to back: their ratio is the least disturbed by other load.
    const perRound = runs.chronofeed.map((x, r) => x.rps / runs.trivial[r]!.rps);
    const ratio = median(perRound);
    ratios[label] = ratio;
    const cpuRatio = median(runs.trivial.map((x) => x.cpu)) / median(runs.chronofeed.map((x) => x.cpu));
    console.log(`| ${label} | ${cell(runs.chronofeed)} | ${cell(runs.trivial)} | ${ratio.toFixed(2)} (rounds: ${perRound.map((x) => x.toFixed(2)).join(', ')}) | ${cpuRatio.toFixed(2)} |`);
  }
  /** With `--cpu-profiles`: the isolate's profile over `run`, written as NAME.cpuprofile. */
  const profiled = async (name: string, run: () => Promise<unknown>) => {
    if (!PROFILES || !inspectorPort) return;
    const inspector = await inspectWorker(inspectorPort);
    try {
      const stop = await inspector.profile();
      await run();
      writeFileSync(join(PROFILES, `${name}.cpuprofile`), JSON.stringify(await stop()));
    } finally {
      inspector.close();
    }
  };
  await profiled('hits', async () => {
    const res = await autocannon({ url: new URL('/feed.json', chronofeed.url).toString(), connections: CONNECTIONS, duration: 4, headers: { 'Accept-Encoding': 'gzip' } });
    console.log(`profiled: ${res.requests.total} hits in 4 s`);
  });

  console.log(`\ntarget: ratio ≥ ${TARGET_RATIO}: ${Object.entries(ratios).map(([k, v]) => `${v >= TARGET_RATIO ? 'met' : 'NOT met'} against the ${k}`).join('; ')}\n`);

  // What one KV write of the body costs the local simulator (same process as the Worker).
  const wcpu0 = cpuMs(trivial.pid);
  for (let i = 0; i < MISSES; i++) await (await trivial.mf.dispatchFetch(new URL('/write', trivial.url), { method: 'PUT', body: gzip.body })).arrayBuffer();
  const writeCpu = (cpuMs(trivial.pid) - wcpu0) / MISSES;
  // And what one request costs outside any Worker's code: miniflare's entry worker, one KV read.
  const rcpu0 = cpuMs(trivial.pid);
  for (let i = 0; i < MISSES; i++) await (await trivial.mf.dispatchFetch(new URL('/', trivial.url), { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
  const requestCpu = (cpuMs(trivial.pid) - rcpu0) / MISSES;
  console.log(`on the trivial Worker, sequential: one KV write of the ${gzip.body.length}-byte body ${writeCpu.toFixed(2)} ms of workerd CPU, one request with one KV read ${requestCpu.toFixed(2)} ms (miniflare's simulators and entry worker: not a Worker's CPU on Cloudflare)`);

  // Misses: a new origin each time, so a new body key: feed view, render, ETag, gzip, one KV write.
  for (const file of ['feed.json', 'feed.atom', 'feed.rss']) {
    // Not counted: the first misses of a kind run code not yet compiled (V8 tiers it up as it runs).
    for (let i = 0; i < WARM_MISSES; i++) await (await chronofeed.mf.dispatchFetch(`http://warm-${file}-${i}.bench/${file}`)).arrayBuffer();
    const walls: number[] = [];
    const cpu0 = cpuMs(chronofeed.pid);
    let entries = 0;
    for (let i = 0; i < MISSES; i++) {
      const t0 = performance.now();
      const res = await chronofeed.mf.dispatchFetch(`http://miss-${file}-${i}.bench/${file}`);
      const text = await res.text();
      walls.push(performance.now() - t0);
      if (res.headers.get('X-Cache') !== 'miss') throw new Error(`expected a miss, got ${res.headers.get('X-Cache')}`);
      if (i === 0) entries = file === 'feed.json' ? (JSON.parse(text) as { items: unknown[] }).items.length : (text.match(file === 'feed.atom' ? /<entry>/g : /<item>/g) ?? []).length;
    }
    const cpu = (cpuMs(chronofeed.pid) - cpu0) / MISSES;
    const lessWrite = cpu - writeCpu;
    const worker = lessWrite - requestCpu;
    await profiled(`miss-${file}`, async () => {
      for (let i = 0; i < MISSES; i++) await (await chronofeed.mf.dispatchFetch(`http://profiled-${file}-${i}.bench/${file}`)).arrayBuffer();
    });
    console.log(`miss on /${file} (${entries} entries): workerd CPU ${cpu.toFixed(2)} ms per request; less the KV write's simulation ${lessWrite.toFixed(2)} ms (target < ${TARGET_MISS_CPU_MS} ms: ${lessWrite < TARGET_MISS_CPU_MS ? 'met' : 'NOT met'}); less a trivial request too ${worker.toFixed(2)} ms; wall median ${median(walls).toFixed(2)} ms; ${MISSES} requests at concurrency 1`);
  }
} finally {
  await chronofeed.mf.dispose();
  await trivial?.mf.dispose();
  rmSync(work, { recursive: true, force: true });
}
