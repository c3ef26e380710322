import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRead } from '../chronology/build';
import type { ReadTask } from './read-worker';

/**
 * Reads pages on every core (Node only: the Worker reads in its request). Each thread takes every
 * n-th file; results come back in batches and are put in name order by the assembler.
 */
/** Old-generation heap of each reading thread, MiB. */
export const READER_HEAP_MB = 128;

/**
 * Structured clone gives every actor and topic reference of every item an object of its own; the
 * reader shares one per actor and role. Share them again, or a large corpus holds millions.
 */
const shared = new Map<string, object>();
function reintern(page: PageRead): PageRead {
  const str = (x: string | null) => (x === null ? null : one(`s|${x}`, { x }).x);
  for (const it of page.items) {
    it.actors = it.actors.map((a) => one(`a|${a.id}|${a.role}`, a));
    it.topics = it.topics.map((t) => one(`t|${t.id}`, t));
    it.seed = str(it.seed)!;
    it.publisher = str(it.publisher);
    it.published = str(it.published);
    // One page's items share its URL and title; a live blog's posts often share a time.
    it.url = str(it.url);
    it.pageTitle = str(it.pageTitle);
    it.eventDate = str(it.eventDate);
    it.scheduledDate = str(it.scheduledDate);
    it.time = str(it.time);
    it.datePrecision = str(it.datePrecision) as typeof it.datePrecision;
    it.dateBasis = str(it.dateBasis) as typeof it.dateBasis;
    it.timeBasis = str(it.timeBasis) as typeof it.timeBasis;
  }
  return page;
}
function one<T extends object>(key: string, value: T): T {
  const have = shared.get(key) as T | undefined;
  if (have) return have;
  shared.set(key, Object.freeze(value));
  return value;
}

/** Reads a folder's pages on `threads` threads. */
export function readInParallel(task: Omit<ReadTask, 'shard' | 'shards'>, threads = availableParallelism()): Promise<PageRead[]> {
  const shards = Math.max(1, threads);
  const results: PageRead[] = [];
  return new Promise((resolve, reject) => {
    let running = shards;
    for (let shard = 0; shard < shards; shard++) {
      const w = new Worker(new URL('./read-worker-boot.mjs', import.meta.url), {
        workerData: { ...task, shard, shards },
        // A reading thread holds one batch of pages at a time: a small heap is enough.
        resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
      });
      w.on('message', (m: PageRead[] | 'done') => {
        if (m === 'done') { void w.terminate(); if (--running === 0) resolve(results); } else results.push(...m.map(reintern));
      });
      w.on('error', reject);
    }
  });
}
