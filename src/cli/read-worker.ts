/**
 * A reading thread for the Node CLI: reads its share of the pages (every n-th) and posts the
 * results back in batches. Pages come from a folder or from the corpus generator.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne, type PageRead } from '../chronology/build';
import type { Seed } from '../model/types';
import { generateCorpus } from './corpus-generator';
import { readSeedDir } from './seed-dir';

export type ReadTask =
  | { kind: 'dir'; dir: string; shard: number; shards: number; latestYear: number }
  | { kind: 'generated'; templates: string; count: number; shard: number; shards: number; latestYear: number };

const BATCH = 25;
const task = workerData as ReadTask;
const mine = (k: number) => k % task.shards === task.shard;
function* share(): Generator<Seed> {
  if (task.kind === 'generated') {
    yield* generateCorpus(readSeedDir(task.templates), task.count, mine);
    return;
  }
  let k = 0;
  for (const seed of readSeedDir(task.dir)) if (mine(k++)) yield seed;
}
let batch: PageRead[] = [];
for (const seed of share()) {
  batch.push(readOne(seed, task.latestYear));
  if (batch.length === BATCH) { parentPort!.postMessage(batch); batch = []; }
}
parentPort!.postMessage(batch);
parentPort!.postMessage('done');
