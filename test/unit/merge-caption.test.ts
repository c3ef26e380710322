import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a page copied from its picture down, so that an
// archive photo's caption is read for its headline.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('an article whose headline is an older photo’s caption', () => {
  const c = build([
    article('steps-down.txt', '2024-07-21', `Premier Ana Horvat steps down and backs her deputy Tomas Reeve

Premier Ana Horvat said on Sunday she would not seek another term and gave her support to her deputy, Tomas Reeve, to lead the party into the autumn election.
`),
    article('caption.txt', '2024-07-21', `Premier Ana Horvat and deputy premier Tomas Reeve stand on stage at the party's winter conference, Feb. 3, 2023, in Vessby. After deciding to step down, Horvat gave her support to Reeve.
Caption

Deputy premier Tomas Reeve said he intends to "earn and win" the party's nomination in a statement released on Sunday afternoon.

"I will do everything in my power to unite the party and win this election," Reeve said.
`),
    article('reeve-says.txt', '2024-07-21', `Reeve says he will earn and win the nomination

Deputy premier Tomas Reeve said on Sunday he intends to "earn and win" the party's nomination after Premier Ana Horvat stepped down.

"I will do everything in my power to unite the party and win this election," he said in a statement.
`),
  ]);
  it('is read by its lead (the deputy’s statement), not joined to the act its caption pictures', () => {
    const caption = eventWithHeadline(c, 'Premier Ana Horvat and deputy premier').id;
    expect(caption).not.toBe(eventWithHeadline(c, 'Premier Ana Horvat steps down').id);
  });
});
