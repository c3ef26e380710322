/**
 * Runs in Node (node --test): the online merger gives the same events whatever order the pages
 * arrive in. The seeds, the shared practice pages (with their front matter, as a newsroom would add
 * them) and our shape fixtures are added in 10 random orders; every order must group the reports
 * exactly as the full build (pages in rank order) does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assembleChronology, type PageRead, readOne } from '../../src/chronology/build';
import { MemoryMergeStore } from '../../src/chronology/merge-store';
import { addPage } from '../../src/chronology/merger';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { readSeedDir } from '../../src/cli/seed-dir';
import { withFrontMatter } from '../front-matter-block';

/** Pages with a front-matter block from a meta.json (url, published, publisher), as `with-front-matter` writes them. */
function dirWithFrontMatter(dir: string, metaPath: string): Seed[] {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, Record<string, string | undefined>>;
  return readSeedDir(dir).filter((s) => meta[s.name]).map((s) => withFrontMatter(s.name, s.text, meta));
}

const PRACTICE = '../shared/practice';
const seeds: Seed[] = [
  ...readSeedDir('seeds'),
  ...(existsSync(PRACTICE) ? dirWithFrontMatter(join(PRACTICE, 'pages'), join(PRACTICE, 'meta.json')) : []),
  ...dirWithFrontMatter('test/fixtures/shapes', 'test/fixtures/shapes/meta.json'),
];

/** Reading is done once; each order gets fresh copies (the merger keeps references to the items). */
const read = (): PageRead[] => seeds.map((s) => readOne(s));

/** The events as sets of report keys, in a canonical form. */
const groupings = (store: MemoryMergeStore): string[] =>
  [...store.eventIds()].map((e) => store.event(e).reports.map((r) => store.report(r).key).sort().join(' + ')).sort();

function shuffled<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s / 2 ** 32; };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('online merging', () => {
  it(`gives the same events for ${seeds.length} pages added in 10 random orders as the full build`, () => {
    const full = assembleChronology(read(), { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'test' });
    const expected = full.chronology.events.map((e) => e.reports.map((r) => r.seed).length).reduce((a, b) => a + b, 0);
    const canonical = new MemoryMergeStore();
    for (const p of [...read()].sort((a, b) => (a.report.published ?? '9999').localeCompare(b.report.published ?? '9999') || a.report.seed.localeCompare(b.report.seed))) addPage(canonical, p);
    const want = groupings(canonical);
    assert.equal(want.reduce((n, g) => n + g.split(' + ').length, 0), expected, 'every report is in one event');
    assert.ok(want.some((g) => g.includes(' + ')), 'some events hold several reports');
    for (let k = 1; k <= 10; k++) {
      const store = new MemoryMergeStore();
      for (const p of shuffled(read(), k)) addPage(store, p);
      assert.deepEqual(groupings(store), want, `order ${k} groups the reports differently`);
    }
    // The memory store lets older reports forget what they read from their text (MERGE_MEMO_REPORTS):
    // read again, it is the same evidence. A store that forgets every report's at once merges alike.
    const forgetful = new MemoryMergeStore(emptyRegistry(), 0);
    for (const p of shuffled(read(), 11)) addPage(forgetful, p);
    assert.deepEqual(groupings(forgetful), want, 'a store that forgets its reports\' memos groups the reports differently');
  });
});
