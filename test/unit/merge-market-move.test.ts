import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { speaksInHeadline } from '../../src/chronology/headline-speaker';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A company's shares moving on a takeover, and a spokeswoman's title-case response to it
// (merge-report.ts `marketMove`, merge-rule.ts `marketMoveApart`; headline-speaker.ts
// `withoutFirstNames`): invented pages in the shapes real takeover days take (fixtures s420, s422–s424).
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const deal = [
  page('d1.txt', '2025-02-11T14:00:00Z', `Harrowgate Systems agrees to buy Quillfeather Games in $12.4 billion deal

Harrowgate Systems Inc. said on Tuesday it had agreed to buy the game publisher Quillfeather Games Inc. for $12.4 billion in cash, its largest purchase to date and one that would make it the fourth-biggest games company by revenue.

The deal still needs the approval of Quillfeather's shareholders and of regulators in Ostmark and abroad.
`),
  page('d2.txt', '2025-02-11T15:00:00Z', `Harrowgate Systems buys Quillfeather Games for $12.4bn

Harrowgate Systems announced a deal on Tuesday to buy Quillfeather Games, the studio behind the "Tide Wardens" series, for $12.4 billion, in what would be the biggest takeover the games business has seen.
`),
];

describe('a company’s shares moving on a takeover and the takeover', () => {
  it('the move, in a title-case headline leading with the deal’s words, is the market’s act', () => {
    const c = build([...deal, page('m1.txt', '2025-02-11T16:00:00Z', `Quillfeather Games Share Price Soars 31% on $12.4B Harrowgate Systems Takeover

In a landmark day for the games sector, Harrowgate Systems Inc. announced on Tuesday its planned purchase of Quillfeather Games Inc. (OSX: QFG) for $12.4 billion, the largest deal the sector has seen.

Quillfeather investors welcomed the $64-a-share offer, a 40% premium to Monday's close: the stock was up 31% by midday.
`)]);
    const takeover = eventWithHeadline(c, 'Harrowgate Systems agrees to buy').id;
    expect(eventWithHeadline(c, 'Harrowgate Systems buys Quillfeather').id).toBe(takeover);
    expect(eventWithHeadline(c, 'Quillfeather Games Share Price Soars').id).not.toBe(takeover);
  });
});

describe('a speaker named after the verb in a title-case headline', () => {
  it('is not the last name of the act the speaker responds to', () => {
    expect(speaksInHeadline('Tarvel Responds To Harrowgate Buying Quillfeather', 'Quillfeather')).toBe(false);
    expect(speaksInHeadline('Tarvel Responds To Harrowgate Buying Quillfeather', 'Tarvel')).toBe(true);
  });
  it('keeps a speaker after the verb with first names or a title', () => {
    expect(speaksInHeadline('Deal needs a close look, says Ines Tarvel', 'Tarvel')).toBe(true);
    expect(speaksInHeadline('Deal needs a close look, says Competition Chief Ines Tarvel', 'Tarvel')).toBe(true);
  });
});

describe('a move told after the act', () => {
  it('leaves the act the headline’s subject tells ("… buys …, as shares soar")', () => {
    const c = build([...deal, page('m2.txt', '2025-02-11T16:00:00Z', `Harrowgate Systems buys Quillfeather Games as Quillfeather shares soar 31%

Harrowgate Systems agreed on Tuesday to buy Quillfeather Games for $12.4 billion, sending the publisher's shares up 31% by midday.
`)]);
    expect(eventWithHeadline(c, 'Harrowgate Systems buys Quillfeather Games as').id).toBe(eventWithHeadline(c, 'Harrowgate Systems agrees to buy').id);
  });
});
