import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Seed } from '../model/types';
import { decodeSeed } from '../read/decode';

/** The names of a folder's `.txt` pages, sorted. */
export function seedFileNames(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
}

/** One page of a folder, read as UTF-8 (or reported as decoded otherwise). */
export function readSeedFile(dir: string, name: string): Seed {
  return decodeSeed(name, readFileSync(join(dir, name)));
}

/** The `.txt` pages of a folder, sorted by name. */
export function readSeedDir(dir: string): Seed[] {
  return seedFileNames(dir).map((name) => readSeedFile(dir, name));
}
