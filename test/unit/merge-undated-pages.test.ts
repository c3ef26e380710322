import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/chronology/build';
import { MemoryMergeStore } from '../../src/chronology/merge-store';
import { addPage } from '../../src/chronology/merger';
import type { Seed } from '../../src/model/types';

// Reports with no day of their own meet only reports of pages published within
// `MERGE.undated.pageDays` of theirs (src/chronology/merge-rule.ts, merger.ts `undatedDays`):
// invented wire copy on three pages, two on one day and one three months later, their items'
// days taken away as a post that gives none has them.
const page = (name: string, published: string, lead: string): Seed => ({ name, text: `---
published: ${published}
---
Ferry operator adds evening crossings to Orne

${lead} the ferry operator Norvik Lines said it would add two evening crossings between Velsmark and the island of Orne, its chief executive Lise Marten told reporters at the harbour.

Marten said the crossings would cost the company about 40,000 euros a year and that tickets would go on sale at the end of the month.
` });

const undated = (seed: Seed) => {
  const read = readPage(seed);
  for (const item of read.items) item.eventDate = null;
  return read;
};

describe('reports of no day of their own, on pages of known days', () => {
  const store = new MemoryMergeStore();
  const seeds = [page('a.txt', '2024-03-01', 'In a statement,'), page('b.txt', '2024-03-01', 'In a short statement,'), page('c.txt', '2024-06-03', 'In a statement,')];
  for (const seed of seeds) addPage(store, undated(seed));
  // Each page is one article: report k is page k's.
  const eventOf = (k: number) => store.eventOf(k);

  it('are undated', () => {
    expect(store.report(0).day).toBeNaN();
    expect(store.report(2).day).toBeNaN();
  });
  it('join when their pages are of one day', () => {
    expect(eventOf(1)).toBe(eventOf(0));
  });
  it('stay apart when their pages are months apart', () => {
    expect(eventOf(2)).not.toBe(eventOf(0));
  });
  it('on a dated page, never meet the undated reports of an undated page (nothing says which day those are)', () => {
    const mixed = new MemoryMergeStore();
    addPage(mixed, undated(seeds[0]!));
    addPage(mixed, undated({ name: 'e.txt', text: seeds[0]!.text.replace(/^---[\s\S]*?---\n/, '') }));
    expect(mixed.report(1).day).toBeNaN();
    expect(mixed.eventOf(1)).not.toBe(mixed.eventOf(0));
  });
});
