import { describe, expect, it } from 'vitest';
import { bmpLetters, bmpSource } from './bmp-letters';

describe('bmpLetters', () => {
  const NAME = /(?<![\p{L}’'-])([\p{Lu}][\p{Ll}]+(?:[-’'][\p{Lu}][\p{Ll}]+)?)(?![\p{L}])/gu;
  const texts = [
    'Minister Vela Ostrand said on Tuesday: “Harbourton’s port opens.” Marsh-Lind agreed.',
    'Ærøskøbing’s mayor, Þóra Ðuric, met Łucja Żmuda and Ōta Ēmi in Αθήνα 🎉 and Київ.',
    'ÉLODIE said (quietly) [sic] that «Noor» — not 12 — had left; l’Étang: no.',
  ];

  it('finds what the u regex finds in text without letters beyond the BMP', () => {
    const narrow = bmpLetters(NAME);
    for (const text of texts) expect(Array.from(text.matchAll(narrow), (m) => [m.index, m[1]])).toEqual(Array.from(text.matchAll(NAME), (m) => [m.index, m[1]]));
    expect(Array.from(texts[0]!.matchAll(narrow), (m) => m[1])).toEqual(['Minister', 'Vela', 'Ostrand', 'Tuesday', 'Harbourton', 'Marsh-Lind']);
  });

  it('keeps the flags but u, and the sticky and global state', () => {
    const sticky = bmpLetters(/[\p{Lu}][\p{Ll}]+/uy);
    expect(sticky.flags).toBe('vy');
    sticky.lastIndex = 9;
    expect(sticky.exec(texts[0]!)?.[0]).toBe('Vela');
    expect(bmpLetters(NAME).flags).toBe('gv');
  });

  it('matches an emoji or another astral symbol as the u regex does, in a negated class and outside one', () => {
    const notLetter = bmpLetters(/[^\p{L}\s]/gu);
    expect('a🎉b 𝄞'.match(notLetter)).toEqual(['🎉', '𝄞']);
    expect(bmpLetters(/\P{L}/u).test('🎉')).toBe(true);
  });

  it('takes letters beyond the BMP out of every class: a styled "𝐁𝐨𝐥𝐝" is no name', () => {
    expect(/[\p{Lu}][\p{Ll}]+/u.test('𝐁𝐨𝐥𝐝')).toBe(true);
    expect(bmpLetters(/[\p{Lu}][\p{Ll}]+/u).test('𝐁𝐨𝐥𝐝')).toBe(false);
    expect(bmpLetters(/[^\p{L}]/u).test('𝐁')).toBe(true);
  });

  it('escapes what a v class must escape, and leaves ranges and escapes whole', () => {
    expect(bmpSource("[-’'][^,.“”\"()][a-z\\u00c0-\\u00d6][\\u{2019}|]")).toBe("[\\-’'][^\\,\\.“”\"\\(\\)][a-z\\u00c0-\\u00d6][\\u{2019}\\|]");
    expect(bmpSource('\\p{Lu}[\\p{L}\\d-]\\P{L}')).toBe('[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}--[\\u{10000}-\\u{10FFFF}]]\\d\\-][^[\\p{L}--[\\u{10000}-\\u{10FFFF}]]]');
    const spaced = bmpLetters(/^[ \t\u00a0]+(?:of|for)[ \t\u00a0]+([\p{Lu}][\p{L}’'.-]+)$/u);
    expect(spaced.exec(' of Harbourton’s.')?.[1]).toBe('Harbourton’s.');
  });

  it('returns a regex without a property class, or without the u flag, as it is', () => {
    const plain = /\bsaid\b/g;
    expect(bmpLetters(plain)).toBe(plain);
    const counted = /[a-z]+/u;
    expect(bmpLetters(counted)).toBe(counted);
  });

  it('reads a case-insensitive regex alike, and refuses one that negates a property of one case', () => {
    const word = bmpLetters(/(?<![\p{L}])(?:quake|earthquake)(?![\p{L}])/iu);
    expect(word.flags).toBe('iv');
    expect(['Earthquake hits', 'an EARTHQUAKE', 'aftershocks', 'Quakes'].map((t) => word.test(t))).toEqual([true, true, false, false]);
    const capitalised = /^[\p{Lu}][\p{Ll}]+$/iu;
    expect(['hARBOUR', 'Øst', '12'].map((t) => bmpLetters(capitalised).test(t))).toEqual(['hARBOUR', 'Øst', '12'].map((t) => capitalised.test(t)));
    expect(() => bmpLetters(/[^\p{Lu}]/iu)).toThrow(/negated property of one case/);
  });
});
