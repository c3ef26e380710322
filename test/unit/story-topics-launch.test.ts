/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Item, Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { subjectPhrases } from '../../src/chronology/emerging-topics';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * Two stories (test/fixtures/shapes s220–s224, written blind before the rules): a rocket launch three
 * outlets name with its number written three ways ("Corvane 2", "Corvane II", "Corvane-2"); a
 * premier's resignation beside a live page of two commentators' posts, one calling on him "to
 * resign", the other (an analyst) naming no story. Read with their front matter.
 */
const pages = import.meta.glob('../fixtures/shapes/s22[0-4]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta));
const phrases = (headline: string, body = '') => [...subjectPhrases({ headline, body, pageTitle: null } as Item)];

describe('a launch named by its craft and number, a resignation its commentators call for', () => {
  const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
  const stories = c.topics.filter((t) => t.found_by?.startsWith('recurrence'));
  const holders = (name: string) => c.events.filter((e) => e.topics.some((t) => t.name === name)).flatMap((e) => e.reports.map((r) => r.seed.slice(0, r.seed.indexOf('_')))).sort();

  it('are a topic each: the launch by the craft’s name without its number, the resignation by the premier', () => {
    expect(seeds).toHaveLength(5);
    expect(stories.map((t) => t.name).sort()).toEqual(['Corvane launch', 'Ossin resignation']);
  });

  it('hold every report of their story, the commentators’ posts too', () => {
    expect(holders('Corvane launch')).toEqual(['s220', 's221', 's222']);
    expect(holders('Ossin resignation')).toEqual(['s223', 's224', 's224']);
  });
});

describe('a launch’s story phrase', () => {
  it('is the craft’s name with a number after it, a space or a hyphen between, or a regnal number', () => {
    expect(phrases('Corvane 2 lifts off on third attempt')).toContain('Corvane launch');
    expect(phrases('Lander in orbit', 'A day after the launch of Corvane-2, the agency said …')).toContain('Corvane launch');
    expect(phrases('Corvane-2 launch: lander in orbit')).toContain('Corvane launch');
    expect(phrases('Agency sends probe to moon', 'The Corvane II mission blasted off on Thursday.')).toContain('Corvane launch');
  });

  it('is never named by where the craft lifted off, nor by a body that launches something else', () => {
    expect(phrases('Moon lander on its way', 'The rocket lifted off at Pellmoor on Thursday.')).not.toContain('Pellmoor launch');
    expect(phrases('Harbour Police launches inquiry into leak').some((p) => p.endsWith(' launch'))).toBe(false);
  });

  it('keeps a year as a year, never a craft’s number', () => {
    expect(phrases('Vestland 2026 launch').some((p) => p.includes('2026'))).toBe(false);
  });
});

describe('a resignation', () => {
  const build = (...pages: Array<[string, string]>) => buildChronology(pages.map(([title, body], k): Seed => ({
    name: `${k}.txt`, text: `---\npublished: 2024-05-0${k + 1}\npublisher: Outlet ${'ABC'[k]}\n---\n${title}\n\n${body}\n`,
  })), { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;

  it('is told by its verb’s bare form in a lead naming the person ("to resign", "must step down")', () => {
    const c = build(
      ['Premier Aldous Ossin resigns after party vote', 'Aldous Ossin resigned as premier on Tuesday evening after his party voted to replace him.'],
      ['Former minister says the premier must go', 'Former minister Rhea Tamm called on Aldous Ossin to resign on Tuesday, saying his position was beyond repair.'],
    );
    const story = c.topics.find((t) => t.name === 'Ossin resignation');
    expect(story).toBeDefined();
    expect(c.events.filter((e) => e.topics.some((t) => t.id === story!.id))).toHaveLength(2);
  });
});

describe('a launch told by its verb', () => {
  it('names the craft between the verb and the kind of craft, never what a body launches', () => {
    expect(phrases('Agency sends lander to the moon', 'The Quarrin Space Agency launched the Corvane II mission on Thursday.')).toContain('Corvane launch');
    expect(phrases('Agency launches Corvane 2 rocket from Pellmoor')).toContain('Corvane launch');
    expect(phrases('Minister launches Harbour Inquiry into leak').some((p) => p.endsWith(' launch'))).toBe(false);
  });
});

