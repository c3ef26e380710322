/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { readSeed } from '../read-seed';
import { findActors } from '../actors';

/**
 * Names news prose gives that the first round of issue 11 left misread (invented people, bodies and
 * places; fixtures s460–s469).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);
const pages = import.meta.glob('../../../test/fixtures/shapes/s46[0-9]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixture = (prefix: string): string[] => {
  const [name, text] = Object.entries(pages).find(([n]) => n.includes(`/${prefix}_`))!;
  return readSeed({ name: name.split('/').at(-1)!, text }).items.flatMap((i) => i.actors.map((a) => `${a.id}:${a.role[0]}`));
};

describe('letters in the possessive after "the"', () => {
  it('are a body, though they never act or speak ("the KDP\'s wish")', () => {
    expect(ids('Inquiry opened', 'The committee voted on Tuesday.', 'The vote went against the KDP\'s wish to leave the matter to the courts.')).toContain('kdp:m');
    expect(ids('Inquiry opened', 'The vote went against the KDP’s wish.')).toContain('kdp:m');
  });

  it('and not the acronym of a longer body\'s name they open: its own, named again in the headline', () => {
    const got = ids('KDP NEC backs the inquiry', 'Statement of the special KDP National Executive Committee', 'The meeting discussed the KDP\'s commitment to renewal.');
    expect(got).toContain('kdp:p');
    expect(got).toContain('kdp-national-executive-committee:p');
  });

  it('never letters without "the", a title or an economic figure', () => {
    expect(ids('Vote', 'Voters in KDP\'s districts went home.').join()).not.toMatch(/kdp/);
    expect(ids('Markets', 'The GDP\'s growth slowed and the CEO\'s pay rose.')).toEqual([]);
  });
});

describe('a place opening on a saint\'s word, its last words shaped like a person\'s', () => {
  it('is no person speaking, after "in" or opening the sentence', () => {
    expect(ids('Floods', 'Floodwater forced hundreds from their homes, officials in San Ardo de la Vera said.').join()).not.toMatch(/ardo|vera/);
    expect(ids('Floods', 'Residents of Santa Ines del Monte said the water rose fast.').join()).not.toMatch(/ines|monte/);
    expect(ids('Floods', 'San Ardo de la Vera said it would open shelters.').join()).not.toMatch(/ardo-de-la-vera/);
  });
  it('but a person after a word that qualifies no place still speaks', () => {
    expect(ids('Floods', 'The water rose fast, Ardo de la Vera said.')).toContain('ardo-de-la-vera:p');
  });
});

describe('a state whose name ends in a country\'s, before its police', () => {
  it('is the state\'s police alone, never the country\'s police nor the country', () => {
    expect(ids('Riots', 'New Uruguay police said 20 people were arrested.')).toEqual(['new-uruguay-police:p']);
    expect(ids('Riots', 'Twenty people were arrested in New Uruguay on Friday.').join()).not.toMatch(/(^|,)uruguay/);
  });
  it('but the country\'s police after a word opening the sentence, or the country after "New" opening it before no service', () => {
    expect(ids('Riots', 'In Uruguay police said 20 people were arrested.')).toContain('uruguay-police:p');
    expect(ids('Riots', 'New Uruguay data show the economy grew.')).toContain('uruguay:m');
  });
});

describe('the fixtures of the second round', () => {
  it('s460: the person opening headline and lead; s461: the party in the possessive; s462: the company whole', () => {
    expect(fixture('s460')).toContain('tamsin-orrell:p');
    expect(fixture('s461')).toEqual(expect.arrayContaining(['port-oversight-committee:p', 'kdp:m']));
    expect(fixture('s462')).toContain('halden-ostra-group-ag:p');
    expect(fixture('s462').join()).not.toMatch(/(^|,)ostra/);
    expect(fixture('s463').join()).not.toMatch(/ardo-de-la-vera/);
    expect(fixture('s464')).toEqual(['new-uruguay-police:p']);
  });
});
