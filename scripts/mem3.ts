import { generateCorpus } from '../src/cli/corpus-generator';
import { readSeedDir } from '../src/cli/seed-dir';
import { buildChronology } from '../src/chronology/build';
import { emptyRegistry } from '../src/chronology/registry';
const n = Number(process.argv[2] ?? 2000);
const b = buildChronology(generateCorpus(readSeedDir('seeds'), n), { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'x' });
(globalThis as any).gc();
console.log('chronology live', b.chronology.events.length, (process.memoryUsage().heapUsed / 1e6).toFixed(0) + 'MB', 'rss', (process.memoryUsage().rss / 1e6).toFixed(0), 'maxrss', (process.resourceUsage().maxRSS / 1024).toFixed(0));
const c = b.chronology;
const size = (x: unknown) => (JSON.stringify(x).length / 1e6).toFixed(1) + 'M chars';
console.log('events', size(c.events), 'report text', (c.events.reduce((s, e) => s + e.reports.reduce((t, r) => t + r.text.length, 0), 0) / 1e6).toFixed(1), 'trace', size(c.trace), 'registry', size(b.registry), 'docs', size(c.documents), 'actors', size(c.actors));
const before = process.memoryUsage().heapUsed;
(b as any).registry = null; (c as any).trace = null; (globalThis as any).gc();
console.log('without registry+trace', ((process.memoryUsage().heapUsed) / 1e6).toFixed(0), 'freed', ((before - process.memoryUsage().heapUsed) / 1e6).toFixed(0));
if (process.env.SNAP) { const v8 = await import('node:v8'); console.log(v8.writeHeapSnapshot('/tmp/heap.heapsnapshot')); }
