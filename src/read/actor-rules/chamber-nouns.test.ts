import { describe, expect, it } from 'vitest';
import { BodyIdentities } from '../../chronology/body-identity';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('a legislature or cabinet by its common noun, acting', () => {
  it('is the chamber when it votes, passes or confirms, in the headline’s title case too', () => {
    expect(actors('Senate Confirms Ana Vell As Chief Judge', 'The vote was 61 to 39.')).toContain('senate:p');
    expect(actors('Budget cleared', 'The House has narrowly passed the budget, sending it to the Senate.')).toContain('house:p');
    expect(actors('Fund created', 'Parliament on Tuesday voted to create a reconstruction fund.')).toContain('parliament:p');
    expect(actors('Congress has reconvened following the riots to certify the votes.')).toContain('congress:p');
    // in a later paragraph it is mentioned
    expect(actors('Budget cleared', 'Ministers welcomed the result.', 'The Cabinet approved the plan a week earlier.')).toContain('cabinet:m');
  });

  it('is the state’s chamber the item writes before its noun, named as written', () => {
    const got = findActors('Parliament approves flood fund', ['Harbouria’s parliament has voted 120 to 4 to create the fund.']);
    expect(got.map((a) => `${a.id}|${a.name}`)).toContain('harbouria-parliament|Harbouria’s parliament');
  });

  it('after a state’s possessive, capitalised, or after a word opening a clause: the state’s chamber, one id', () => {
    expect(actors('x', 'Vestria’s Congress has removed President Ana Vell from office.')).toContain('vestria-congress:p');
    expect(actors('x', 'Ana Vell was sworn in after Congress voted out Tomas Reyes. Vestria’s Congress then voted to remove him.')).toContain('vestria-congress:p');
    // a possessive never reaches back across a sentence's stop
    expect(actors('x', 'Lawmakers ousted Reyes. Vestria’s Congress then voted to remove him.')).not.toContain('reyes-vestria-congress:p');
    // only a word opening a clause: never any word in lower case before the noun
    expect(actors('x', 'Ana Vell was first elected to Parliament back in 2010.').filter((a) => a.includes('parliament'))).toEqual([]);
    expect(actors('x', 'Ana Vell served in Congress back then.').filter((a) => a.includes('congress'))).toEqual([]);
  });

  it('is the body the item names in full when its name ends on the noun', () => {
    const got = actors('U.S. Senate set to extend the session', 'The Senate voted 60 to 30 on Monday.');
    expect(got.filter((a) => a.includes('senate'))).toEqual(['us-senate:p']);
  });

  it('is one body across pages with the country’s chamber of that name', () => {
    const ids = new BodyIdentities();
    const full = ids.resolve({ id: 'us-senate', name: 'US Senate', kind: 'organisation', role: 'principal' });
    const bare = ids.resolve({ id: 'senate', name: 'Senate', kind: 'organisation', role: 'principal' });
    expect(bare.id).toBe(full.id);
  });
});

describe('negative cases: a chamber’s noun that does not act, or ends a longer name', () => {
  it('gives nothing', () => {
    for (const [headline, text] of [
      ['White House says no', 'The White House voted down the idea, aides said.'],
      ['Opera reopens', 'The Opera House passes its inspection after repairs.'],
      ['Prices rise', 'House prices rose again in March.'],
      ['Tour', 'Tourists at the Opera House voted for the show.'],
      ['Debate goes on', 'The Senate debated the bill for six hours without a vote.'],
      ['Senators meet', 'Senate leaders met the governor on Monday.'],
    ] as const) expect(actors(headline, text).join()).not.toMatch(/(?:^|,)(?:house|senate|parliament|cabinet):/);
  });
});

/**
 * "The Lords rejected …", "the Commons voted …": a chamber's short name, as British and Commonwealth
 * pages write it (seen on four outlets in the eighteenth session; fixtures s182, s183).
 */
describe('a chamber by its short name, acting', () => {
  it('is the chamber under its full name, one id with the full name on the page or off it', () => {
    expect(actors('Bill passes', 'The Commons voted 320 to 250 on Tuesday to back the bill.')).toContain('house-of-commons:p');
    expect(actors('Lords Reject Harbour Bill', 'Peers voted on Tuesday.')).toContain('house-of-lords:p');
    const both = actors('Bill returned', 'The Lords rejected the bill, sending it back to the House of Commons.', 'Ministers said the Commons would vote again next week.');
    expect(both).toEqual(expect.arrayContaining(['house-of-lords:p', 'house-of-commons:m']));
    expect(both.join()).not.toMatch(/(?:^|,)(?:lords|commons):/);
  });

  it('is nothing when it does not act as one body', () => {
    expect(actors('Debate', 'Peers in the Lords debated the bill for six hours.').join()).not.toMatch(/lords/);
  });
});

describe('a chamber by its proper name, "House of …"', () => {
  it('is the chamber wherever named, principal when it acts or in the headline', () => {
    expect(actors('Bill sent on', 'Ministers said the bill would go to the House of Lords next week.')).toContain('house-of-lords:m');
    expect(actors('Reform plan', 'Senators said the bill would now go to the House of Representatives.')).toContain('house-of-representatives:m');
    expect(actors('MPs vote against House of Lords reform', 'Two MPs rebelled in the House of Commons last night.')).toEqual(expect.arrayContaining(['house-of-lords:p', 'house-of-commons:m']));
  });

  it('after a state\'s form is that state\'s chamber, one id with its short noun on the page', () => {
    const ids = actors('Reform plan', 'The US House of Representatives on Monday passed the bill. The House voted 220-210.');
    expect(ids).toContain('united-states-house:p');
    expect(ids.join()).not.toMatch(/house-of-representatives/);
  });

  it('acts when it overturns what the other chamber did, and is read once when it defeats a motion', () => {
    expect(actors('Motion falls', 'The Commons defeated the motion on Tuesday.').filter((a) => /commons/.test(a)).length).toBeLessThanOrEqual(1);
    expect(actors('Changes struck out', 'The Commons overturned the amendments on Tuesday.')).toContain('house-of-commons:p');
  });
});
