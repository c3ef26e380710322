import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a premier's resignation told by two outlets on the
// day, a weekly's article three days later that tells it without naming a day, and the party's choice
// of a successor in between. The weekly names the act in its headline's words, done by the same
// person; nothing in its words says another day. The successor's choice is the story's next act.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const day = [
  article('resigns.txt', '2023-02-13', `Premier Edda Lorn resigns after eight years in office

Premier Edda Lorn of Vessland resigned on Monday after eight years in office, telling a news conference in Harrowgate that she no longer had the energy the job demands.
`),
  article('resigns-2.txt', '2023-02-13', `Vessland's Edda Lorn resigns as premier in surprise move

Edda Lorn stepped down as Vessland's premier on Monday in a move that stunned her party, saying she would stay on until a successor is chosen.
`),
];
const weekly = article('weekly.txt', '2023-02-16', `Edda Lorn resigns as Vessland premier, leaving her party adrift

Edda Lorn has resigned as premier of Vessland after eight years, saying she no longer had the energy the job demands, and her party must now find a leader before the autumn election.
`);
const successor = article('successor.txt', '2023-02-15', `Vessland party picks Jon Arvik to succeed Lorn as premier

The governing party of Vessland on Wednesday chose finance minister Jon Arvik to succeed Edda Lorn, who resigned on Monday, as its leader and premier.
`);

describe('an act retold days later by an article that names no day', () => {
  const c = build([...day, weekly, successor]);
  it('joins the act its headline names, done by the same person', () => {
    expect(eventWithHeadline(c, 'Edda Lorn resigns as Vessland premier').id).toBe(eventWithHeadline(c, 'Premier Edda Lorn resigns').id);
    expect(c.trace.some((t) => t.includes('retelling the act days later'))).toBe(true);
  });
  it('while the story’s next act stays apart', () => {
    expect(eventWithHeadline(c, 'Vessland party picks Jon Arvik').id).not.toBe(eventWithHeadline(c, 'Premier Edda Lorn resigns').id);
  });
  it('in any order', () => {
    const d = build([weekly, successor, ...day]);
    expect(eventWithHeadline(d, 'Edda Lorn resigns as Vessland premier').id).toBe(eventWithHeadline(d, 'Premier Edda Lorn resigns').id);
  });
});

describe('an article days later', () => {
  it('does not join when its words date another day', () => {
    const dated = article('dated.txt', '2023-02-16', `Edda Lorn resigns as Vessland party chair

Edda Lorn resigned on Thursday as chair of the governing party of Vessland, three days after stepping down as premier.
`);
    const c = build([...day, dated]);
    expect(eventWithHeadline(c, 'Edda Lorn resigns as Vessland party chair').id).not.toBe(eventWithHeadline(c, 'Premier Edda Lorn resigns').id);
  });
  it('does not join more than three days on', () => {
    const c = build([...day, article('late.txt', '2023-02-20', weekly.text.split('---\n')[2]!)]);
    expect(eventWithHeadline(c, 'Edda Lorn resigns as Vessland premier').id).not.toBe(eventWithHeadline(c, 'Premier Edda Lorn resigns').id);
  });
});
