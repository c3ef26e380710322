import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles of one day: a flood alert sent in error to a whole province, told by two
// outlets, and a third whose headline names the cause ("Drill the cause of false flood alert") over
// a lead of the agency's apology. The cause found is a finding about the alert, not the alert.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, publisher: string, text: string): Seed => ({ name, text: `---\npublished: 2025-03-02\npublisher: ${publisher}\n---\n${text}` });

describe('a headline naming the cause of an act', () => {
  const c = build([
    page('a.txt', 'Tarrow News', `Flood alert sent to every phone in Ostmark province by mistake

An emergency alert warning of a dam failure at Lake Vellin was sent to every phone in Ostmark province early on Sunday, and withdrawn forty minutes later.

Residents of Pellingford and Oskby said they had packed their cars before the correction came.
`),
    page('b.txt', 'Ostmark Radio', `Emergency alert about Lake Vellin dam sent in error

Phones across Ostmark province sounded early on Sunday with a warning that the Lake Vellin dam had failed. The warning was false, officials said later.
`),
    page('c.txt', 'Valley Courier', `UPDATE: Drill the cause of false flood alert

The Ostmark emergency agency apologised on Sunday for the false alert about the Lake Vellin dam, which it said was sent during a routine drill at its operations centre.
`),
  ]);
  it('is not the act it explains', () => {
    expect(eventWithHeadline(c, 'UPDATE: Drill the cause').id).not.toBe(eventWithHeadline(c, 'Flood alert sent to every phone').id);
  });
  it('leaves the act’s own accounts together', () => {
    expect(eventWithHeadline(c, 'Emergency alert about Lake Vellin').id).toBe(eventWithHeadline(c, 'Flood alert sent to every phone').id);
  });
});
