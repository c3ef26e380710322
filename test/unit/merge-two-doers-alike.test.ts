import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Two bodies' parallel statements of one day, in near-identical words (src/chronology/merge-rule.ts
// `twoDoersAlike`): invented pages in the shapes real ones take — a markets live page printing each
// statement under a label naming its body, and each body's own outlet's article quoting it.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const PELL = `"We are pleased with the steps the Varnish government and its regulators set out today, which bring markets the clarity they needed. Our staff have stayed in touch with colleagues abroad and stand ready to help carry the plan out. Pellan banks hold ample buffers and remain in good health."`;
const DORR = `"We are pleased with the steps the Varnish government and its regulators set out today, which bring markets the clarity they needed. Dorran banks hold ample buffers and plenty of cash. Our staff have stayed in touch with colleagues abroad to help carry the plan out."`;

describe('two doers in look-alike words', () => {
  const c = build([
    page('live.txt', '2024-06-02T22:00:00Z', `Varnish bank rescue: live

Statement from the Pellan Central Bank
Posted at 21.30

${PELL}

Joint statement by the Dorran Treasury and the Dorran Reserve Board
Posted at 21.00

${DORR}
`),
    page('pell.txt', '2024-06-02T22:30:00Z', `Pellan Central Bank welcomes Varnish bank rescue

The Pellan Central Bank on Sunday welcomed the rescue of Oster Bank, saying Pellan banks held ample buffers and remained in good health.

${PELL} the central bank said in a statement.
`),
    page('dorr.txt', '2024-06-02T23:00:00Z', `Dorran Treasury and Reserve Board welcome Varnish bank rescue

The Dorran Treasury and the Dorran Reserve Board on Sunday welcomed the rescue of Oster Bank, saying Dorran banks were in good shape.

${DORR} they said in a joint statement.
`),
  ]);
  it('two bodies’ statements stay two acts, on one page and across pages', () => {
    const pell = eventWithHeadline(c, 'Statement from the Pellan Central Bank').id;
    const dorr = eventWithHeadline(c, 'Joint statement by the Dorran Treasury').id;
    expect(dorr).not.toBe(pell);
    expect(eventWithHeadline(c, 'Dorran Treasury and Reserve Board welcome').id).not.toBe(pell);
  });
  it('each body’s statement is one act with its other reports', () => {
    expect(eventWithHeadline(c, 'Pellan Central Bank welcomes').id).toBe(eventWithHeadline(c, 'Statement from the Pellan Central Bank').id);
    expect(eventWithHeadline(c, 'Dorran Treasury and Reserve Board welcome').id).toBe(eventWithHeadline(c, 'Joint statement by the Dorran Treasury').id);
  });
  it('wire copy republished with small edits names its doer in every copy: one act', () => {
    const w = build([
      page('w1.txt', '2024-06-02T22:00:00Z', `Pellan Central Bank welcomes Varnish bank rescue\n\nThe Pellan Central Bank on Sunday welcomed the rescue of Oster Bank.\n\n${PELL} it said.\n`),
      page('w2.txt', '2024-06-02T23:00:00Z', `Central bank backs Varnish rescue, says Pellan banks sound\n\nPellan's central bank on Sunday welcomed the rescue of Oster Bank.\n\n${PELL} it said.\n`),
    ]);
    expect(eventWithHeadline(w, 'Central bank backs Varnish rescue').id).toBe(eventWithHeadline(w, 'Pellan Central Bank welcomes').id);
  });
});
