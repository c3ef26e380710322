/**
 * npm run bench [-- --no-scale] [-- --sizes 10,100,1000,10000]
 * Prints, with the machine it ran on:
 *  - build of the chronology from seeds/ in Node: first (cold) run and median of warm runs;
 *  - reading time per page on the seeds, the shared practice pages and the shape fixtures;
 *  - render time of each main feed (50 entries), median;
 *  - actor + topic extraction time per item, median;
 *  - Worker bundle size gzipped (wrangler deploy --dry-run --outdir) and the share of the actor and
 *    topic catalogue and detection in it;
 *  - scaling: generated corpora, build time and peak memory per size, fitted growth exponent, and
 *    the time and heap of adding one more page to the built corpus (online merging).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildChronology } from '../chronology/build';
import { emptyRegistry } from '../chronology/registry';
import { seedsDigest } from '../pipeline';
import { findActors } from '../read/actors';
import { readSeed } from '../read/read-seed';
import { findTopics } from '../read/topics';
import { renderAtom } from '../render/atom';
import { renderJsonFeed } from '../render/json-feed';
import { renderRss } from '../render/rss';
import { mainSpec } from '../render/specs';
import { feedView } from '../render/views';
import { READER_HEAP_MB } from './parallel-read';
import { readSeedDir } from './seed-dir';

/** Pages added one by one after each scaling build, to time one more page (each of two kinds). */
const EXTRA_PAGES = 20;

/** Old-generation heap of the scaling run's main thread, MiB: a cap makes V8 collect before it grows. */
const MAIN_HEAP_MB = 760;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const seeds = readSeedDir('seeds');
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`seeds: ${seeds.length} files, ${kib(seeds.reduce((s, x) => s + x.text.length, 0))}\n`);

// Build: the first run pays JIT warm-up and regex compilation; later runs are the steady state.
const digest = await seedsDigest(seeds);
const opts = { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest };
let build!: ReturnType<typeof buildChronology>;
const cold = time(() => { build = buildChronology(seeds, opts); });
const warm = median(Array.from({ length: 15 }, () => time(() => buildChronology(seeds, opts))));
console.log(`build of the chronology (${build.chronology.events.length} events): first ${cold.toFixed(1)} ms, warm median ${warm.toFixed(1)} ms   [target < 100 ms]`);

// Reading per page: the seeds, the shared practice pages and our shape fixtures, warm, median of 9 passes.
for (const [name, dir] of [['seeds', 'seeds'], ['practice pages', '../shared/practice/pages'], ['shape fixtures', 'test/fixtures/shapes']] as const) {
  if (!existsSync(dir)) { console.log(`reading per page, ${name}: not measured (${dir} not found)`); continue; }
  const pages = readSeedDir(dir);
  for (const p of pages) readSeed(p);
  const ms = median(Array.from({ length: 9 }, () => time(() => { for (const p of pages) readSeed(p); }))) / pages.length;
  console.log(`reading per page, ${name} (${pages.length}): ${ms.toFixed(2)} ms   [target: no slower than ~4 ms]`);
}

// Render: 50 entries, median of 200.
const chron = build.chronology;
const spec = mainSpec(chron);
const view = feedView(chron, spec, spec.events.slice(0, 50), spec.events[50]?.id ?? null, { limit: 50, before: null, extraQuery: '' }, 'https://example.org', 'chronofeed');
for (const [name, render] of [['RSS', renderRss], ['Atom', renderAtom], ['JSON Feed', renderJsonFeed]] as const) {
  const ms = median(Array.from({ length: 200 }, () => time(() => render(view))));
  console.log(`render ${name.padEnd(9)} 50 entries: median ${ms.toFixed(2)} ms, ${kib(render(view).length)}   [target < 5 ms]`);
}

// Extraction per item.
const items = chron.events.flatMap((e) => e.reports.map((r) => [r.headline, r.text.split('\n\n')] as const));
const perItem = median(Array.from({ length: 9 }, () => time(() => { for (const [h, p] of items) { findActors(h, p); findTopics(h, p); } }))) / items.length;
console.log(`actor + topic extraction: ${(perItem * 1000).toFixed(0)} µs per item (median over ${items.length} items)`);

// Bundle.
const out = mkdtempSync(join(tmpdir(), 'chronofeed-bundle-'));
try {
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { stdio: 'pipe' });
  const js = readdirSync(out).filter((f) => f.endsWith('.js'));
  const raw = js.reduce((s, f) => s + statSync(join(out, f)).size, 0);
  const gz = js.reduce((s, f) => s + gzipSync(readFileSync(join(out, f))).length, 0);
  console.log(`\nWorker bundle: ${kib(raw)} raw, ${kib(gz)} gzipped   [target < 1024 KiB gzipped]`);
  const esbuild = join('node_modules', '.bin', 'esbuild');
  const part = execFileSync(esbuild, ['--bundle', '--format=esm', '--minify', 'src/read/actors.ts', 'src/read/topics.ts', '--outdir=' + join(out, 'part')], { stdio: 'pipe' }) && readdirSync(join(out, 'part'));
  const partGz = part.reduce((s, f) => s + gzipSync(readFileSync(join(out, 'part', f))).length, 0);
  console.log(`actor and topic catalogue + detection: ${kib(partGz)} gzipped, minified on their own (upper bound of their share)`);
  const gaz = execFileSync(esbuild, ['--bundle', '--format=esm', '--minify', 'src/generated/gazetteer.ts', '--outfile=' + join(out, 'gazetteer.js')], { stdio: 'pipe' }) && readFileSync(join(out, 'gazetteer.js'));
  console.log(`gazetteer alone (${'250'} countries from world-countries, trimmed): ${kib(gaz.length)} minified, ${kib(gzipSync(gaz).length)} gzipped`);
} catch (err) {
  console.log(`\nWorker bundle: not measured (${(err as Error).message.split('\n')[0]})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

// Scaling.
if (!process.argv.includes('--no-scale')) {
  const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
  const sizes = process.argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [10, 100, 1000, 10000];
  console.log(`\nscaling (generated corpora from the seeds' shapes, 25 pages a week, written to files first; the build reads the\n  files on every core and assembles; each size in a fresh process, main heap capped at ${MAIN_HEAP_MB} MiB, ${READER_HEAP_MB} MiB per reading thread):`);
  const points: Array<{ n: number; ms: number }> = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `chronofeed-corpus-${n}-`));
    const extraDir = `${dir}-extra`;
    try {
      const genMs = Number(execFileSync('node', ['--import', 'tsx', 'src/cli/bench-corpus.ts', String(n), dir, extraDir, String(EXTRA_PAGES)], { encoding: 'utf8' }).trim());
      const run = spawnSync('node', [`--max-old-space-size=${MAIN_HEAP_MB}`, '--expose-gc', '--import', 'tsx', 'src/cli/bench-scale-run.ts', dir, extraDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 2 ** 26 });
      // A size the build cannot hold (its heap past the cap) is a result to print, not a crash of the bench.
      if (run.status !== 0) {
        const why = /heap out of memory|Reached heap limit/.test(run.stderr) ? `the main heap passed its ${MAIN_HEAP_MB} MiB cap` : `exit ${run.status ?? run.signal}`;
        console.log(`  ${String(n).padStart(6)} documents: FAILED (${why}); generating the files took ${(genMs / 1000).toFixed(2)} s`);
        continue;
      }
      const line = run.stdout.trim().split('\n').pop()!;
      type OneMore = { ms: number; maxMs: number; heapKiB: number; pages: number };
      const r = JSON.parse(line) as { documents: number; items: number; ms: number; readMs: number; events: number; merged: number; peakRssMiB: number; next: OneMore; late: OneMore };
      points.push({ n, ms: r.ms });
      console.log(`  ${String(n).padStart(6)} documents: ${(r.ms / 1000).toFixed(2).padStart(7)} s (reading ${(r.readMs / 1000).toFixed(2)} s), peak ${r.peakRssMiB} MiB, ${r.items} items → ${r.events} events (${r.merged} with several reports); generating the files took ${(genMs / 1000).toFixed(2)} s, not counted`);
      console.log(`         one more page (merging, reading apart): next ${r.next.ms} ms median (max ${r.next.maxMs}), +${r.next.heapKiB} KiB heap each; late (replays its component) ${r.late.ms} ms median (max ${r.late.maxMs}), +${r.late.heapKiB} KiB heap each; ${r.next.pages} + ${r.late.pages} pages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(extraDir, { recursive: true, force: true });
    }
  }
  const fit = (ps: typeof points) => {
    const xs = ps.map((p) => Math.log(p.n)), ys = ps.map((p) => Math.log(p.ms));
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
    return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  };
  if (points.length >= 2) console.log(`  growth exponent (log-log fit): ${fit(points).toFixed(2)} over all sizes${points.length > 2 ? `, ${fit(points.slice(1)).toFixed(2)} from ${points[1]!.n} up` : ''}   [target ≤ 1.15; 10,000 in < 60 s and < 1 GiB]`);
}
