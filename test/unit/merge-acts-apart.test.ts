import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { doerVerbOf, doerVerbs, isSaying, leadWordStems, twoDoerVerbs } from '../../src/chronology/doer-verb';
import { statedNumbers } from '../../src/chronology/similarity';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// One story's different acts of a day or two, each told by plain articles of several outlets
// (issue 12, session 21): another body's stance after an act, a preview and the act told the next
// morning, an early count and the result. Invented pages in the shapes real ones take.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a lead’s doer given by initials, and a stance', () => {
  it('initials in capitals are a doer, not a pronoun', () => {
    expect(doerVerbOf('Kessel coup: US threatens sanctions over Marr detention', true)).toMatchObject({ doer: ['us'], verb: 'threaten' });
    expect(doerVerbOf('U.N. condemns the takeover in Kessel', true)).toMatchObject({ doer: ['un'], verb: 'condemn' });
  });
  it('a threat, a hope, a plea are sayings: a stance on an act, not a deed', () => {
    expect(isSaying(doerVerbOf('US threatens sanctions over detention', true)!.verb)).toBe(true);
    expect(isSaying(doerVerbOf('Officials are hoping that the approval will reassure parents.', false)!.verb)).toBe(true);
    expect(isSaying(doerVerbOf('Army seizes power in Kessel', true)!.verb)).toBe(false);
  });
  it('a weekday is when, not who; a clause opening on its background gives its main clause’s doer', () => {
    expect(doerVerbOf('President Ada Roe Monday urged clinics to stock the pill', false)).toMatchObject({ head: 'roe', verb: 'urg' });
    expect(doerVerbOf('Hours after the Medicines Board gave its approval to the pill, President Ada Roe urged clinics to stock it', false)).toMatchObject({ head: 'roe', verb: 'urg' });
  });
  it('a “headline” opening on a dateline is a lead’s sentence: its past tense is active', () => {
    expect(doerVerbOf('KESSBY — President Ada Roe urged clinics to stock the pill', true)).toMatchObject({ head: 'roe', verb: 'urg' });
    expect(doerVerbOf('KESSBY (Wireline / Nordpress - 3rd May, 2025) The Medicines Board has licensed the pill', true)).toMatchObject({ head: 'board' });
    expect(doerVerbOf('Ada Roe urged to quit', true)).toBeNull();
  });
  it('only a word of time may stand before a background clause’s opening word: any other is the doer', () => {
    expect(doerVerbOf('Police after a tip-off arrested two men, officials said', false)).toMatchObject({ doer: expect.arrayContaining(['polic']), verb: 'arrest' });
    expect(doerVerbOf('Shortly before the vote, the Vessland minister resigned', false)).toMatchObject({ head: 'minister', verb: 'resign' });
    expect(doerVerbOf('While the talks went on, the Kessel army seized the port', false)).toMatchObject({ head: 'army', verb: 'seiz' });
  });
  it('initials with their name in brackets are the doer, not a dateline', () => {
    expect(doerVerbOf('NBI (National Bureau of Inquiry) arrests three in Kessel fraud probe', true)).toMatchObject({ doer: expect.arrayContaining(['nbi']), verb: 'arrest' });
    expect(doerVerbOf('KESSBY (AFP) The Medicines Board licensed the pill', true)).toMatchObject({ head: 'board' });
  });
  it('an appeal is a legal act, not a stance', () => {
    expect(isSaying(doerVerbOf('Ivo Marr appeals conviction for fraud', true)!.verb)).toBe(false);
    expect(isSaying(doerVerbOf('Ivo Marr promises new elections', true)!.verb)).toBe(true);
  });
  it('dotted initials are one word, as the doer’s', () => {
    expect(leadWordStems('Kessel says U.S. envoy left').has('us')).toBe(true);
  });
  it('a relay of another doer’s deed, naming that doer, is the deed’s report', () => {
    const relay = 'Kessel’s foreign ministry says U.S. envoy Ada Roe has handed over the written reply.';
    const deed = 'US has delivered a written reply to Kessel, the envoy’s office said.';
    expect(twoDoerVerbs(doerVerbs(relay, relay), leadWordStems(relay), doerVerbs(deed, deed), leadWordStems(deed))).toBe(false);
    // In the past tense too (irregular "said").
    const said = 'Kessel’s foreign ministry said U.S. envoy Ada Roe had handed over the written reply.';
    expect(twoDoerVerbs(doerVerbs(said, said), leadWordStems(said), doerVerbs(deed, deed), leadWordStems(deed))).toBe(false);
    // One telling what will be done is a preview of the deed, not its report.
    const ahead = 'Kessel’s foreign ministry said U.S. envoy Ada Roe would hand over the written reply.';
    expect(twoDoerVerbs(doerVerbs(ahead, ahead), leadWordStems(ahead), doerVerbs(deed, deed), leadWordStems(deed))).toBe(true);
    // A stance on it is its speaker’s own act.
    const threat = 'Kessel’s foreign ministry threatens U.S. envoy Ada Roe with expulsion over the written reply.';
    expect(twoDoerVerbs(doerVerbs(threat, threat), leadWordStems(threat), doerVerbs(deed, deed), leadWordStems(deed))).toBe(true);
  });
  it('an adverb names no doer ("officials", "officially")', () => {
    const hope = doerVerbs('Officials are hoping that the Medicines Board licence will reassure parents.', 'Officials are hoping that the Medicines Board licence will reassure parents.');
    const deed = doerVerbs('The Medicines Board has officially licensed the Varo vaccine.', 'The Medicines Board has officially licensed the Varo vaccine.');
    const words = (t: string) => leadWordStems(`${t} ${t}`);
    expect(twoDoerVerbs(hope, words('Officials are hoping that the Medicines Board licence will reassure parents.'), deed, words('The Medicines Board has officially licensed the Varo vaccine.'))).toBe(true);
  });
});

describe('another body’s threat after an act, quoting it further down', () => {
  const c = build([
    article('coup.txt', '2025-02-03', `Army seizes power in Kessel, detains president Ivo Marr

Kessel's army seized power early on Monday and detained President Ivo Marr and several ministers, declaring a state of emergency for one year.

Soldiers blocked the roads to the capital's government quarter and television went off the air for several hours.

The Northern Coast Union said sanctions were "on the table for anyone who overturns an election" and called for Marr's release.
`),
    article('coup-2.txt', '2025-02-03', `Military takes over in Kessel; Marr held

The military took control of Kessel on Monday, holding President Ivo Marr and the speaker of parliament at an army base, and announced a year-long emergency.
`),
    article('threat.txt', '2025-02-04', `Kessel coup: NCU threatens sanctions over Marr detention

The Northern Coast Union said sanctions were "on the table for anyone who overturns an election", calling the detention of Kessel's President Ivo Marr by the army an attack on the vote.

Its council said it had called in Kessel's envoy.
`),
  ]);
  it('is the threat’s own act, not the takeover', () => {
    expect(eventWithHeadline(c, 'Kessel coup: NCU threatens').id).not.toBe(eventWithHeadline(c, 'Army seizes power').id);
  });
  it('while the takeover’s two accounts are one act', () => {
    expect(eventWithHeadline(c, 'Military takes over').id).toBe(eventWithHeadline(c, 'Army seizes power').id);
  });
});

describe('a preview, and the act told that day and the next morning', () => {
  const c = build([
    article('preview.txt', '2025-05-06', `Energy minister set to announce Halden battery breakthrough

Energy Minister Oda Fenn is expected to announce on Tuesday that researchers at the Halden Institute have built a battery cell that stores twice as much energy as today's best, two officials said.

Fenn is due to speak at the institute alongside its director, Per Lunde.
`),
    article('act.txt', '2025-05-06', `Halden researchers announce battery breakthrough; cells will double storage

HALDEN (Wireline) — Researchers at the Halden Institute on Tuesday announced a battery cell that stores twice as much energy as the best cells in use, at a news conference with Energy Minister Oda Fenn and director Per Lunde.
`),
    article('next-morning.txt', '2025-05-07', `Researchers announce battery breakthrough at Halden Institute

Researchers at the Halden Institute have announced a battery cell storing twice as much energy as the best in use, presenting it with Energy Minister Oda Fenn and the institute's director, Per Lunde.
`),
  ]);
  it('the preview stays apart from both', () => {
    expect(eventWithHeadline(c, 'Energy minister set to announce').id).not.toBe(eventWithHeadline(c, 'Halden researchers announce').id);
    expect(eventWithHeadline(c, 'Energy minister set to announce').id).not.toBe(eventWithHeadline(c, 'Researchers announce battery').id);
  });
  it('the act’s two accounts are one (a future after a semicolon is the act’s consequence)', () => {
    expect(eventWithHeadline(c, 'Researchers announce battery').id).toBe(eventWithHeadline(c, 'Halden researchers announce').id);
  });
});

describe('figures with a unit glued to them', () => {
  it('are no count: never read as their whole part', () => {
    const n = statedNumbers('A £12.5bn line of 17.9km, 1,234.5bn in bonds; 6,214,583 votes, 50.84% counted, 12.5.');
    expect(n).not.toContain(12);
    expect(n).not.toContain(17);
    expect(n).not.toContain(1);
    expect(n).toEqual([12.5, 50.84, 6214583]);
  });
});

describe('an early count and the result, with their figures', () => {
  const c = build([
    article('count.txt', '2025-10-12', `Tamm ahead of Rook as Vessland run-off count begins

VESSBY (Nordpress) — President Aino Tamm was leading challenger Jon Rook in Vessland's presidential run-off on Sunday, early results from the election commission showed.

With 41.7% of ballots counted, Tamm had 50.6% of the vote and Rook 49.4%.
`),
    article('result.txt', '2025-10-12', `Rook defeats Tamm in Vessland presidential run-off

Challenger Jon Rook won Vessland's presidential run-off on Sunday, beating President Aino Tamm with 51.27% of the vote to 48.73%, the election commission said.

Rook overtook Tamm late in the count.
`),
    article('result-2.txt', '2025-10-12', `Vessland elects Rook president

VESSBY (Wireline) — Jon Rook was elected president of Vessland on Sunday, taking 51.3% of the vote against 48.7% for President Aino Tamm, the election commission said.
`),
  ]);
  it('are two moments of the count, told in the same words of the same people', () => {
    expect(eventWithHeadline(c, 'Tamm ahead of Rook').id).not.toBe(eventWithHeadline(c, 'Rook defeats Tamm').id);
  });
  it('while the result’s accounts, rounded their own way, are one act', () => {
    expect(eventWithHeadline(c, 'Vessland elects Rook').id).toBe(eventWithHeadline(c, 'Rook defeats Tamm').id);
  });
});
