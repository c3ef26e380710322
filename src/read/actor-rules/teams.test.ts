import { describe, expect, it } from 'vitest';
import { BodyIdentities } from '../../chronology/body-identity';
import { findActors } from '../actors';
import { ROLES, TEAM_ROLES } from '../lexicon';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('teams in match reports', () => {
  it('are the plural names either side of a verb of winning and after a result, principal in the headline', () => {
    const got = actors('Kestrels beat Rovers in extra time', 'The Vellan Kestrels scored a 3-2 win over the Harbour Rovers on Sunday.');
    expect(got).toContain('vellan-kestrels:p');
    expect(got).toContain('harbour-rovers:p');
    // the nickname alone is the team the text names in full: one actor
    expect(got.filter((a) => a.includes('kestrels'))).toHaveLength(1);
  });

  it('are the plural names either side of “defeat” in the present', () => {
    const got = actors('The Kestrels defeat the Rovers 21-17 to keep the best record', 'The Kestrels trailed at half-time.');
    expect(got).toContain('kestrels:p');
    expect(got).toContain('rovers:p');
  });

  it('are the plural name before a player’s position and name, and the nickname names the team again', () => {
    const got = actors('Final goes to penalties', 'Harbour Rovers striker Ana Reyes scored twice.', 'The Rovers then held on.');
    expect(got).toContain('harbour-rovers:m');
    expect(actors('Comeback', 'The 76ers’ point guard Jo Reed scored 30.', 'The 76ers won.')).toContain('76ers:m');
  });

  it('but not a sport, a town or a state before a role, nor a nickname the text never writes as a team', () => {
    expect(actors('Visa revoked', 'Tennis star Ines Vellan faces deportation.').join()).not.toMatch(/tennis/);
    expect(actors('Rally', 'Texas star Jo Reed scored.').join()).not.toMatch(/texas/);
    expect(actors('Storm', 'Americans beat the heat at the beach.').join()).not.toMatch(/americans/);
  });

  it('are one body across pages, by full name and by nickname alone', () => {
    const ids = new BodyIdentities();
    const full = ids.resolve({ id: 'vellan-kestrels', name: 'Vellan Kestrels', kind: 'organisation', role: 'principal' });
    const short = ids.resolve({ id: 'kestrels', name: 'Kestrels', kind: 'organisation', role: 'principal' });
    expect(short.id).toBe(full.id);
  });
});

describe('one body across pages by the acronym pages give it', () => {
  it('two names ending on the same noun, given the same acronym in brackets, are one body', () => {
    const a = findActors('Count goes on', ['Results came from the National Electoral Commission (XEC) on Friday.']).find((x) => x.name.endsWith('Commission'))!;
    const b = findActors('Final count', ['The Harbour Electoral Commission (XEC) will announce the results.']).find((x) => x.name.endsWith('Commission'))!;
    expect(a.id).not.toBe(b.id);
    // the first form seen keeps the id
    const ids = new BodyIdentities();
    expect(ids.resolve(a).id).toBe(a.id);
    expect(ids.resolve(b).id).toBe(a.id);
  });
});

describe('the acronym a page gives a body travels with its reading', () => {
  it('joins bodies read elsewhere (another isolate: nothing of the reading in this one’s memory), and a later page without the acronym', () => {
    const ids = new BodyIdentities();
    const ref = (id: string, name: string, acronyms?: string[]) => ({ id, name, kind: 'organisation' as const, role: 'principal' as const, ...(acronyms ? { acronyms } : {}) });
    expect(ids.resolve(ref('tamber-voting-commission', 'Tamber Voting Commission', ['TVC'])).id).toBe('tamber-voting-commission');
    const joined = ids.resolve(ref('harbour-voting-commission', 'Harbour Voting Commission', ['TVC']));
    expect(joined.id).toBe('tamber-voting-commission');
    // never published with the reference
    expect(joined).not.toHaveProperty('acronyms');
    expect(ids.resolve(ref('harbour-voting-commission', 'Harbour Voting Commission')).id).toBe('tamber-voting-commission');
  });

  it('have positions that are all roles: the rule finds them among the roles the scan holds', () => {
    // `teamActors` looks a position up among `scan.titles`, which hold the titles and roles: a
    // position missing from `roles` would never be seen.
    const roles = new Set(ROLES);
    expect(TEAM_ROLES.filter((r) => !roles.has(r))).toEqual([]);
  });

  it('are found by a nickname the text writes in full or after "the" only, as whole words', () => {
    expect(actors('Kestrels beat Rovers', 'The Kestrels won at home.', 'Vellan Kestrels fans sang.')).toContain('vellan-kestrels:p');
    expect(actors('Kestrels beat Rovers', 'The Kestrels won at home.').join()).toMatch(/kestrels:p/);
    expect(actors('Kestrels beat Rovers', 'Supporters of Kestrelsworth cheered.').join()).not.toMatch(/kestrels/);
  });
});
