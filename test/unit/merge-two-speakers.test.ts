import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a president backs his deputy, and her own statement
// the same afternoon quotes his words.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('two people speaking in the headlines, one quoting the other', () => {
  const c = build([
    article('backs.txt', '2025-09-14', `Otto Brandt backs Lina Varga for the party's nomination

President Otto Brandt said on Sunday he was backing Vice President Lina Varga as the party's nominee. "I want to offer my full support and endorsement for Lina to be the nominee of our party this year," Brandt wrote.
`),
    article('endorses.txt', '2025-09-14', `Otto Brandt endorses Lina Varga as the party's nominee

Otto Brandt endorsed his vice president on Sunday. "I want to offer my full support and endorsement for Lina to be the nominee of our party this year," he wrote in a post.
`),
    article('varga.txt', '2025-09-14', `Lina Varga says she will earn and win the nomination

Vice President Lina Varga said on Sunday that she would earn and win the nomination. Brandt had written: "I want to offer my full support and endorsement for Lina to be the nominee of our party this year." Varga thanked him for his service.
`),
  ]);
  it('stay two acts, though one quotes the other', () => {
    expect(eventWithHeadline(c, 'Otto Brandt backs').id).toBe(eventWithHeadline(c, 'Otto Brandt endorses').id);
    expect(eventWithHeadline(c, 'Lina Varga says').id).not.toBe(eventWithHeadline(c, 'Otto Brandt backs').id);
  });
});
