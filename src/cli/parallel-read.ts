import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRead } from '../chronology/build';
import type { ReadTask } from './read-worker';

/**
 * Reads pages on every core (Node only: the Worker reads in its request). Each thread takes every
 * n-th page; results come back in batches and are put in name order by the assembler.
 */
type TaskSpec = ReadTask extends infer T ? (T extends unknown ? Omit<T, 'shard' | 'shards'> : never) : never;

export function readInParallel(task: TaskSpec, threads = availableParallelism()): Promise<PageRead[]> {
  const shards = Math.max(1, threads);
  const results: PageRead[] = [];
  return new Promise((resolve, reject) => {
    let running = shards;
    for (let shard = 0; shard < shards; shard++) {
      const w = new Worker(new URL('./read-worker-boot.mjs', import.meta.url), {
        workerData: { ...task, shard, shards },
      });
      w.on('message', (m: PageRead[] | 'done') => {
        if (m === 'done') { void w.terminate(); if (--running === 0) resolve(results); } else results.push(...m);
      });
      w.on('error', reject);
    }
  });
}
