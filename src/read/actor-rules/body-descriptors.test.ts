import { describe, expect, it } from 'vitest';
import { addPagePeople, findActors } from '../actors';

/** Words glued onto the front of a body's name (invented bodies and places). */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('words glued on before a body’s name', () => {
  it('a place and a participle are no words of the name', () => {
    expect(ids('Quake', 'Scientists at the Norvel-based Harlan Seismology Institute said the quake measured 6.1.')).toContain('harlan-seismology-institute:p');
    expect(ids('Aid', 'The Tessaly-backed Upland Relief League said it had sent tents.')).toContain('upland-relief-league:p');
    expect(ids('Quake', 'The Norvel-based Harlan Seismology Institute said so.').join()).not.toMatch(/norvel-based/);
  });

  it('a stance capitalised at a sentence’s start is none when the page writes it in lower case too, or names the word alone', () => {
    expect(ids('Strike', 'Pro-Vellmark Dock Workers Federation said it would strike.', 'The pro-Vellmark Dock Workers Federation said talks failed.')).toEqual(['dock-workers-federation:p']);
    expect(ids('Strike', 'Pro-Vellmark Dock Workers Federation said it would strike.', 'Many members live in Vellmark.').join()).toMatch(/^dock-workers-federation:p/);
  });

  it('but a stance on a common word stays the name’s first word', () => {
    expect(ids('Probe', 'Anti-Corruption Action Centre said the probe was stalled.').join()).toMatch(/anti-corruption-action-centre:p/);
  });

  it('a qualifier naming a party’s members in one house is the party', () => {
    expect(ids('Vote', 'Ilse Tamsin said it was the wish of the Parliamentary Liberal Party that she go.')).toContain('liberal-party:p');
    expect(ids('Vote', 'The Parliamentary Liberal Party voted on Monday.').join()).not.toMatch(/parliamentary/);
  });

  it('a stance a lead gives alone is none when the rest of the page writes it in lower case: one body, one id', () => {
    const lead = 'Pro-Vellmark Dock Workers Federation said its members would strike.';
    const later = 'The pro-Vellmark Dock Workers Federation said talks had failed.';
    const posts = [lead, later].map((text) => ({ headline: '', paragraphs: [text], actors: findActors('', [text]) }));
    addPagePeople(posts, findActors('Strike', [lead]));
    expect(posts.map((p) => p.actors.map((a) => a.id).join())).toEqual(['dock-workers-federation', 'dock-workers-federation']);
  });
});
