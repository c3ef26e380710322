import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take on a resignation's day: three outlets tell the
// resignation, two tell the opposition leader's reaction under headlines that name the resignation
// first ("X resigns: Y calls for …", "Y reacts to X's resignation").
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a reaction to an act, its headline naming the act first', () => {
  const c = build([
    article('a.txt', '2025-03-06', `Premier Edda Norum resigns after 50 days in office

Premier Edda Norum resigned on Thursday after 50 days in office, saying she could no longer deliver the programme on which she was elected. "I have told the Regent that I am stepping down as leader of the Unity Party," Norum said outside the Chancery.
`),
    article('b.txt', '2025-03-06', `Edda Norum quits as premier of Vessland

Edda Norum has resigned as premier of Vessland. Speaking outside the Chancery, she said a leadership election would be completed within the next week and that she would remain in office until a successor is chosen.
`),
    article('c.txt', '2025-03-06', `Norum resigns: Ivo Marsh calls for an immediate general election

Opposition leader Ivo Marsh has called for an immediate general election after Edda Norum's resignation, saying the Unity Party no longer had a mandate to govern. "The people deserve better than this revolving door," Marsh said.
`),
    article('d.txt', '2025-03-06', `Ivo Marsh reacts to Edda Norum's resignation as premier

The leader of the opposition, Ivo Marsh, has reacted to the resignation of Edda Norum. "The people deserve better than this revolving door," he wrote, calling for an immediate election.
`),
  ]);
  it('is its speaker’s act, not the act it reacts to', () => {
    const resignation = eventWithHeadline(c, 'Premier Edda Norum resigns').id;
    expect(eventWithHeadline(c, 'Norum resigns: Ivo Marsh').id).not.toBe(resignation);
    expect(eventWithHeadline(c, 'Ivo Marsh reacts').id).not.toBe(resignation);
  });
  it('and two outlets’ accounts of the reaction are one act', () => {
    expect(eventWithHeadline(c, 'Norum resigns: Ivo Marsh').id).toBe(eventWithHeadline(c, 'Ivo Marsh reacts').id);
  });
});
