import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Two articles of one day in one town: the town's rare name alone weighs enough for the words'
// rarity cosine, and tells nothing of the act (merge-rule.ts `MERGE.rareWords.minShared`). Invented pages.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('two articles of one day that share only a rare place name', () => {
  it('stay two events', () => {
    const c = build([
      page('c.txt', '2023-04-05T09:00:00Z', 'Vessby floods recede, leaving clean-up\n\nThe Vessby floods receded on Wednesday, and residents of Vessby began clearing mud from their streets.\n'),
      page('d.txt', '2023-04-05T12:00:00Z', 'Vessby football club signs new striker\n\nVessby FC in Vessby signed the striker Tomas Lind on Wednesday on a two-year contract, the club said.\n'),
    ]);
    expect(eventWithHeadline(c, 'Vessby football club signs').id).not.toBe(eventWithHeadline(c, 'Vessby floods recede').id);
  });

  it('while two articles of one act in the same rare words are one', () => {
    const c = build([
      page('e.txt', '2023-04-05T09:00:00Z', 'Vessby dam spillway collapses after floods\n\nThe spillway of the Vessby dam collapsed on Wednesday under the floodwater, sending a torrent through the Orrin valley.\n'),
      page('f.txt', '2023-04-05T12:00:00Z', 'Torrent hits Orrin valley as Vessby spillway gives way\n\nA torrent swept through the Orrin valley on Wednesday after the spillway of the Vessby dam gave way under the floodwater.\n'),
    ]);
    expect(eventWithHeadline(c, 'Torrent hits Orrin valley').id).toBe(eventWithHeadline(c, 'Vessby dam spillway collapses').id);
  });
});
