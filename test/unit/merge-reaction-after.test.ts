import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { answeredDoerVerbs, doerVerbs } from '../../src/chronology/doer-verb';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A reaction told as "X does Y after Z did W" (src/chronology/doer-verb.ts `answeredDoerVerbs`,
// merge-rule.ts `answersAct`): invented sentences and pages in the shapes news leads take.
describe('the act a lead says its own act follows', () => {
  it('is the doer and verb of its "after" or "following" clause, in the headline or the first sentence', () => {
    expect(answeredDoerVerbs('Dockers walk out after port authority cuts night shifts', '')).toEqual([expect.objectContaining({ head: 'authority', verb: 'cut' })]);
    expect(answeredDoerVerbs('Dockers stop work', 'Dockers at Kessby stopped work on Monday, hours after the port authority cut night shifts.'))
      .toEqual([expect.objectContaining({ head: 'authority' })]);
  });
  it('is none for a setting or a contrast ("amid", "despite"), a title-case headline, or no doer', () => {
    expect(answeredDoerVerbs('Dockers walk out amid row as port authority cuts night shifts', '')).toEqual([]);
    expect(answeredDoerVerbs('Dockers Walk Out After Port Authority Cuts Night Shifts', '')).toEqual([]);
    expect(answeredDoerVerbs('Dockers walk out after being told of cuts', '')).toEqual([]);
  });
  it('a lead read for a headline, longer than headlines run, is a sentence: its past tense is its doer’s act', () => {
    const lead = 'Shares in Kessby rallied in a nervous day of trading on the city exchange on Thursday after the Bank of Ostmark raised its main rate by a quarter point';
    expect(doerVerbs(lead.split(' after ')[0]!, lead, lead)).toEqual([expect.objectContaining({ verb: 'rally' })]);
  });
});

const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a market’s move after a rate decision and the decision', () => {
  // Two outlets on one central bank's decision, in other verbs and other units, and a page on the
  // exchange's rise after it, with no title of its own (its first sentence read for one).
  const c = build([
    page('d1.txt', '2022-09-21T18:00:00Z', `Bank of Ostmark raises main rate by three-quarters of a point

The Bank of Ostmark on Wednesday raised its main rate by three-quarters of a percentage point, to 3.25 percent, the steepest rise in two decades, as prices kept climbing.

Governor Pavel Drost said further increases would follow if inflation did not slow.
`),
    page('d2.txt', '2022-09-21T19:00:00Z', `Ostmark central bank hikes by 75 basis points

The Bank of Ostmark lifted its benchmark rate by 75 basis points on Wednesday, its largest move since 2002, and signalled more to come.

Governor Pavel Drost told reporters the board had voted unanimously.
`),
    page('m1.txt', '2022-09-21T20:00:00Z', `Shares on the Kessby exchange rallied in a nervous afternoon of trading on Wednesday after the Bank of Ostmark raised its main rate by three-quarters of a percentage point, with lenders leading the gains.

The main index closed 2.1 percent higher. Banks rose the most as traders bet on wider margins.
`),
  ]);
  it('the rise of the shares is the exchange’s act, not the decision', () => {
    const decision = eventWithHeadline(c, 'Bank of Ostmark raises main rate').id;
    expect(eventWithHeadline(c, 'Ostmark central bank hikes by 75 basis points').id).toBe(decision);
    expect(eventWithHeadline(c, 'Shares on the Kessby exchange rallied').id).not.toBe(decision);
  });
});

describe('one doer under a short form of its name', () => {
  it('initials or a word cut short name the body a lead names in full', async () => {
    const { oneDoer } = await import('../../src/chronology/doer-verb');
    expect(oneDoer(['kfa'], ['kessland', 'flight', 'authority'])).toBe(true);
    expect(oneDoer(['fed'], ['us', 'federal', 'reserv'])).toBe(true);
    expect(oneDoer(['fed'], ['kessland', 'flight', 'authority'])).toBe(false);
    // Two letters open too many names ("UN", "US"); a long word is no short form of itself cut.
    expect(oneDoer(['kf'], ['kessland', 'flight'])).toBe(false);
    expect(oneDoer(['authority'], ['auth'])).toBe(false);
    // A word cut to less than its share, or a word deep in a long name, is no short form of it.
    expect(oneDoer(['man'], ['manchester', 'unit'])).toBe(false);
    expect(oneDoer(['port'], ['keel', 'harbour', 'portland', 'trust'])).toBe(false);
  });
});

describe('a market move told by a title-case headline naming both doers', () => {
  const c = build([
    page('m1.txt', '2022-09-21T20:00:00Z', `Kessby shares rally after central bank raises rates

Shares on the Kessby exchange rallied on Wednesday after the Bank of Ostmark raised its main rate by three-quarters of a point, with lenders leading the gains.

The main index closed 2.1 percent higher as traders bet on wider margins.
`),
    page('m2.txt', '2022-09-21T21:00:00Z', `Kessby Shares Jump As Bank Of Ostmark Hikes Rates

Kessby shares were lifted on Wednesday by the Bank of Ostmark’s decision to hike rates by three-quarters of a point, with lenders leading the gains.

The main index closed 2.1 percent higher as traders bet on wider margins.
`),
  ]);
  it('is not refused as the act the other answers: the headline names the market too', () => {
    expect(eventWithHeadline(c, 'Kessby Shares Jump').id).toBe(eventWithHeadline(c, 'Kessby shares rally').id);
  });
});

describe('a modal lead tells no deed', () => {
  it('"X will need to …, the president said" is the statement’s words, not X’s act', async () => {
    const { doerVerbOf } = await import('../../src/chronology/doer-verb');
    expect(doerVerbOf('Ostmark and Vessland will need to explain themselves to small nations for weakening the pact, the summit’s president Ilsa Rahn said on Sunday', false)).toBeUndefined();
    expect(doerVerbOf('Ports must close by noon, the harbour authority said', false)).toBeUndefined();
    // A tense auxiliary still tells the deed done.
    expect(doerVerbOf('Ostmark has expelled three diplomats', false)).toMatchObject({ head: 'ostmark' });
  });
});
