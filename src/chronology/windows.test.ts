import { describe, expect, it } from 'vitest';
import type { Seed } from '../model/types';
import { buildChronology } from './build';
import { emptyRegistry } from './registry';
import { contextOf, UNDATED, windowOf } from './windows';

describe('a page’s window', () => {
  it('is the week of its publication day, Monday to Sunday; a page without a day is undated', () => {
    expect(windowOf('2024-05-06')).toBe(windowOf('2024-05-12')); // Monday .. Sunday
    expect(windowOf('2024-05-13')).toBe(windowOf('2024-05-06') + 1);
    expect(windowOf('2024-05-13T08:00:00Z')).toBe(windowOf('2024-05-13'));
    expect(windowOf(null)).toBe(UNDATED);
    expect(contextOf(UNDATED)).toEqual([UNDATED]);
    expect(contextOf(10)).toEqual([9, 10, 11]);
  });
});

/** Articles by several outlets (invented places throughout), one per day given. */
const pages = (...days: Array<[string, string, string]>): Seed[] => days.map(([day, title, body], k) => ({
  name: `${String(k).padStart(2, '0')}.txt`, text: `---\npublished: ${day}\npublisher: Outlet ${k}\n---\n${title}\n\n${body}\n`,
}));
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const topicsByDay = (c: ReturnType<typeof build>): Record<string, string[]> => Object.fromEntries(c.events.map((e) => [e.event_date, e.topics.map((t) => t.id).filter((t) => t.startsWith('subject-'))]));

const story: Array<[string, string, string]> = [
  ['2024-05-06', 'Storm Vela floods the harbour', 'Storm Vela flooded the harbour at Keelby on Monday, officials said.'],
  ['2024-05-07', 'Storm Vela cuts power to 3,000 homes', 'Storm Vela left 3,000 homes at Keelby without power on Tuesday.'],
  ['2024-05-08', 'Storm Vela weakens over land', 'Storm Vela weakened over land on Wednesday, forecasters said.'],
];

describe('topics found by recurrence, window by window', () => {
  it('tag the reports of the weeks a story is told in, across a week’s edge too', () => {
    const c = build(pages(...story, ['2024-05-13', 'Keelby counts the cost', 'Clean-up went on at Keelby on Monday after Storm Vela passed.']));
    expect(Object.values(topicsByDay(c)).every((ids) => ids.includes('subject-storm-vela'))).toBe(true);
  });

  it('do not tag a report weeks away that names the story once', () => {
    const c = build(pages(...story, ['2024-07-15', 'Harbour wall rebuilt', 'The wall Storm Vela broke was rebuilt at Keelby on Monday.']));
    expect(topicsByDay(c)['2024-07-15']).toEqual([]);
  });

  it('are the same for a window whatever is added weeks away: a page re-reads only its window and its neighbours', () => {
    const may = [...story, ['2024-05-09', 'Roads reopen', 'Roads near the Keelby Dam reopened on Thursday.']] as typeof story;
    const alone = topicsByDay(build(pages(...may)));
    const later = topicsByDay(build(pages(...may,
      ['2024-08-05', 'Keelby Dam cracks', 'Engineers found a crack in the Keelby Dam on Monday.'],
      ['2024-08-06', 'Keelby Dam drained', 'Keelby Dam was drained on Tuesday, engineers said.'],
      ['2024-08-07', 'Keelby Dam repair starts', 'Repairs to the Keelby Dam began on Wednesday.'])));
    expect(later['2024-08-06']).toContain('subject-keelby-dam');
    for (const [day, ids] of Object.entries(alone)) expect(later[day]).toEqual(ids);
  });
});
