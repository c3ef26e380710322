import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

// Invented articles in the shapes real ones take on a deal's day: one person's press-conference
// remarks about the deal ("Here's what X said …"), whose headline names the deal, and two outlets'
// reports of the deal whose headlines tell it done and do not name that person.
describe('a person’s statement about an act and the act (merge-rule.ts statementOnAct)', () => {
  const c = build([
    article('remarks.txt', '2025-06-03', `Here's what Chancellor Maren Oduya said at her press conference on the Tessaly fisheries pact

Chancellor Maren Oduya says Tessaly has "won back its waters" after Tessaly agreed a fisheries pact with Norrland on Tuesday.

Speaking at a press conference in Halvik, the chancellor said boats from Tessaly would fish the northern banks "without asking anyone's leave" for the first time in two decades.
`),
    article('deal.txt', '2025-06-03', `Tessaly and Norrland have a fisheries pact

Tessaly and Norrland reached a fisheries pact on Tuesday after all-night talks in Halvik. Chancellor Maren Oduya of Tessaly signed for her side. Norrland's fisheries minister Per Stavnes said the text was "balanced". Tessaly boats will regain access to the northern banks from January, while Norrland keeps a larger herring quota for five years.
`),
    article('deal-2.txt', '2025-06-03', `Norrland and Tessaly agree fisheries pact, ending two-year dispute

Norrland and Tessaly agreed a fisheries pact on Tuesday that ends their two-year quarrel over the northern banks, after negotiators worked through the night in Halvik. Tessaly boats may fish the banks again from January and Norrland keeps a larger herring quota for five years.
`),
  ]);
  it('are two acts, though both headlines name the pact', () => {
    expect(eventWithHeadline(c, 'Here\'s what Chancellor').id).not.toBe(eventWithHeadline(c, 'Tessaly and Norrland have').id);
    expect(eventWithHeadline(c, 'Here\'s what Chancellor').id).not.toBe(eventWithHeadline(c, 'Norrland and Tessaly agree').id);
  });
  it('while two outlets’ reports of the pact are one act', () => {
    expect(eventWithHeadline(c, 'Norrland and Tessaly agree').id).toBe(eventWithHeadline(c, 'Tessaly and Norrland have').id);
  });
});

// Invented articles in the shapes real ones take on an opening's day: a leader's part in it
// announced in the headline's infinitive ("Premier … to open … by video link"), and two outlets'
// reports of the opening done that evening.
describe('a part announced in the headline’s infinitive and another doer’s act done that day (merge-report.ts plannedBy, merge-rule.ts partAnnounced)', () => {
  const c = build([
    article('to-open.txt', '2025-05-14', `Premier Ilka Ostrander to open Vellmark bridge by video link from Caldera summit

Premier Ilka Ostrander will take part in the opening of the new Vellmark bridge by video link from the Caldera summit, her office said on Wednesday, as the crossing over the Sarne estuary prepares to take its first traffic in the evening. The bridge cost 1.4 billion crowns and cuts the journey between Vellmark and Port Aldis from ninety minutes to twenty.
`),
    article('opens.txt', '2025-05-14', `Vellmark bridge opens to traffic after nine years of work

The new Vellmark bridge over the Sarne estuary opened to traffic on Wednesday evening, nine years after work began. The 1.4 billion crown bridge cuts the journey between Vellmark and Port Aldis from ninety minutes to twenty. Premier Ilka Ostrander joined the ceremony by video link from a summit in Caldera.
`),
    article('first-cars.txt', '2025-05-14', `First cars cross Vellmark bridge as estuary link opens

Drivers crossed the Sarne estuary on the new Vellmark bridge for the first time on Wednesday evening, as the 1.4 billion crown link opened to traffic after nine years of construction. The crossing cuts the trip from Vellmark to Port Aldis to twenty minutes.
`),
  ]);
  it('are two acts', () => {
    expect(eventWithHeadline(c, 'Premier Ilka Ostrander to open').id).not.toBe(eventWithHeadline(c, 'Vellmark bridge opens').id);
    expect(eventWithHeadline(c, 'Premier Ilka Ostrander to open').id).not.toBe(eventWithHeadline(c, 'First cars cross').id);
  });
  it('while two outlets’ reports of the opening are one act', () => {
    expect(eventWithHeadline(c, 'First cars cross').id).toBe(eventWithHeadline(c, 'Vellmark bridge opens').id);
  });
});

// The same without any date (no front matter, no day in their words): pages undated alike are one
// day as far as their words tell, and an expectation ("… poised to announce …") and the deed stay two.
describe('an expectation and the deed on undated pages (merge-rule.ts previewOf)', () => {
  const undated = (name: string, text: string): Seed => ({ name, text });
  const c = build([
    undated('a-preview.txt', `Chancellor Maren Oduya poised to announce Tessaly fisheries pact this morning

Tessaly and Norrland are expected to unveil a fisheries pact at 9am, the chancellor's office said, with Chancellor Maren Oduya to speak in Halvik.
`),
    undated('deal.txt', `Tessaly and Norrland agree fisheries pact after night of talks

Tessaly and Norrland agreed a fisheries pact after a night of talks in Halvik, ending a two-year dispute over the northern banks. Chancellor Maren Oduya said the pact was fair to coastal towns. Tessaly boats may fish the banks again from January.
`),
    undated('deal2.txt', `Fisheries pact agreed: Norrland and Tessaly end two-year dispute

Norrland and Tessaly have agreed a fisheries pact that ends their quarrel over the northern banks, negotiators said in Halvik. Chancellor Maren Oduya and Norrland's minister Per Stavnes will sign the text. Tessaly boats regain access to the banks from January.
`),
  ]);
  it('are two acts', () => {
    expect(eventWithHeadline(c, 'Chancellor Maren Oduya poised').id).not.toBe(eventWithHeadline(c, 'Tessaly and Norrland agree').id);
    expect(eventWithHeadline(c, 'Chancellor Maren Oduya poised').id).not.toBe(eventWithHeadline(c, 'Fisheries pact agreed').id);
  });
  it('while two outlets’ reports of the pact are one act', () => {
    expect(eventWithHeadline(c, 'Fisheries pact agreed').id).toBe(eventWithHeadline(c, 'Tessaly and Norrland agree').id);
  });
});

// Two undated articles naming one act in the same headline words, one in the passive with its doers
// left to the lead (reading makes a deputy quoted further down its principal), the other naming
// the doers: the body principal in one is named by the other (merge-rule.ts headlineActSomeone).
describe('one act in the same headline words, its doer principal in one page and named by the other', () => {
  const c = build([
    { name: 'passive.txt', text: `Herring pact agreed in Halvik

A fisheries pact has been completed between the Northern Fisheries Council and Tessaly.

Boats from Tessaly will regain access to the northern banks from January, phased over five years.

Regional deputy Jon Arrow says it is no surprise the pact has taken so long to close.
` },
    { name: 'active.txt', text: `Northern Fisheries Council and Tessaly agree herring pact

The Northern Fisheries Council and Tessaly have reached a herring pact after a night of talks in Halvik. Boats from Tessaly may fish the northern banks again from January, and the council keeps a larger herring quota.
` },
  ]);
  it('is one act', () => {
    expect(eventWithHeadline(c, 'Herring pact agreed').id).toBe(eventWithHeadline(c, 'Northern Fisheries Council and Tessaly agree').id);
  });
});

// The infinitive of a deal announced ("Orrin to acquire Pellbrook …") and another outlet's headline
// telling it done by the same subject ("Orrin acquires Pellbrook …"): one act, announced.
describe('the same subject’s act told in the infinitive and done (merge-rule.ts partAnnounced)', () => {
  const c = build([
    article('to-acquire.txt', '2025-02-11', `Orrin to acquire Pellbrook Games in $9.2 billion deal

Orrin Systems said on Tuesday it would acquire Pellbrook Games for $9.2 billion in cash, the largest deal in the company's history, paying $64 a share.
`),
    article('acquires.txt', '2025-02-11', `Orrin acquires Pellbrook Games in $9.2 billion cash deal

Orrin Systems agreed on Tuesday to buy Pellbrook Games for $9.2 billion in cash, or $64 a share, its largest acquisition yet.
`),
  ]);
  it('is one act', () => {
    expect(eventWithHeadline(c, 'Orrin to acquire').id).toBe(eventWithHeadline(c, 'Orrin acquires').id);
  });
});
