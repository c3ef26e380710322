import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { doerVerbOf, doerVerbs, leadWordStems, twoDoerVerbs } from '../../src/chronology/doer-verb';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A lead's doer and verb (src/chronology/doer-verb.ts): invented sentences in the shapes news
// headlines and leads take.
describe('a lead’s doer and verb', () => {
  it('is the subject before the first verb, and that verb, not the act it calls for', () => {
    const call = doerVerbOf('More than a dozen Union deputies have now called for Ana Horvat to resign.', false)!;
    expect(call.verb).toBe('call');
    expect(call.head).toBe('deputy');
    expect(doerVerbOf('Ana Horvat resigns as premier of Vessland', true)).toMatchObject({ head: 'horvat', verb: 'resign' });
    // "quits" and "resigns" are one act word (`actClasses`).
    expect(doerVerbOf('Horvat quits', true)?.verb).toBe('resign');
    expect(doerVerbOf('Backbenchers urge Horvat to step aside', true)).toMatchObject({ head: 'backbencher', verb: 'urg' });
  });
  it('cuts what stands before the subject: a participle clause, a dateline, a credit', () => {
    expect(doerVerbOf('Speaking from a lectern in the capital, Ms Horvat said she would go', false)).toMatchObject({ doer: ['horvat'], verb: 'said' });
    expect(doerVerbOf('VESSBY, Vessland — Harbour officials briefed reporters on Thursday', false)).toMatchObject({ head: 'official', verb: 'brief' });
    expect(doerVerbOf('Vell, facing a second trial, condemns the riot', true)).toMatchObject({ doer: ['vell'], verb: 'condemn' });
  });
  it('is no one for a passive, a question, a pronoun', () => {
    expect(doerVerbOf('Horvat found guilty on all counts', true)).toBeNull();
    expect(doerVerbOf('Storm satellite launched from Kessel coast', true)).toBeNull();
    expect(doerVerbOf('Horvat was removed as party leader on Tuesday', false)).toBeNull();
    expect(doerVerbOf('How long had the crew waited before the rescue?', true)).toBeUndefined();
    expect(doerVerbOf('She has resigned', false)).toBeNull();
  });
  it('is the headline’s, the lead’s only when the headline gives no verb', () => {
    expect(doerVerbs('Horvat resigns', 'The premier has announced her resignation.')).toEqual([expect.objectContaining({ head: 'horvat' })]);
    expect(doerVerbs('Horvat found guilty', 'A jury has convicted Ana Horvat.')).toEqual([]);
    expect(doerVerbs('Hide Ad', 'Speaking outside her office, Ms Horvat said she had told the king.')).toEqual([expect.objectContaining({ head: 'horvat' })]);
  });
});

describe('two doers doing two things', () => {
  const acts = (headline: string, lead: string) => ({ acts: doerVerbs(headline, lead), words: leadWordStems(`${headline} ${lead}`) });
  it('a call on someone to act is not that act: the act’s reports never name the callers', () => {
    const call = acts('Thirty deputies have called for Ana Horvat to resign.', 'Thirty deputies have called for Ana Horvat to resign.');
    const act = acts('Ana Horvat resigns as premier', 'Ana Horvat has resigned as premier after six weeks in office.');
    expect(twoDoerVerbs(call.acts, call.words, act.acts, act.words)).toBe(true);
  });
  it('one act told from two sides names both', () => {
    const rocket = acts('Osprey rocket carries weather satellite into orbit', 'An Osprey rocket carried the Kestrel satellite into orbit on Monday.');
    const satellite = acts('Kestrel weather satellite lifts off', 'The Kestrel satellite lifted off aboard an Osprey rocket on Monday.');
    expect(twoDoerVerbs(rocket.acts, rocket.words, satellite.acts, satellite.words)).toBe(false);
  });
  it('a country’s people or officials name the country (a head word opening a longer word)', () => {
    const a = acts('Vessland condemns expulsions by Ostmark', 'Vessland has condemned the expulsion of its diplomats by Ostmark.');
    const b = acts('Ostmark expels diplomats', 'Ostmark has expelled three diplomats.');
    expect(twoDoerVerbs(a.acts, a.words, b.acts, b.words)).toBe(true);
    const c = acts('Ostmark expels diplomats', 'Ostmark has expelled three Vesslandic diplomats.');
    expect(twoDoerVerbs(a.acts, a.words, c.acts, c.words)).toBe(false);
  });
  it('a verb both present and past is an act in a headline ("beat"), an irregular past alone the passive', () => {
    expect(doerVerbOf('Vessland beat Ostmark on penalties to win the cup', true)?.verb).toBe('beat');
    expect(doerVerbOf('Vessland captain held after the final', true)).toBeNull();
  });
  it('two deeds, or two sayings, are never told apart by their doers’ names (a body named two ways)', () => {
    const a = acts('Vessland approves pension overhaul', 'Vessland’s parliament has approved the pension overhaul.');
    const b = acts('Lawmakers back pension reform', 'Lawmakers backed the long-delayed reform by 98 votes to 52.');
    expect(twoDoerVerbs(a.acts, a.words, b.acts, b.words)).toBe(false);
    const c = acts('Hopes of a deal slim, port operator warns', 'Hopes of a deal are slim, the Harbour Authority has said.');
    const d = acts('Port authority says demands not addressed', 'The Harbour Authority says the demands have not been addressed.');
    expect(twoDoerVerbs(c.acts, c.words, d.acts, d.words)).toBe(false);
    expect(c.acts[0]?.head).toBe('operator');
  });
  it('the same doer, or the same verb, is never two', () => {
    const a = acts('Horvat quits', 'Ana Horvat has quit.');
    const b = acts('Horvat resigns', 'Ana Horvat has resigned.');
    expect(twoDoerVerbs(a.acts, a.words, b.acts, b.words)).toBe(false);
  });
});

// Invented pages: two outlets' articles on a premier's resignation and a live page whose post of
// that afternoon (no headline of its own, as many live pages print one) tells party deputies
// calling for her to resign. The post names her, the resignation and the day.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });
describe('a call by others for a leader’s resignation and the resignation', () => {
  const c = build([
    page('a1.txt', '2023-03-08T14:00:00Z', `Ana Horvat resigns as Vessland premier

Ana Horvat has resigned as premier of Vessland just six weeks after taking office, saying she could no longer carry out the mandate on which she was elected.

She told reporters outside her office that she had informed the regent of her decision and would stay on until the Union party chose a successor.
`),
    page('a2.txt', '2023-03-08T15:00:00Z', `Horvat quits after six weeks

Ana Horvat resigned as premier of Vessland on Wednesday, six weeks after taking office, ending days of speculation about her future.

The Union party will choose a successor within a week, its chairman said.
`),
    page('l1.txt', '2023-03-08T12:00:00Z', `Live: Horvat's future in doubt as Union party revolts

Premier Ana Horvat

Premier Ana Horvat has been fighting to keep her job after a week of turmoil in the Union party.

12.10pm

More than a dozen Union party deputies have now called for Ana Horvat to resign as premier.
`),
  ]);
  it('the deputies’ call is their act, not the resignation', () => {
    const resignation = eventWithHeadline(c, 'Ana Horvat resigns as Vessland premier').id;
    expect(eventWithHeadline(c, 'Horvat quits after six weeks').id).toBe(resignation);
    expect(eventWithHeadline(c, 'More than a dozen Union party deputies').id).not.toBe(resignation);
  });
});

describe('one doer doing one thing, told in other words', () => {
  it('a launch lifts off, blasts off or launches: one verb class (`leadVerbClasses`), with its particle only', () => {
    expect(doerVerbOf('Harrow space telescope lifts off on ten-year mission', true)?.verb).toBe('launch');
    expect(doerVerbOf('Powerful Harrow telescope blasts off into space', true)?.verb).toBe('launch');
    expect(doerVerbOf('The Harrow Space Telescope launches successfully', true)?.verb).toBe('launch');
    expect(doerVerbOf('Council lifts parking ban', true)?.verb).not.toBe('launch');
  });
  // Invented articles in the shapes real ones take: three outlets on one observatory's launch, the
  // observatory and its launch site named two ways, the act told by three verbs; none names a
  // person reading would find.
  const c = build([
    page('w1.txt', '2023-12-25T14:00:00Z', `Harrow Space Telescope lifts off on historic mission

The $9bn Harrow telescope has left Earth on its mission to map the first galaxies. The observatory was carried skyward by a Condor rocket from the Sarn launch centre on the coast of Velland at 12:20 GMT.

Engineers will spend the next month unfolding its mirror.
`),
    page('w2.txt', '2023-12-25T15:00:00Z', `The Harrow Space Telescope launches successfully

The Harrow Space Telescope, the successor of the Lantern observatory, left the Sarn spaceport aboard a Condor rocket on Monday, headed for a point 1.5 million kilometres from Earth.

It will take six months before the first images are released.
`),
    page('w3.txt', '2023-12-25T16:00:00Z', `Powerful Harrow telescope blasts off into space

The world's most powerful space telescope blasts off into orbit aboard a Condor rocket from Velland's coastal spaceport at Sarn, headed to an outpost 1.5 million kilometres from Earth.

Its mirror of gold-plated segments must now unfold in space.
`),
  ]);
  it('three outlets’ accounts of the launch are one act', () => {
    const launch = eventWithHeadline(c, 'Harrow Space Telescope lifts off').id;
    expect(eventWithHeadline(c, 'The Harrow Space Telescope launches successfully').id).toBe(launch);
    expect(eventWithHeadline(c, 'Powerful Harrow telescope blasts off').id).toBe(launch);
  });
});
