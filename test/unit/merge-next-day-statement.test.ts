import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: two outlets on a warning siren set off in error
// one Sunday, a wire story of the next day (no day in its words) on the minister's promise that the
// inquiry will be quick, and a next-morning page that retells the siren itself. A statement is dated
// the day it was made (GUIDELINES); the morning after, a page may still tell the day before's act.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const siren = article('siren.txt', '2024-03-10', `Flood siren sounded in error across Harbourton

A flood warning siren sounded across Harbourton on Sunday morning by mistake, sending residents of the river districts to higher ground before the provincial emergency office said there was no flood.

Interior Minister Vela Ostrand said the siren had been set off during a routine test of the warning system.
`);
const siren2 = article('siren-2.txt', '2024-03-10', `Mistaken flood siren sends Harbourton residents to higher ground

Residents of Harbourton's river districts left their homes on Sunday after a flood warning siren sounded in error during a routine test of the warning system, the provincial emergency office said.
`);
const statement = article('statement.txt', '2024-03-11', `Flood siren inquiry will be quick, minister says

Interior Minister Vela Ostrand says she wants the inquiry into the flood warning siren that sounded in error across Harbourton to be finished within weeks.

Ostrand says early findings point to human error during a routine test of the warning system.
`);
const retold = article('retold.txt', '2024-03-11', `Flood siren sounded in error sends Harbourton river districts to higher ground

A flood warning siren sounded in error across Harbourton, sending residents of the river districts to higher ground before the provincial emergency office said there was no flood. Interior Minister Vela Ostrand said the siren had been set off during a routine test.
`);

describe('a statement of the next day about an act', () => {
  const c = build([siren, siren2, statement, retold]);
  it('is that day’s statement, not the act', () => {
    expect(eventWithHeadline(c, 'Flood siren inquiry will be quick').id).not.toBe(eventWithHeadline(c, 'Flood siren sounded in error across').id);
    expect(c.trace.some((t) => t.startsWith('kept apart') && t.includes('a statement of the next day'))).toBe(true);
  });
  it('while the act retold the next morning, and two outlets on the day, are the act', () => {
    const act = eventWithHeadline(c, 'Flood siren sounded in error across').id;
    expect(eventWithHeadline(c, 'Mistaken flood siren sends').id).toBe(act);
    expect(eventWithHeadline(c, 'Flood siren sounded in error sends').id).toBe(act);
  });
});
