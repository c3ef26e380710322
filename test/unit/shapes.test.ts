/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { readSeed } from '../../src/read/read-seed';
import gold from '../fixtures/shapes/gold.json';
import meta from '../fixtures/shapes/meta.json';
import { frontMatterBlock } from '../front-matter-block';

/**
 * Pages of our own in the shapes real sites give (test/fixtures/shapes/README.md): timestamp-led
 * live blogs with and without headlines, key-event lists, relative times, two-post blogs, heavy site
 * chrome, wire datelines, day headers. Each is read with the front matter a newsroom would give it;
 * its items must be exactly the gold's, and no furniture line may become one.
 */
const pages = import.meta.glob('../fixtures/shapes/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const text = (seed: string) => pages[`../fixtures/shapes/${seed}`]!;

interface GoldDoc { seed: string; kind: string; items: Array<{ line: number; event_date: string | null; cluster: string }>; not_items: Array<{ line: number }> }
const docs = (gold as unknown as { documents: GoldDoc[] }).documents;
const front = (seed: string): string[] => frontMatterBlock((meta as Record<string, Record<string, string>>)[seed]!);

describe('pages in the shapes of real sites', () => {
  for (const doc of docs) {
    describe(doc.seed, () => {
      const block = front(doc.seed);
      const r = readSeed({ name: doc.seed, text: [...block, text(doc.seed)].join('\n') });
      const shift = block.length;

      it(`is read as ${doc.kind === 'liveblog' ? 'a live blog' : 'an article'}`, () => {
        expect(r.report.kind).toBe(doc.kind);
      });

      it('gives one item per post, at the gold lines, and none from furniture', () => {
        expect(r.items.map((i) => i.line - shift)).toEqual(doc.items.map((i) => i.line));
        const furniture = new Set(doc.not_items.map((n) => n.line));
        expect(r.items.filter((i) => furniture.has(i.line - shift))).toEqual([]);
      });

      it('dates its items as the gold does (no clock involved)', () => {
        const right = r.items.filter((it, k) => it.eventDate === doc.items[k]?.event_date).length;
        expect(right / doc.items.length).toBeGreaterThanOrEqual(0.8);
      });
    });
  }
});

describe('the same pages without front matter', () => {
  it('are never dated from the clock: every date is one the pages state, from 2019–2023', () => {
    for (const doc of docs) {
      const r = readSeed({ name: doc.seed, text: text(doc.seed) });
      for (const it of r.items) if (it.eventDate) expect(it.eventDate >= '2019' && it.eventDate < '2024').toBe(true);
    }
  });
});

describe('the pages merged into one chronology', () => {
  it('never puts two acts the gold tells apart into one event (every fixture, with its front matter)', () => {
    const seeds = docs.map((d) => ({ name: d.seed, text: [...front(d.seed), text(d.seed)].join('\n') }));
    const { chronology } = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:fixtures' });
    const cluster = new Map(docs.flatMap((d) => d.items.map((i) => [`${d.seed}:${i.line + front(d.seed).length}`, i.cluster] as const)));
    const mixed = chronology.events
      .map((e) => new Set(e.reports.map((r) => cluster.get(`${r.seed}:${r.line}`)).filter((c): c is string => Boolean(c))))
      .filter((clusters) => clusters.size > 1)
      .map((clusters) => [...clusters].sort().join(' + '));
    expect(mixed).toEqual([]);
  });
});
