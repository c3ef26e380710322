import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';
import { readOne } from '../chronology/build';
let t = performance.now();
const seeds = [...generateCorpus(readSeedDir('seeds'), 1000, () => true)];
console.log('generate', (performance.now() - t).toFixed(0), 'ms');
for (let r = 0; r < 3; r++) { t = performance.now(); for (const s of seeds) readOne(s, 2026); console.log('read', (performance.now() - t).toFixed(0), 'ms'); }
