import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS, termCounts, tokenHashes, wordStem } from '../../src/chronology/similarity';
import { fnv1a } from '../../src/read/fingerprint';

/** The plain way: words by regex, stop words and short words out, a final s dropped. */
function plainTokens(text: string): string[] {
  const stop = new Set(STOP_WORDS);
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 && !stop.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

describe('word hashes read in one pass', () => {
  it('equal FNV-1a of the words a regex finds, plurals folded ("talks" ~ "talk")', () => {
    const text = 'Talks between Kyiv and Moscow: the talk resumed, Çavuşoğlu said — 1,500 troops; 𝐁old “quotes”.';
    const got: number[] = [];
    tokenHashes(text, (h) => got.push(h));
    expect(got).toEqual(plainTokens(text).map(fnv1a));
    expect(got.filter((h) => h === fnv1a('talk'))).toHaveLength(2);
  });

  it('agree with the regex on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      const got: number[] = [];
      tokenHashes(text, (h) => got.push(h));
      expect(got).toEqual(plainTokens(text).map(fnv1a));
    }), { numRuns: 200 });
  });

  it('count each term once with its number of uses, hashes ascending', () => {
    const { terms, counts } = termCounts('talks, talk and more talks about borders');
    expect(Array.from(terms)).toEqual([...terms].sort((a, b) => a - b));
    expect(counts[Array.from(terms).indexOf(fnv1a('talk'))]).toBe(3);
  });
});

describe('word stems of headline act words', () => {
  it('give one stem to the forms of a verb or noun', () => {
    for (const forms of [['indicts', 'indicted', 'indicting', 'indictment'], ['raise', 'raises', 'raised', 'raising'], ['bans', 'banned', 'banning'], ['agree', 'agrees', 'agreed', 'agreement'], ['lorry', 'lorries']]) {
      expect(new Set(forms.map(wordStem)).size, forms.join(' ')).toBe(1);
    }
  });

  it('keep different words apart', () => {
    expect(wordStem('press')).not.toBe(wordStem('pres'));
    expect(wordStem('meets')).not.toBe(wordStem('meat'));
    expect(wordStem('calls')).toBe('call');
  });
});
