import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => a.id);

describe('names before brackets', () => {
  it('a ticker after an exchange or after a possessive makes the name a company, and no product of it a person', () => {
    const got = ids('Outage hits airlines', 'A fault in security firm Kestrelware’s (KSTW) software took down systems running Ambrose’s (AMBR) Quill platform.', 'The fault hit Ambrose Quill hosts. Quill is used widely.', 'Tamber Air Lines (NYSE: TAL) said it would seek damages.');
    expect(got).toContain('kestrelware');
    expect(got).toContain('ambrose');
    expect(got).toContain('tamber-air-lines');
    expect(got).not.toContain('ambrose-quill');
  });
  it('the acronym a name is given in brackets makes it a body when the body speaks, acts or has an officer, and names it again', () => {
    const got = actors('Leader jailed', "The leader's party, Harbour Tehreek-e-Watan (HTW) said in a statement it would appeal.", 'HTW chief Omar Vell was moved to prison.');
    expect(got).toContain('harbour-tehreek-e-watan:p');
    // an index, a programme or a treaty defined the same way never speaks: no actor
    expect(ids('Prices rise', 'The Consumer Price Index (CPI) rose 3%. The Joint Harbour Plan of Action (JHPA) lapsed.')).toEqual([]);
    // a dateline's wire agency is a source
    expect(ids('Talks', 'HARBOURTON (AP) — Talks began on Monday.').join()).not.toMatch(/harbourton|ap/);
  });
});

describe('other shapes of names', () => {
  it('a title before a given name names the person by both, one id with the monarch’s number', () => {
    expect(ids('Crowds toss mud at King Aldric', 'A crowd tossed mud at King Aldric as he visited with his wife, Queen Mirela.')).toEqual(expect.arrayContaining(['king-aldric', 'queen-mirela']));
  });
  it('"X’s Ministry of Health" is X’s health ministry when it speaks or acts', () => {
    expect(actors('Cases rise', 'On Monday, Chile’s Ministry of Health confirmed 12 cases.')).toContain('chile-health-ministry:p');
  });
  it('the company a deal is for, one word', () => {
    expect(ids('Deal done', 'Ana Reyes completed her $4 billion takeover of Quillio and fired its board. Quillio shares rose.')).toContain('quillio');
  });
  it('a sentence opening on a participle names no one by it', () => {
    expect(ids('Judge jails leader', 'Rejecting Vell’s petition, the judge sentenced him. Vell denied it.').join()).not.toMatch(/rejecting/);
  });
});
