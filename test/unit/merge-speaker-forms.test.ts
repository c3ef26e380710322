import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { withoutSpeakingVerb } from '../../src/chronology/headline-speaker';
import { headlineSpeakerOf } from '../../src/chronology/merge-report';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Item, Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a headline speaker in the forms reading gives
// him (a speaking verb glued to his name in title case, a clause between commas before his verb).
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a headline speaker whose name reading glued a verb to', () => {
  it('is the name without the verb', () => {
    expect(withoutSpeakingVerb('Vell Condemns')).toBe('Vell');
    expect(withoutSpeakingVerb('Tomas Vell')).toBe('Tomas Vell');
    expect(withoutSpeakingVerb('Says')).toBe('Says');
  });
  // Reading glued the verb of a title-case headline to the surname ("Vell Condemns"), and found the
  // whole name only further down, as a mentioned actor.
  const actor = (id: string, name: string, role: 'principal' | 'mentioned') => ({ id, name, kind: 'person', role });
  const item = { actors: [actor('vell-condemns', 'Vell Condemns', 'principal'), actor('tomas-vell', 'Tomas Vell', 'mentioned')] } as unknown as Item;
  it('is the person of that surname the report names, or the surname alone', () => {
    expect(headlineSpeakerOf(item, "Vell Condemns 'Mob Violence' At Harbour Hall, Ignores Charges")).toBe('tomas-vell');
    const alone = { actors: [actor('vell-condemns', 'Vell Condemns', 'principal')] } as unknown as Item;
    expect(headlineSpeakerOf(alone, "Vell Condemns 'Mob Violence' At Harbour Hall")).toBe('named:vell');
    // A name reading gave whole speaks as itself.
    const whole = { actors: [actor('tomas-vell', 'Tomas Vell', 'principal')] } as unknown as Item;
    expect(headlineSpeakerOf(whole, 'Tomas Vell condemns riot at Harbour Hall')).toBe('tomas-vell');
    expect(headlineSpeakerOf(whole, 'Assembly charges Tomas Vell over riot')).toBeNull();
  });
});

describe('a headline speaker past a clause between commas', () => {
  const c = build([
    article('vote-a.txt', '2024-10-01', `Assembly removes Speaker Tomas Reeve in historic vote

The Harbourton assembly on Tuesday removed Tomas Reeve as its speaker by 216 votes to 210, the first time a speaker has been voted out. Eight members of his own party joined the opposition.
`),
    article('vote-b.txt', '2024-10-01', `Tomas Reeve ousted as assembly speaker in first such vote

Tomas Reeve was removed as speaker of the Harbourton assembly on Tuesday after eight members of his party voted with the opposition, 216 to 210.
`),
    article('reeve.txt', '2024-10-01', `Rep. Tomas Reeve, who was removed as speaker earlier Tuesday, says he will not run again

Tomas Reeve, removed as speaker of the Harbourton assembly hours earlier, told reporters on Tuesday evening that he would not run for the post again. "I will not run for speaker again," Reeve said.
`),
  ]);
  it('tells his own statement, not the vote that removed him', () => {
    const vote = eventWithHeadline(c, 'Assembly removes Speaker').id;
    expect(eventWithHeadline(c, 'Tomas Reeve ousted').id).toBe(vote);
    expect(eventWithHeadline(c, 'Rep. Tomas Reeve, who').id).not.toBe(vote);
  });
});
