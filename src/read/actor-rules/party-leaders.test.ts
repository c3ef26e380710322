import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/** Actors of one item as "id:p|m" (invented names throughout). */
const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('a party by the words before its leader and a person', () => {
  it('is an organisation, principal when its leader is', () => {
    expect(actors('Vote', 'Speaking after the vote, Kessby Labour leader Ana Vell says members should scrutinise the plans.')).toEqual(expect.arrayContaining(['ana-vell:p', 'kessby-labour:p']));
    expect(actors('Vote', 'Liberal Greens leader Tomas Reyes requested a break.')).toContain('liberal-greens:m');
  });

  it('negative cases: a word that says which leader, one common word opening a sentence, no person after', () => {
    expect(actors('Vote', 'Opposition leader Ana Vell said the vote was rigged.')).toEqual(['ana-vell:p']);
    expect(actors('Siege', 'Rebel leader Ana Vell said the town had fallen.')).toEqual(['ana-vell:p']);
    expect(actors('Vote', 'The Kessby Labour leader would not say.')).toEqual([]);
  });
});
