/**
 * Writes a generated corpus of n pages (from the seeds' shapes) into a folder, for the scaling
 * benchmark: the build is then timed from files, as a real build runs, and generating is not build
 * time. Prints the milliseconds it took.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';

const [n, dir] = [Number(process.argv[2] ?? '10'), process.argv[3] ?? 'corpus'];
const t0 = performance.now();
mkdirSync(dir, { recursive: true });
for (const page of generateCorpus(readSeedDir('seeds'), n)) writeFileSync(join(dir, page.name), page.text);
console.log(Math.round(performance.now() - t0));
