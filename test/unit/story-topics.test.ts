/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * A story three pages tell over a week (test/fixtures/shapes s65–s67): an article naming it after
 * its region with the town placed in it ("Brellin, Vastmoor"), a live page of two posts whose title
 * and address name no story and whose second post never names it, and a next-day article naming it
 * after the town. Read with their front matter, as a newsroom gives them.
 */
const pages = import.meta.glob('../fixtures/shapes/s6[5-7]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));

describe('a story told by a town’s and its region’s name, and by a live page’s post that names neither', () => {
  const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
  const stories = c.topics.filter((t) => t.found_by?.startsWith('recurrence'));

  it('is one topic, named by the town', () => {
    expect(seeds).toHaveLength(3);
    expect(stories.map((t) => t.name)).toEqual(['Brellin derailment']);
  });

  it('holds every event of the three pages, the post that names no story too', () => {
    expect(c.events.length).toBeGreaterThanOrEqual(4);
    for (const e of c.events) expect(e.topics.map((t) => t.id)).toContain(stories[0]!.id);
  });
});
