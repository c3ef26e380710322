/**
 * One scaling point, in a process of its own so peak memory is this size's alone; prints JSON.
 * Pages are read from a folder (written by bench-corpus.ts) on every core, then merged one by one
 * (the online merger, pages in rank order) and assembled. Then the cost of one more page:
 *  - `next`: pages of the following weeks (they rank after the corpus, as news arrives), each read
 *    and added to the store of the whole corpus: median time to add one, and the heap it adds;
 *  - `late`: pages dated like the corpus's first weeks (they rank before most of it): each replays
 *    its component, the worst case of arrival order.
 *   bench-scale-run.ts <folder> <extra-folder>
 */
import { availableParallelism } from 'node:os';
import { chronologyOf, mergedOf, mergePages, readOne } from '../chronology/build';
import { addPage } from '../chronology/merger';
import { emptyRegistry } from '../chronology/registry';
import { readInParallel } from './parallel-read';
import { readSeedDir } from './seed-dir';

const dir = process.argv[2] ?? 'corpus';
const extraDir = process.argv[3];
const t0 = performance.now();
const pages = await readInParallel({ dir });
const n = pages.length;
const readMs = performance.now() - t0;
const options = { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'bench' };
const store = mergePages(pages, options.registry);
const { chronology } = chronologyOf(mergedOf(store), pages, options);
const ms = performance.now() - t0;
const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
const merged = chronology.events.filter((e) => e.reports.length > 1).length;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => { gc?.(); return process.memoryUsage().heapUsed / 2 ** 20; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Adds each page to the store: median milliseconds per page (merging only; reading apart) and heap added per page. */
function addOneByOne(names: string[]) {
  const seeds = readSeedDir(extraDir!).filter((s) => names.includes(s.name));
  const read = seeds.map((s) => readOne(s));
  const before = heapMiB();
  const times = read.map((p) => { const t = performance.now(); addPage(store, p); return performance.now() - t; });
  return { ms: +median(times).toFixed(3), maxMs: +Math.max(...times).toFixed(3), heapKiB: Math.round(((heapMiB() - before) * 1024) / Math.max(1, read.length)), pages: read.length };
}
let next = null, late = null;
if (extraDir) {
  const names = readSeedDir(extraDir).map((s) => s.name);
  next = addOneByOne(names.filter((x) => x.startsWith('next_')));
  late = addOneByOne(names.filter((x) => x.startsWith('late_')));
}
console.log(JSON.stringify({
  documents: n, threads: availableParallelism(), items: pages.reduce((s, p) => s + p.items.length, 0),
  readMs: Math.round(readMs), ms: Math.round(ms), events: chronology.events.length, merged, peakRssMiB, next, late,
}));
