import { describe, expect, it } from 'vitest';
import { firstWord, WordIndex, WordPhrases } from './word-index';

describe('word index', () => {
  const text = 'Minister Vela Ostrand said: “Harbourton’s port opens.” Ostrand, 61, left Harbourton-on-Sea.\nOstrandine said no.';
  const ix = new WordIndex(text);

  it('gives the offsets where a word stands whole, in text order', () => {
    expect(ix.positions('Ostrand')).toEqual([14, 55]);
    expect(ix.positions('Ostrand').map((at) => text.slice(at, at + 7))).toEqual(['Ostrand', 'Ostrand']);
    expect(ix.positions('said')).toEqual([22, 103]);
    expect(ix.positions('Harbourton')).toEqual([29, 73]);
  });

  it('gives no offset for a word that only opens a longer one, nor for another case', () => {
    expect(ix.positions('Ostrandin')).toEqual([]);
    expect(ix.positions('harbourton')).toEqual([]);
    expect(ix.has('Sea')).toBe(true);
    expect(ix.has('Se')).toBe(false);
    expect(ix.hasAny(['quay', 'port'])).toBe(true);
    expect(ix.hasAny(['quay', 'dock'])).toBe(false);
  });

  it('reads letters beyond ASCII as letters and punctuation beyond ASCII as none', () => {
    const accented = new WordIndex('Núñal dijo: «sí», y Øvrelid—también.');
    expect(accented.positions('Núñal')).toEqual([0]);
    expect(accented.positions('sí')).toEqual([13]);
    expect(accented.positions('Øvrelid')).toEqual([20]);
    expect(accented.positions('también')).toEqual([28]);
  });

  it('opens a place for a phrase at each word start and each mark after a space or a mark, never at a space, a line break or a mark ending a word', () => {
    const places = new WordIndex('“Harbour talks” go on.\n(Vell) 2-1');
    expect([...places.opens].map((at) => '“Harbour talks” go on.\n(Vell) 2-1'[at])).toEqual(['“', 'H', 't', 'g', 'o', '(', 'V', '2', '1']);
  });

  it('finds the phrases of a list where each stands with its first word whole, in text order', () => {
    const services = new WordPhrases(['police', 'fire service', 'fire brigade', 'sheriff’s office']);
    const page = new WordIndex('The fire brigade and Vell police came; the sheriff’s office and Metropolice did not. A fire served no one.');
    expect(page.starts(services).map((at) => page.text.slice(at, at + 8))).toEqual(['fire bri', 'police c', 'sheriff’']);
    expect(new WordIndex('Campfire services were cancelled.').starts(services)).toEqual([]);
    expect(() => new WordPhrases(['“quoted']).byFirst).toThrow(/opens on no letter/);
  });

  it('finds the same places whether the list or the text has more words (each walked in turn)', () => {
    const verbs = ['said', 'told reporters', 'says'];
    // Two lists of the same phrases: one short, one padded with first words the text never has.
    const short = new WordPhrases(verbs);
    const long = new WordPhrases([...verbs, ...Array.from({ length: 60 }, (_, k) => `absentword${String.fromCharCode(97 + (k % 26))}${k}`)]);
    const page = new WordIndex('Vell said no. Ostrand told reporters the port says yes; Ostrand told them, said Vell.');
    expect(short.firsts.length).toBeLessThan(11); // the text's eleven words
    expect(long.firsts.length).toBeGreaterThan(11);
    const expected = [5, 22, 46, 75];
    expect(page.starts(short)).toEqual(expected);
    expect(page.starts(long)).toEqual(expected);
    expect(page.starts(long).map((at) => page.text.slice(at, at + 4))).toEqual(['said', 'told', 'says', 'said']);
  });

  it('takes a phrase’s first word up to its first mark', () => {
    expect(firstWord('Marsh-Lind')).toBe('Marsh');
    expect(firstWord('O’Neil')).toBe('O');
    expect(firstWord('Vela')).toBe('Vela');
  });
});
