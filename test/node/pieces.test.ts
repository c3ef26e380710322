/**
 * Runs in Node (node --test): the chronology assembled window by window is the whole one. A corpus
 * of several weeks is assembled whole; then pages come in for one week, and only the windows around
 * them are assembled again, from the pages of those windows and their neighbours alone. Put
 * together with the other windows' pieces as they were, they give exactly the chronology a whole
 * assembly of every page gives: the same events, ids, topics and registry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assemblePieces, composeChronology, type Merged, mergedOf, mergePages, type PageRead, readOne, type WindowPiece } from '../../src/chronology/build';
import { emptyRegistry, type IdRegistry } from '../../src/chronology/registry';
import { contextOf, windowOf } from '../../src/chronology/windows';
import { generateCorpus } from '../../src/cli/corpus-generator';
import { readSeedDir } from '../../src/cli/seed-dir';
import type { Item, Seed } from '../../src/model/types';

/** The seeds that give a date (the Worker dates every page: a page without one is dated when received). */
const templates = readSeedDir('seeds').filter((s) => readOne(s).report.published);
/** Eight weeks of news (corpus-generator.ts: 25 pages a week). */
const base: Seed[] = [...generateCorpus(templates, 200)];
/** Other outlets’ pages of the same days as pages 100–104 (a week in the middle). */
const added: Seed[] = [...generateCorpus(templates, 105, { from: 100, variant: 1, prefix: 'more' })];

const options = (registry: IdRegistry, now: string) => ({ registry, now, digest: 'test' });
/** Fresh reads each time: assembling adds topics to items in place. */
const read = (seeds: Seed[]): PageRead[] => seeds.map((s) => readOne(s));
const windowOfPage = (p: PageRead) => windowOf(p.report.published);
const keysOf = (g: Item[]) => g.map((i) => i.key).sort().join(' ');

function assembleAll(seeds: Seed[], registry: IdRegistry, now: string) {
  const pages = read(seeds);
  const merged = mergedOf(mergePages(pages, structuredClone(registry)));
  return { pages, merged, ...assemblePieces(merged, pages, options(registry, now)) };
}

describe('assembly window by window', () => {
  it('gives the whole chronology when only the windows around new pages are assembled again', () => {
    // People's names are spelled as the registry first filed them: the archive is assembled with
    // them filed, as the merge state in D1 holds every page's people resolved.
    const first = assembleAll(base, emptyRegistry(), '2026-01-01T00:00:00Z');
    const before = assembleAll(base, first.registry, '2026-01-01T00:00:00Z');
    const now = '2026-01-02T00:00:00Z';
    const whole = assembleAll([...base, ...added], before.registry, now);
    const wholeChronology = composeChronology(whole.pieces, whole.registry, whole.merged.trace, options(before.registry, now));

    // The windows to assemble again: those whose topics read a new page, and those of events that
    // changed (a new report joined, or reports parted).
    const newWindows = new Set(read(added).map(windowOfPage));
    const anchorOf = (pages: PageRead[]) => {
      const w = new Map(pages.map((p) => [p.report.seed, windowOfPage(p)]));
      return (g: Item[]) => Math.min(...g.map((i) => w.get(i.seed)!));
    };
    const was = new Set(before.merged.groups.map(keysOf));
    const changed = whole.merged.groups.filter((g) => !was.has(keysOf(g)));
    const now_ = new Set(whole.merged.groups.map(keysOf));
    const gone = before.merged.groups.filter((g) => !now_.has(keysOf(g)));
    const dirty = new Set([...[...newWindows].flatMap(contextOf), ...changed.map(anchorOf(whole.pages)), ...gone.map(anchorOf(before.pages))]);
    assert.ok(dirty.size <= 4, `only the windows around the new pages are assembled again (${[...dirty]})`);

    // What those windows need: their pages and their neighbours', and the pages of their events.
    const near = new Set([...dirty].flatMap((w) => [w - 1, w, w + 1, w + 2]));
    const fresh = read([...base, ...added]);
    const byName = new Map(fresh.map((p) => [p.report.seed, p]));
    const merged = mergedOf(mergePages(fresh, structuredClone(before.registry)));
    const needed = new Set(fresh.filter((p) => near.has(windowOfPage(p))).map((p) => p.report.seed));
    const groups = merged.groups.filter((g) => g.some((i) => needed.has(i.seed)));
    for (const g of groups) for (const i of g) needed.add(i.seed);
    const partial: Merged = { ...merged, groups };
    const pages = [...needed].map((n) => byName.get(n)!);
    // At most seven weeks of pages, whatever the size of the archive (25 pages a week here).
    assert.ok(pages.length <= 7 * 25 + 10, `a few windows' pages are read (${pages.length} of ${fresh.length})`);
    const { pieces, registry } = assemblePieces(partial, pages, options(before.registry, now), dirty);

    const kept: WindowPiece[] = before.pieces.filter((p) => !dirty.has(p.window));
    const together = composeChronology([...kept, ...pieces], registry, merged.trace, options(before.registry, now));
    assert.deepEqual(together.events, wholeChronology.events);
    assert.deepEqual(together.actors, wholeChronology.actors);
    assert.deepEqual(together.topics, wholeChronology.topics);
    assert.deepEqual(together.documents.map((d) => d.seed), wholeChronology.documents.map((d) => d.seed));
    assert.deepEqual(registry.events, whole.registry.events);
    assert.deepEqual(registry.redirects, whole.registry.redirects);
  });
});
