/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * A story named by a place and common nouns (test/fixtures/shapes s121–s125): a cable car stalled
 * over a gorge, told over four days by four outlets that vary every word but the cable car — the
 * stall without the gorge's name or a rescue, the army's rescue, the last passengers brought down,
 * the line kept shut — beside another rescue elsewhere the same week (a ferry's crew).
 */
const pages = import.meta.glob('../fixtures/shapes/s12[1-5]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));

describe('a story named by a place and common nouns', () => {
  const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
  const stories = c.topics.filter((t) => t.found_by?.startsWith('recurrence'));
  const holders = (id: string) => c.events.filter((e) => e.topics.some((t) => t.id === id)).flatMap((e) => e.reports.map((r) => r.seed.slice(0, r.seed.indexOf('_')))).sort();

  it('is one topic, never a common word alone', () => {
    expect(seeds).toHaveLength(5);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.name).toMatch(/ /);
  });

  it('holds every report of the cable car, the first that names neither the gorge nor a rescue too, and not the other rescue', () => {
    expect(holders(stories[0]!.id)).toEqual(['s121', 's122', 's123', 's125']);
  });
});
