import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Seed } from '../model/types';
import { decodeSeed } from '../read/decode';

/** The `.txt` pages of a folder, sorted by name, read as UTF-8. */
export function readSeedDir(dir: string): Seed[] {
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
    .map((name) => decodeSeed(name, readFileSync(join(dir, name))));
}
