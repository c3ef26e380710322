import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/read/read-seed';
import { findActors } from '../../src/read/actors';
import { catalogueFor, parsePacks } from '../../src/read/catalogue';

describe('names without a pack', () => {
  const ids = (headline: string, text: string) => findActors(headline, [text]).map((a) => a.id);

  it('finds the world’s countries, their capitals before a verb, and international bodies', () => {
    expect(ids('Brazil and Egypt sign deal', 'The agreement was welcomed by the World Health Organization.')).toEqual(expect.arrayContaining(['brazil', 'egypt', 'world-health-organization']));
    expect(ids('Talks', 'Canberra said the deal was fair.')).toContain('australia');
    expect(ids('Talks', 'The delegation arrived in Canberra.')).not.toContain('australia');
  });

  it('finds people by the shapes news prose gives them, and drops a title glued to a name', () => {
    expect(ids('Port reopens', 'Admiral Osama Rabae said traffic resumed.')).toContain('osama-rabae');
    expect(ids('Accord signed', 'Its foreign minister, Oda Lindqvist, said the deal was fair.')).toContain('oda-lindqvist');
    expect(ids('Talks', 'Foreign Minister Jonas Tveit met reporters.')).toContain('jonas-tveit');
  });

  it('never takes a demonym, a weekday or a body’s word for a person', () => {
    const found = ids('Vote', 'Brazilian Senate Leader said on Monday that United Nations Linda Thomas-Greenfield said the vote was close.');
    expect(found).not.toContain('brazilian-senate-leader');
    expect(found).toContain('linda-thomas-greenfield');
  });
});

describe('data packs', () => {
  it('add a story’s people and aliases, and keep the pack’s ids for countries the gazetteer knows', () => {
    const pack = catalogueFor(['russia-ukraine-2022']);
    expect(pack.actors.find((a) => a.id === 'turkey')?.aliases).toContain('Türkiye');
    expect(pack.actors.some((a) => a.id === 'turkiye')).toBe(false);
    expect(catalogueFor().actors.some((a) => a.id === 'sergey-lavrov')).toBe(false);
    expect(pack.actors.find((a) => a.id === 'sergey-lavrov')?.source).toBe('pack:russia-ukraine-2022');
  });

  it('are chosen by name; an unknown name is reported, not guessed', () => {
    expect(parsePacks('russia-ukraine-2022, nonsense')).toEqual({ packs: ['russia-ukraine-2022'], unknown: ['nonsense'] });
    expect(parsePacks('')).toEqual({ packs: [], unknown: [] });
  });

  it('keep their bodies’ ids when a rule finds the body under another form of its country ("Russia’s Foreign Ministry")', () => {
    const text = `---\npublished: 2022-01-26\npublisher: Outlet\n---\nEnvoy hands over written answers\n\nRussia's Foreign Ministry says the envoy has handed over written answers to a list of demands.\n\nThe envoy left after half an hour, agencies said.\n`;
    const ids = readSeed({ name: 'x.txt', text }, { packs: ['russia-ukraine-2022'] }).items.flatMap((i) => i.actors.map((a) => a.id));
    expect(ids).toContain('russian-foreign-ministry');
    expect(ids).not.toContain('russia-foreign-ministry');
  });
});
