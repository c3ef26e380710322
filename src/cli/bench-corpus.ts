/**
 * Writes a generated corpus of n pages (from the seeds' shapes) into a folder, for the scaling
 * benchmark: the build is then timed from files, as a real build runs, and generating is not build
 * time. Prints the milliseconds it took.
 *   bench-corpus.ts <n> <folder> [<extra-folder> <extra pages>]
 * With an extra folder, also writes the pages added one by one after the build: `next_*` (the
 * weeks after the corpus) and `late_*` (other outlets on the corpus's first weeks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';

const [n, dir] = [Number(process.argv[2] ?? '10'), process.argv[3] ?? 'corpus'];
const t0 = performance.now();
mkdirSync(dir, { recursive: true });
const seeds = readSeedDir('seeds');
for (const page of generateCorpus(seeds, n)) writeFileSync(join(dir, page.name), page.text);
const [extraDir, extra] = [process.argv[4], Number(process.argv[5] ?? '20')];
if (extraDir) {
  mkdirSync(extraDir, { recursive: true });
  for (const page of generateCorpus(seeds, n + extra, { from: n, prefix: 'next' })) writeFileSync(join(extraDir, page.name), page.text);
  for (const page of generateCorpus(seeds, Math.min(n, extra), { variant: 1, prefix: 'late' })) writeFileSync(join(extraDir, page.name), page.text);
}
console.log(Math.round(performance.now() - t0));
