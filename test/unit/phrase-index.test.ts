import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/read/phrase-index';

const index = new PhraseIndex([
  { phrase: 'Nord Stream 2', value: 'pipeline' },
  { phrase: 'Nord Stream', value: 'short' },
  { phrase: 'U.S.', value: 'us' },
  { phrase: '“Normandy” talks', value: 'normandy' },
  { phrase: 'sanction', value: 'sanction' },
]);

describe('PhraseIndex', () => {
  it('finds the longest phrase at each word start, in text order', () => {
    const hits = index.find('The U.S. said Nord Stream 2 and Nord Stream 1 differ.');
    expect(hits.map((h) => [h.value, h.at])).toEqual([['us', 4], ['pipeline', 14], ['short', 32]]);
  });

  it('never starts inside a word, and lets the caller refuse a hit so a shorter one is tried', () => {
    expect(index.find('BigNord Stream 2')).toEqual([]);
    const whole = index.find('Nord Stream 2x', (_, end) => !/\w/.test('Nord Stream 2x'[end] ?? ''));
    expect(whole.map((h) => h.value)).toEqual(['short']);
  });

  it('matches as a prefix unless refused ("sanction" in "sanctions"), and phrases opening with a mark', () => {
    expect(index.find('new sanctions after “Normandy” talks').map((h) => h.value)).toEqual(['sanction', 'normandy']);
  });

  it('tells apart phrases of one bucket that differ in their fourth or last unit, and finds none running past the text', () => {
    const near = new PhraseIndex([
      { phrase: 'Harbour Board', value: 'board' },
      { phrase: 'Harbour Boars', value: 'boars' },
      { phrase: 'Harp', value: 'harp' },
      { phrase: 'Hark', value: 'hark' },
      { phrase: 'Har', value: 'har' },
    ]);
    expect(near.find('Harbour Boars and Harbour Board; Hark, Harp, Har.', undefined, true).map((h) => [h.value, h.at]))
      .toEqual([['boars', 0], ['har', 0], ['board', 18], ['har', 18], ['hark', 33], ['har', 33], ['harp', 39], ['har', 39], ['har', 45]]);
    // The text ends inside the longer phrases: only the shorter one is there.
    expect(near.find('Harbour Boa', undefined, true).map((h) => h.value)).toEqual(['har']);
  });

  it('with every, returns all phrases at one place', () => {
    expect(index.find('Nord Stream 2', undefined, true).map((h) => h.value)).toEqual(['pipeline', 'short']);
  });
});
