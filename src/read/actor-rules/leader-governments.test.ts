import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.kind[0]}:${a.role[0]}`);

describe('a leader’s government by the leader’s surname', () => {
  it('is an organisation of its own beside the person, principal in the headline', () => {
    const got = actors('Harbourton sues the Vell administration over drilling rules', 'The suit names rules President Ana Vell signed in March.');
    expect(got).toContain('vell-administration:o:p');
    expect(got.join()).toMatch(/ana-vell:p/);
  });
});

describe('negative cases: a government’s noun after no leader of the item', () => {
  it('gives nothing for a surname the item never gives in full, a place, or a capitalised noun', () => {
    expect(actors('Cuts', 'The Reyes government fell on Monday.').join()).not.toMatch(/reyes/);
    expect(actors('Cuts', 'Premier Ana Vell said the Harbourton government would cut taxes.').join()).not.toMatch(/harbourton-government/);
    expect(actors('Cuts', 'President Ana Vell met the Vell Administration Board.').join()).not.toMatch(/vell-administration:/);
  });
});
