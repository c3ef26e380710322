import { describe, expect, it } from 'vitest';
import type { ActorRef, Item } from '../../src/model/types';
import { ActorIdentities, blocksOf, oneEdit } from '../../src/chronology/actor-identity';

const person = (name: string, id = name.toLowerCase().replace(/\s+/g, '-')): ActorRef => ({ id, name, kind: 'person', role: 'principal' });
const item = (...actors: ActorRef[]) => ({ actors } as unknown as Item);

describe('one id per person across pages and spellings', () => {
  it('joins typos of a long surname and first names a letter apart', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Osama Rabie'))], [item(person('Osama Rabei'))], [item(person('Osama Rabae'))], [item(person('Antony Blinken'))], [item(person('Anthony Blinken'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['osama-rabie', 'osama-rabie', 'osama-rabie', 'antony-blinken', 'antony-blinken']);
    expect(pages[2]![0]!.actors[0]!.name).toBe('Osama Rabie');
  });

  it('keeps different people apart: another last letter, another first name', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Olena Zelenska'))], [item(person('Volodymyr Zelensky'))], [item(person('Joe Biden'))], [item(person('Jill Biden'))], [item(person('Ivan Petrov'))], [item(person('Ivan Petrova'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(new Set(pages.map((p) => p[0]!.actors[0]!.id)).size).toBe(6);
  });

  it('joins a name whose last two words are written apart, glued or hyphenated, whichever comes first', () => {
    for (const names of [['Pak Tae Sung', 'Pak Taesung', 'Pak Tae-sung'], ['Pak Taesung', 'Pak Tae Sung'], ['Pak Tae-sung', 'Pak Tae Sung', 'Pak Taesung']]) {
      const ids = new ActorIdentities();
      const pages = names.map((n) => [item(person(n, n.toLowerCase().replace(/[\s-]+/g, '-')))]);
      for (const p of pages) ids.resolvePage(p);
      expect(new Set(pages.map((p) => p[0]!.actors[0]!.id)).size).toBe(1);
    }
  });

  it('but not another first name, nor the same letters split elsewhere in as many words', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Pak Tae Sung'))], [item(person('Kim Taesung'))], [item(person('Pak Taes Ung'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(new Set(pages.map((p) => p[0]!.actors[0]!.id)).size).toBe(3);
  });

  it('looks for a name in the blocks of its other spelling too, where the store files it', () => {
    expect([...blocksOf([item(person('Pak Tae Sung'))])].sort()).toEqual(['su', 'ta']);
    // and a name of two words in the blocks its surname would have written apart, where the store files that spelling
    expect([...blocksOf([item(person('Pak Taesung'))])].sort()).toEqual(['es', 'su', 'ta', 'un']);
  });

  it('joins a name of two words and a longer name it ends, whichever comes first', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Wen Shu-ya'))], [item(person('Daniel Wen Shu-ya'))], [item(person('Ana Luisa Reyes'))], [item(person('Luisa Reyes'))], [item(person('Marta Reyes'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['wen-shu-ya', 'wen-shu-ya', 'ana-luisa-reyes', 'ana-luisa-reyes', 'marta-reyes']);
  });

  it('joins a name with and without its middle name, and no other first name or surname', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Tomas Arden Vell'))], [item(person('Tomas Vell'))], [item(person('Mira Vell'))], [item(person('Tomas Arden Kell'))], [item(person('Ines Dara'))], [item(person('Ines Maro Dara'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['tomas-arden-vell', 'tomas-arden-vell', 'mira-vell', 'tomas-arden-kell', 'ines-dara', 'ines-dara']);
  });

  it('keeps the first id it gave, from the registry, when a later page spells the name otherwise', () => {
    const first = new ActorIdentities();
    first.resolvePage([item(person('Osama Rabei'))]);
    const again = new ActorIdentities(first.snapshot());
    const page = [item(person('Osama Rabie'))];
    again.resolvePage(page);
    expect(page[0]!.actors[0]!.id).toBe('osama-rabei');
  });
});

describe('one edit apart', () => {
  it('counts a changed, added, dropped or swapped letter', () => {
    expect(oneEdit('rabie', 'rabae', false)).toBe(true);
    expect(oneEdit('rabie', 'rabei', false)).toBe(true);
    expect(oneEdit('antoni', 'anthoni', false)).toBe(true);
    expect(oneEdit('zelenski', 'zelenska', false)).toBe(false);
    expect(oneEdit('zelenski', 'zelenska', true)).toBe(true);
    expect(oneEdit('same', 'same', true)).toBe(false);
    expect(oneEdit('abc', 'xyz', true)).toBe(false);
  });
});

describe('a surname alone across pages', () => {
  const single = (name: string, kind: ActorRef['kind'] = 'organisation'): ActorRef => ({ id: name.toLowerCase(), name, kind, role: 'principal' });

  it('is the one known person of that surname', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Ana Reyes'))], [item(single('Reyes'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages[1]![0]!.actors[0]).toMatchObject({ id: 'ana-reyes', kind: 'person' });
  });

  it('gives its id to the first full name that comes later, and to no other first name', () => {
    const ids = new ActorIdentities();
    const pages = [[item(single('Reyes', 'person'))], [item(person('Ana Reyes'))], [item(person('Luis Reyes'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['reyes', 'reyes', 'luis-reyes']);
  });

  it('stays itself when two known people share the surname, and leaves acronyms alone', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Ana Reyes'))], [item(person('Luis Reyes'))], [item(single('Reyes'))], [item(single('ACME'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.slice(2).map((p) => p[0]!.actors[0]!.id)).toEqual(['reyes', 'acme']);
  });
});

describe('short forms of a name', () => {
  it('joins a given name and a monarch’s number with the title and given name, either first; another given name stays apart', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Pope Pius XIV'))], [item(person('Pius XIV'))], [item(person('Aldric IV'))], [item(person('King Aldric IV'))], [item(person('Pope Linus'))], [item(person('Marta XIV'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['pope-pius-xiv', 'pope-pius-xiv', 'aldric-iv', 'aldric-iv', 'pope-linus', 'marta-xiv']);
  });

  it('joins a first name’s short form with the same surname; a title and given name with its monarch’s number', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Jennifer Vellan'))], [item(person('Jenni Vellan'))], [item(person('King Aldric IV'))], [item(person('King Aldric'))], [item(person('Dan Vellan'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['jennifer-vellan', 'jennifer-vellan', 'king-aldric-iv', 'king-aldric-iv', 'dan-vellan']);
  });

  it('joins a familiar form of a given name with the same surname, and no other given name', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Joseph Vellan'))], [item(person('Joe Vellan'))], [item(person('Ken Marsh'))], [item(person('Kenneth Marsh'))], [item(person('Jim Vellan'))], [item(person('Joe Marsh'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['joseph-vellan', 'joseph-vellan', 'ken-marsh', 'ken-marsh', 'jim-vellan', 'joe-marsh']);
  });

  it('joins a long name whose inner word is spelt one letter apart, and no name of other outer words', () => {
    const ids = new ActorIdentities();
    const pages = [[item(person('Arin Sang Mey Tarra'))], [item(person('Arin San Mey Tarra'))], [item(person('Arin Sang Mey Torra'))], [item(person('Arin Sol Mey Tarra'))]];
    for (const p of pages) ids.resolvePage(p);
    expect(pages.map((p) => p[0]!.actors[0]!.id)).toEqual(['arin-sang-mey-tarra', 'arin-sang-mey-tarra', 'arin-sang-mey-torra', 'arin-sol-mey-tarra']);
  });

  it('gives the same ids whatever the order of the pages that name two people and the words their names end on', () => {
    const names = ['Ana Luisa Reyes da Serra', 'Reyes da Serra', 'Pedro Reyes da Serra'];
    const idsIn = (order: readonly string[]): Record<string, string> => {
      const ids = new ActorIdentities();
      const pages = order.map((n) => [item(person(n))]);
      for (const p of pages) ids.resolvePage(p);
      return Object.fromEntries(order.map((n, i) => [n, pages[i]![0]!.actors[0]!.id]));
    };
    const one = idsIn(names);
    expect(idsIn([names[0]!, names[2]!, names[1]!])).toEqual(one);
    expect(idsIn([names[1]!, names[0]!, names[2]!])).toEqual(one);
    expect(new Set(Object.values(one)).size).toBe(3);
  });
});
