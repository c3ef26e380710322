/**
 * A reading thread for the Node CLI: reads its share of a folder's pages (every n-th file) and
 * posts the results back in batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne, type PageRead } from '../chronology/build';
import { readSeedFile, seedFileNames } from './seed-dir';

export interface ReadTask { dir: string; shard: number; shards: number; packs?: string[] }

const BATCH = 25;
const task = workerData as ReadTask;
const names = seedFileNames(task.dir);
let batch: PageRead[] = [];
for (let k = task.shard; k < names.length; k += task.shards) {
  batch.push(readOne(readSeedFile(task.dir, names[k]!), task.packs));
  if (batch.length === BATCH) { parentPort!.postMessage(batch); batch = []; }
}
parentPort!.postMessage(batch);
parentPort!.postMessage('done');
