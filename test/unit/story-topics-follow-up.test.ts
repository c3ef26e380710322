/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * A festival crush four articles tell (test/fixtures/shapes s85–s88): three in its first days, under
 * a casualty count at a performer's show, a possessive before the festival's name and the story's
 * phrase; and an inquiry three weeks on, in a window of its own, whose headline gives the phrase.
 */
const pages = import.meta.glob('../fixtures/shapes/s8[5-8]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));

describe('a story told in its first days and by a follow-up weeks on', () => {
  const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
  const stories = c.topics.filter((t) => t.found_by?.startsWith('recurrence'));

  it('is one topic, named by the festival, never a death of the performer whose show it was', () => {
    expect(seeds).toHaveLength(4);
    expect(stories.map((t) => t.name)).toEqual(['Marrow Fields Festival stampede']);
  });

  it('holds every event, the follow-up three weeks on too', () => {
    const id = stories[0]!.id;
    expect(c.events).toHaveLength(4);
    for (const e of c.events) expect([e.event_date, e.topics.map((t) => t.id)]).toEqual([e.event_date, expect.arrayContaining([id])]);
  });
});
