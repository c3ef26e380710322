import { describe, expect, it } from 'vitest';
import { BodyIdentities } from '../../chronology/body-identity';
import type { ActorRef } from '../../model/types';
import { addPagePeople, findActors } from '../actors';

/** Shapes whole pages give that excerpts seldom do (invented names throughout). */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);
const post = (headline: string, ...paragraphs: string[]) => ({ headline, paragraphs, actors: findActors(headline, paragraphs) });
const page = (...posts: Array<ReturnType<typeof post>>): string[][] => { addPagePeople(posts); return posts.map((p) => p.actors.map((a) => a.id)); };

describe('bodies named whole', () => {
  it('go on after "of" into their field, and keep an opener inside a sentence', () => {
    expect(ids('Conviction overturned', 'The ruling by the New Ostmark Court of Appeals said the trial was unfair.').join()).toMatch(/new-ostmark-court-of-appeals:/);
    // a country's whole name after "of" ends the body's name and says whose it is
    expect(ids('Talks', 'The Harbour Election Commission of Chile met on Monday.').join()).toMatch(/chile-harbour-election-commission:/);
  });

  it('are found by their whole name in a page’s other posts', () => {
    const [, second = []] = page(post('Outage', 'The grid operator Norvel Energy said a fault cut power.'), post('Update', 'Norvel Energy says power is back in the north.'));
    expect(second).toContain('norvel-energy');
  });

  it('alone by their noun, capitalised, are the page’s body of it, or no one', () => {
    const [first = [], second = [], third = []] = page(post('Coup', 'The Drevnian Army said it had taken control.'), post('Talks', 'He said the Army would hold talks with parties.'), post('Board', 'The Board has concluded that the chief must go.'));
    const army = first.find((id) => id.endsWith('army'))!;
    expect(army).toBeDefined();
    expect(second).toContain(army);
    expect(third.join()).not.toMatch(/board/);
  });
});

describe('people on whole pages', () => {
  it('go by the title the page puts before their name, by country when two share it', () => {
    const [, second = [], third = [], fourth = []] = page(
      post('Talks', 'Chilean Foreign Minister Ana Vell met Peruvian Foreign Minister Jo Marsk in Kessby.'),
      post('No progress', 'The Chilean foreign minister said there had been no progress.'),
      post('Reply', '“We will not give up,” the Peruvian foreign minister told reporters.'),
      post('Unclear', 'The foreign minister said nothing more.'),
    );
    expect(second).toContain('ana-vell');
    expect(third).toContain('jo-marsk');
    expect(fourth.join()).not.toMatch(/vell|marsk/);
  });

  it('never by the end of a longer title', () => {
    const [, second = []] = page(post('Talks', 'Deputy Foreign Minister Lev Orsk arrived in Kessby.'), post('Later', 'The foreign minister said talks would go on.'));
    expect(second).not.toContain('lev-orsk');
  });

  it('of parts joined by a particle are one person, by either part too', () => {
    const [first = [], second = []] = page(post('Army steps in', 'Army chief General Tarik-ul-Vessan said elections would follow.'), post('Promise', '“We are not here to stay,” Vessan said.'));
    expect(first).toContain('tarik-ul-vessan');
    expect(second).toEqual(['tarik-ul-vessan']);
  });

  it('after an office ending on "of …", not with its last word', () => {
    expect(ids('Troops', 'Chairman of the Joint Chiefs of Staff Ana Reyes said troops were ready.')).toContain('ana-reyes:p');
  });

  it('whose given name is a country’s name are people, and the country is not named', () => {
    const got = ids('Wales beat Norvenia to reach the final', 'Jordan Pelt scored twice.', '“We believed,” Pelt said.');
    expect(got).toContain('wales:p');
    expect(got.join()).toMatch(/jordan-pelt:/);
    expect(got.join()).not.toMatch(/(^|,)jordan:/);
    expect(ids('Border', 'Jordan has closed its border.')).toContain('jordan:p');
  });
});

describe('what is not an actor', () => {
  it('a qualifier before an officer’s title, an acronym after a kind of outlet, a country as a surname', () => {
    expect(ids('Change at the top', 'Current CEO Jo Reed has stepped down.').join()).not.toMatch(/current/);
    expect(ids('Flight', 'The plane is heading west, news agency HNA reported.').join()).not.toMatch(/hna/);
    expect(ids('Champions', 'Hosts England crowned champions.', 'England won 2-1.').join()).not.toMatch(/hosts/);
  });
});

describe('one id per company', () => {
  it('with or without its legal form, in any form, and by its second word', () => {
    const bodies = new BodyIdentities();
    const r = (id: string, name: string) => bodies.resolve({ id, name, kind: 'organisation', role: 'principal' } as ActorRef).id;
    const first = r('harmon-vale-co', 'Harmon Vale Co.');
    expect(r('harmon-vale-company', 'Harmon Vale Company')).toBe(first);
    expect(r('harmon-vale', 'Harmon Vale')).toBe(first);
    expect(r('vale', 'Vale')).toBe(first);
    expect(r('harmon-vale-bank', 'Harmon Vale Bank')).not.toBe(first);
  });
});
