import { readFileSync } from 'node:fs';
import { readSeed } from './src/read/read-seed';
const f = process.argv[2]!;
const r = readSeed({ name: f.split('/').pop()!, text: readFileSync(f, 'utf8') });
console.log(Object.keys(r));
for (const i of r.items) console.log(i.line, i.eventDate, (i as any).time, i.headline.slice(0, 60));
const rep: any = (r as any).report ?? (r as any).trace;
if (rep) console.log(JSON.stringify(rep).slice(0, 1500));
