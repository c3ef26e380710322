import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take on a rate decision's day: the morning's preview
// ("… set to raise rates"), another outlet's preview in other words, and two outlets' reports of the
// decision that afternoon. The previews repeat the expected figures, the decision's reports tell them done.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a preview and the act it expects, on one day', () => {
  const c = build([
    article('preview.txt', '2023-04-12', `Harbour Reserve set to raise interest rates amid lending turmoil

The Harbour Reserve will announce its rate decision at 2 p.m. on Wednesday, with investors expecting the central bank to raise interest rates by a quarter point to a range of 4.75% to 5%, the highest in sixteen years. All eyes will be on Governor Lena Ostrova's news conference.
`),
    article('preview-2.txt', '2023-04-12', `Harbour Reserve expected to lift rates a quarter point

Economists expect the Harbour Reserve to raise interest rates by a quarter point on Wednesday, taking its benchmark to a range of 4.75% to 5% despite the failure of two regional lenders last month.
`),
    article('decision.txt', '2023-04-12', `Harbour Reserve raises interest rates a quarter point despite lending turmoil

The Harbour Reserve on Wednesday raised its benchmark interest rate by a quarter point to a range of 4.75% to 5%, the highest in sixteen years, pressing on with its fight against inflation despite the failure of two regional lenders.
`),
    article('decision-2.txt', '2023-04-12', `Harbour Reserve lifts rates amid lending turmoil

The Harbour Reserve raised interest rates by a quarter of a percentage point on Wednesday, to a range of 4.75% to 5%, and signalled that it was close to pausing. Governor Lena Ostrova said the banking system was sound.
`),
  ]);
  it('are two acts', () => {
    expect(eventWithHeadline(c, 'Harbour Reserve set to raise').id).not.toBe(eventWithHeadline(c, 'Harbour Reserve raises').id);
    expect(eventWithHeadline(c, 'Harbour Reserve expected to lift').id).not.toBe(eventWithHeadline(c, 'Harbour Reserve raises').id);
  });
  it('while two outlets’ reports of the decision are one act', () => {
    expect(eventWithHeadline(c, 'Harbour Reserve lifts rates').id).toBe(eventWithHeadline(c, 'Harbour Reserve raises').id);
  });
});

// Invented articles in the shapes real ones take on a speaker's removal: two outlets on the vote,
// and the removed speaker's own decision that evening told by a headline that opens on what he will
// do ("… will not make another bid …"), its background clause naming the vote.
describe('what its subject will do, and the act done that day', () => {
  const c = build([
    article('vote.txt', '2024-10-01', `Harbourton assembly removes Speaker Tomas Reeve in first such vote

The Harbourton assembly on Tuesday removed Tomas Reeve as its speaker by 216 votes to 210, the first time the chamber has voted out its presiding officer. Eight members of his Harbour Party joined the opposition.
`),
    article('vote-2.txt', '2024-10-01', `Speaker Tomas Reeve ousted by Harbourton assembly in historic vote

Tomas Reeve was voted out as speaker of the Harbourton assembly on Tuesday, 216 to 210, after eight members of his Harbour Party sided with the opposition in the first such vote in the chamber's history.
`),
    article('vote-3.txt', '2024-10-01', `The Harbourton assembly removed Speaker Tomas Reeve on Tuesday by 216 votes to 210, and members will choose a new speaker next week.

Eight members of his Harbour Party joined the opposition in the first vote of its kind in the chamber's history.
`),
    article('bid.txt', '2024-10-01', `Tomas Reeve will not make another bid for speaker after he was ousted in historic vote

Tomas Reeve will not seek the speaker's post again after the Harbourton assembly removed him in a historic vote on Tuesday, 216 to 210, he told members of his Harbour Party on Tuesday evening.
`),
  ]);
  it('are two acts: his decision is not the vote', () => {
    const vote = eventWithHeadline(c, 'Harbourton assembly removes').id;
    expect(eventWithHeadline(c, 'Speaker Tomas Reeve ousted').id).toBe(vote);
    expect(eventWithHeadline(c, 'Tomas Reeve will not make').id).not.toBe(vote);
  });
  it('not a lead read for a headline that goes on to what comes next', () => {
    expect(eventWithHeadline(c, 'The Harbourton assembly removed').id).toBe(eventWithHeadline(c, 'Harbourton assembly removes').id);
  });
});
