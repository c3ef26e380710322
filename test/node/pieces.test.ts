/**
 * Runs in Node (node --test): the chronology assembled window by window is the whole one. A corpus
 * of several weeks is assembled whole; then pages come in for one week (or leave it), and only the
 * windows around them are assembled again (`assembleChanged`, as the Worker does with the pages it
 * keeps in memory), from the pages of those windows and their neighbours and of their events alone.
 * Put together with the other windows' pieces as they were, they give exactly the chronology a whole
 * assembly of every page gives: the same events, ids, topics, catalogues and registry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { assembleChanged, assemblePlanned, assemblyFrom, type BuildOptions, chronologyOf, mergedOf, mergePages, type PageRead, planAssembly, readOne, refsOf, windowFacts } from '../../src/chronology/build';
import { emptyRegistry, type IdRegistry } from '../../src/chronology/registry';
import { generateCorpus } from '../../src/cli/corpus-generator';
import { readSeedDir } from '../../src/cli/seed-dir';
import type { Seed } from '../../src/model/types';

/** The seeds that give a date (the Worker dates every page: a page without one is dated when received). */
const templates = readSeedDir('seeds').filter((s) => readOne(s).report.published);
/** Eight weeks of news (corpus-generator.ts: 25 pages a week). */
const base: Seed[] = [...generateCorpus(templates, 200)];
/** Other outlets’ pages of the same days as pages 100–104 (a week in the middle). */
const added: Seed[] = [...generateCorpus(templates, 105, { from: 100, variant: 1, prefix: 'more' })];

const options = (registry: IdRegistry, now: string): BuildOptions => ({ registry, now, digest: 'test' });
const read = (seeds: Seed[]): PageRead[] => seeds.map((s) => readOne(s));

/** The whole assembly of fresh reads of `seeds`, from `registry`. */
function whole(seeds: Seed[], registry: IdRegistry, now: string) {
  const pages = read(seeds);
  return chronologyOf(mergedOf(mergePages(pages, structuredClone(registry))), pages, options(registry, now));
}

describe('assembly window by window', () => {
  // People's names are spelled as the registry first filed them: the archive is assembled with them
  // filed, as the merge state in D1 holds every page's people resolved.
  const filed = whole(base, emptyRegistry(), '2026-01-01T00:00:00Z').registry;
  // The Worker's isolate: its pages (the same objects build after build) and its last assembly.
  const pages = read(base);
  const first = assembleChanged(mergedOf(mergePages(pages, structuredClone(filed))), pages, options(filed, '2026-01-01T00:00:00Z'), null);

  it('assembles everything when there is no assembly before', () => {
    assert.equal(first.windows, null);
    assert.deepEqual(first.chronology.events, whole(base, filed, '2026-01-01T00:00:00Z').chronology.events);
  });

  it('gives the whole chronology when only the windows around new pages are assembled again', () => {
    const now = '2026-01-02T00:00:00Z';
    const more = [...pages, ...read(added)];
    const next = assembleChanged(mergedOf(mergePages(more, structuredClone(first.registry))), more, options(first.registry, now), first.assembly);
    assert.ok(next.windows && next.windows.length <= 4, `only the windows around the new pages are assembled again (${next.windows})`);
    // At most seven weeks of pages, whatever the size of the archive (25 pages a week here).
    assert.ok(next.pagesRead <= 7 * 25 + 10, `a few windows' pages are read (${next.pagesRead} of ${more.length})`);
    const all = whole([...base, ...added], first.registry, now);
    assert.deepEqual(next.chronology.events, all.chronology.events);
    assert.deepEqual(next.chronology.actors, all.chronology.actors);
    assert.deepEqual(next.chronology.topics, all.chronology.topics);
    assert.deepEqual(next.chronology.documents, all.chronology.documents);
    assert.deepEqual(next.registry.events, all.registry.events);
    assert.deepEqual(next.registry.redirects, all.registry.redirects);
    assert.deepEqual(next.registry.topics, all.registry.topics);

    // And the pages leaving again: the chronology is the archive's as before, ids and all.
    const back = assembleChanged(mergedOf(mergePages(pages, structuredClone(next.registry))), pages, options(next.registry, now), next.assembly);
    assert.ok(back.windows && back.windows.length <= 4, `windows assembled again: ${back.windows}`);
    const again = whole(base, next.registry, now);
    assert.deepEqual(back.chronology.events, again.chronology.events);
    assert.deepEqual(back.registry.events, again.registry.events);
  });

  it('gives the whole chronology from pages read afresh, as an isolate that keeps no page between builds does', () => {
    // The store: pages as merged (people resolved), before any assembly tagged their items.
    const stored = read(base);
    const asStored = (ps: PageRead[]) => { const m = mergedOf(mergePages(ps, structuredClone(filed))); return { m, copies: new Map(ps.map((p) => [p, structuredClone(p)])) }; };
    /** A reader that reads each page afresh from the store, once per assembly. */
    const afresh = (ps: PageRead[], copies: Map<PageRead, PageRead>) => {
      const refs = refsOf(asStored(ps).m, ps), byNo = new Map(refs.pages.map((e, k) => [e.no, ps[k]!])), got = new Map<number, PageRead>();
      const stored = (no: number) => copies.get(byNo.get(no)!)!;
      return { refs, stored, read: (no: number) => got.get(no) ?? got.set(no, structuredClone(stored(no))).get(no)! };
    };
    const s0 = asStored(stored);
    const r0 = afresh(stored, s0.copies);
    const one = assemblePlanned(r0.refs, planAssembly(r0.refs, null, filed), r0.read, options(filed, '2026-01-01T00:00:00Z'), null);
    const now = '2026-01-02T00:00:00Z';
    const more = [...stored, ...read(added)];
    const s1 = asStored(more);
    const r1 = afresh(more, s1.copies);
    const plan = planAssembly(r1.refs, one.assembly, one.registry);
    assert.ok(plan.windows && plan.windows.size <= 4, `windows assembled again: ${[...plan.windows ?? []]}`);
    const next = assemblePlanned(r1.refs, plan, r1.read, options(one.registry, now), one.assembly);
    // The pages read around the windows assembled again keep the topics their own windows gave them.
    const windowOf = new Map(r1.refs.pages.map((e) => [e.no, e.window]));
    const untagged = plan.pages.filter((no) => !plan.windows!.has(windowOf.get(no)!));
    const asStoredTopics = (no: number) => r1.stored(no).items.map((i) => i.topics);
    assert.ok(untagged.some((no) => !isDeepStrictEqual(one.assembly.tags.get(no), asStoredTopics(no))), 'some of them have topics their reading did not give');
    for (const no of untagged) assert.deepEqual(next.assembly.tags.get(no), one.assembly.tags.get(no));
    const all = whole([...base, ...added], one.registry, now);
    assert.deepEqual(next.chronology.events, all.chronology.events);
    assert.deepEqual(next.chronology.topics, all.chronology.topics);
    assert.deepEqual(next.registry.events, all.registry.events);
  });

  it('gives the whole chronology from an assembly taken up from its stored summaries and window facts, as a cold isolate does', () => {
    // The store (as in the test above): pages as merged, read afresh once per assembly.
    const stored = read(base);
    const reader = (ps: PageRead[]) => {
      const m = mergedOf(mergePages(ps, structuredClone(filed)));
      const copies = new Map(ps.map((p) => [p, structuredClone(p)]));
      const refs = refsOf(m, ps), byNo = new Map(refs.pages.map((e, k) => [e.no, ps[k]!])), got = new Map<number, PageRead>();
      return { refs, read: (no: number) => got.get(no) ?? got.set(no, structuredClone(copies.get(byNo.get(no)!)!)).get(no)! };
    };
    const r0 = reader(stored);
    const one = assemblePlanned(r0.refs, planAssembly(r0.refs, null, filed), r0.read, options(filed, '2026-01-01T00:00:00Z'), null);
    // What KV holds: each window's summary and facts, and the registry, as JSON.
    const facts = windowFacts(one.assembly, one.assembly.summaries.keys());
    assert.equal(facts.size, one.assembly.summaries.size, 'every window has its facts');
    const registry = JSON.parse(JSON.stringify(one.registry)) as IdRegistry;
    const windows = new Map([...one.assembly.summaries].map(([w, summary]) => [w, { summary: JSON.parse(JSON.stringify(summary)), facts: JSON.parse(JSON.stringify(facts.get(w))) }]));
    const taken = assemblyFrom(registry, windows);
    // (The pieces of the windows kept are read from KV when served; here they are the first assembly's.)
    for (const [w, piece] of one.assembly.pieces) taken.pieces.set(w, piece);
    const now = '2026-01-02T00:00:00Z';
    const more = [...stored, ...read(added)];
    const r1 = reader(more);
    const plan = planAssembly(r1.refs, taken, registry);
    assert.ok(plan.windows && plan.windows.size <= 4, `windows assembled again: ${[...plan.windows ?? []]}`);
    assert.deepEqual(plan, planAssembly(r1.refs, one.assembly, one.registry));
    const next = assemblePlanned(r1.refs, plan, r1.read, options(registry, now), taken);
    const windowOf = new Map(r1.refs.pages.map((e) => [e.no, e.window]));
    const untagged = plan.pages.filter((no) => !plan.windows!.has(windowOf.get(no)!));
    assert.ok(untagged.some((no) => one.assembly.tags.get(no)?.some((t) => t !== null)), 'some pages read around them carry topics their reading did not give');
    // …and keep them, as the assembly that stored them gave them.
    for (const no of untagged) assert.deepEqual(next.assembly.tags.get(no), one.assembly.tags.get(no));
    const all = whole([...base, ...added], one.registry, now);
    assert.deepEqual(next.chronology.events, all.chronology.events);
    assert.deepEqual(next.chronology.topics, all.chronology.topics);
    assert.deepEqual(next.chronology.actors, all.chronology.actors);
    assert.deepEqual(next.registry.events, all.registry.events);
  });

  it('assembles everything when its registry is not the one the last assembly gave', () => {
    const other = structuredClone(first.registry);
    const next = assembleChanged(mergedOf(mergePages(pages, structuredClone(other))), pages, options(other, '2026-01-03T00:00:00Z'), first.assembly);
    assert.equal(next.windows, null);
  });
});
