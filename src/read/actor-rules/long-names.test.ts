import { describe, expect, it } from 'vitest';
import { addPagePeople, findActors } from '../actors';

/**
 * Issue 11, session 21: names of four words, runs of capitals joined by "and", and a lone service
 * word opening a headline (invented names; fixtures s320–s323).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);
const post = (headline: string, ...paragraphs: string[]) => ({ headline, paragraphs, actors: findActors(headline, paragraphs) });
const page = (...posts: Array<ReturnType<typeof post>>): string[][] => { addPagePeople(posts); return posts.map((p) => p.actors.map((a) => `${a.id}:${a.role[0]}`)); };

describe('a name of four words', () => {
  it('is read whole in a title-case headline when its last two words stand together elsewhere, its first word kept', () => {
    const found = ids('Guards Stage Raid, Detaining Arin Sang Mey Tarra, Others', 'Guards detained Arin Sang Mey Tarra and two aides on Monday.', 'Guards Stage Raid, Detaining Arin Sang Mey Tarra, Others', 'Hours later Mey Tarra was moved to a prison outside the city.');
    expect(found).toContain('arin-sang-mey-tarra:p');
    expect(found.join()).not.toMatch(/(?:^|,)(?:sang-mey-tarra|mey-tarra):/);
  });

  it('takes its last two words standing alone elsewhere as the same person, not a second one', () => {
    const found = ids('Opposition leader Arin Sang Mey Tarra detained', 'Opposition leader Arin Sang Mey Tarra was detained on Tuesday, her party said.', 'Mey Tarra had called for protests.');
    expect(found.filter((a) => a.includes('tarra'))).toEqual(['arin-sang-mey-tarra:p']);
  });
});

describe('capitalised words joined by "and" to a body’s name', () => {
  it('are not the body’s first words when they end a longer run of capitals (a person’s name after a title)', () => {
    const found = ids('Coup', 'Guards detained State Counsellor Arin Sang Mey Tarra and National Harbour League leaders on Monday.');
    expect(found.join()).not.toMatch(/and-national-harbour-league/);
    const minister = ids('Officials', 'Cabinet Secretary of Roads Jomo Velliko and Trask Airways said the airport would stay open.', 'Velliko said the search would go on.');
    expect(minister.join()).not.toMatch(/jomo-velliko-and|roads-jomo/);
    expect(minister).toContain('trask-airways:p');
  });

  it('still are after a sentence’s opener, a country’s short form or the body’s acronym', () => {
    expect(ids('Approval', 'The U.S. Food and Harbour Administration said on Monday it had approved the plan.').join()).toMatch(/food-and-harbour-administration:p/);
    expect(ids('Rescue', 'Divers worked through the night, the HDEA Disaster and Emergency Authority said.').join()).toMatch(/disaster-and-emergency-authority:p/);
  });
});

describe('a state’s service word opening a headline', () => {
  it('is the service of the one country the page names, as the headline’s doer', () => {
    const [first = []] = page(post('Police clear dockworkers’ camp in Puerto Ansel', 'Police on Tuesday cleared a camp that striking dockworkers had kept outside the port of Puerto Ansel in southern Uruguay.', 'Uruguay’s grain exports have slowed since the strike began.'));
    expect(first).toContain('uruguay-police:p');
  });

  it('is no one’s when the page names its country once only', () => {
    const [once = []] = page(post('Police clear dockworkers’ camp in Puerto Ansel', 'Police on Tuesday cleared a camp that striking dockworkers had kept outside the port of Puerto Ansel in southern Uruguay.'));
    expect(once.join()).not.toMatch(/uruguay-police/);
  });

  it('is no one’s when the service word describes a person the headline is about, not the doer', () => {
    const [shot = []] = page(post('Police officer shot dead in Puerto Ansel', 'A police officer was shot dead in Puerto Ansel in southern Uruguay on Tuesday.', 'Uruguay’s interior minister called the killing cowardly. Police said a suspect had fled.'));
    expect(shot.join()).not.toMatch(/uruguay-police/);
    const [veteran = []] = page(post('Army veteran Tomas Vell wins mayoral race', 'Tomas Vell, a former soldier, won the race in Puerto Ansel in southern Uruguay.', 'Turnout in Uruguay’s port towns was low.'));
    expect(veteran.join()).not.toMatch(/uruguay-army/);
  });

  it('is no one’s when the page names two countries as often, or names the service’s body itself', () => {
    const [two = []] = page(post('Police clear protest camp', 'Police cleared a camp on the border of Uruguay and Paraguay on Tuesday.'));
    expect(two.join()).not.toMatch(/police/);
    const [named = []] = page(post('Police clear protest camp', 'Police cleared a camp in southern Uruguay on Tuesday.'), post('Update', 'The Harbourton City Police said twelve people were held.'));
    expect(named.join()).not.toMatch(/uruguay-police/);
  });
});
