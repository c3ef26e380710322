import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => a.id);

describe('a body’s name after a noun saying what it is', () => {
  it('is an organisation’s, one word or several, even with words other bodies use', () => {
    expect(ids('Power cut', 'The city went dark, the grid operator Norvel Energy said.')).toContain('norvel-energy');
    expect(ids('Harbour department store Tamberlys to close', 'It will reopen on Monday.')).toContain('tamberlys');
    expect(findActors('Recovery', ['The crew worked for construction company Brask Builders, officials said.'])[0]).toMatchObject({ id: 'brask-builders', kind: 'organisation', role: 'principal' });
  });

  it('but not a person after a role, nor a name running on into more capitalised words', () => {
    expect(ids('Talks', 'Its chief executive Olav Renn said talks would go on.')).not.toContain('olav-renn-organisation');
    expect(findActors('Talks', ['Its chief executive Olav Renn said talks would go on.']).find((a) => a.id === 'olav-renn')?.kind).toBe('person');
    expect(ids('Talks', 'The company Tamber Motor Works Harbour Division said nothing.')).not.toContain('tamber-motor-works');
  });
});
