import { describe, expect, it } from 'vitest';
import { namesByCase } from '../../src/chronology/features';

// Invented headlines in the shapes real ones take. A sentence-case headline capitalises names only,
// whether reading found their bearer or not: they say who, not what was done.
const names = (h: string) => [...namesByCase(h)].sort();

describe('the names a headline capitalises', () => {
  it('are the capitalised words inside a sentence-case headline, a name that opens it too', () => {
    expect(names('Ivo Marsh reacts to Edda Norum’s resignation as premier')).toEqual(['edda', 'ivo', 'marsh', 'norum', 's']);
    expect(names('Norum resigns: Ivo Marsh calls for an immediate election')).toEqual(['ivo', 'marsh']);
  });
  it('are a brand’s word with a capital inside, wherever it stands', () => {
    expect(names('SkyVane agrees to sell itself to Harbour Telecom')).toEqual(['harbour', 'skyvane', 'telecom']);
  });
  it('leave the word that opens a sentence', () => {
    expect(names('Blanket guarantee for deposits ruled out, Horvat says')).toEqual(['horvat']);
  });
  it('are none in a title-case headline, which capitalises every word', () => {
    expect(names('Harbour Telecom Is Buying SkyVane In $40 Billion Deal')).toEqual([]);
  });
});
