/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * Two stories of one week named by common nouns (test/fixtures/shapes s98–s102): a region's
 * bushfires, named by its initials, by its fire season and by the initials alone; a country's
 * cholera epidemic, named by the disease, then told by a lead that names the place and the disease.
 */
const pages = import.meta.glob('../fixtures/shapes/s{98,99,100,101,102}_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));

describe('stories named by common nouns', () => {
  const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
  const stories = c.topics.filter((t) => t.found_by?.startsWith('recurrence'));
  const holders = (name: string) => c.events.filter((e) => e.topics.some((t) => t.name === name)).flatMap((e) => e.reports.map((r) => r.seed.slice(0, r.seed.indexOf('_')))).sort();

  it('are a topic each, named by the place the initials stand for and by the outbreak, never by a common word', () => {
    expect(seeds).toHaveLength(5);
    expect(stories.map((t) => t.name).sort()).toEqual(['Vestmark outbreak', 'West Harrow Coast fire']);
  });

  it('hold every report of their own story and none of the other’s', () => {
    expect(holders('West Harrow Coast fire')).toEqual(['s100', 's98', 's99']);
    expect(holders('Vestmark outbreak')).toEqual(['s101', 's102']);
  });
});
