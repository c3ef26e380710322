import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Reports of unknown day whose leads tell the same weekday (src/chronology/merge-rule.ts
// `sameToldWeekday`): invented articles without any date (no front matter, no dateline), two outlets
// on one occupation in other headline words, and a third on the story's act of the next day.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const undated = (name: string, text: string): Seed => ({ name, text });

describe('reports of unknown day telling one weekday', () => {
  const c = build([
    undated('a.txt', `Students seize Tarnby university hall

Hundreds of students led by union leader Oskar Brenn seized the great hall of Tarnby University on Wednesday, demanding that a rise in tuition fees be scrapped.

Brenn said the students had brought sleeping bags and would not leave before the fee rise was withdrawn.
`),
    undated('b.txt', `Protest escalates at Tarnby campus

Protesters barricaded themselves inside the great hall of Tarnby University, the latest step in a month of protests over tuition fees.

The sit-in on Wednesday was organised by student union leader Oskar Brenn, who said the students had sleeping bags and food for a week.
`),
    undated('c.txt', `Tarnby University drops fee rise

Tarnby University scrapped its planned rise in tuition fees on Friday, two days after students led by Oskar Brenn seized its great hall.

The students left the hall in the afternoon, Brenn said.
`),
  ]);
  it('join when the usual rules of one day join them', () => {
    expect(eventWithHeadline(c, 'Protest escalates at Tarnby campus').id).toBe(eventWithHeadline(c, 'Students seize Tarnby university hall').id);
  });
  it('stay apart when their weekdays differ', () => {
    expect(eventWithHeadline(c, 'Tarnby University drops fee rise').id).not.toBe(eventWithHeadline(c, 'Students seize Tarnby university hall').id);
  });
});

// Reports of unknown day giving the same precise figures (`sameFigures`): invented undated articles,
// two outlets on one election result in other headline words and no weekday, and the swearing-in
// days later repeating one of the shares.
describe('reports of unknown day giving the same precise figures', () => {
  const c = build([
    undated('r1.txt', `Ivo Brandt wins Soller mayoralty

Returning officer Ada Kern has declared Ivo Brandt the winner of the Soller mayoral election with 36,952 votes.

Brandt won 52.71% of the vote, ahead of the sitting mayor Tessa Lund, who took 44.39%.
`),
    undated('r2.txt', `Soller count ends with Brandt ahead of Lund

The returning officer has announced the final count of the mayoral vote in Soller, putting Ivo Brandt ahead of Tessa Lund.

Brandt received 36,952 votes, or 52.71 percent, returning officer Ada Kern told reporters at the town hall.
`),
    undated('r3.txt', `Brandt sworn in as Soller mayor

Ivo Brandt took the oath of office at the town hall, promising to serve all of Soller after an election he won with 52.71% of the vote.

Tessa Lund did not attend.
`),
  ]);
  it('join when the usual rules of one day join them', () => {
    expect(eventWithHeadline(c, 'Soller count ends with Brandt ahead').id).toBe(eventWithHeadline(c, 'Ivo Brandt wins Soller mayoralty').id);
  });
  it('one figure in common is not enough: the story’s next act repeats its result', () => {
    expect(eventWithHeadline(c, 'Brandt sworn in as Soller mayor').id).not.toBe(eventWithHeadline(c, 'Ivo Brandt wins Soller mayoralty').id);
  });
});
