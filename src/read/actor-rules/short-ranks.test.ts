import { describe, expect, it } from 'vitest';
import { addPagePeople, findActors } from '../actors';

/** Ranks written short, names shortened to their given names, "&" in a body's name (invented people and bodies). */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('a police or military rank written short', () => {
  it('before a surname names the person the item gives in full, with or without dots', () => {
    const police = ids('Man charged over Kessby stabbing', 'Detective Inspector Rona Pellow said two men were held.', 'Det Insp Pellow said they would be questioned.', 'Chief Inspector Dale Fennick said patrols would rise. Ch Insp Fennick said the review starts Monday.');
    expect(police).toEqual(expect.arrayContaining(['rona-pellow:p', 'dale-fennick:p']));
    expect(police.join()).not.toMatch(/det-insp|ch-insp/);
    const army = ids('Brigade withdraws from Vessby', 'Major General Idris Vantok said the brigade had withdrawn.', 'Maj. Gen. Vantok said the troops were safe, and Brig-Gen Oona Pratt said supplies had arrived.');
    expect(army).toEqual(expect.arrayContaining(['idris-vantok:p', 'oona-pratt:p']));
    expect(army.join()).not.toMatch(/maj|brig/);
  });

  it('before a full name is the person’s title, not a word of the name', () => {
    expect(ids('Crash on coast road', 'PC Jamie Vorne, of the roads unit, said: “We need witnesses.”')).toContain('jamie-vorne:p');
    expect(ids('Officers honoured', 'Const. Brett Halloran was shot on Monday, police said.')).toContain('brett-halloran:p');
  });

  it('names no one where it is not before a name', () => {
    expect(ids('Sales fall', 'PC sales fell for a third quarter, the Harbour Trade Board said.').join()).not.toMatch(/pc/);
    expect(ids('Roads closed', 'The Lt Col rank was abolished in 1990, the ministry said.').join()).not.toMatch(/lt-col|person/);
  });
});

describe('a name of several given names shortened to its leading words', () => {
  it('is the person the item names in full', () => {
    const found = ids('Rescuers find family alive', 'Insp Aru Ben Sahid Lomo said the team heard cries under the rubble.', 'Aru Ben Sahid said his team had worked for six hours.');
    expect(found).toContain('aru-ben-sahid-lomo:p');
    expect(found.join()).not.toMatch(/aru-ben-sahid:/);
  });

  it('stays its own when two people open on the same words', () => {
    const found = ids('Two rescuers honoured', 'Ana Maria Lundqvist said the crew was tired. Ana Maria Vellberg said the boat was safe.', 'Ana Maria said later that she agreed.');
    expect(found).toEqual(expect.arrayContaining(['ana-maria-lundqvist:p', 'ana-maria-vellberg:p']));
  });
});

describe('a body written with "&" and with "and"', () => {
  it('is one body', () => {
    const found = ids('Fire at Kessby mill', 'Vestmere Fire and Rescue Service said crews were called at 2am.', 'Vestmere Fire & Rescue Service later said two engines remained.');
    expect(found).toContain('vestmere-fire-and-rescue-service:p');
    expect(found.join()).not.toMatch(/vestmere-fire-rescue-service/);
  });
});

describe('a given name alone in another post of the page', () => {
  const post = (headline: string, ...paragraphs: string[]) => ({ headline, paragraphs, actors: findActors(headline, paragraphs) });
  const page = (...posts: Array<ReturnType<typeof post>>): string[][] => { addPagePeople(posts); return posts.map((p) => p.actors.map((a) => a.id)); };

  it('speaking is the one person of the page it opens', () => {
    const [, second = []] = page(post('Wife speaks', 'Ingrid Brindle, whose husband Tomas Brindle was on the boat, said she still hoped for news.'), post('Family gathers', 'Ingrid said the family had gathered at the harbour. Friends have stayed with Ingrid since.'));
    expect(second).toEqual(['ingrid-brindle']);
  });

  it('names no one when two people of the page share it', () => {
    const [, , third = []] = page(post('Rescue', 'Ana Lundqvist said the crew was tired.'), post('Boat', 'Ana Vellberg said the boat was safe.'), post('Later', 'Ana said later that she agreed. Friends have stayed with Ana since.'));
    expect(third).toEqual([]);
  });
});

describe('a speaker before a relative clause', () => {
  it('is the person who speaks', () => {
    expect(ids('Wife speaks', 'Ingrid Brindle, whose husband was on the boat, said she still hoped for news.')).toContain('ingrid-brindle:p');
    expect(ids('Wife speaks', 'Ingrid Brindle, who has lived in Kessby for 40 years, told reporters she still hoped.')).toContain('ingrid-brindle:p');
  });
});
