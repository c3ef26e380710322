/** One scaling point, in a process of its own so peak memory is this size's alone: prints JSON. */
import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';
import { emptyRegistry } from '../chronology/registry';
import { runPipeline } from '../pipeline';

const n = Number(process.argv[2] ?? '10');
const seeds = generateCorpus(readSeedDir('seeds'), n);
const bytes = seeds.reduce((s, x) => s + x.text.length, 0);
const t0 = performance.now();
const { chronology } = await runPipeline(seeds, emptyRegistry(), '2026-01-01T00:00:00Z');
const ms = performance.now() - t0;
const merged = chronology.events.filter((e) => e.reports.length > 1).length;
console.log(JSON.stringify({ documents: n, megabytes: bytes / 1e6, ms, events: chronology.events.length, merged, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
