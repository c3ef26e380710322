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
