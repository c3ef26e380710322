import { describe, expect, it } from 'vitest';
import { WordIndex, WordPhrases } from '../word-index';
import { capitalStarts, linesAt, linesWith, matchAllAt, matchesNear, SP, TOKEN } from './name-patterns';

describe('patterns tried at their words’ places', () => {
  const text = 'Harbourton police said on Friday.\nNothing here.\nThe Vell police and the Vell police chief spoke.';
  const police = new WordPhrases(['police']);

  it('reads each line holding one of the words once, in text order, as the whole-text hint does', () => {
    const ix = new WordIndex(text);
    expect(linesAt(text, ix.starts(police))).toEqual(linesWith(text, /police/g));
    expect(linesAt(text, ix.starts(police)).map(([line, at]) => [line.slice(0, 10), at])).toEqual([['Harbourton', 0], ['The Vell p', 48]]);
  });

  it('gives the matches text.matchAll gives, leftmost first and none overlapping', () => {
    const ix = new WordIndex(text);
    const whole = /(?<![\p{L}])police(?: chief)?(?![\p{L}])/gu;
    const sticky = new RegExp(whole.source, 'uy');
    expect(matchAllAt(text, ix.starts(police), sticky).map((m) => [m[0], m.index])).toEqual([...text.matchAll(whole)].map((m) => [m[0], m.index]));
  });

  it('finds nothing where the words stand only inside longer words', () => {
    const other = 'Metropolice and policemen came.';
    const ix = new WordIndex(other);
    expect(linesAt(other, ix.starts(police))).toEqual([]);
    expect(matchAllAt(other, ix.starts(police), /police(?![\p{L}])/uy)).toEqual([]);
  });
});

describe('a shape of words up to its end word, tried at the capitals few enough words before one', () => {
  // Up to three capitalised words, then "Board" (two runs of spaces between them, one before the noun).
  const shape = new RegExp(`${TOKEN}(?:${SP}${TOKEN}){0,2}${SP}Board(?![\\p{L}])`, 'uy');
  const whole = new RegExp(shape.source, 'gu');
  const ends = (text: string) => new WordIndex(text).starts(new WordPhrases(['Board']));
  const gapped = (text: string) => matchesNear(text, capitalStarts(text), shape, ends(text), 3).map((m) => [m[0], m.index]);

  it('gives the matches a scan of the whole text gives', () => {
    const text = 'Ana Vell Of Kessby said the Harbour Water Supply Board met. The Vell Board\nBoard met, Vell Board said.';
    expect(gapped(text)).toEqual([...text.matchAll(whole)].map((m) => [m[0], m.index]));
    expect(gapped(text).map(([name]) => name)).toEqual(['Harbour Water Supply Board', 'The Vell Board', 'Vell Board']);
  });

  it('tries no capital with more runs of spaces, or a line break, before the next end word', () => {
    const text = 'Ana Vell Of Kessby Board\nHarbour\nBoard';
    expect(gapped(text)).toEqual([['Vell Of Kessby Board', 4]]);
    expect(matchesNear(text, [0], shape, ends(text), 3)).toEqual([]);
    expect(matchesNear('Harbour\nBoard', [0], shape, ends('Harbour\nBoard'), 3)).toEqual([]);
  });
});
