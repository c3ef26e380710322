import { describe, expect, it } from 'vitest';
import { WordIndex, WordPhrases } from '../word-index';
import { linesAt, linesWith, matchAllAt } from './name-patterns';

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
