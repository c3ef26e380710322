/**
 * One scaling point, in a process of its own so peak memory is this size's alone; prints JSON.
 * Pages are read from a folder (written by bench-corpus.ts) on every core, then assembled.
 *   bench-scale-run.ts <folder>
 */
import { availableParallelism } from 'node:os';
import { assembleChronology } from '../chronology/build';
import { emptyRegistry } from '../chronology/registry';
import { readInParallel } from './parallel-read';

const dir = process.argv[2] ?? 'corpus';
const t0 = performance.now();
const pages = await readInParallel({ dir });
const n = pages.length;
const readMs = performance.now() - t0;
const heap = (label: string) => { if (process.env.HEAP && (globalThis as { gc?: () => void }).gc) { (globalThis as { gc: () => void }).gc(); console.error(label, Math.round(process.memoryUsage().heapUsed / 2 ** 20), 'MiB live'); } };
heap('after reading');
const { chronology } = assembleChronology(pages, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'bench' });
const ms = performance.now() - t0;
heap('after assembling');
const merged = chronology.events.filter((e) => e.reports.length > 1).length;
console.log(JSON.stringify({
  documents: n, threads: availableParallelism(), items: pages.reduce((s, p) => s + p.items.length, 0),
  readMs: Math.round(readMs), ms: Math.round(ms), events: chronology.events.length, merged,
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
