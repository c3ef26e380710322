import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a takeover told by the buyer's side and by the
// target's ("X agrees to sell itself to Y"), in their own words, the one figure both headlines give.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('one deal told from either side, under the figure both headlines give', () => {
  const c = build([
    article('buyer.txt', '2025-05-18', `Harbour Telecom is buying SkyVane in $48.5 billion deal

Harbour Telecom will officially acquire the satellite broadcaster in a deal worth approximately $48.5 billion, the company confirmed on Sunday, after weeks of rumours about an impending purchase. It will pay roughly $95 a share in a stock-and-cash transaction based on its closing price on Friday.

The purchase adds twenty million subscribers to the five million already signed up to the buyer's own television service, setting it up to compete with the largest cable groups. Regulators are sure to take a close look at media consolidation.
`),
    article('target.txt', '2025-05-18', `SkyVane agrees to sell itself to Harbour Telecom for $48.5 billion

The No. 1 satellite TV operator said it had agreed to sell itself in the second mega-deal to shake up the television landscape this year. The buyer, a wireless operator with some TV and broadband services, had earlier considered an abortive bid for a mobile rival and a potential takeover of a European group.

The offer values each share at $95 in a combination of stock and cash, with the cash portion financed by asset sales and financing already lined up. The transaction has a total value of $67.1 billion, including net debt.
`),
  ]);
  it('is one act', () => {
    expect(eventWithHeadline(c, 'SkyVane agrees to sell').id).toBe(eventWithHeadline(c, 'Harbour Telecom is buying').id);
  });
});
